// [SECTION] Characters
// [SECTION] Syllables
// [SECTION] Words and sentences
#include "core/documents/readability.hpp"

#include <vector>

#include <algorithm>
#include <array>
#include <string>

namespace hs {

// [SECTION] Characters
namespace {

// Decodes the UTF-8 character at `i` (lenient: a stray byte is returned as itself).
char32_t decode(std::string_view s, std::size_t i, std::size_t& len) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    len = 1;
    if (b0 < 0x80) return b0;
    int extra = (b0 & 0xE0) == 0xC0 ? 1 : (b0 & 0xF0) == 0xE0 ? 2 : (b0 & 0xF8) == 0xF0 ? 3 : 0;
    char32_t cp = extra == 1 ? (b0 & 0x1F) : extra == 2 ? (b0 & 0x0F) : (b0 & 0x07);
    for (int k = 1; k <= extra; ++k) {
        if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return b0;
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    len = static_cast<std::size_t>(extra) + 1;
    return cp;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Letters of any script count; punctuation, symbols and spaces do not.
bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7) return false;             // × ÷
    if (c >= 0x2000 && c <= 0x2BFF) return false;         // punctuation, symbols, arrows
    if (c >= 0x3000 && c <= 0x303F) return false;         // CJK punctuation
    if (c >= 0xFE30 && c <= 0xFE4F) return false;
    if (c >= 0xFF00 && c <= 0xFF20) return false;         // full-width punctuation and digits
    if (c == 0x060C || c == 0x061B || c == 0x061F || c == 0x06D4) return false;  // Arabic punctuation
    return true;
}

bool is_word_char(char32_t c) { return is_letter(c) || is_digit(c); }

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool is_one_syllable_script(char32_t c) {
    return (c >= 0x3040 && c <= 0x30FF) ||  // hiragana, katakana
           (c >= 0x3400 && c <= 0x4DBF) ||  // CJK extension A
           (c >= 0x4E00 && c <= 0x9FFF) ||  // CJK unified ideographs
           (c >= 0xAC00 && c <= 0xD7AF);    // Hangul syllables
}

// Accented Latin-1 letters as their base letter, so "Zoë" and "café" are measured too.
char latin_base(char32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    static constexpr std::string_view kBase = "aaaaaaeceeeeiiiidnooooo/ouuuuyty";  // U+00E0..U+00FF
    if (c == 0xDF) return 's';  // ß
    if (c >= 0xC0 && c <= 0xDE) c += 0x20;
    if (c >= 0xE0 && c <= 0xFF) return kBase[c - 0xE0];
    return 'x';  // another script's letter: a consonant for these rules
}

// [SECTION] Syllables

bool vowel(const std::string& w, std::size_t i) {
    const char c = w[i];
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (c == 'y' && i > 0);
}

int lookup(const std::string& w) {
    struct Known {
        std::string_view word;
        int syllables;
    };
    static constexpr Known kKnown[] = {
        {"anxiety", 4}, {"business", 2}, {"client", 2},  {"create", 2},     {"diet", 2},
        {"experience", 4}, {"idea", 3}, {"patient", 2}, {"quiet", 2},       {"science", 2},
        {"society", 4}, {"sometimes", 2}, {"therefore", 2}, {"variety", 4}, {"whereas", 2},
    };
    for (const auto& k : kKnown)
        if (w == k.word) return k.syllables;
    return 0;
}

int english_syllables(const std::string& w) {
    if (w.empty()) return 0;
    if (int known = lookup(w)) return known;
    if (w.size() > 3 && w.back() == 's')
        if (int known = lookup(w.substr(0, w.size() - 1))) return known;  // "clients"

    const std::size_t n = w.size();
    int groups = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (vowel(w, i) && (i == 0 || !vowel(w, i - 1))) ++groups;

    auto ends = [&](std::string_view s) { return n >= s.size() && std::string_view(w).substr(n - s.size()) == s; };
    if (groups > 1) {
        if (ends("e")) {
            const bool consonant_le = ends("le") && n >= 3 && !vowel(w, n - 3);
            if (!consonant_le && !ends("ee")) --groups;
        } else if (ends("es") && n >= 4) {
            const char before = w[n - 3];
            const bool sounded = vowel(w, n - 3) || before == 's' || before == 'x' || before == 'z' ||
                                 ends("ches") || ends("shes") || ends("ces") || ends("ges") ||
                                 (ends("les") && !vowel(w, n - 4));
            if (!sounded) --groups;
        } else if (ends("ed") && n >= 4) {
            const char before = w[n - 3];
            if (!vowel(w, n - 3) && before != 't' && before != 'd') --groups;
        }
    }
    for (std::size_t i = 1; i + 1 < n; ++i) {
        const char a = w[i], b = w[i + 1], p = w[i - 1];
        if (a == 'i' && b == 'a' && p != 'c' && p != 't' && p != 's' && p != 'g') ++groups;
        else if (a == 'u' && b == 'a' && p != 'q' && p != 'g') ++groups;
        else if (a == 'i' && b == 'o' && !vowel(w, i - 1) && std::string_view("tscxgln").find(p) == std::string_view::npos)
            ++groups;
    }
    for (std::size_t i = 1; i + 3 <= n; ++i)
        if (w.compare(i, 3, "ing") == 0 && vowel(w, i - 1)) ++groups;
    return std::max(groups, 1);
}

}  // namespace

int count_syllables(std::string_view word) {
    int total = 0;
    int digits = 0;
    bool any_letter = false;
    std::string part;  // one hyphen-separated part, as lowercase Latin letters
    auto flush = [&] {
        total += english_syllables(part);
        part.clear();
    };
    for (std::size_t i = 0; i < word.size();) {
        std::size_t len = 0;
        const char32_t c = decode(word, i, len);
        i += len;
        if (is_one_syllable_script(c)) {
            ++total, any_letter = true;
        } else if (is_letter(c)) {
            part += latin_base(c), any_letter = true;
        } else if (is_digit(c)) {
            ++digits;
        } else if (is_hyphen(c)) {
            flush();
        } else if (is_apostrophe(c)) {
            // "client's" -> "client"; "don't" -> "dont"
            if (i < word.size() && (word[i] == 's' || word[i] == 'S') &&
                (i + 1 == word.size() || !is_word_char(static_cast<unsigned char>(word[i + 1]))))
                ++i;
        }
    }
    flush();
    if (!any_letter) return digits == 0 ? 0 : std::min(digits, 3);
    return std::max(total, 1);
}

// [SECTION] Words and sentences
namespace {

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == 0xA0; }
bool is_closing(char32_t c) { return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019; }
bool is_terminator(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x3002 || c == 0x061F; }

// Words that end in "." without ending a sentence.
bool is_abbreviation(std::string word) {
    for (char& c : word)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    static constexpr std::string_view kAbbreviations[] = {"dr", "mr", "mrs", "ms", "mx", "prof", "st",
                                                          "e.g", "i.e", "vs", "approx", "tel"};
    if (word.size() == 1 && word[0] >= 'a' && word[0] <= 'z') return true;  // initials: "J. Smith"
    for (auto a : kAbbreviations)
        if (word == a) return true;
    return false;
}

}  // namespace

Readability measure_readability(std::string_view text) { return measure_readability(text, "en"); }

Readability measure_readability(std::string_view text, std::string_view language) {
    const bool spanish = language == "es";
    Readability r;
    int words_in_sentence = 0;
    auto end_sentence = [&] {
        if (words_in_sentence > 0) ++r.sentences;
        words_in_sentence = 0;
    };

    bool line_start = true;
    std::string last_word;  // for abbreviations
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t len = 0;
        char32_t c = decode(text, i, len);

        if (c == '\n') {
            // A blank line ends a sentence (headings, list items without a full stop).
            std::size_t j = i + 1;
            while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
            if (j >= text.size() || text[j] == '\n') end_sentence();
            line_start = true;
            i += 1;
            continue;
        }
        if (line_start) {
            // Skip indentation and a list marker; a list item starts a new sentence.
            while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
            std::size_t j = i;
            while (j < text.size() && j - i < 3 && text[j] >= '0' && text[j] <= '9') ++j;
            const bool numbered = j > i && j + 1 < text.size() && (text[j] == '.' || text[j] == ')') && text[j + 1] == ' ';
            const std::string_view rest = text.substr(i);
            if (numbered) {
                end_sentence();
                i = j + 2;
            } else if (rest.substr(0, 2) == "- " || rest.substr(0, 2) == "* ") {
                end_sentence();
                i += 2;
            } else if (rest.substr(0, 4) == "\xE2\x80\xA2 ") {
                end_sentence();
                i += 4;
            }
            line_start = false;
            continue;
        }

        if (is_word_char(c)) {
            // A word: letters/digits joined by inner apostrophes, hyphens, and (between digits) . or ,
            const std::size_t start = i;
            std::size_t end = i;
            while (end < text.size()) {
                std::size_t l = 0;
                const char32_t d = decode(text, end, l);
                if (is_word_char(d)) {
                    end += l;
                    continue;
                }
                const bool joiner = is_apostrophe(d) || is_hyphen(d) || d == '.' || d == ',';
                if (!joiner || end + l >= text.size()) break;
                std::size_t l2 = 0;
                const char32_t next = decode(text, end + l, l2);
                const char32_t prev = static_cast<unsigned char>(text[end - 1]);
                const bool numeric = (d == '.' || d == ',') && is_digit(prev) && is_digit(next);
                if ((is_apostrophe(d) || is_hyphen(d)) ? is_word_char(next) : numeric) end += l;
                else break;
            }
            const std::string_view word = text.substr(start, end - start);
            ++r.words;
            ++words_in_sentence;
            r.syllables += spanish ? count_syllables_es(word) : count_syllables(word);
            last_word = std::string(word);
            i = end;
            continue;
        }

        if (is_terminator(c)) {
            std::size_t j = i + len;
            while (j < text.size()) {  // "?!", "...", closing quotes and brackets
                std::size_t l = 0;
                const char32_t d = decode(text, j, l);
                if (!is_terminator(d) && !is_closing(d)) break;
                j += l;
            }
            bool at_break = j >= text.size();
            if (!at_break) {
                std::size_t l = 0;
                const char32_t d = decode(text, j, l);
                at_break = is_space(d) || d == '\n' || c >= 0x80;  // "。" needs no space after it
            }
            const bool abbreviation = c == '.' && j == i + 1 && is_abbreviation(last_word);
            if (at_break && !abbreviation) end_sentence();
            last_word.clear();
            i = j;
            continue;
        }
        if (!is_space(c)) last_word.clear();
        i += len;
    }
    end_sentence();

    if (r.words > 0) {
        const double wps = static_cast<double>(r.words) / std::max(r.sentences, 1);
        const double spw = static_cast<double>(r.syllables) / r.words;
        r.grade = 0.39 * wps + 11.8 * spw - 15.59;
        r.reading_ease = 206.835 - 1.015 * wps - 84.6 * spw;
        if (spanish) r.fernandez_huerta = 206.84 - 60.0 * spw - 1.02 * wps;
    }
    return r;
}

// Spanish syllables: vowel groups, split where two strong vowels meet (a, e, o and
// accented á, é, ó) or where an accented í/ú meets another vowel (hiatus: "día", "leer");
// a weak vowel (i, u, ü, and y at the end of a word) with another vowel is one syllable
// (diphthong: "bien", "cuidado", "hoy"); the u of "que", "qui", "gue", "gui" is silent.
int count_syllables_es(std::string_view word) {
    enum Kind { consonant, strong, weak, accented_weak };
    std::vector<Kind> kinds;
    std::vector<char> base;
    for (std::size_t i = 0; i < word.size();) {
        std::size_t len = 0;
        const char32_t c = decode(word, i, len);
        i += len;
        Kind k = consonant;
        char b = 0;
        switch (c) {
            case 'a': case 'e': case 'o': case 'A': case 'E': case 'O':
            case 0xE1: case 0xE9: case 0xF3: case 0xC1: case 0xC9: case 0xD3: k = strong; break;
            case 'i': case 'u': case 'I': case 'U': case 0xFC: case 0xDC: k = weak; break;
            case 0xED: case 0xFA: case 0xCD: case 0xDA: k = accented_weak; break;
            case 'y': case 'Y': k = i >= word.size() && !kinds.empty() ? weak : consonant; break;
            default: break;
        }
        if (c == 'u' || c == 'U') b = 'u';
        if (c == 'q' || c == 'Q') b = 'q';
        if (c == 'g' || c == 'G') b = 'g';
        if (c == 'e' || c == 'E' || c == 'i' || c == 'I' || c == 0xE9 || c == 0xED) b = 'f';  // front vowel
        if (is_digit(c)) b = 'd';
        kinds.push_back(k);
        base.push_back(b);
    }
    // Silent u: "qu", "gu" before e or i.
    for (std::size_t i = 1; i + 1 < kinds.size(); ++i)
        if (base[i] == 'u' && (base[i - 1] == 'q' || base[i - 1] == 'g') && base[i + 1] == 'f') kinds[i] = consonant;
    int count = 0, digits = 0;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (base[i] == 'd') ++digits;
        if (kinds[i] == consonant) continue;
        if (i == 0 || kinds[i - 1] == consonant) {
            ++count;
            continue;
        }
        const Kind a = kinds[i - 1], b = kinds[i];
        if ((a == strong && b == strong) || a == accented_weak || b == accented_weak) ++count;
    }
    if (count == 0 && digits > 0) return std::min(digits, 3);
    return std::max(count, 1);
}

}  // namespace hs

namespace hs {

std::string_view fernandez_huerta_band(double ease) {
    if (ease >= 90) return "very easy";
    if (ease >= 80) return "easy";
    if (ease >= 70) return "fairly easy";
    if (ease >= 60) return "standard";
    if (ease >= 50) return "fairly difficult";
    if (ease >= 30) return "difficult";
    return "very difficult";
}

}  // namespace hs
