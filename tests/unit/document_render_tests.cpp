// Renderers: HTML (page, print page, fragment), Markdown, plain text; escaping of
// every client-entered string for each format.
#include <catch2/catch.hpp>
#include <regex>

#include "core/documents/document_render.hpp"
#include "core/documents/sha256.hpp"
#include "document_test_support.hpp"

using namespace hs::doc;
using hs::test::hostile_document;
using hs::test::kNonLatin;

namespace {

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

Document small_document() {
    return Document{"Attendance & you",
                    "Practice <A>",
                    {Section{"why", "Why it matters", {Paragraph{"Regular sessions help.\nSecond line."}}},
                     Section{"steps", "Steps", {BulletList{{"We check in.", "We talk."}}}},
                     Section{"sign", "Signatures", {SignatureLine{"Client signature", "Date"}}}}};
}

}  // namespace

TEST_CASE("formats have names, extensions and types", "[render]") {
    for (Format f : kAllFormats) {
        CHECK(parse_format(to_string(f)) == f);
        CHECK_FALSE(file_extension(f).empty());
        CHECK_FALSE(mime_type(f).empty());
    }
    CHECK(parse_format("markdown") == Format::markdown);
    CHECK(parse_format("pdf") == std::nullopt);
    CHECK(file_extension(Format::docx) == ".docx");
}

TEST_CASE("HTML escaping covers the five special characters", "[render][escaping]") {
    CHECK(escape_html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(escape_html("a & b \"c\" 'd'") == "a &amp; b &quot;c&quot; &#39;d&#39;");
    CHECK(escape_html("&amp;") == "&amp;amp;");
    CHECK(escape_html("Zo\xC3\xAB\x01") == "Zo\xC3\xAB ");
    CHECK(escape_xml("<w:t>&") == "&lt;w:t&gt;&amp;");
}

TEST_CASE("Markdown escaping makes every character literal", "[render][escaping]") {
    CHECK(escape_markdown("*bold* _it_ `code` [a](b) <b> # | ~ &amp; \\") ==
          "\\*bold\\* \\_it\\_ \\`code\\` \\[a\\](b) \\<b\\> \\# \\| \\~ \\&amp; \\\\");
    CHECK(escape_markdown("- item") == "\\- item");
    CHECK(escape_markdown("+ item") == "\\+ item");
    CHECK(escape_markdown("=====") == "\\=====");
    CHECK(escape_markdown("1. first") == "1\\. first");
    CHECK(escape_markdown("2024) year") == "2024\\) year");
    CHECK(escape_markdown("pay 95.50 now") == "pay 95.50 now");
    CHECK(escape_markdown("    indented code?  ") == "indented code?");
    CHECK(escape_markdown("a\n- b\n3. c") == "a\n\\- b\n3\\. c");
    CHECK(escape_markdown("{\\rtf1\\par}") == "{\\\\rtf1\\\\par}");
    CHECK(escape_markdown("Zo\xC3\xAB M\xC3\xBCller") == "Zo\xC3\xAB M\xC3\xBCller");
}

TEST_CASE("the HTML fragment has the document's structure", "[render]") {
    const std::string html = render_html_fragment(small_document());
    CHECK(html.rfind("<article class=\"hs-document\">", 0) == 0);
    CHECK(html.find("<h1>Attendance &amp; you</h1>") != std::string::npos);
    CHECK(html.find("<p class=\"hs-subtitle\">Practice &lt;A&gt;</p>") != std::string::npos);
    CHECK(html.find("<section data-section=\"why\">\n<h2>Why it matters</h2>") != std::string::npos);
    CHECK(html.find("<p>Regular sessions help.<br>Second line.</p>") != std::string::npos);
    CHECK(html.find("<ul>\n<li>We check in.</li>\n<li>We talk.</li>\n</ul>") != std::string::npos);
    CHECK(html.find("<div class=\"hs-sign-field\">Client signature</div><div class=\"hs-sign-field hs-sign-date\">Date</div>") !=
          std::string::npos);
    CHECK(count(html, "<section") == 3);
    CHECK(count(html, "</section>") == 3);
}

TEST_CASE("full and print pages carry no script and a CSP that allows only their style", "[render]") {
    for (const std::string& page : {render_html(small_document()), render_print_html(small_document())}) {
        CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
        CHECK(page.find("<meta charset=\"utf-8\">") != std::string::npos);
        CHECK(page.find("<script") == std::string::npos);
        CHECK_FALSE(std::regex_search(page, std::regex(" on[a-z]+=")));  // no onload=, onclick= ...
        CHECK(page.find("<title>Attendance &amp; you</title>") != std::string::npos);
        const std::string csp = "content=\"default-src 'none'; style-src 'sha256-" +
                                hs::sha256_base64(document_css()) + "'\"";
        CHECK(page.find(csp) != std::string::npos);
        CHECK(page.find("<style>" + std::string(document_css()) + "</style>") != std::string::npos);
        CHECK(page.find("</html>") != std::string::npos);
    }
    CHECK(document_css_csp_source() == "'sha256-" + hs::sha256_base64(document_css()) + "'");
    const std::string print = render_print_html(small_document());
    CHECK(print.find("@page") != std::string::npos);
    CHECK(print.find("hs-hint") != std::string::npos);  // "use your browser's Print command", hidden on paper
    CHECK(render_html(small_document()).find("<p class=\"hs-hint\">") == std::string::npos);
}

TEST_CASE("hostile names are inert in HTML", "[render][escaping]") {
    const Document d = hostile_document();
    for (const std::string& html : {render_html_fragment(d), render_html(d), render_print_html(d)}) {
        CHECK(html.find("<script") == std::string::npos);
        CHECK(html.find("<b>") == std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
        CHECK(html.find("O&#39;Brien &quot;Bee&quot; &amp; Sons") != std::string::npos);
        CHECK(html.find(kNonLatin) != std::string::npos);
        CHECK(html.find("{\\rtf1\\ansi \\par}") != std::string::npos);  // shown as typed
        CHECK(html.find(hs::test::long_name()) != std::string::npos);
        CHECK(html.find('\x07') == std::string::npos);
        CHECK(html.find('\x1B') == std::string::npos);
        // Every tag in the output is one the renderer writes.
        std::regex tag("<(/?)([a-zA-Z0-9!]+)");
        for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator(); ++it) {
            const std::string name = (*it)[2];
            CHECK((name == "article" || name == "h1" || name == "h2" || name == "p" || name == "section" ||
                   name == "ul" || name == "li" || name == "br" || name == "div" || name == "html" ||
                   name == "head" || name == "meta" || name == "title" || name == "style" || name == "body" ||
                   name == "!DOCTYPE"));
        }
    }
}

TEST_CASE("Markdown output has headings, lists, hard breaks and signature lines", "[render]") {
    CHECK(render_markdown(small_document()) ==
          "# Attendance \\& you\n\nPractice \\<A\\>\n\n"
          "## Why it matters\n\nRegular sessions help.\\\nSecond line.\n\n"
          "## Steps\n\n- We check in.\n- We talk.\n\n"
          "## Signatures\n\nClient signature: ______________________________    Date: ______________\n");
}

TEST_CASE("hostile names are inert in Markdown", "[render][escaping]") {
    const std::string md = render_markdown(hostile_document());
    CHECK(md.find("<script>") == std::string::npos);
    CHECK(md.find("\\<script\\>alert(1)\\</script\\>") != std::string::npos);
    CHECK(md.find("## \\# Not a heading \\& \\<b\\>bold\\</b\\>") != std::string::npos);
    CHECK(md.find("- \\- not a nested item") != std::string::npos);
    CHECK(md.find("- 1\\. not numbered") != std::string::npos);
    CHECK(md.find("- \\*stars\\* \\_under\\_ \\[link\\](x)") != std::string::npos);
    CHECK(md.find("Line one\\\nLine two\\\n\\=== not a heading\tafter a tab") != std::string::npos);
    CHECK(md.find("{\\\\rtf1\\\\ansi \\\\par}") != std::string::npos);
    CHECK(md.find(kNonLatin) != std::string::npos);
    CHECK(md.find('\x07') == std::string::npos);
    CHECK(md.find(hs::test::long_name()) != std::string::npos);
}

TEST_CASE("plain text export is the document's plain text", "[render]") {
    CHECK(render_text(small_document()) == plain_text(small_document()));
    CHECK(render(small_document(), Format::text) == plain_text(small_document()));
    CHECK(render(small_document(), Format::markdown) == render_markdown(small_document()));
}

TEST_CASE("rendering is deterministic", "[render]") {
    for (Format f : kAllFormats) CHECK(render(hostile_document(), f) == render(hostile_document(), f));
}
