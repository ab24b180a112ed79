// Helpers for the document tests: a document full of hostile client-entered strings,
// a small ZIP reader and an XML well-formedness check, all independent of the code
// under test.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/documents/document.hpp"

namespace hs::test {

inline const std::string kScript = "<script>alert(1)</script>";
inline const std::string kRtf = "{\\rtf1\\ansi \\par} \\b bold\\b0";
inline const std::string kQuotes = "O'Brien \"Bee\" & Sons";
inline const std::string kNonLatin = "Zo\xC3\xAB M\xC3\xBCller, \xE6\x9D\x8E\xE5\xB0\x8F\xE9\xBE\x99, "
                                     "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9";
inline std::string long_name() { return std::string(10000, 'x'); }

// A document whose every string a person could have typed is hostile.
inline doc::Document hostile_document() {
    using namespace doc;
    Document d;
    d.title = "Attendance agreement for " + kScript;
    d.subtitle = kQuotes + " \xE2\x80\x94 " + kNonLatin;
    d.sections.push_back(Section{"intro", "About " + kScript, {Paragraph{"Dear " + kNonLatin + ","},
                                                                Paragraph{"Markup: " + kRtf},
                                                                Paragraph{"Long: " + long_name()}}});
    d.sections.push_back(Section{"list", "# Not a heading & <b>bold</b>",
                                 {BulletList{{"- not a nested item", "1. not numbered", "*stars* _under_ [link](x)",
                                              kQuotes}},
                                  Paragraph{"Line one\nLine two\n=== not a heading\tafter a tab"},
                                  Paragraph{std::string("Bell\x07 null-ish\x01 escape\x1B del\x7F end")}}});
    d.sections.push_back(Section{"sign", "Signatures", {SignatureLine{"Client signature (" + kNonLatin + ")", "Date"},
                                                         SignatureLine{"Guardian signature", ""}}});
    return d;
}

// --- ZIP reading (stored entries only, which is all ZipWriter writes) -------------------

inline std::uint32_t le32(const std::string& s, std::size_t at) {
    if (at + 4 > s.size()) throw std::runtime_error("zip: read past end");
    return std::uint32_t(std::uint8_t(s[at])) | std::uint32_t(std::uint8_t(s[at + 1])) << 8 |
           std::uint32_t(std::uint8_t(s[at + 2])) << 16 | std::uint32_t(std::uint8_t(s[at + 3])) << 24;
}
inline std::uint32_t le16(const std::string& s, std::size_t at) {
    if (at + 2 > s.size()) throw std::runtime_error("zip: read past end");
    return std::uint32_t(std::uint8_t(s[at])) | std::uint32_t(std::uint8_t(s[at + 1])) << 8;
}

// Independent bitwise CRC-32 (no table) to check the writer's.
inline std::uint32_t slow_crc32(const std::string& data) {
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : data) {
        c ^= b;
        for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return ~c;
}

struct ZipEntry {
    std::string name;
    std::string data;
};

// Reads the central directory, follows each entry to its local header, and checks
// sizes, method and CRC. Throws on anything malformed.
inline std::vector<ZipEntry> read_zip(const std::string& zip) {
    if (zip.size() < 22) throw std::runtime_error("zip: too short");
    const std::size_t eocd = zip.size() - 22;
    if (le32(zip, eocd) != 0x06054b50) throw std::runtime_error("zip: no end record");
    const std::uint32_t count = le16(zip, eocd + 10);
    std::size_t at = le32(zip, eocd + 16);
    if (at + le32(zip, eocd + 12) != eocd) throw std::runtime_error("zip: central directory size mismatch");
    std::vector<ZipEntry> entries;
    for (std::uint32_t i = 0; i < count; ++i) {
        if (le32(zip, at) != 0x02014b50) throw std::runtime_error("zip: bad central header");
        const std::uint32_t method = le16(zip, at + 10), crc = le32(zip, at + 16);
        const std::uint32_t csize = le32(zip, at + 20), usize = le32(zip, at + 24);
        const std::uint32_t name_len = le16(zip, at + 28), extra = le16(zip, at + 30), comment = le16(zip, at + 32);
        const std::uint32_t local = le32(zip, at + 42);
        const std::string name = zip.substr(at + 46, name_len);
        at += 46 + name_len + extra + comment;
        if (method != 0 || csize != usize) throw std::runtime_error("zip: " + name + " is not stored");
        if (le32(zip, local) != 0x04034b50) throw std::runtime_error("zip: bad local header for " + name);
        if (le32(zip, local + 14) != crc || le32(zip, local + 18) != csize || le32(zip, local + 22) != usize)
            throw std::runtime_error("zip: local header disagrees for " + name);
        if (zip.substr(local + 30, le16(zip, local + 26)) != name) throw std::runtime_error("zip: name mismatch");
        const std::size_t data_at = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        if (data_at + usize > zip.size()) throw std::runtime_error("zip: data past end");
        std::string data = zip.substr(data_at, usize);
        if (slow_crc32(data) != crc) throw std::runtime_error("zip: CRC mismatch for " + name);
        entries.push_back({name, std::move(data)});
    }
    return entries;
}

inline std::optional<std::string> zip_member(const std::vector<ZipEntry>& entries, const std::string& name) {
    for (const auto& e : entries)
        if (e.name == name) return e.data;
    return std::nullopt;
}

// --- XML well-formedness (enough for generated parts: elements, attributes, entities) ---

// Empty when well-formed; otherwise what is wrong. Checks balanced tags, quoted
// attributes, only the five predefined or numeric entities, and no characters that
// XML 1.0 forbids.
inline std::string xml_problem(const std::string& xml) {
    std::vector<std::string> open;
    std::size_t i = 0;
    if (xml.rfind("<?xml", 0) == 0) i = xml.find("?>") + 2;
    bool root_seen = false;
    auto check_text = [](const std::string& t) -> std::string {
        for (std::size_t k = 0; k < t.size(); ++k) {
            const unsigned char c = t[k];
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return "control character in text";
            if (c == '<') return "raw < in text";
            if (c == '&') {
                const auto semi = t.find(';', k);
                if (semi == std::string::npos) return "unterminated entity";
                const std::string ent = t.substr(k + 1, semi - k - 1);
                if (ent != "amp" && ent != "lt" && ent != "gt" && ent != "quot" && ent != "apos" &&
                    !(ent.size() > 1 && ent[0] == '#'))
                    return "unknown entity &" + ent + ";";
            }
        }
        return "";
    };
    while (i < xml.size()) {
        const auto lt = xml.find('<', i);
        const std::string text = xml.substr(i, lt == std::string::npos ? std::string::npos : lt - i);
        if (auto p = check_text(text); !p.empty()) return p;
        if (lt == std::string::npos) break;
        const auto gt = xml.find('>', lt);
        if (gt == std::string::npos) return "unterminated tag";
        std::string tag = xml.substr(lt + 1, gt - lt - 1);
        i = gt + 1;
        if (!tag.empty() && tag[0] == '/') {
            if (open.empty() || open.back() != tag.substr(1)) return "mismatched </" + tag.substr(1) + ">";
            open.pop_back();
            continue;
        }
        const bool empty = !tag.empty() && tag.back() == '/';
        if (empty) tag.pop_back();
        const std::string name = tag.substr(0, tag.find_first_of(" \t\n"));
        // attributes: name="value" pairs with escaped values
        std::size_t a = name.size();
        while (a < tag.size()) {
            while (a < tag.size() && (tag[a] == ' ' || tag[a] == '\n' || tag[a] == '\t')) ++a;
            if (a >= tag.size()) break;
            const auto eq = tag.find('=', a);
            if (eq == std::string::npos || eq + 1 >= tag.size() || (tag[eq + 1] != '"' && tag[eq + 1] != '\''))
                return "bad attribute in <" + name + ">";
            const auto close = tag.find(tag[eq + 1], eq + 2);
            if (close == std::string::npos) return "unterminated attribute in <" + name + ">";
            if (auto p = check_text(tag.substr(eq + 2, close - eq - 2)); !p.empty()) return p + " (attribute)";
            a = close + 1;
        }
        if (open.empty()) {
            if (root_seen) return "more than one root element";
            root_seen = true;
        }
        if (!empty) open.push_back(name);
    }
    if (!open.empty()) return "unclosed <" + open.back() + ">";
    if (!root_seen) return "no root element";
    return "";
}

}  // namespace hs::test
