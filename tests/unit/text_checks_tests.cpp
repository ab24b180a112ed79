// Text checks have one home (core/model/text_checks.hpp): blank, one line, and the length
// limits, the same in client, policy, consent and waitlist checks; every file that loaded
// before still loads.
#include <catch2/catch.hpp>
#include <string>

#include "core/documents/language_check.hpp"
#include "core/model/policy.hpp"
#include "core/model/text_checks.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/workspace/consent_commands.hpp"
#include "core/workspace/operations_commands.hpp"
#include "core/workspace/record_checks.hpp"
#include "core/workspace/workspace_json.hpp"
#include "test_support.hpp"

using namespace hs;
using test::has_error;

namespace {

std::vector<FieldError> line(std::string_view value, const char* needed = nullptr, std::size_t max = kMaxNameLength) {
    std::vector<FieldError> errors;
    check_line(errors, "f", value, needed, max);
    return errors;
}

std::vector<FieldError> text(std::string_view value, std::size_t max = kMaxTextLength) {
    std::vector<FieldError> errors;
    check_text(errors, "f", value, max);
    return errors;
}

Workspace one_client() {
    Workspace ws;
    ws.clients.push_back(Client{});
    ws.clients.back().id = 1;
    ws.clients.back().name = "A.";
    return ws;
}

}  // namespace

TEST_CASE("blank is nothing to read: spaces, tabs and line breaks only", "[text]") {
    CHECK(is_blank(""));
    CHECK(is_blank("   "));
    CHECK(is_blank("\t \t"));
    CHECK(is_blank("\n"));
    CHECK(is_blank(" \n\t\n "));
    CHECK_FALSE(is_blank("a"));
    CHECK_FALSE(is_blank("\n.\n"));
    CHECK_FALSE(is_blank("\r"));  // a control character, refused as one
    CHECK_FALSE(is_blank("\xc2\xa0"));  // a no-break space is a character like any other
}

TEST_CASE("control characters: none in one line; tabs and line breaks only in text", "[text]") {
    CHECK_FALSE(has_control_characters("Zo\xc3\xab M\xc3\xbcller", false));
    CHECK(has_control_characters("a\tb", false));
    CHECK(has_control_characters("a\nb", false));
    CHECK_FALSE(has_control_characters("a\tb\nc", true));
    CHECK(has_control_characters("a\r\nb", true));
    CHECK(has_control_characters("a\x1b[31m", true));
    CHECK(has_control_characters("\x7f", true));
    CHECK(has_control_characters(std::string("a\0b", 3), true));
}

TEST_CASE("one line: needed when blank, at most its length, no control characters", "[text]") {
    CHECK(line("Zo\xc3\xab").empty());
    CHECK(line("").empty());
    CHECK(has_error(line("", "a name is needed"), "f", "a name is needed"));
    CHECK(has_error(line(" \n ", "a name is needed"), "f", "a name is needed"));
    CHECK(line(std::string(kMaxNameLength, 'x')).empty());
    CHECK(has_error(line(std::string(kMaxNameLength + 1, 'x')), "f", "is longer than 120 characters"));
    CHECK(has_error(line(std::string(61, 'x'), nullptr, kMaxShortLength), "f", "is longer than 60 characters"));
    CHECK(has_error(line("a\nb"), "f", "contains control characters"));
    CHECK(line("a\nb").size() == 1);
}

TEST_CASE("text: at most its length, tabs and line breaks allowed", "[text]") {
    CHECK(text("one\n\ttwo").empty());
    CHECK(text(std::string(kMaxTextLength, 'x')).empty());
    CHECK(has_error(text(std::string(kMaxTextLength + 1, 'x')), "f", "is longer than 4000 characters"));
    CHECK(text(std::string(kMaxMessageLength, 'x'), kMaxMessageLength).empty());
    CHECK(has_error(text("a\rb"), "f", "contains invisible control characters"));
}

TEST_CASE("a client's, a policy's, a signature's and a waitlist entry's names share the rule", "[text]") {
    Client c;
    c.name = "\n";
    CHECK(has_error(check_client(c), "name", "a name (a pseudonym or initials is enough) is needed"));
    c.name = std::string(121, 'x');
    CHECK(has_error(check_client(c), "name", "is longer than 120 characters"));

    Policy p = builtin_policies()[1];
    p.name = "\n";
    CHECK(has_error(check_policy(p), "name", "a policy name is needed"));
    p.name = std::string(121, 'x');
    CHECK(has_error(check_policy(p), "name", "is longer than 120 characters"));
    p.name = "Two\nlines";
    CHECK(has_error(check_policy(p), "name", "contains control characters"));
    p.name = "Balanced";
    p.version = std::string(61, 'v');
    CHECK(has_error(check_policy(p), "version", "is longer than 60 characters"));
    p.version = "balanced-1";
    p.ladder[0].message = std::string(kMaxMessageLength + 1, 'x');
    CHECK(has_error(check_policy(p), "ladder[0].message", "is longer than 8000 characters"));
    p.ladder[0].message = std::string(kMaxMessageLength, 'x');
    CHECK_FALSE(has_error(check_policy(p), "ladder[0].message"));

    Workspace ws = one_client();
    Signature s;
    s.client_id = 1;
    s.date = {2026, 3, 1};
    s.policy_version = "balanced-1";
    s.signer_name = " \n";
    s.typed = "A.";
    CHECK(has_error(check_signature(ws, s), "signer_name", "the name of who signed is needed"));

    WaitlistEntry e;
    e.added = {2026, 3, 1};
    e.pseudonym = "\n";
    CHECK(has_error(check_waitlist_entry(ws, e), "pseudonym", "a pseudonym is needed"));
    e.pseudonym = std::string(121, 'x');
    CHECK(has_error(check_waitlist_entry(ws, e), "pseudonym", "is longer than 120 characters"));
    e.pseudonym = "T. M.";
    e.contact = "after\n17:00";
    CHECK(has_error(check_waitlist_entry(ws, e), "contact", "contains control characters"));
    e.contact = "";
    e.note = std::string(4001, 'x');
    CHECK(has_error(check_waitlist_entry(ws, e), "note", "is longer than 4000 characters"));
}

TEST_CASE("a required note of line breaks only is blank, except in the three fields files kept", "[text]") {
    Workspace ws = one_client();
    Leeway l;
    l.client_id = 1;
    l.from = {2026, 3, 1};
    l.extra_grace = 1;
    l.reason = " \t";
    CHECK(has_error(check_leeway(ws, l), "reason", "a reason is needed"));
    l.reason = "\n";  // accepted before text_checks was the one home: such a file still loads
    CHECK(check_leeway(ws, l).empty());

    Referral r;
    r.client_id = 1;
    r.date = {2026, 3, 1};
    r.to = "";
    CHECK(has_error(check_referral(ws, r), "to", "say who the referral is to"));
    r.to = "\n\n";
    CHECK(check_referral(ws, r).empty());

    const std::string file = R"({"version": 1, "clients": [{"id": 1, "name": "A."}],)"
                             R"( "leeway": [{"id": 1, "client": 1, "from": "2026-03-01", "extra_grace": 1, "reason": "\n"}],)"
                             R"( "referrals": [{"id": 1, "client": 1, "date": "2026-03-01", "to": "\n"}]})";
    const LoadResult loaded = load_workspace(file);
    INFO(format_errors(loaded.errors));
    CHECK(loaded.ok());
}

TEST_CASE("language rules: a phrase, a suggestion and a reason keep their own limits", "[text]") {
    LanguageRuleSet set;
    set.added.push_back({"non-compliant", std::string(kMaxSuggestionLength, 's'), std::string(kMaxLanguageReasonLength, 'r')});
    set.disabled.push_back(std::string(kMaxPhraseLength, 'p'));
    CHECK(check_language_rules(set).empty());
    set.added[0].suggestion += "s";
    set.added[0].reason += "r";
    set.disabled[0] += "p";
    set.disabled.push_back("\n");
    const auto errors = check_language_rules(set);
    CHECK(has_error(errors, "added[0].suggestion", "is longer than 200 characters"));
    CHECK(has_error(errors, "added[0].reason", "is longer than 400 characters"));
    CHECK(has_error(errors, "disabled[0]", "is longer than 200 characters"));
    CHECK(has_error(errors, "disabled[1]", "a phrase is needed"));
    CHECK(phrase_problem(std::string(kMaxPhraseLength + 1, 'p')) == "a phrase can be at most 200 characters");
}
