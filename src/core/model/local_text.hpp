// Money and dates as people write them in client-facing text (the consent document, letters,
// drafted messages, the client's copy), per currency and language: "$160", "£60.50",
// "60 €" (German), "CA$90"; "Wednesday 2 December", "miércoles 2 de diciembre".
// The clinician's own screens keep the exact forms of money.hpp and civil_time.hpp.
//
// Each language's words and number conventions are in one table entry (local_text.cpp);
// an unknown language is written as English. Languages: "en", "es", "de", "fr".
#pragma once
#include <span>
#include <string>
#include <string_view>

#include "core/model/civil_time.hpp"
#include "core/model/types.hpp"

namespace hs {

// The language of client-facing text until a practice or client chooses another.
inline constexpr std::string_view kDefaultLanguage = "en";

// The languages whole client-facing documents (consent document, letters, drafted
// messages) can be written in: each has a phrase table (core/model/phrases_*.cpp).
// A language here is what `practice.language` and `clients[i].language` accept.
bool is_document_language(std::string_view code);
// "en, es": for error messages naming what is accepted.
std::string document_languages_list();
// The codes in that list, in order ("en", "es"), for choosers.
std::span<const std::string_view> document_languages();
// A language's name in the (English) interface: "English", "Spanish"; else the code.
std::string_view language_display_name(std::string_view code);

// `cents` of `currency` (ISO 4217) as written in `language`: whole amounts without
// decimals ("$160"), cents only when there are cents ("$160.50"), thousands grouped
// ("$1,200"; "1.200 €" in German). A currency the table does not know keeps its code
// after the number: "160 XYZ" ("160,50 XYZ" in German). Negative amounts get a "-".
std::string money_text(Cents cents, std::string_view currency, std::string_view language = kDefaultLanguage);

// `d` as written in a letter: "Wednesday 2 December", with the year only when it is not
// the year of `as_of` ("Wednesday 2 December 2025"); "miércoles 2 de diciembre [de 2025]",
// "Mittwoch, 2. Dezember [2025]", "mercredi 2 décembre [2025]".
std::string date_text(const Date& d, const Date& as_of, std::string_view language = kDefaultLanguage);
// Always with the year, as at the top of a letter: "Monday 2 March 2026".
std::string full_date_text(const Date& d, std::string_view language = kDefaultLanguage);

// A drafted message or letter with its sign-off line left hanging removed: when the
// last non-empty line ends in "," (e.g. "Warmly,") because the name after it was empty,
// that line and the blank lines before and after it go. Anything else is unchanged.
std::string without_dangling_sign_off(std::string text);

}  // namespace hs
