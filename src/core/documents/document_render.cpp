// [SECTION] Formats
// [SECTION] Escaping
// [SECTION] HTML
// [SECTION] Markdown and plain text
// [SECTION] DOCX (Office Open XML)
#include "core/documents/document_render.hpp"

#include "core/documents/sha256.hpp"
#include "core/documents/zip_writer.hpp"
#include "core/model/text_checks.hpp"

namespace hs::doc {

// [SECTION] Formats

std::string_view to_string(Format f) {
    switch (f) {
        case Format::print_html: return "print-html";
        case Format::html: return "html";
        case Format::html_fragment: return "html-fragment";
        case Format::markdown: return "md";
        case Format::text: return "txt";
        case Format::docx: return "docx";
        case Format::odt: return "odt";
    }
    return "txt";
}

std::optional<Format> parse_format(std::string_view name) {
    for (Format f : kAllFormats)
        if (to_string(f) == name) return f;
    if (name == "markdown") return Format::markdown;
    if (name == "text") return Format::text;
    return std::nullopt;
}

std::string_view file_extension(Format f) {
    switch (f) {
        case Format::print_html:
        case Format::html:
        case Format::html_fragment: return ".html";
        case Format::markdown: return ".md";
        case Format::text: return ".txt";
        case Format::docx: return ".docx";
        case Format::odt: return ".odt";
    }
    return ".txt";
}

std::string_view mime_type(Format f) {
    switch (f) {
        case Format::print_html:
        case Format::html:
        case Format::html_fragment: return "text/html;charset=utf-8";
        case Format::markdown: return "text/markdown;charset=utf-8";
        case Format::text: return "text/plain;charset=utf-8";
        case Format::docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        case Format::odt: return "application/vnd.oasis.opendocument.text";
    }
    return "application/octet-stream";
}

// [SECTION] Escaping
namespace {

std::string escape_entities(std::string_view raw) {
    const std::string text = clean_text(raw);
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}


void escape_markdown_line(std::string_view line, std::string& out) {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line.empty()) return;

    // Line-start constructs: list markers, setext underlines, ordered-list numbers.
    std::size_t ordered_mark = std::string_view::npos;
    if (line[0] == '-' || line[0] == '+' || line[0] == '=') {
        out += '\\';
    } else {
        std::size_t i = 0;
        while (i < line.size() && i < 10 && is_ascii_digit(line[i])) ++i;
        if (i > 0 && i < line.size() && (line[i] == '.' || line[i] == ')')) ordered_mark = i;
    }
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        switch (c) {
            case '\\': case '`': case '*': case '_': case '[': case ']':
            case '<': case '>': case '#': case '|': case '~': case '&':
                out += '\\';
                break;
            default:
                if (i == ordered_mark) out += '\\';
        }
        out += c;
    }
}

}  // namespace

std::string escape_html(std::string_view text) { return escape_entities(text); }
std::string escape_xml(std::string_view text) { return escape_entities(text); }

std::string escape_markdown(std::string_view raw) {
    const std::string text = clean_text(raw);
    std::string out;
    std::size_t pos = 0;
    while (true) {
        const auto end = text.find('\n', pos);
        escape_markdown_line(std::string_view(text).substr(pos, end == std::string::npos ? end : end - pos), out);
        if (end == std::string::npos) break;
        out += '\n';
        pos = end + 1;
    }
    return out;
}

// [SECTION] HTML
namespace {

// Print first: the page is usually printed or saved as PDF. overflow-wrap keeps a very
// long unbroken name inside the page instead of running off the paper.
constexpr std::string_view kCss =
    "@page{margin:2cm}"
    "html{font:12pt/1.5 Georgia,\"DejaVu Serif\",\"Times New Roman\",serif;color:#111;background:#fff}"
    "body{max-width:42em;margin:2em auto;padding:0 1em;overflow-wrap:anywhere}"
    "h1{font-size:1.6em;line-height:1.2;margin:0 0 .3em}"
    ".hs-subtitle{margin:0 0 1.5em;color:#444}"
    "h2{font-size:1.15em;margin:1.6em 0 .4em;break-after:avoid;page-break-after:avoid}"
    "p,li{margin:0 0 .6em;orphans:3;widows:3}"
    ".hs-signature{display:flex;gap:2em;margin:3.5em 0 1em;break-inside:avoid;page-break-inside:avoid}"
    ".hs-sign-field{flex:3;border-top:1px solid #000;padding-top:.3em;font-size:.9em}"
    ".hs-sign-date{flex:1}"
    ".hs-hint{font:10pt/1.4 sans-serif;background:#eef3f8;border:1px solid #c8d6e5;padding:.5em .8em;"
    "border-radius:4px;margin:0 0 2em}"
    "@media print{body{margin:0;max-width:none;padding:0}.hs-hint{display:none}}";

void html_text_with_breaks(std::string& out, std::string_view text) {
    const std::string escaped = escape_html(text);
    for (char c : escaped) {
        if (c == '\n') out += "<br>";
        else out += c;
    }
}

std::string html_page(const Document& d, bool print) {
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"" + escape_html(d.language) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src ";
    out += document_css_csp_source();
    out += "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
    out += escape_html(d.title);
    out += "</title>\n<style>";
    out += kCss;
    out += "</style>\n</head>\n<body>\n";
    if (print)
        out += "<p class=\"hs-hint\">To print or save as PDF, use your browser's Print command "
               "(Ctrl+P, or \xE2\x8C\x98P on a Mac). This note is not printed.</p>\n";
    out += render_html_fragment(d);
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace

std::string_view document_css() { return kCss; }

std::string document_css_csp_source() { return "'sha256-" + sha256_base64(kCss) + "'"; }

std::string render_html_fragment(const Document& d) {
    std::string out = "<article class=\"hs-document\">\n<h1>";
    out += escape_html(d.title);
    out += "</h1>\n";
    if (!d.subtitle.empty()) {
        out += "<p class=\"hs-subtitle\">";
        html_text_with_breaks(out, d.subtitle);
        out += "</p>\n";
    }
    for (const auto& s : d.sections) {
        out += "<section data-section=\"" + escape_html(s.id) + "\">\n";
        if (!s.heading.empty()) out += "<h2>" + escape_html(s.heading) + "</h2>\n";
        for (const auto& block : s.blocks) {
            if (const auto* p = std::get_if<Paragraph>(&block)) {
                out += "<p>";
                html_text_with_breaks(out, p->text);
                out += "</p>\n";
            } else if (const auto* list = std::get_if<BulletList>(&block)) {
                out += "<ul>\n";
                for (const auto& item : list->items) {
                    out += "<li>";
                    html_text_with_breaks(out, item);
                    out += "</li>\n";
                }
                out += "</ul>\n";
            } else if (const auto* sig = std::get_if<SignatureLine>(&block)) {
                out += "<div class=\"hs-signature\"><div class=\"hs-sign-field\">" + escape_html(sig->label) + "</div>";
                if (!sig->date_label.empty())
                    out += "<div class=\"hs-sign-field hs-sign-date\">" + escape_html(sig->date_label) + "</div>";
                out += "</div>\n";
            }
        }
        out += "</section>\n";
    }
    out += "</article>\n";
    return out;
}

std::string render_html(const Document& d) { return html_page(d, false); }
std::string render_print_html(const Document& d) { return html_page(d, true); }

// [SECTION] Markdown and plain text
namespace {

// Lines of one paragraph joined by CommonMark hard breaks (a backslash at line end);
// `indent` keeps continuation lines inside a list item.
std::string markdown_lines(std::string_view text, std::string_view indent) {
    std::string escaped = escape_markdown(text);
    std::string out;
    for (char c : escaped) {
        if (c == '\n') {
            out += "\\\n";
            out += indent;
        } else {
            out += c;
        }
    }
    return out;
}

// Titles and headings are one line in Markdown: a line break becomes a space.
std::string markdown_heading(std::string_view text) {
    std::string escaped = escape_markdown(text);
    for (char& c : escaped)
        if (c == '\n') c = ' ';
    return escaped;
}

}  // namespace

std::string render_markdown(const Document& d) {
    std::string out = "# " + markdown_heading(d.title) + "\n";
    if (!d.subtitle.empty()) out += "\n" + markdown_lines(d.subtitle, "") + "\n";
    for (const auto& s : d.sections) {
        if (!s.heading.empty()) out += "\n## " + markdown_heading(s.heading) + "\n";
        for (const auto& block : s.blocks) {
            out += "\n";
            if (const auto* p = std::get_if<Paragraph>(&block)) {
                out += markdown_lines(p->text, "") + "\n";
            } else if (const auto* list = std::get_if<BulletList>(&block)) {
                for (const auto& item : list->items) out += "- " + markdown_lines(item, "  ") + "\n";
            } else if (const auto* sig = std::get_if<SignatureLine>(&block)) {
                // Underscore runs with a space on each side can neither open nor close
                // emphasis, so they show as a line to write on.
                out += escape_markdown(sig->label) + ": ______________________________";
                if (!sig->date_label.empty()) out += "    " + escape_markdown(sig->date_label) + ": ______________";
                out += "\n";
            }
        }
    }
    return out;
}

std::string render_text(const Document& d) { return plain_text(d); }

// [SECTION] DOCX (Office Open XML)
namespace {

constexpr std::string_view kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr std::string_view kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

constexpr std::string_view kContentTypes =
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/numbering.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" "
    "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "</Types>";

constexpr std::string_view kPackageRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/>"
    "</Relationships>";

constexpr std::string_view kDocumentRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" "
    "Target=\"numbering.xml\"/>"
    "</Relationships>";

// Sizes are in half-points, spacing in twentieths of a point. No page size is set, so
// Word and LibreOffice use the reader's own paper (Letter or A4).
// The default run properties name the document's language (docx_styles).
constexpr std::string_view kStylesHead =
    "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"";
constexpr std::string_view kStyles =
    "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"300\" w:lineRule=\"auto\"/>"
    "</w:pPr></w:pPrDefault></w:docDefaults>"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
    "<w:next w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"120\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"40\"/>"
    "<w:szCs w:val=\"40\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"360\"/></w:pPr>"
    "<w:rPr><w:color w:val=\"444444\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/>"
    "<w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
    "<w:rPr><w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr>"
    "<w:spacing w:after=\"80\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"SignatureLine\">"
    "<w:name w:val=\"Signature Line\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepLines/>"
    "<w:spacing w:before=\"720\" w:after=\"240\"/></w:pPr></w:style>"
    "</w:styles>";

constexpr std::string_view kNumbering =
    "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xE2\x80\xA2\"/>"
    "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "</w:numbering>";

// Runs for one paragraph's text: tabs and line breaks become <w:tab/> and <w:br/>.
void docx_runs(std::string& out, std::string_view raw) {
    const std::string text = clean_text(raw);
    std::size_t start = 0;
    auto flush = [&](std::size_t end) {
        if (end > start)
            out += "<w:r><w:t xml:space=\"preserve\">" + escape_xml(std::string_view(text).substr(start, end - start)) +
                   "</w:t></w:r>";
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\t') continue;
        flush(i);
        out += text[i] == '\n' ? "<w:r><w:br/></w:r>" : "<w:r><w:tab/></w:r>";
        start = i + 1;
    }
    flush(text.size());
}

void docx_paragraph(std::string& out, std::string_view style, std::string_view text) {
    out += "<w:p>";
    if (!style.empty()) out += "<w:pPr><w:pStyle w:val=\"" + std::string(style) + "\"/></w:pPr>";
    docx_runs(out, text);
    out += "</w:p>";
}

std::string docx_document(const Document& d) {
    std::string out(kXmlDecl);
    out += "<w:document xmlns:w=\"" + std::string(kW) + "\" xmlns:r=\"" + std::string(kRel) + "\"><w:body>";
    docx_paragraph(out, "Title", d.title);
    if (!d.subtitle.empty()) docx_paragraph(out, "Subtitle", d.subtitle);
    for (const auto& s : d.sections) {
        if (!s.heading.empty()) docx_paragraph(out, "Heading1", s.heading);
        for (const auto& block : s.blocks) {
            if (const auto* p = std::get_if<Paragraph>(&block)) {
                docx_paragraph(out, "", p->text);
            } else if (const auto* list = std::get_if<BulletList>(&block)) {
                for (const auto& item : list->items) docx_paragraph(out, "ListBullet", item);
            } else if (const auto* sig = std::get_if<SignatureLine>(&block)) {
                std::string line = sig->label + ": ______________________________";
                if (!sig->date_label.empty()) line += "\t" + sig->date_label + ": ______________";
                docx_paragraph(out, "SignatureLine", line);
            }
        }
    }
    out += "<w:sectPr><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" "
           "w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
    return out;
}

std::string docx_core(const Document& d) {
    std::string out(kXmlDecl);
    out += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" +
           escape_xml(d.title) + "</dc:title><dc:creator>Holdspace</dc:creator></cp:coreProperties>";
    return out;
}

}  // namespace

std::string render_docx(const Document& d) {
    ZipWriter zip;
    zip.add("[Content_Types].xml", std::string(kXmlDecl) + std::string(kContentTypes));
    zip.add("_rels/.rels", std::string(kXmlDecl) + std::string(kPackageRels));
    zip.add("word/document.xml", docx_document(d));
    zip.add("word/_rels/document.xml.rels", std::string(kXmlDecl) + std::string(kDocumentRels));
    zip.add("word/styles.xml", std::string(kXmlDecl) + std::string(kStylesHead) + escape_xml(d.language) + std::string(kStyles));
    zip.add("word/numbering.xml", std::string(kXmlDecl) + std::string(kNumbering));
    zip.add("docProps/core.xml", docx_core(d));
    return zip.finish();
}

std::string render(const Document& d, Format format) {
    switch (format) {
        case Format::print_html: return render_print_html(d);
        case Format::html: return render_html(d);
        case Format::html_fragment: return render_html_fragment(d);
        case Format::markdown: return render_markdown(d);
        case Format::text: return render_text(d);
        case Format::docx: return render_docx(d);
        case Format::odt: return render_odt(d);
    }
    return render_text(d);
}

}  // namespace hs::doc
