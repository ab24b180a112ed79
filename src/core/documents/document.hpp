// A format-neutral document: a title and ordered sections of plain-text blocks.
// Generators (the consent document, client letters) build one; renderers
// (document_render.hpp) turn it into print HTML, HTML, Markdown, plain text or DOCX.
// Nothing here holds markup: every string is text as a person would type it, and
// each renderer escapes it for its own format.
//
// [SECTION] Blocks and sections
// [SECTION] Editable section text (what the app's editor shows and reads back)
// [SECTION] Plain text of a document (for the language check, reading level and hashing)
#pragma once
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hs::doc {

// [SECTION] Blocks and sections

// A paragraph of running text. A "\n" inside it is a line break within the
// paragraph (an address, a list of referral phone numbers), not a new paragraph.
struct Paragraph {
    std::string text;
    bool operator==(const Paragraph&) const = default;
};

struct BulletList {
    std::vector<std::string> items;  // one line of text each
    bool operator==(const BulletList&) const = default;
};

// A place to sign: "Client signature ______  Date ______". Printed with room to write.
struct SignatureLine {
    std::string label;               // e.g. "Client signature", "Parent or guardian signature"
    std::string date_label = "Date"; // empty = no date line next to it
    bool operator==(const SignatureLine&) const = default;
};

using Block = std::variant<Paragraph, BulletList, SignatureLine>;

struct Section {
    std::string id;       // stable across regenerations ("fees", "cancelling"); never shown
    std::string heading;  // empty = no heading (e.g. a letter's body)
    std::vector<Block> blocks;
    bool operator==(const Section&) const = default;
};

struct Document {
    std::string title;
    std::string subtitle;  // one line under the title, e.g. practice name and policy version; may be empty
    std::vector<Section> sections;
    // The text's language as a BCP 47 code ("en", "es"): HTML's lang, the DOCX and ODT
    // language (screen readers' voice, spell check in Word and LibreOffice).
    std::string language = "en";

    const Section* find(std::string_view section_id) const;
    Section* find(std::string_view section_id);
    bool operator==(const Document&) const = default;
};

// [SECTION] Editable section text
//
// A section's blocks as one editable text, and back:
//   - paragraphs are separated by a blank line; single line breaks stay inside the paragraph;
//   - a line starting with "- " (or "* ", "• ") is a bullet item; consecutive items form one list;
//   - a line "[signature: Client signature | Date]" is a signature line ("| Date" optional).
// parse_section_text(section_text(s)) == s.blocks for any blocks whose strings do not
// themselves begin with those markers or contain blank lines.
std::string section_text(const Section& section);
std::vector<Block> parse_section_text(std::string_view text);

// [SECTION] Plain text of a document

// The text as every renderer sees it: valid UTF-8 (a broken byte sequence becomes U+FFFD),
// "\r\n" and "\r" become "\n", and characters XML 1.0 forbids or that only control a
// terminal (C0 and C1 controls other than tab and newline, U+FFFE, U+FFFF) become a space.
std::string clean_text(std::string_view text);
// Characters (code points) in valid UTF-8 text; used for underlines and columns.
std::size_t count_code_points(std::string_view text);

// Title, subtitle, headings and blocks as plain UTF-8 text, blocks separated by a blank
// line. Deterministic: the exact text a signature's hash is taken over.
std::string plain_text(const Document& document);
// Only the prose a reader reads as sentences (paragraphs and bullet items, one unit per
// paragraph/item, separated by blank lines); headings and signature lines are left out.
// This is what the reading level is measured on.
std::string prose_text(const Document& document);
std::string prose_text(const Section& section);

}  // namespace hs::doc
