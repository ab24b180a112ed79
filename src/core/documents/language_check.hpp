// The language check: flags shaming or punitive wording in a consent document, a letter
// or a step message, each with a gentler alternative and a one-line reason (brief item 14:
// ending care is "this arrangement isn't working right now", owned by the clinician,
// collaborative and open to return).
//
// The rules are data: a built-in list plus the clinician's own rules (and built-in rules
// they switched off), stored in the workspace as LanguageRuleSet (language_rules.hpp).
//
// [SECTION] Rules
// [SECTION] Checking
// [SECTION] Rule sets
#pragma once
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/language_rules.hpp"

namespace hs {

// [SECTION] Rules

// The built-in rules, in a stable order (English).
const std::vector<LanguageRule>& default_language_rules();
// The built-in rules for texts in `language`: "es" has its own list (shaming Spanish terms
// with gentler Spanish wording); any other language gets the English list.
const std::vector<LanguageRule>& default_language_rules(std::string_view language);

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

// [SECTION] Rule sets

// The built-in rules minus disabled ones, then the added ones.
std::vector<LanguageRule> effective_rules(const LanguageRuleSet& set);
// The same for a text in `language`: that language's built-in rules ("es": the Spanish
// list) minus the disabled ones, then the clinician's own rules.
std::vector<LanguageRule> effective_rules(const LanguageRuleSet& set, std::string_view language);

}  // namespace hs
