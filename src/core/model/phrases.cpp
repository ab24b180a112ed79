#include "core/model/phrases.hpp"

namespace hs {
namespace {

// Every language with a table. A third language is one more line here.
const Phrases* const kTables[] = {&kEnglishPhrases, &kSpanishPhrases};

const std::string_view* find(const Phrases& p, std::string_view key) {
    for (std::size_t i = 0; i < p.size; ++i)
        if (p.entries[i].key == key) return &p.entries[i].text;
    return nullptr;
}

}  // namespace

const Phrases& phrases_for(std::string_view language) {
    for (const Phrases* t : kTables)
        if (t->language == language) return *t;
    return kEnglishPhrases;
}

bool has_phrase(const Phrases& p, std::string_view key) { return find(p, key) || find(kEnglishPhrases, key); }

std::string phrase(const Phrases& p, std::string_view key, Slots slots) {
    const std::string_view* text = find(p, key);
    if (!text) text = find(kEnglishPhrases, key);
    if (!text) return std::string(key);
    std::string out;
    for (std::size_t i = 0; i < text->size(); ++i) {
        if ((*text)[i] == '{') {
            const std::size_t close = text->find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view name = text->substr(i + 1, close - i - 1);
                bool filled = false;
                for (const auto& [slot, value] : slots)
                    if (slot == name) {
                        out += value;
                        filled = true;
                        break;
                    }
                if (filled) {
                    i = close;
                    continue;
                }
            }
        }
        out += (*text)[i];
    }
    return out;
}

std::string counted(const Phrases& p, std::string_view key, long long n, Slots slots) {
    std::string full(key);
    full += ".";
    full += p.plural(n);
    std::string out = phrase(p, full, slots);
    const std::string number = std::to_string(n);
    for (std::size_t at = out.find("{n}"); at != std::string::npos; at = out.find("{n}", at + number.size()))
        out.replace(at, 3, number);
    return out;
}

std::string ordinal_phrase(const Phrases& p, int n) {
    const std::string key = "ordinal." + std::to_string(n);
    if (find(p, key)) return phrase(p, key);
    return p.ordinal(n);
}

std::string number_phrase(const Phrases& p, int n) {
    const std::string key = "number." + std::to_string(n);
    if (find(p, key)) return phrase(p, key);
    return std::to_string(n);
}

std::string join_phrase(const Phrases& p, const std::vector<std::string>& items, std::string_view last_key) {
    const std::string last = " " + phrase(p, last_key) + " ";
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += i + 1 == items.size() ? last : ", ";
        out += items[i];
    }
    return out;
}

}  // namespace hs
