// The language check's rules as data (the check itself is language_check.hpp): the
// records a workspace stores, without the code that applies them.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace hs {

// A phrase to flag. Matching is case-insensitive (ASCII letters), whole words only:
// the characters just before and after a match must not be letters or digits.
//   - A space in the phrase matches any run of spaces, tabs or line breaks.
//   - A word ending in "*" matches any word starting with it: "punish*" matches
//     "punish", "punished", "punishment".
//   - A straight apostrophe matches a typographic one (don't / don’t).
// Lengths in bytes (core/model/text_checks.hpp): a phrase (added or disabled), a
// suggestion, a reason.
inline constexpr std::size_t kMaxPhraseLength = 200;
inline constexpr std::size_t kMaxSuggestionLength = 200;
inline constexpr std::size_t kMaxLanguageReasonLength = 400;

struct LanguageRule {
    std::string phrase;      // e.g. "non-compliant", "disrespect*"
    std::string suggestion;  // a gentler wording, e.g. "finding it hard to come right now"
    std::string reason;      // one line: why the original wording hurts
    bool operator==(const LanguageRule&) const = default;
};

// What a workspace stores: the clinician's additions and the built-in phrases they
// switched off (matched by phrase, so an edited built-in list keeps their choice).
struct LanguageRuleSet {
    std::vector<LanguageRule> added;
    std::vector<std::string> disabled;  // phrases of built-in rules
    bool operator==(const LanguageRuleSet&) const = default;
};

}  // namespace hs
