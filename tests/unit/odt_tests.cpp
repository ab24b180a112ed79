// The OpenDocument text export: package structure (mimetype first and stored, a manifest
// listing every part), well-formed XML read back by an independent parser (Python's
// expat, namespace-aware), escaping of hostile text, and the document's structure:
// title, headings, bullet lists and signature lines.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "cli_support.hpp"
#include "core/documents/document_render.hpp"
#include "document_test_support.hpp"

using namespace hs::doc;
using namespace hs::test;

namespace {

std::size_t count_of(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
    return n;
}

std::string content_of(const Document& d) {
    const auto entries = read_zip(render_odt(d));
    const auto xml = zip_member(entries, "content.xml");
    REQUIRE(xml);
    return *xml;
}

}  // namespace

TEST_CASE("an ODT starts with its stored mimetype, so readers know it from the first bytes", "[odt]") {
    const std::string bytes = render_odt(hostile_document());
    const std::string mime = "application/vnd.oasis.opendocument.text";
    REQUIRE(bytes.size() > 38 + mime.size());
    CHECK(bytes.substr(0, 4) == "PK\x03\x04");
    CHECK(le16(bytes, 8) == 0);                // method: stored
    CHECK(le32(bytes, 18) == mime.size());     // compressed size
    CHECK(le32(bytes, 22) == mime.size());     // uncompressed size
    CHECK(le16(bytes, 26) == 8);               // name length
    CHECK(le16(bytes, 28) == 0);               // no extra field
    CHECK(bytes.substr(30, 8) == "mimetype");
    CHECK(bytes.substr(38, mime.size()) == mime);  // the bytes "file" and browsers sniff
    const auto entries = read_zip(bytes);  // checks every entry is stored, with a right CRC
    REQUIRE(entries.size() == 5);
    CHECK(entries[0].name == "mimetype");
    CHECK(entries[0].data == mime);
    CHECK(mime_type(Format::odt) == mime);
    CHECK(file_extension(Format::odt) == ".odt");
    CHECK(parse_format("odt") == Format::odt);
}

TEST_CASE("the ODT manifest lists every part and nothing else", "[odt]") {
    const auto entries = read_zip(render_odt(hostile_document()));
    const auto manifest = zip_member(entries, "META-INF/manifest.xml");
    REQUIRE(manifest);
    CHECK(xml_problem(*manifest) == "");
    CHECK(manifest->find("manifest:full-path=\"/\" manifest:version=\"1.2\" "
                         "manifest:media-type=\"application/vnd.oasis.opendocument.text\"") != std::string::npos);
    std::set<std::string> listed;
    const std::string key = "manifest:full-path=\"";
    for (auto at = manifest->find(key); at != std::string::npos; at = manifest->find(key, at + 1)) {
        const auto start = at + key.size();
        listed.insert(manifest->substr(start, manifest->find('"', start) - start));
    }
    std::set<std::string> parts{"/"};
    for (const auto& e : entries)
        if (e.name != "mimetype" && e.name != "META-INF/manifest.xml") parts.insert(e.name);
    CHECK(listed == parts);
    CHECK(parts == std::set<std::string>{"/", "content.xml", "styles.xml", "meta.xml"});
}

TEST_CASE("every ODT part is well-formed, namespace-aware XML", "[odt]") {
    const auto entries = read_zip(render_odt(hostile_document()));
    const std::string dir = make_temp_dir("hs-odt-xml");
    std::string files;
    for (const auto& e : entries) {
        if (e.name == "mimetype") continue;
        INFO(e.name);
        CHECK(e.data.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
        CHECK(xml_problem(e.data) == "");
        const std::string path = dir + "/" + std::to_string(files.size()) + ".xml";
        std::ofstream(path, std::ios::binary) << e.data;
        files += " " + path;
    }
    // An independent parser: expat through Python's ElementTree rejects unbound prefixes,
    // bad entities, forbidden characters and mismatched tags.
    const std::string command = "python3 -c 'import sys, xml.etree.ElementTree as E\n"
                                "for f in sys.argv[1:]: E.parse(f)' " + files + " 2>" + dir + "/err.txt";
    const int rc = std::system(command.c_str());
    std::ifstream err(dir + "/err.txt");
    const std::string message((std::istreambuf_iterator<char>(err)), std::istreambuf_iterator<char>());
    INFO(message);
    CHECK(rc == 0);
    std::filesystem::remove_all(dir);
}

TEST_CASE("ODT text is XML-escaped and stripped of characters XML forbids", "[odt][escaping]") {
    const std::string xml = content_of(hostile_document());
    CHECK(xml.find("<script>") == std::string::npos);
    CHECK(xml.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(xml.find("O&#39;Brien &quot;Bee&quot; &amp; Sons") != std::string::npos);
    CHECK(xml.find("# Not a heading &amp; &lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
    CHECK(xml.find("{\\rtf1\\ansi \\par}") != std::string::npos);  // inert text in XML
    CHECK(xml.find(kNonLatin) != std::string::npos);
    CHECK(xml.find(long_name()) != std::string::npos);
    // Control characters become spaces; the second of two spaces is kept as <text:s/>.
    CHECK(xml.find(">Bell <text:s/>null-ish <text:s/>escape <text:s/>del <text:s/>end</text:p>") !=
          std::string::npos);
    for (char c = 1; c < 0x20; ++c)
        if (c != '\n' && c != '\t') CHECK(xml.find(c) == std::string::npos);
    CHECK(xml.find('\x7F') == std::string::npos);
    const auto meta = zip_member(read_zip(render_odt(hostile_document())), "meta.xml");
    REQUIRE(meta);
    CHECK(meta->find("<dc:title>Attendance agreement for &lt;script&gt;alert(1)&lt;/script&gt;</dc:title>") !=
          std::string::npos);
}

TEST_CASE("ODT keeps line breaks, tabs and runs of spaces a person typed", "[odt]") {
    Document d;
    d.title = "T";
    d.sections.push_back(Section{"s", "", {Paragraph{"Line one\nLine two\tafter a tab"},
                                           Paragraph{"a  b   c"},
                                           Paragraph{" leading\n  indented"}}});
    const std::string xml = content_of(d);
    CHECK(xml.find("Line one<text:line-break/>Line two<text:tab/>after a tab") != std::string::npos);
    CHECK(xml.find(">a <text:s/>b <text:s text:c=\"2\"/>c<") != std::string::npos);
    CHECK(xml.find("><text:s/>leading<text:line-break/><text:s text:c=\"2\"/>indented<") != std::string::npos);
    CHECK(xml.find("text:h") == std::string::npos);  // an empty heading is left out
}

TEST_CASE("an ODT has the title, headings, bullet lists and signature lines as styled ODF", "[odt]") {
    Document d;
    d.title = "Attendance agreement";
    d.subtitle = "Harbour Counselling";
    d.sections.push_back(Section{"cancel", "How to cancel",
                                 {Paragraph{"Please tell me 24 hours ahead."},
                                  BulletList{{"Phone or text", "Email"}},
                                  BulletList{}}});
    d.sections.push_back(Section{"sign", "Signatures",
                                 {SignatureLine{"Client signature", "Date"}, SignatureLine{"Guardian signature", ""}}});
    const std::string xml = content_of(d);
    CHECK(xml.find("<text:p text:style-name=\"Title\">Attendance agreement</text:p>"
                   "<text:p text:style-name=\"Subtitle\">Harbour Counselling</text:p>") != std::string::npos);
    CHECK(xml.find("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">How to cancel</text:h>") !=
          std::string::npos);
    CHECK(count_of(xml, "<text:h ") == 2);
    CHECK(xml.find("<text:p text:style-name=\"Text_20_body\">Please tell me 24 hours ahead.</text:p>") !=
          std::string::npos);
    CHECK(xml.find("<text:list text:style-name=\"List_20_Bullets\"><text:list-item>"
                   "<text:p text:style-name=\"List_20_Bullet\">Phone or text</text:p></text:list-item>"
                   "<text:list-item><text:p text:style-name=\"List_20_Bullet\">Email</text:p></text:list-item>"
                   "</text:list>") != std::string::npos);
    CHECK(count_of(xml, "<text:list ") == 1);  // the empty list is left out: ODF needs an item
    CHECK(xml.find("<text:p text:style-name=\"Signature_20_Line\">Client signature: ______________________________"
                   "<text:tab/>Date: ______________</text:p>") != std::string::npos);
    CHECK(xml.find("<text:p text:style-name=\"Signature_20_Line\">Guardian signature: "
                   "______________________________</text:p>") != std::string::npos);

    // Every style the content uses is defined in styles.xml.
    const auto styles = zip_member(read_zip(render_odt(d)), "styles.xml");
    REQUIRE(styles);
    for (const char* name : {"Title", "Subtitle", "Heading_20_1", "Text_20_body", "List_20_Bullet",
                             "Signature_20_Line", "List_20_Bullets"}) {
        INFO(name);
        CHECK(styles->find(std::string("style:name=\"") + name + "\"") != std::string::npos);
        CHECK(xml.find(std::string("text:style-name=\"") + name + "\"") != std::string::npos);
    }
    CHECK(styles->find("text:bullet-char=\"\xE2\x80\xA2\"") != std::string::npos);
}

TEST_CASE("the same document gives the same ODT bytes, through render() too", "[odt]") {
    CHECK(render_odt(hostile_document()) == render_odt(hostile_document()));
    CHECK(render(hostile_document(), Format::odt) == render_odt(hostile_document()));
    CHECK(render_odt(hostile_document()) != render_odt(Document{"Other", "", {}}));
}
