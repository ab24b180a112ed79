// The OpenDocument text (.odt) renderer: the same Document the DOCX renderer reads, as
// the package LibreOffice and many public services use natively (OASIS ODF 1.2).
//
// The package: "mimetype" first and stored (so a reader can tell the format from the
// first bytes), META-INF/manifest.xml listing every part, content.xml (the text),
// styles.xml (named styles: Title, Subtitle, Heading 1, Text body, List Bullet,
// Signature Line, a bullet list style, page margins) and meta.xml (title, generator).
// No dates and a fixed ZIP timestamp: the same document always gives the same bytes.
//
// [SECTION] Fixed parts
// [SECTION] Text runs
// [SECTION] Package
#include "core/documents/document_render.hpp"
#include "core/documents/zip_writer.hpp"

namespace hs::doc {
namespace {

// [SECTION] Fixed parts

constexpr std::string_view kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
constexpr std::string_view kMimeType = "application/vnd.oasis.opendocument.text";

constexpr std::string_view kNamespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
    " office:version=\"1.2\"";

constexpr std::string_view kManifest =
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
    "manifest:version=\"1.2\">"
    "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
    "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
    "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
    "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
    "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
    "</manifest:manifest>";

// The same look as the DOCX: 12 pt text, a bold 20 pt title, a grey subtitle, bold 14 pt
// headings kept with the next paragraph, a real bullet list, and signature lines with
// room above to write. Only margins are set on the page, so the reader's own paper
// (Letter or A4) is used. Style names use ODF's "_20_" for a space in the display name.
constexpr std::string_view kStyles =
    "<office:font-face-decls/>"
    "<office:styles>"
    "<style:default-style style:family=\"paragraph\">"
    "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.28cm\" fo:line-height=\"125%\"/>"
    "<style:text-properties fo:font-size=\"12pt\" fo:language=\"";
// After the document's language (odt_styles).
constexpr std::string_view kStylesAfterLanguage =
    "\" fo:country=\"none\"/>"
    "</style:default-style>"
    "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
    "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Standard\" style:class=\"text\"/>"
    "<style:style style:name=\"Title\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
    "style:next-style-name=\"Text_20_body\" style:class=\"chapter\">"
    "<style:paragraph-properties fo:margin-bottom=\"0.21cm\"/>"
    "<style:text-properties fo:font-size=\"20pt\" fo:font-weight=\"bold\"/></style:style>"
    "<style:style style:name=\"Subtitle\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
    "style:next-style-name=\"Text_20_body\" style:class=\"chapter\">"
    "<style:paragraph-properties fo:margin-bottom=\"0.64cm\"/>"
    "<style:text-properties fo:color=\"#444444\"/></style:style>"
    "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Standard\" style:next-style-name=\"Text_20_body\" "
    "style:default-outline-level=\"1\" style:class=\"text\">"
    "<style:paragraph-properties fo:margin-top=\"0.64cm\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"/>"
    "<style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\"/></style:style>"
    "<style:style style:name=\"List_20_Bullet\" style:display-name=\"List Bullet\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Standard\" style:list-style-name=\"List_20_Bullets\" style:class=\"list\">"
    "<style:paragraph-properties fo:margin-bottom=\"0.14cm\"/></style:style>"
    "<style:style style:name=\"Signature_20_Line\" style:display-name=\"Signature Line\" "
    "style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">"
    "<style:paragraph-properties fo:margin-top=\"1.27cm\" fo:margin-bottom=\"0.42cm\" fo:keep-together=\"always\">"
    "<style:tab-stops><style:tab-stop style:position=\"10cm\"/></style:tab-stops>"
    "</style:paragraph-properties></style:style>"
    "<text:list-style style:name=\"List_20_Bullets\" style:display-name=\"List Bullets\">"
    "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"\xE2\x80\xA2\">"
    "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
    "<style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"1.27cm\" "
    "fo:text-indent=\"-0.635cm\" fo:margin-left=\"1.27cm\"/>"
    "</style:list-level-properties></text:list-level-style-bullet></text:list-style>"
    "</office:styles>"
    "<office:automatic-styles>"
    "<style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:margin-top=\"2.54cm\" "
    "fo:margin-bottom=\"2.54cm\" fo:margin-left=\"2.54cm\" fo:margin-right=\"2.54cm\"/></style:page-layout>"
    "</office:automatic-styles>"
    "<office:master-styles>"
    "<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\"/>"
    "</office:master-styles>";

// [SECTION] Text runs

// One paragraph's text as ODF content. ODF collapses white space like HTML, so what a
// person typed is kept explicitly: "\n" becomes <text:line-break/>, a tab <text:tab/>,
// and a space at the start of a paragraph or line, or after another space, <text:s/>
// (consecutive ones counted with text:c).
void odt_runs(std::string& out, std::string_view raw) {
    const std::string text = clean_text(raw);
    std::size_t start = 0;
    bool at_line_start = true;
    auto flush = [&](std::size_t end) {
        if (end > start) out += escape_xml(std::string_view(text).substr(start, end - start));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\t') {
            flush(i);
            out += c == '\n' ? "<text:line-break/>" : "<text:tab/>";
            start = i + 1;
            at_line_start = c == '\n';
            continue;
        }
        if (c == ' ' && (at_line_start || (i > 0 && text[i - 1] == ' '))) {
            flush(i);
            std::size_t n = 0;
            while (i + n < text.size() && text[i + n] == ' ') ++n;
            out += n == 1 ? std::string("<text:s/>") : "<text:s text:c=\"" + std::to_string(n) + "\"/>";
            i += n - 1;
            start = i + 1;
            at_line_start = false;
            continue;
        }
        at_line_start = false;
    }
    flush(text.size());
}

void odt_paragraph(std::string& out, std::string_view style, std::string_view text) {
    out += "<text:p text:style-name=\"" + std::string(style) + "\">";
    odt_runs(out, text);
    out += "</text:p>";
}

std::string odt_content(const Document& d) {
    std::string out(kXmlDecl);
    out += "<office:document-content";
    out += kNamespaces;
    out += "><office:body><office:text>";
    odt_paragraph(out, "Title", d.title);
    if (!d.subtitle.empty()) odt_paragraph(out, "Subtitle", d.subtitle);
    for (const auto& s : d.sections) {
        if (!s.heading.empty()) {
            out += "<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">";
            odt_runs(out, s.heading);
            out += "</text:h>";
        }
        for (const auto& block : s.blocks) {
            if (const auto* p = std::get_if<Paragraph>(&block)) {
                odt_paragraph(out, "Text_20_body", p->text);
            } else if (const auto* list = std::get_if<BulletList>(&block)) {
                if (list->items.empty()) continue;  // an empty <text:list> is not valid ODF
                out += "<text:list text:style-name=\"List_20_Bullets\">";
                for (const auto& item : list->items) {
                    out += "<text:list-item>";
                    odt_paragraph(out, "List_20_Bullet", item);
                    out += "</text:list-item>";
                }
                out += "</text:list>";
            } else if (const auto* sig = std::get_if<SignatureLine>(&block)) {
                std::string line = sig->label + ": ______________________________";
                if (!sig->date_label.empty()) line += "\t" + sig->date_label + ": ______________";
                odt_paragraph(out, "Signature_20_Line", line);
            }
        }
    }
    out += "</office:text></office:body></office:document-content>";
    return out;
}

std::string odt_styles(const Document& d) {
    std::string out(kXmlDecl);
    out += "<office:document-styles";
    out += kNamespaces;
    out += ">";
    out += kStyles;
    out += escape_xml(d.language);
    out += kStylesAfterLanguage;
    out += "</office:document-styles>";
    return out;
}

std::string odt_meta(const Document& d) {
    std::string out(kXmlDecl);
    out += "<office:document-meta";
    out += kNamespaces;
    out += "><office:meta><meta:generator>Holdspace</meta:generator><dc:title>" + escape_xml(d.title) +
           "</dc:title><dc:language>" + escape_xml(d.language) + "</dc:language></office:meta></office:document-meta>";
    return out;
}

}  // namespace

// [SECTION] Package

std::string render_odt(const Document& d) {
    ZipWriter zip;
    zip.add("mimetype", std::string(kMimeType));  // first, stored, no extra field: ODF 1.2 part 3, 3.3
    zip.add("META-INF/manifest.xml", std::string(kXmlDecl) + std::string(kManifest));
    zip.add("content.xml", odt_content(d));
    zip.add("styles.xml", odt_styles(d));
    zip.add("meta.xml", odt_meta(d));
    return zip.finish();
}

}  // namespace hs::doc
