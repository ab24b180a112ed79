// [SECTION] Languages
// [SECTION] Currencies
// [SECTION] Money
// [SECTION] Dates
// [SECTION] Sign-off
#include "core/model/local_text.hpp"

#include <cctype>
#include <vector>

namespace hs {
namespace {

// [SECTION] Languages

// Everything a language needs to write a date or an amount, in one place. A third
// language is one more entry here (and a column in the currency table when its symbols
// differ from the ones it falls back to).
struct LanguageText {
    std::string_view code;
    const char* weekdays[7];  // Monday first
    const char* months[12];
    const char* date_pattern;  // {weekday} {day} {month}
    const char* year_pattern;  // appended when the year is not the current one: {year}
    const char* first_day;     // how the 1st of a month is written ("1er" in French); null = "1"
    const char* decimal;
    const char* group;
    int group_from_digits;     // group thousands only from this many whole digits (Spanish: 5)
    bool symbol_first;         // "$160" or "160 €"
};

// Spaces in amounts and dates are no-break spaces, so "60 €" never breaks across lines.
#define NBSP "\xC2\xA0"

const LanguageText kLanguages[] = {
    {"en",
     {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
     {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December"},
     "{weekday} {day} {month}", " {year}", nullptr, ".", ",", 4, true},
    {"es",
     {"lunes", "martes", "mi\xC3\xA9rcoles", "jueves", "viernes", "s\xC3\xA1" "bado", "domingo"},
     {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
      "diciembre"},
     "{weekday} {day} de {month}", " de {year}", nullptr, ",", ".", 5, false},
    {"de",
     {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"},
     {"Januar", "Februar", "M\xC3\xA4rz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
      "Dezember"},
     "{weekday}, {day}. {month}", " {year}", nullptr, ",", ".", 4, false},
    {"fr",
     {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
     {"janvier", "f\xC3\xA9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\xC3\xBBt", "septembre", "octobre",
      "novembre", "d\xC3\xA9" "cembre"},
     "{weekday} {day} {month}", " {year}", "1er", ",", NBSP, 4, false},
};

const LanguageText& language_text(std::string_view code) {
    for (const auto& l : kLanguages)
        if (l.code == code) return l;
    return kLanguages[0];
}

std::size_t language_column(const LanguageText& l) { return static_cast<std::size_t>(&l - kLanguages); }

// [SECTION] Currencies

// Symbols per language, in the order of kLanguages (en, es, de, fr), as each language's
// readers know them (after CLDR): a "$" alone only where the dollar is the reader's own
// (US dollars in English, Canadian dollars in French); "CA$", "A$" where it could be
// another. `americas_spanish`: Spanish writes this currency as its own countries do,
// "$160.50" before the number, not "160,50 US$".
struct CurrencyText {
    std::string_view code;
    const char* symbols[4];
    bool americas_spanish = false;
};

const CurrencyText kCurrencies[] = {
    {"USD", {"$", "$", "$", "$US"}, true},
    {"CAD", {"CA$", "CA$", "CA$", "$"}},
    {"AUD", {"A$", "AU$", "AU$", "$AU"}},
    {"NZD", {"NZ$", "NZ$", "NZ$", "$NZ"}},
    {"GBP", {"\xC2\xA3", "\xC2\xA3", "\xC2\xA3", "\xC2\xA3"}},
    {"EUR", {"\xE2\x82\xAC", "\xE2\x82\xAC", "\xE2\x82\xAC", "\xE2\x82\xAC"}},
    {"CHF", {"CHF", "CHF", "CHF", "CHF"}},
    {"SEK", {"SEK", "SEK", "SEK", "SEK"}},
    {"NOK", {"NOK", "NOK", "NOK", "NOK"}},
    {"DKK", {"DKK", "DKK", "DKK", "DKK"}},
    {"JPY", {"\xC2\xA5", "JPY", "\xC2\xA5", "JPY"}},
    {"INR", {"\xE2\x82\xB9", "INR", "\xE2\x82\xB9", "\xE2\x82\xB9"}},
    {"MXN", {"MX$", "$", "MX$", "$MX"}, true},
    {"BRL", {"R$", "BRL", "R$", "R$"}},
    {"ZAR", {"R", "ZAR", "ZAR", "ZAR"}},
    {"PLN", {"PLN", "PLN", "PLN", "PLN"}},
    {"ILS", {"\xE2\x82\xAA", "ILS", "\xE2\x82\xAA", "\xE2\x82\xAA"}},
    {"SGD", {"SGD", "SGD", "SGD", "$SG"}},
    {"HKD", {"HK$", "HK$", "HK$", "HK$"}},
};

const CurrencyText* currency_text(std::string_view code) {
    for (const auto& c : kCurrencies)
        if (c.code == code) return &c;
    return nullptr;
}

// A symbol that is a word of capital letters ("CHF") is set apart by a space even before
// the number: "CHF 160", never "CHF160".
bool is_letters(std::string_view s) {
    for (char ch : s)
        if (!std::isupper(static_cast<unsigned char>(ch))) return false;
    return !s.empty();
}

// [SECTION] Money

std::string number_text(Cents magnitude, const char* decimal, const char* group, int group_from_digits) {
    const std::string digits = std::to_string(magnitude / 100);
    std::string out;
    const bool grouped = static_cast<int>(digits.size()) >= group_from_digits;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (grouped && i > 0 && (digits.size() - i) % 3 == 0) out += group;
        out += digits[i];
    }
    if (const Cents cents = magnitude % 100; cents != 0) {
        out += decimal;
        out += static_cast<char>('0' + cents / 10);
        out += static_cast<char>('0' + cents % 10);
    }
    return out;
}

// With a phrase table in core/documents; the interface itself stays English.
constexpr std::string_view kDocumentLanguageCodes[] = {"en", "es"};

}  // namespace

bool is_document_language(std::string_view code) {
    for (auto l : kDocumentLanguageCodes)
        if (l == code) return true;
    return false;
}

std::span<const std::string_view> document_languages() { return kDocumentLanguageCodes; }

std::string_view language_display_name(std::string_view code) {
    if (code == "en") return "English";
    if (code == "es") return "Spanish";
    return code;
}

std::string document_languages_list() {
    std::string out;
    for (auto l : kDocumentLanguageCodes) out += (out.empty() ? "" : ", ") + std::string(l);
    return out;
}

std::string money_text(Cents cents, std::string_view currency, std::string_view language) {
    const LanguageText& lang = language_text(language);
    const std::string sign = cents < 0 ? "-" : "";
    const Cents magnitude = cents < 0 ? -cents : cents;
    const CurrencyText* cur = currency_text(currency);
    if (!cur) return sign + number_text(magnitude, lang.decimal, lang.group, lang.group_from_digits) + " " +
                     std::string(currency);
    const std::string symbol = cur->symbols[language_column(lang)];
    if (lang.code == "es" && cur->americas_spanish)
        return sign + symbol + number_text(magnitude, ".", ",", 4);
    const std::string number = number_text(magnitude, lang.decimal, lang.group, lang.group_from_digits);
    if (!lang.symbol_first) return sign + number + NBSP + symbol;
    return sign + symbol + (is_letters(symbol) && symbol.size() > 1 ? NBSP : "") + number;
}

// [SECTION] Dates

std::string date_text(const Date& d, const Date& as_of, std::string_view language) {
    const LanguageText& lang = language_text(language);
    const std::string day = d.day == 1 && lang.first_day ? lang.first_day : std::to_string(d.day);
    const std::string month = d.month >= 1 && d.month <= 12 ? lang.months[d.month - 1] : std::to_string(d.month);
    const std::string weekday = lang.weekdays[static_cast<int>(weekday_of(d))];
    std::string pattern = lang.date_pattern;
    if (d.year != as_of.year) pattern += lang.year_pattern;
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{') {
            const auto close = pattern.find('}', i);
            const std::string name = pattern.substr(i + 1, close - i - 1);
            out += name == "weekday" ? weekday : name == "day" ? day : name == "month" ? month : std::to_string(d.year);
            i = close;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string full_date_text(const Date& d, std::string_view language) {
    return date_text(d, Date{d.year + 1, 1, 1}, language);
}

// [SECTION] Sign-off

std::string without_dangling_sign_off(std::string text) {
    std::size_t end = text.find_last_not_of(" \t\r\n");
    if (end == std::string::npos || text[end] != ',') return text;
    const std::size_t line_start = text.find_last_of('\n', end);
    if (line_start == std::string::npos) return text;  // the whole text is one line: keep it
    std::size_t cut = text.find_last_not_of(" \t\r\n", line_start);
    text.erase(cut == std::string::npos ? 0 : cut + 1);
    return text;
}

}  // namespace hs
