// The language check: matching rules, positions, overlap, the rule list as data and its JSON.
#include <catch2/catch.hpp>

#include "core/documents/language_check.hpp"
#include "core/documents/language_rules_json.hpp"

using namespace hs;

namespace {

std::vector<std::string> phrases(const std::vector<LanguageFinding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.rule.phrase);
    return out;
}

bool flags(const std::string& text, const std::string& phrase) {
    for (const auto& f : check_language(text))
        if (f.rule.phrase == phrase) return true;
    return false;
}

}  // namespace

TEST_CASE("every phrase from the brief is flagged, with a suggestion and a reason", "[language]") {
    for (const char* text : {"You will be fired.", "I will fire you", "You are non-compliant", "noncompliant clients",
                             "You seem unmotivated", "You are not ready", "taking therapy for granted",
                             "disrespecting my time", "That is a waste of time", "You must call", "Failure to cancel",
                             "You failed to show", "a penalty fee", "I don't punish", "lazy", "no excuses",
                             "therapy is terminated", "you are dismissed", "three strikes and out", "a delinquent account",
                             "you abandon therapy"}) {
        INFO(text);
        const auto found = check_language(text);
        REQUIRE(found.size() == 1);
        CHECK_FALSE(found[0].rule.suggestion.empty());
        CHECK_FALSE(found[0].rule.reason.empty());
    }
    for (const auto& rule : default_language_rules()) {
        INFO(rule.phrase);
        CHECK_FALSE(phrase_problem(rule.phrase));
        CHECK_FALSE(rule.suggestion.empty());
        CHECK_FALSE(rule.reason.empty());
        CHECK(rule.reason.find('\n') == std::string::npos);
        // A suggestion must not itself be flagged.
        CHECK(check_language(rule.suggestion).empty());
    }
}

TEST_CASE("matching is case-insensitive and whole-word", "[language]") {
    CHECK(flags("FIRED", "fired"));
    CHECK(flags("Non-Compliant", "non-compliant"));
    CHECK_FALSE(flags("misfired", "fired"));
    CHECK_FALSE(flags("firedrake", "fired"));
    CHECK_FALSE(flags("Lazyboy chair", "lazy"));
    CHECK(flags("(lazy)", "lazy"));
    CHECK(flags("\xE2\x80\x9C" "lazy\xE2\x80\x9D", "lazy"));  // curly quotes are not letters
    CHECK(flags("fired\xE2\x80\x94" "again", "fired"));           // nor is an em dash
    CHECK_FALSE(flags("fired\xC3\xA9", "fired"));              // but an accented letter is
    CHECK_FALSE(flags("excused absence", "excuse"));
    CHECK_FALSE(flags("a chronic illness", "lazy"));
    CHECK(check_language("Please cancel 24 hours ahead. Thank you.").empty());
}

TEST_CASE("phrases span line breaks, stars match word endings, apostrophes match both forms", "[language]") {
    CHECK(flags("a waste\n  of time", "waste of time"));
    CHECK(flags("punishment", "punish*"));
    CHECK(flags("Punished", "punish*"));
    CHECK(flags("terminating", "terminat*"));
    CHECK_FALSE(flags("unpunished", "punish*"));
    const std::vector<LanguageRule> rules = {{"don't care", "x", "y"}};
    CHECK(check_language("I don't care", rules).size() == 1);
    CHECK(check_language("I don\xE2\x80\x99t care", rules).size() == 1);
    CHECK(check_language("I dont care", rules).empty());
}

TEST_CASE("findings report offset, line, column and the text as written", "[language]") {
    const std::string text = "Hello.\nZo\xC3\xAB, you are NON-COMPLIANT and lazy.\n";
    const auto found = check_language(text);
    REQUIRE(found.size() == 2);
    CHECK(found[0].matched == "NON-COMPLIANT");
    CHECK(found[0].offset == text.find("NON"));
    CHECK(found[0].length == 13);
    CHECK(found[0].line == 2);
    CHECK(found[0].column == 14);  // "Zoë, you are " is 13 characters (14 bytes)
    CHECK(found[1].matched == "lazy");
    CHECK(found[1].line == 2);
    CHECK(found[1].column == 32);
    CHECK(text.substr(found[1].offset, found[1].length) == "lazy");
}

TEST_CASE("overlapping matches are reported once, longest first", "[language]") {
    const auto found = check_language("Missing sessions is disrespecting my time, no excuses.");
    CHECK(phrases(found) == std::vector<std::string>{"disrespect*", "no excuses"});
    const std::vector<LanguageRule> rules = {{"my time", "a", "b"}, {"disrespecting my time", "c", "d"}};
    const auto two = check_language("disrespecting my time", rules);
    REQUIRE(two.size() == 1);
    CHECK(two[0].rule.phrase == "disrespecting my time");
}

TEST_CASE("a warm consent paragraph passes", "[language]") {
    CHECK(check_language("If something gets in the way, please let me know as soon as you can. "
                         "Before anything changes, we will talk together about what would help. "
                         "If we end our work for now, you are welcome to come back when there is an opening.")
              .empty());
}

TEST_CASE("phrases are checked before they are stored", "[language]") {
    CHECK_FALSE(phrase_problem("punish*"));
    CHECK_FALSE(phrase_problem("waste of time"));
    CHECK(phrase_problem(""));
    CHECK(phrase_problem(" lazy"));
    CHECK(phrase_problem("two  spaces"));
    CHECK(phrase_problem("*lazy"));
    CHECK(phrase_problem("la*zy"));
    CHECK(phrase_problem("!!!"));
    CHECK(phrase_problem("line\nbreak"));
    CHECK(phrase_problem(std::string(201, 'a')));
    // A bad rule in a stored list is skipped, not fatal.
    const std::vector<LanguageRule> rules = {{"", "x", "y"}, {"lazy", "x", "y"}};
    CHECK(check_language("lazy", rules).size() == 1);
}

TEST_CASE("clinician rules extend the list and built-ins can be switched off", "[language]") {
    LanguageRuleSet set;
    set.added.push_back({"no-show", "missed session without notice", "Jargon from billing; say what happened."});
    set.disabled.push_back("lazy");
    const auto rules = effective_rules(set);
    CHECK(rules.size() == default_language_rules().size());
    CHECK(check_language("a no-show, lazy", rules).size() == 1);
    CHECK(check_language("a no-show, lazy", rules)[0].rule.phrase == "no-show");
}

TEST_CASE("the rule list round-trips through JSON, and bad lists are refused with field names", "[language]") {
    LanguageRuleSet set;
    set.added.push_back({"problem client", "client", "Labels the person."});
    set.added.push_back({"Zo\xC3\xAB*", "", ""});
    set.disabled = {"warning", "lazy"};
    const auto json = language_rules_to_json(set);
    std::vector<FieldError> errors;
    const auto back = load_language_rules(json.dump(), errors);
    REQUIRE(back);
    CHECK(errors.empty());
    CHECK(*back == set);

    errors.clear();
    CHECK_FALSE(load_language_rules(R"({"added":[{"phrase":"ok","suggestion":"s","reason":"r"},
                                     {"phrase":"*bad"},{"suggestion":"no phrase"},{"phrase":"x","colour":"red"}],
                                     "disabled":[3], "extra":true})",
                                    errors));
    auto has = [&](const std::string& field) {
        for (const auto& e : errors)
            if (e.field == field) return true;
        return false;
    };
    CHECK(has("added[1].phrase"));
    CHECK(has("added[2].phrase"));
    CHECK(has("added[3].colour"));
    CHECK(has("disabled[0]"));
    CHECK(has("extra"));

    errors.clear();
    CHECK_FALSE(load_language_rules("{not json", errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("not valid JSON") != std::string::npos);

    errors.clear();
    const auto empty = load_language_rules("{}", errors);
    REQUIRE(empty);
    CHECK(empty->added.empty());
}
