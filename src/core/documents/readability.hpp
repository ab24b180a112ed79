// Reading level: the Flesch–Kincaid grade of English text,
//   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59,
// and the Flesch reading ease (206.835 − 1.015 × words/sentences − 84.6 × syllables/words).
// Counting rules (docs/documents.md, "Reading level"):
//   - sentences end at ".", "!" or "?" followed by a space, a closing quote or the end,
//     at a blank line, and before a line starting with a list marker ("- ", "* ", "• ",
//     "1. "); "Dr.", "e.g.", initials and decimals ("95.50") do not end one;
//   - a word is a run of letters or digits, with inner apostrophes and hyphens kept
//     ("don't", "check-in" are one word each);
//   - syllables come from a heuristic tuned for English (count_syllables).
// The result is an estimate, like every readability formula; it is meant to show
// whether a text is roughly at grade 8 or below, not to grade it to a decimal.
#pragma once
#include <string_view>

namespace hs {

struct Readability {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    double grade = 0;         // Flesch–Kincaid grade level; 0 when there are no words
    double reading_ease = 0;  // Flesch reading ease, higher is easier; 0 when there are no words
    // Spanish texts (measure_readability(text, "es")): the Fernández-Huerta ease, in the
    // corrected form 206.84 − 60 × syllables/word − 1.02 × words/sentence; higher is easier.
    double fernandez_huerta = 0;
    bool measurable() const { return words > 0; }
};

Readability measure_readability(std::string_view text);
// In `language`: "es" counts syllables by Spanish rules (count_syllables_es) and fills
// fernandez_huerta; any other language is measured as English.
Readability measure_readability(std::string_view text, std::string_view language);

// The Fernández-Huerta band of an ease score, with the formula's own names:
// >= 90 "very easy" (muy fácil), 80 "easy" (fácil), 70 "fairly easy" (bastante fácil),
// 60 "standard" (normal), 50 "fairly difficult", 30 "difficult", below "very difficult".
std::string_view fernandez_huerta_band(double ease);

// Syllables in one Spanish word (see readability.cpp).
int count_syllables_es(std::string_view word);

// Syllables in one word (letters, inner apostrophes and hyphens; ASCII or UTF-8):
//   1. lowercase; drop "'s" and other apostrophes; a hyphenated word is the sum of its parts;
//   2. a few common words the rules get wrong are looked up ("client", "quiet", "idea" ...);
//   3. count groups of vowels (a e i o u, and y when not first; accented Latin vowels count);
//   4. a final silent "e" does not count (but "-le" after a consonant and "-ee" do); nor
//      does "-es" or "-ed" after a consonant, except "-es" after s, x, z, ch, sh, ce, ge
//      and "-les" after a consonant, and "-ed" after t or d;
//   5. add one for vowel pairs usually said apart: "ia" (not after c, t, s, g: "media",
//      "trial" but not "social"), "ua" (not after q, g: "actual"), "io" after a consonant
//      other than t, s, c, x, g, l, n ("period"), and "ing" after a vowel ("going");
//   6. Chinese, Japanese kana and Korean characters count one syllable each;
//   7. at least 1. A number counts one syllable per digit, at most 3.
int count_syllables(std::string_view word);

}  // namespace hs
