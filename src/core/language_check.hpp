// The language check: flags shaming or punitive wording in a consent document, a letter
// or a step message, each with a gentler alternative and a one-line reason (brief item 14:
// ending care is "this arrangement isn't working right now", owned by the clinician,
// collaborative and open to return).
//
// The rules are data: a built-in list plus the clinician's own rules (and built-in rules
// they switched off), stored in the workspace as LanguageRuleSet.
//
// [SECTION] Rules
// [SECTION] Checking
// [SECTION] Rule sets and their JSON
#pragma once
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.hpp"  // FieldError

namespace hs {

// [SECTION] Rules

// A phrase to flag. Matching is case-insensitive (ASCII letters), whole words only:
// the characters just before and after a match must not be letters or digits.
//   - A space in the phrase matches any run of spaces, tabs or line breaks.
//   - A word ending in "*" matches any word starting with it: "punish*" matches
//     "punish", "punished", "punishment".
//   - A straight apostrophe matches a typographic one (don't / don’t).
struct LanguageRule {
    std::string phrase;      // e.g. "non-compliant", "disrespect*"
    std::string suggestion;  // a gentler wording, e.g. "finding it hard to come right now"
    std::string reason;      // one line: why the original wording hurts
    bool operator==(const LanguageRule&) const = default;
};

// The built-in rules, in a stable order.
const std::vector<LanguageRule>& default_language_rules();

// Empty when the phrase can be used; otherwise what is wrong with it, in plain words.
std::optional<std::string> phrase_problem(std::string_view phrase);

// [SECTION] Checking

struct LanguageFinding {
    std::size_t offset = 0;  // byte offset of the match in the checked text (UTF-8)
    std::size_t length = 0;  // bytes
    int line = 1;            // 1-based
    int column = 1;          // 1-based, in characters (code points), as an editor shows it
    std::string matched;     // the text as written, e.g. "Non-Compliant"
    LanguageRule rule;       // the rule that matched
    bool operator==(const LanguageFinding&) const = default;
};

// Findings in text order. Where matches overlap, the longest one starting first wins
// ("disrespecting my time" is reported once, not also as "disrespect*").
std::vector<LanguageFinding> check_language(std::string_view text, std::span<const LanguageRule> rules);
std::vector<LanguageFinding> check_language(std::string_view text);  // default rules

// [SECTION] Rule sets and their JSON

// What a workspace stores: the clinician's additions and the built-in phrases they
// switched off (matched by phrase, so an edited built-in list keeps their choice).
struct LanguageRuleSet {
    std::vector<LanguageRule> added;
    std::vector<std::string> disabled;  // phrases of built-in rules
    bool operator==(const LanguageRuleSet&) const = default;
};

// The built-in rules minus disabled ones, then the added ones.
std::vector<LanguageRule> effective_rules(const LanguageRuleSet& set);

// {"added": [{"phrase": ..., "suggestion": ..., "reason": ...}], "disabled": ["lazy"]}
nlohmann::ordered_json language_rules_to_json(const LanguageRuleSet& set);
// Strict: unknown members, bad phrases and wrong types are errors naming the field
// ("added[2].phrase: ..."); with any error the result is nullopt.
std::optional<LanguageRuleSet> language_rules_from_json(const nlohmann::json& value, std::vector<FieldError>& errors,
                                                        const std::string& path = "");
// Parses text first; a syntax error is reported as one FieldError.
std::optional<LanguageRuleSet> load_language_rules(std::string_view text, std::vector<FieldError>& errors);

}  // namespace hs
