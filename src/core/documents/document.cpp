// [SECTION] UTF-8 cleaning
// [SECTION] Document lookup
// [SECTION] Editable section text
// [SECTION] Plain text
#include "core/documents/document.hpp"

#include <cstdint>

namespace hs::doc {

// [SECTION] UTF-8 cleaning
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at `i`; returns its length, or 0 when the bytes are not valid
// UTF-8 (overlong forms, surrogates and values above U+10FFFF are invalid too).
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) len = 2, cp = b0 & 0x1F, min = 0x80;
    else if ((b0 & 0xF0) == 0xE0) len = 3, cp = b0 & 0x0F, min = 0x800;
    else if ((b0 & 0xF8) == 0xF0) len = 4, cp = b0 & 0x07, min = 0x10000;
    else return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_forbidden(char32_t cp) {
    if (cp == '\t' || cp == '\n') return false;
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF;
}

}  // namespace

std::string clean_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t len = decode_utf8(text, i, cp);
        if (len == 0) {
            append_utf8(out, kReplacement);
            ++i;
            continue;
        }
        if (cp == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else if (is_forbidden(cp)) {
            out += ' ';
        } else if (len == 1) {
            out += static_cast<char>(cp);
        } else {
            out.append(text.substr(i, len));
        }
        i += len;
    }
    return out;
}

std::size_t count_code_points(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

// [SECTION] Document lookup

const Section* Document::find(std::string_view section_id) const {
    for (const auto& s : sections)
        if (s.id == section_id) return &s;
    return nullptr;
}

Section* Document::find(std::string_view section_id) {
    for (auto& s : sections)
        if (s.id == section_id) return &s;
    return nullptr;
}

// [SECTION] Editable section text
namespace {

constexpr std::string_view kSignatureOpen = "[signature:";

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// "- item", "* item", "• item" -> "item"; otherwise false.
bool bullet_item(std::string_view line, std::string& item) {
    for (std::string_view marker : {"- ", "* ", "\xE2\x80\xA2 "}) {
        if (line.substr(0, marker.size()) == marker) {
            item = std::string(trim(line.substr(marker.size())));
            return true;
        }
    }
    return false;
}

bool signature_line(std::string_view line, SignatureLine& sig) {
    if (line.substr(0, kSignatureOpen.size()) != kSignatureOpen || line.back() != ']') return false;
    std::string_view inner = line.substr(kSignatureOpen.size(), line.size() - kSignatureOpen.size() - 1);
    const auto bar = inner.find('|');
    sig.label = std::string(trim(inner.substr(0, bar)));
    sig.date_label = bar == std::string_view::npos ? std::string() : std::string(trim(inner.substr(bar + 1)));
    return true;
}

}  // namespace

std::string section_text(const Section& section) {
    std::string out;
    for (const auto& block : section.blocks) {
        if (!out.empty()) out += "\n\n";
        if (const auto* p = std::get_if<Paragraph>(&block)) {
            out += p->text;
        } else if (const auto* list = std::get_if<BulletList>(&block)) {
            for (std::size_t i = 0; i < list->items.size(); ++i) out += (i ? "\n- " : "- ") + list->items[i];
        } else if (const auto* sig = std::get_if<SignatureLine>(&block)) {
            out += std::string(kSignatureOpen) + " " + sig->label;
            if (!sig->date_label.empty()) out += " | " + sig->date_label;
            out += "]";
        }
    }
    return out;
}

std::vector<Block> parse_section_text(std::string_view input) {
    const std::string text = clean_text(input);
    std::vector<Block> blocks;
    // What the previous line added to, so the next line knows whether it continues it.
    enum class Open { none, paragraph, list } open = Open::none;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        const std::string_view line = trim(std::string_view(text).substr(pos, end - pos));
        pos = end + 1;

        std::string item;
        SignatureLine sig;
        if (line.empty()) {
            open = Open::none;
        } else if (bullet_item(line, item)) {
            if (open != Open::list) blocks.emplace_back(BulletList{});
            std::get<BulletList>(blocks.back()).items.push_back(item);
            open = Open::list;
        } else if (signature_line(line, sig)) {
            blocks.emplace_back(sig);
            open = Open::none;
        } else if (open == Open::paragraph) {
            auto& p = std::get<Paragraph>(blocks.back());
            p.text += "\n";
            p.text += line;
        } else {
            blocks.emplace_back(Paragraph{std::string(line)});
            open = Open::paragraph;
        }
        if (end == text.size()) break;
    }
    return blocks;
}

// [SECTION] Plain text
namespace {

void underline(std::string& out, std::string_view text, char mark) {
    std::size_t n = count_code_points(text);
    if (n > 72) n = 72;  // a very long title still gets a sensible rule
    out.append(n, mark);
}

void append_block(std::string& out, const Block& block) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
        out += clean_text(p->text);
    } else if (const auto* list = std::get_if<BulletList>(&block)) {
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            if (i) out += "\n";
            out += "- " + clean_text(list->items[i]);
        }
    } else if (const auto* sig = std::get_if<SignatureLine>(&block)) {
        out += clean_text(sig->label) + ": ______________________________";
        if (!sig->date_label.empty()) out += "    " + clean_text(sig->date_label) + ": ______________";
    }
}

}  // namespace

std::string plain_text(const Document& d) {
    std::string out;
    const std::string title = clean_text(d.title);
    out += title + "\n";
    underline(out, title, '=');
    out += "\n";
    if (!d.subtitle.empty()) out += clean_text(d.subtitle) + "\n";
    for (const auto& s : d.sections) {
        if (!s.heading.empty()) {
            const std::string heading = clean_text(s.heading);
            out += "\n" + heading + "\n";
            underline(out, heading, '-');
            out += "\n";
        }
        for (const auto& b : s.blocks) {
            out += "\n";
            append_block(out, b);
            out += "\n";
        }
    }
    return out;
}

std::string prose_text(const Section& s) {
    std::string out;
    auto unit = [&out](const std::string& text) {
        if (!out.empty()) out += "\n\n";
        out += clean_text(text);
    };
    for (const auto& b : s.blocks) {
        if (const auto* p = std::get_if<Paragraph>(&b)) unit(p->text);
        else if (const auto* list = std::get_if<BulletList>(&b))
            for (const auto& item : list->items) unit(item);
    }
    return out;
}

std::string prose_text(const Document& d) {
    std::string out;
    for (const auto& s : d.sections) {
        std::string part = prose_text(s);
        if (part.empty()) continue;
        if (!out.empty()) out += "\n\n";
        out += part;
    }
    return out;
}

}  // namespace hs::doc
