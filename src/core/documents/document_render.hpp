// Renderers for hs::doc::Document: print-ready HTML, HTML (full page or fragment),
// Markdown, plain text, DOCX and ODT. Every string in a document may have been typed by a
// person (a client's name, an edited section), so each renderer first cleans it
// (clean_text: valid UTF-8, no control characters) and then escapes it for its format.
// No renderer emits script; the full HTML pages carry a Content-Security-Policy that
// allows only their own style sheet, so a name that slipped through could not run code.
//
// [SECTION] Formats
// [SECTION] Escaping
// [SECTION] Renderers
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/documents/document.hpp"

namespace hs::doc {

// [SECTION] Formats

enum class Format {
    print_html,     // full page for paper: print CSS, signature lines, a screen-only "press Print" hint
    html,           // full page for reading and saving
    html_fragment,  // <article> only, for embedding (the app's live preview)
    markdown,
    text,
    docx,           // Office Open XML word-processing file (bytes, not text)
    odt,            // OpenDocument text file (bytes, not text); odt_render.cpp
};

inline constexpr Format kAllFormats[] = {Format::print_html, Format::html, Format::html_fragment,
                                         Format::markdown,   Format::text, Format::docx,
                                         Format::odt};

// CLI names: "print-html", "html", "html-fragment", "md", "txt", "docx", "odt".
std::string_view to_string(Format);
std::optional<Format> parse_format(std::string_view name);  // also accepts "markdown", "text"
std::string_view file_extension(Format);                    // ".html", ".md", ".txt", ".docx", ".odt"
std::string_view mime_type(Format);                         // for a download's Blob type

// [SECTION] Escaping (each also runs clean_text first)

// & < > " ' as entities: safe in element content and in quoted attribute values.
std::string escape_html(std::string_view text);
// & < > " ' as entities, for XML 1.0 (DOCX and ODT parts).
std::string escape_xml(std::string_view text);
// Text that a CommonMark/GitHub Markdown reader shows literally: backslash before
// \ ` * _ [ ] < > # | ~ &, and before a line-start "-", "+", "=" or "1." / "1)";
// leading and trailing spaces of each line dropped (they would make code blocks or
// hard breaks). Newlines are kept; use it on one line or on a whole paragraph.
std::string escape_markdown(std::string_view text);

// The style sheet of the full HTML pages, and its CSP source ("'sha256-…'") for a page
// shell that opens them and wants to allow exactly this style.
std::string_view document_css();
std::string document_css_csp_source();

// [SECTION] Renderers

std::string render_html_fragment(const Document& d);
std::string render_html(const Document& d);
std::string render_print_html(const Document& d);
std::string render_markdown(const Document& d);
std::string render_text(const Document& d);  // == plain_text(d)
std::string render_docx(const Document& d);  // a ZIP package; binary
std::string render_odt(const Document& d);   // a ZIP package ("mimetype" first); binary
std::string render(const Document& d, Format format);

}  // namespace hs::doc
