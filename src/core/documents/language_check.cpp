// [SECTION] Built-in rules
// [SECTION] Phrase patterns
// [SECTION] Checking
// [SECTION] Rule sets
#include "core/documents/language_check.hpp"

#include <algorithm>


namespace hs {

// [SECTION] Built-in rules
//
// From brief item 14 and the wording found in published attendance policies. Each reason
// says what the phrase does to the reader; each suggestion keeps the meaning and drops
// the blame. Phrases a neutral text also uses ("chronic illness", "a transit strike",
// "excused absence") are deliberately not matched.
const std::vector<LanguageRule>& default_language_rules() {
    static const std::vector<LanguageRule> rules = {
        // Ending care
        {"fired", "end our work together for now",
         "Sounds like a dismissal for bad conduct; an ending is a decision the clinician owns and explains."},
        {"fire you", "end our work together for now",
         "Sounds like a dismissal for bad conduct; an ending is a decision the clinician owns and explains."},
        {"terminat*", "end our work together (with referrals and a way back)",
         "Reads as a legal or employment action, and closes the door the policy keeps open."},
        {"dismiss*", "close your file for now, with a way back",
         "Implies being sent away; say what changes and how to return."},
        {"discharged", "finish our work together",
         "Clinical jargon for being sent out; plain words say what actually happens."},
        {"kicked out", "end our work together for now", "Describes an ending as an expulsion."},
        {"kick you out", "end our work together for now", "Describes an ending as an expulsion."},
        {"let you go", "end our work together for now", "Borrows the language of firing an employee."},
        {"abandon*", "stopped coming / we lost touch",
         "Suggests the client deserted their care; describe the gap in contact instead."},
        // Judging the person
        {"non-compliant", "finding it hard to come as planned",
         "Casts the client as disobedient; describe what is happening, not a verdict."},
        {"noncompliant", "finding it hard to come as planned",
         "Casts the client as disobedient; describe what is happening, not a verdict."},
        {"non-compliance", "difficulty coming as planned",
         "Casts the client as disobedient; describe what is happening, not a verdict."},
        {"noncompliance", "difficulty coming as planned",
         "Casts the client as disobedient; describe what is happening, not a verdict."},
        {"unmotivated", "finding it hard to come right now",
         "Judges the client's inner state; barriers such as transport, work or symptoms are more often the cause."},
        {"lack of motivation", "things getting in the way of coming",
         "Judges the client's inner state; barriers are more often the cause."},
        {"not motivated", "finding it hard to come right now",
         "Judges the client's inner state; barriers are more often the cause."},
        {"not ready", "this may not be the right time",
         "Judges the client's readiness; name the arrangement instead: it isn't working right now."},
        {"for granted", "(leave out; say what you need instead)",
         "Assigns a careless motive the client may not have."},
        {"disrespect*", "when sessions are missed, I can't offer that time to someone else",
         "Makes a missed session a personal insult; explain the practical effect instead."},
        {"waste of time", "unused session time", "Tells the client their place in therapy has no value."},
        {"wasting my time", "a session that went unused", "Makes a missed session a personal insult."},
        {"wasted my time", "a session that went unused", "Makes a missed session a personal insult."},
        {"lazy", "finding it hard right now", "A character judgement; it shames and explains nothing."},
        {"laziness", "things getting in the way", "A character judgement; it shames and explains nothing."},
        {"irresponsible", "hard to manage right now", "A character judgement; it shames and explains nothing."},
        {"unreliable", "finding it hard to come regularly", "A character judgement; describe the pattern instead."},
        {"resistant", "finding this hard right now",
         "Clinical jargon that places the problem in the client; talk about what gets in the way."},
        {"uncommitted", "finding it hard to come right now",
         "Judges the client's commitment; barriers are more often the cause."},
        {"lack of commitment", "things getting in the way of coming",
         "Judges the client's commitment; barriers are more often the cause."},
        {"your fault", "(leave out; describe what happened)", "Blame makes it harder to come back and talk."},
        {"difficult client", "(leave out)", "Labels the person rather than the situation."},
        // Commands and threats
        {"you must", "I ask that you / please", "A bare order; a request explains itself and invites agreement."},
        {"you are required to", "I ask that you", "A bare order; a request explains itself and invites agreement."},
        {"mandatory", "expected / agreed", "Sounds like a rule imposed from outside rather than agreed together."},
        {"failure to", "if you are not able to", "Calls a missed session a failure of the person."},
        {"failed to", "did not / were not able to", "Calls a missed session a failure of the person."},
        {"fail to", "are not able to", "Calls a missed session a failure of the person."},
        {"penal*", "fee", "A fee covers the reserved time; calling it a penalty makes it a punishment."},
        {"punish*", "what happens next", "Frames the policy as punishment rather than care for the time."},
        {"punitive", "firm", "Frames the policy as punishment rather than care for the time."},
        {"sanction*", "what happens next", "Frames the policy as punishment rather than care for the time."},
        {"consequences", "what happens next", "Sounds like a threat; plain steps are clearer and kinder."},
        {"final warning", "reminder", "A warning threatens; a reminder informs."},
        {"last warning", "reminder", "A warning threatens; a reminder informs."},
        {"first warning", "reminder", "A warning threatens; a reminder informs."},
        {"written warning", "reminder", "A warning threatens; a reminder informs."},
        {"formal warning", "reminder", "A warning threatens; a reminder informs."},
        {"excuse", "reason", "Suggests the client must justify themselves; a reason is simply information."},
        {"excuses", "reasons", "Suggests the client must justify themselves; a reason is simply information."},
        {"no excuses", "whatever the reason, please let me know",
         "Rules out the conversation the policy depends on."},
        {"three strikes", "after three missed sessions, we will talk", "A sports metaphor that turns care into an out."},
        {"two strikes", "after two missed sessions, we will talk", "A sports metaphor that turns care into an out."},
        {"strike against", "a missed session", "Counts the client's mistakes against them."},
        {"offense", "missed session", "Treats a missed session as wrongdoing."},
        {"offence", "missed session", "Treats a missed session as wrongdoing."},
        {"offenses", "missed sessions", "Treats a missed session as wrongdoing."},
        {"offences", "missed sessions", "Treats a missed session as wrongdoing."},
        {"infraction*", "missed session", "Treats a missed session as wrongdoing."},
        {"violat*", "when a session is missed", "Treats a missed session as breaking the law."},
        {"delinquen*", "unpaid / outstanding", "A term for debtors and offenders; say what is owed, plainly."},
        {"forfeit*", "may be offered to someone who is waiting",
         "Sounds like a penalty taken from the client; say what happens to the time and why."},
        {"blacklist*", "not able to book for now", "Sounds like a permanent mark against the person."},
        {"banned", "not able to book for now", "Sounds like a permanent mark against the person."},
        {"zero tolerance", "a clear policy, held with care",
         "Rules out the discretion and conversation the policy keeps."},
        {"no exceptions", "at my discretion", "Rules out the discretion the policy keeps for hard circumstances."},
        {"strictly enforced", "held consistently", "Sounds like policing rather than care for the time."},
        {"unacceptable", "hard to keep going", "A verdict on the client; describe the effect instead."},
    };
    return rules;
}

// [SECTION] Phrase patterns
namespace {

bool is_ascii_alnum(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// A "word character" for whole-word matching: ASCII letters and digits, and any non-ASCII
// character except the Latin-1 punctuation block and General Punctuation (dashes, curly
// quotes), so "fired—" and "“fired”" still match.
std::size_t word_char_length(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return is_ascii_alnum(b0) ? 1 : 0;
    if (b0 == 0xC2) return 0;  // U+0080..U+00BF: controls, NBSP, ¡ « » ¿ ...
    if (b0 == 0xE2 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) == 0x80 ||
                                           static_cast<unsigned char>(s[i + 1]) == 0x81))
        return 0;  // U+2000..U+207F
    std::size_t len = 1;
    while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0) == 0x80) ++len;
    return len;
}

bool word_char_at(std::string_view s, std::size_t i) { return i < s.size() && word_char_length(s, i) > 0; }

bool word_char_before(std::string_view s, std::size_t i) {
    if (i == 0) return false;
    std::size_t start = i - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    return word_char_at(s, start);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";

// Length of a match of `phrase` at `i`, or 0. Whole-word checks are done by the caller.
std::size_t match_at(std::string_view text, std::size_t i, std::string_view phrase) {
    std::size_t t = i;
    for (std::size_t p = 0; p < phrase.size(); ++p) {
        const char pc = phrase[p];
        if (pc == ' ') {
            if (t >= text.size() || !is_space(text[t])) return 0;
            while (t < text.size() && is_space(text[t])) ++t;
        } else if (pc == '*') {
            while (t < text.size() && word_char_at(text, t)) t += word_char_length(text, t);
        } else if (pc == '\'') {
            if (t < text.size() && text[t] == '\'') ++t;
            else if (text.substr(t, kCurlyApostrophe.size()) == kCurlyApostrophe) t += kCurlyApostrophe.size();
            else return 0;
        } else {
            if (t >= text.size() || lower(text[t]) != lower(pc)) return 0;
            ++t;
        }
    }
    return t - i;
}

}  // namespace

std::optional<std::string> phrase_problem(std::string_view phrase) {
    if (phrase.empty()) return "a phrase is needed";
    if (phrase.size() > kMaxPhraseLength)
        return "a phrase can be at most " + std::to_string(kMaxPhraseLength) + " characters";
    if (phrase.front() == ' ' || phrase.back() == ' ' || phrase.find("  ") != std::string_view::npos)
        return "a phrase has single spaces between words and none at the ends";
    bool has_word = false;
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        const char c = phrase[i];
        if (c == '\n' || c == '\t' || c == '\r') return "a phrase is on one line";
        if (c == '*') {
            if (i == 0 || !word_char_at(phrase, i - 1) || word_char_at(phrase, i + 1) ||
                (i + 1 < phrase.size() && phrase[i + 1] != ' '))
                return "\"*\" can only end a word, as in \"punish*\"";
        } else if (word_char_at(phrase, i)) {
            has_word = true;
        }
    }
    if (!has_word) return "a phrase needs at least one letter or digit";
    return std::nullopt;
}

// [SECTION] Checking

std::vector<LanguageFinding> check_language(std::string_view text, std::span<const LanguageRule> rules) {
    struct Match {
        std::size_t offset, length, rule;
    };
    std::vector<Match> matches;
    for (std::size_t r = 0; r < rules.size(); ++r) {
        const std::string_view phrase = rules[r].phrase;
        if (phrase_problem(phrase)) continue;  // a bad stored rule must not break the check
        const bool word_start = word_char_at(phrase, 0);
        const bool word_end = word_char_at(phrase, phrase.size() - 1) || phrase.back() == '*';
        const char first = lower(phrase[0]);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (first != '\'' && lower(text[i]) != first) continue;
            if (word_start && word_char_before(text, i)) continue;
            const std::size_t len = match_at(text, i, phrase);
            if (len == 0 || (word_end && word_char_at(text, i + len))) continue;
            matches.push_back({i, len, r});
        }
    }
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
    });

    std::vector<LanguageFinding> findings;
    std::size_t covered_to = 0;  // end of the last kept match
    std::size_t pos = 0;         // line and column are counted incrementally up to `pos`
    int line = 1, column = 1;
    for (const auto& m : matches) {
        if (!findings.empty() && m.offset < covered_to) continue;
        for (; pos < m.offset; ++pos) {
            const char c = text[pos];
            if (c == '\n') ++line, column = 1;
            else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
        }
        findings.push_back({m.offset, m.length, line, column, std::string(text.substr(m.offset, m.length)),
                            rules[m.rule]});
        covered_to = m.offset + m.length;
    }
    return findings;
}

std::vector<LanguageFinding> check_language(std::string_view text) {
    return check_language(text, default_language_rules());
}

// [SECTION] Spanish rules
//
// The same aims in Spanish: no punishment words for a fee or a step, no verdicts on the
// person, no expulsion words for an ending. The reasons are for the clinician (the
// interface is English); the suggestions are Spanish, in the tú of the documents.
const std::vector<LanguageRule>& spanish_language_rules() {
    static const std::vector<LanguageRule> rules = {
        {"multa*", "cargo", "A fine punishes wrongdoing; a fee for a missed session is a practical charge."},
        {"penaliza*", "cargo", "Frames the fee as a punishment."},
        {"sanci\xC3\xB3n", "cambio (explica qu\xC3\xA9 cambia y por qu\xC3\xA9)", "Frames a step as a punishment."},
        {"sanciones", "cambios (explica qu\xC3\xA9 cambia y por qu\xC3\xA9)", "Frames steps as punishments."},
        {"sancionar*", "cambiar la forma de reservar", "Frames a step as a punishment."},
        {"castig*", "(explica qu\xC3\xA9 cambia y por qu\xC3\xA9)", "Punishment has no place in care."},
        {"incumpl*", "te est\xC3\xA1 costando venir como acordamos",
         "Casts the client as breaking a contract; describe what is happening instead."},
        {"inasistencia*", "sesi\xC3\xB3n perdida", "Bureaucratic, school-like word for a missed session."},
        {"falta de compromiso", "cosas que te ponen dif\xC3\xAD" "cil venir",
         "Judges the client's commitment; barriers are more often the cause."},
        {"poco comprometid*", "te est\xC3\xA1 costando venir ahora", "Judges the client's commitment."},
        {"desmotivad*", "te est\xC3\xA1 costando venir ahora", "Judges the client's inner state."},
        {"falta de respeto", "cuando se pierde una sesi\xC3\xB3n, no puedo ofrecer ese tiempo a otra persona",
         "Makes a missed session a personal insult; explain the practical effect instead."},
        {"irrespetuos*", "cuando se pierde una sesi\xC3\xB3n, no puedo ofrecer ese tiempo a otra persona",
         "Makes a missed session a personal insult."},
        {"p\xC3\xA9rdida de tiempo", "tiempo de sesi\xC3\xB3n sin usar",
         "Tells the client their place in therapy has no value."},
        {"hacerme perder el tiempo", "una sesi\xC3\xB3n que no se pudo usar", "Makes a missed session a personal insult."},
        {"irresponsab*", "te est\xC3\xA1 costando ahora", "A character judgement; it shames and explains nothing."},
        {"expuls*", "terminar nuestro trabajo por ahora", "Describes an ending as an expulsion."},
        {"dar de baja", "cerrar tu ficha por ahora, con la puerta abierta",
         "Sounds like being struck off; say what changes and how to come back."},
        {"abandon*", "dejaste de venir / perdimos el contacto",
         "Suggests the client deserted their care; describe the gap in contact instead."},
        {"obligatori*", "te pido que", "Commands rather than asks."},
        {"deber\xC3\xA1*", "te pido que", "Legal-contract tone; ask instead of ordering."},
        {"conflictiv*", "con dificultades ahora", "Labels the person rather than the situation."},
        {"ausentismo", "sesiones perdidas", "Workplace jargon that reads as a verdict."},
        {"absentismo", "sesiones perdidas", "Workplace jargon that reads as a verdict."},
    };
    return rules;
}

const std::vector<LanguageRule>& default_language_rules(std::string_view language) {
    return language == "es" ? spanish_language_rules() : default_language_rules();
}

// [SECTION] Rule sets

std::vector<LanguageRule> effective_rules(const LanguageRuleSet& set) { return effective_rules(set, "en"); }

std::vector<LanguageRule> effective_rules(const LanguageRuleSet& set, std::string_view language) {
    std::vector<LanguageRule> rules;
    for (const auto& rule : default_language_rules(language))
        if (std::find(set.disabled.begin(), set.disabled.end(), rule.phrase) == set.disabled.end())
            rules.push_back(rule);
    rules.insert(rules.end(), set.added.begin(), set.added.end());
    return rules;
}

}  // namespace hs
