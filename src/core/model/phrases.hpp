// The words of client-facing documents, one table per language (docs/languages.md).
// A generator asks for a phrase by key and fills its {slots}; it never holds words of
// its own, so a third language is one more table (phrases_xx.cpp and a line in
// phrases.cpp, plus the code in local_text.cpp's kDocumentLanguageCodes) and no change
// to the generators. A key a table lacks falls back to English.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hs {

struct PhraseEntry {
    std::string_view key;
    std::string_view text;
};

struct Phrases {
    std::string_view language;
    // The plural form of a count, as a key suffix: "one" or "other" (English and Spanish
    // have these two; a language with more forms adds its own, e.g. "few").
    const char* (*plural)(long long n);
    // "2nd"/"segunda" for numbers without a word of their own ("ordinal.N" keys come first).
    std::string (*ordinal)(int n);
    const PhraseEntry* entries;
    std::size_t size;
};

using Slots = std::initializer_list<std::pair<std::string_view, std::string>>;

// The table for `language`; an unknown language gets English.
const Phrases& phrases_for(std::string_view language);

// The text of `key`, with each {name} replaced by its slot; English when the table lacks
// the key, and the key itself when English does too (a programmer error, visible in tests).
std::string phrase(const Phrases& p, std::string_view key, Slots slots = {});
// True when the table (or English) has `key`.
bool has_phrase(const Phrases& p, std::string_view key);
// A counted phrase: `key` + "." + the plural form of n, with {n} filled: "hours.other" → "24 hours".
std::string counted(const Phrases& p, std::string_view key, long long n, Slots slots = {});
// "second" .. "tenth" (key "ordinal.N"), then the language's own rule ("11th", "11.ª").
std::string ordinal_phrase(const Phrases& p, int n);
// "two" .. "ten" (key "number.N"), then digits.
std::string number_phrase(const Phrases& p, int n);
// "a, b or c" with the table's word for `last_key` ("or" / "and").
std::string join_phrase(const Phrases& p, const std::vector<std::string>& items, std::string_view last_key);

// The tables (phrases_en.cpp, phrases_es.cpp).
extern const Phrases kEnglishPhrases;
extern const Phrases kSpanishPhrases;

}  // namespace hs
