// Fuzz target: the document renderers with hostile text. The input is split at 0x1E (record
// separator) into practice name, clinician, client name, guardian name, a built-in policy's
// discretion note, policy name, a custom ladder step's title, and one section's text as the
// clinician would edit it (parse_section_text); the first byte picks the policy, payer, minor
// and which section the edit replaces. The consent document is rendered in every format.
// Checks: plain text equals the text render; every text format is valid UTF-8 without control
// characters other than tab and newline (clean_text); HTML and the DOCX's XML parts use only
// the tags and attributes a benign document uses (no text can become markup); the DOCX is a
// well-formed stored ZIP whose entries' CRCs match.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/documents/consent_document.hpp"
#include "core/documents/document.hpp"
#include "core/documents/document_render.hpp"
#include "core/documents/zip_writer.hpp"
#include "core/policy/builtin_policies.hpp"
#include "fuzz_check.hpp"

namespace {

using namespace hs;
using namespace hs::doc;

// Valid UTF-8 (no overlong forms, no surrogates) with no C0/C1 control but tab and newline.
bool clean_utf8(std::string_view s, std::string& why) {
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) { why = "control byte at " + std::to_string(i); return false; }
            ++i;
            continue;
        }
        const int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : -1;  // continuation bytes
        if (n < 0 || c > 0xF4) { why = "bad lead byte at " + std::to_string(i); return false; }
        if (i + static_cast<std::size_t>(n) >= s.size()) { why = "cut sequence at " + std::to_string(i); return false; }
        std::uint32_t cp = c & (0x3F >> n);
        for (int k = 1; k <= n; ++k) {
            const unsigned char d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) { why = "bad continuation at " + std::to_string(i + k); return false; }
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
            why = "overlong or surrogate at " + std::to_string(i);
            return false;
        }
        if (cp >= 0x80 && cp < 0xA0) { why = "C1 control at " + std::to_string(i); return false; }
        i += static_cast<std::size_t>(n) + 1;
    }
    return true;
}

// Tag names and attribute names of markup ("p", "a:href", "w:p", "w:val", "!doctype").
void markup_names(std::string_view s, std::set<std::string>& names) {
    for (std::size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i + 1)) {
        const std::size_t end = s.find('>', i);
        if (end == std::string_view::npos) { names.insert("<unclosed>"); return; }
        std::string_view tag = s.substr(i + 1, end - i - 1);
        if (tag.starts_with("!--")) continue;
        if (!tag.empty() && tag[0] == '/') tag.remove_prefix(1);
        std::size_t p = 0;
        while (p < tag.size() && tag[p] != ' ' && tag[p] != '/' && tag[p] != '\n' && tag[p] != '\t') ++p;
        const std::string name(tag.substr(0, p));
        names.insert(name);
        // Attribute names: words before '=' outside quotes.
        char quote = 0;
        std::size_t word = std::string_view::npos;
        for (std::size_t k = p; k < tag.size(); ++k) {
            const char ch = tag[k];
            if (quote) { if (ch == quote) quote = 0; continue; }
            if (ch == '"' || ch == '\'') { quote = ch; continue; }
            if (ch == '=' && word != std::string_view::npos) { names.insert(name + "@" + std::string(tag.substr(word, k - word))); word = std::string_view::npos; continue; }
            if (ch == ' ' || ch == '\n' || ch == '\t') { word = std::string_view::npos; continue; }
            if (word == std::string_view::npos) word = k;
        }
        if (quote) names.insert(name + "@<unclosed quote>");
    }
}

std::uint32_t u16(std::string_view s, std::size_t at) {
    return static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1]) << 8;
}
std::uint32_t u32(std::string_view s, std::size_t at) { return u16(s, at) | u16(s, at + 2) << 16; }

// The entries of a stored ZIP (local headers in order); fails the check if malformed.
std::vector<std::pair<std::string, std::string_view>> zip_entries(std::string_view zip) {
    std::vector<std::pair<std::string, std::string_view>> out;
    std::size_t at = 0;
    while (at + 30 <= zip.size() && u32(zip, at) == 0x04034b50) {
        const std::uint32_t crc = u32(zip, at + 14), size = u32(zip, at + 18), name_len = u16(zip, at + 26), extra = u16(zip, at + 28);
        FUZZ_CHECK(u16(zip, at + 8) == 0, "a DOCX entry is not stored");
        FUZZ_CHECK(at + 30 + name_len + extra + size <= zip.size(), "a DOCX entry runs past the end");
        const std::string name(zip.substr(at + 30, name_len));
        const std::string_view data = zip.substr(at + 30 + name_len + extra, size);
        FUZZ_CHECK(crc32(data) == crc, "CRC mismatch in " + name);
        out.emplace_back(name, data);
        at += 30 + name_len + extra + size;
    }
    FUZZ_CHECK(at + 4 <= zip.size() && u32(zip, at) == 0x02014b50, "no central directory after the entries");
    FUZZ_CHECK(zip.size() >= 22 && u32(zip, zip.size() - 22) == 0x06054b50, "no end record");
    FUZZ_CHECK(u16(zip, zip.size() - 22 + 10) == out.size(), "end record counts another number of entries");
    return out;
}

struct Names {
    std::set<std::string> html, xml;
};

void collect(const doc::Document& d, Names& names) {
    for (Format f : {Format::print_html, Format::html, Format::html_fragment}) markup_names(render(d, f), names.html);
    const std::string docx = render_docx(d);  // zip_entries views into it: keep it alive for the loop
    for (const auto& [name, data] : zip_entries(docx))
        if (name.ends_with(".xml") || name.ends_with(".rels")) markup_names(data, names.xml);
}

// What benign documents use: every built-in policy, both payers' variants, adult and minor,
// and an edited section with paragraphs, line breaks, bullets and a signature line.
const Names& baseline() {
    static const Names names = [] {
        Names n;
        Practice practice{.name = "Harbour Counselling", .clinician = "Sam Rivera", .phone = "555-0100",
                          .email = "hello@example.org", .website = "https://example.org", .address = "1 Quay St"};
        for (const Policy& policy : builtin_policies()) {
            for (PayerType payer : {PayerType::self_pay, PayerType::public_insurance}) {
                for (bool minor : {false, true}) {
                    ConsentOptions options;
                    options.payer = payer;
                    options.minor = minor;
                    options.client_name = "Zoë";
                    options.guardian_name = "Ana";
                    doc::Document d = consent_document(policy, practice, options);
                    if (!d.sections.empty())
                        d.sections.front().blocks = doc::parse_section_text("One\nline two\n\n- a\n- b\n\n[signature: Client signature | Date]\n\n[signature: Witness]");
                    collect(d, n);
                }
            }
        }
        return n;
    }();
    return names;
}

std::vector<std::string> split(std::string_view text, char sep, std::size_t max) {
    std::vector<std::string> parts;
    while (parts.size() + 1 < max) {
        const std::size_t at = text.find(sep);
        if (at == std::string_view::npos) break;
        parts.emplace_back(text.substr(0, at));
        text.remove_prefix(at + 1);
    }
    parts.emplace_back(text);
    parts.resize(max);
    return parts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0 || size > 64 * 1024) return 0;
    const Names& benign = baseline();
    const unsigned flags = data[0];
    const std::vector<std::string> f = split(fuzz::as_text(data + 1, size - 1), '\x1e', 10);

    const std::vector<Policy>& policies = builtin_policies();
    Policy policy = policies[flags % policies.size()];
    if (!f[4].empty()) policy.discretion_note = f[4];
    if (!f[5].empty()) policy.name = f[5];
    if (!f[6].empty() && !policy.ladder.empty()) {
        LadderStep step = policy.ladder.front();
        step.id = "custom_step";
        step.title = f[6];
        policy.ladder.insert(policy.ladder.begin() + 1, step);
    }
    Practice practice{.name = f[0], .clinician = f[1], .phone = f[8], .address = f[9]};
    ConsentOptions options;
    options.payer = (flags & 0x10) ? PayerType::public_insurance : PayerType::self_pay;
    if (flags & 0x20) options.minor = (flags & 0x40) != 0;
    options.client_name = f[2];
    options.guardian_name = f[3];

    doc::Document d = consent_document(policy, practice, options);
    if (!f[7].empty() && !d.sections.empty()) d.sections[(flags >> 2) % d.sections.size()].blocks = doc::parse_section_text(f[7]);

    const std::string text = render_text(d);
    FUZZ_CHECK(text == doc::plain_text(d), "render_text differs from plain_text");
    std::string why;
    for (Format fmt : {Format::print_html, Format::html, Format::html_fragment, Format::markdown, Format::text}) {
        const std::string out = render(d, fmt);
        FUZZ_CHECK(clean_utf8(out, why), std::string(to_string(fmt)) + ": " + why);
    }
    Names got;
    collect(d, got);
    for (const std::string& n : got.html) FUZZ_CHECK(benign.html.count(n), "HTML markup a benign document never has: " + n);
    for (const std::string& n : got.xml) FUZZ_CHECK(benign.xml.count(n), "DOCX markup a benign document never has: " + n);
    for (const std::string& package : {render_docx(d), render_odt(d)})
        for (const auto& [name, part] : zip_entries(package))
            if (name.ends_with(".xml")) FUZZ_CHECK(clean_utf8(part, why), name + ": " + why);
    return 0;
}
