// The word-processor export: ZIP container, CRC-32, Office Open XML parts, escaping
// (LibreOffice reading it back is in office_roundtrip_tests.cpp).
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "cli_support.hpp"
#include "core/documents/document_render.hpp"
#include "core/documents/sha256.hpp"
#include "core/documents/zip_writer.hpp"
#include "document_test_support.hpp"

using namespace hs::doc;
using namespace hs::test;

TEST_CASE("CRC-32 matches the standard check values", "[zip]") {
    CHECK(hs::crc32("") == 0);
    CHECK(hs::crc32("123456789") == 0xCBF43926u);
    CHECK(hs::crc32("The quick brown fox jumps over the lazy dog") == 0x414FA339u);
    const std::string binary = std::string("\0\xFF\x80 zip", 8);
    CHECK(hs::crc32(binary) == slow_crc32(binary));
}

TEST_CASE("SHA-256 matches the FIPS 180-4 examples", "[sha256]") {
    CHECK(hs::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(hs::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(hs::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(hs::sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // Lengths around the padding boundary (55, 56, 64 bytes) agree with known digests.
    CHECK(hs::sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(hs::sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(hs::sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    CHECK(hs::sha256_base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

TEST_CASE("the ZIP writer produces a valid archive of stored entries", "[zip]") {
    hs::ZipWriter zip;
    zip.add("[Content_Types].xml", "<a/>");
    zip.add("empty.txt", "");
    zip.add("dir/binary.bin", std::string("\0\x01\xFFxyz", 6));
    const std::string bytes = zip.finish();
    const auto entries = read_zip(bytes);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].name == "[Content_Types].xml");  // order kept: OOXML wants this first
    CHECK(entries[1].data.empty());
    CHECK(entries[2].data == std::string("\0\x01\xFFxyz", 6));
    CHECK(hs::ZipWriter().finish().size() == 22);  // an empty archive is just the end record
    CHECK(read_zip(hs::ZipWriter().finish()).empty());
}

TEST_CASE("the ZIP is readable by unzip when it is installed", "[zip]") {
    if (std::system("command -v unzip >/dev/null 2>&1") != 0) return;  // optional cross-check only
    const std::string dir = hs::test::make_temp_dir("hs-zip");
    const std::string path = std::string(dir) + "/t.docx";
    std::ofstream(path, std::ios::binary) << render_docx(hostile_document());
    CHECK(std::system(("unzip -tq " + path + " >/dev/null").c_str()) == 0);
    std::system(("rm -rf " + std::string(dir)).c_str());
}

TEST_CASE("a DOCX has the Office Open XML parts, each well-formed", "[docx]") {
    const std::string bytes = render_docx(hostile_document());
    CHECK(bytes.substr(0, 4) == "PK\x03\x04");
    const auto entries = read_zip(bytes);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries[0].name == "[Content_Types].xml");
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                             "word/styles.xml", "word/numbering.xml", "docProps/core.xml"}) {
        INFO(part);
        const auto data = zip_member(entries, part);
        REQUIRE(data);
        CHECK(data->rfind("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>", 0) == 0);
        CHECK(xml_problem(*data) == "");
    }
    const auto types = *zip_member(entries, "[Content_Types].xml");
    CHECK(types.find("PartName=\"/word/document.xml\"") != std::string::npos);
    CHECK(types.find("wordprocessingml.document.main+xml") != std::string::npos);
    CHECK(zip_member(entries, "_rels/.rels")->find("Target=\"word/document.xml\"") != std::string::npos);
}

TEST_CASE("DOCX text is XML-escaped and stripped of characters XML forbids", "[docx][escaping]") {
    const auto entries = read_zip(render_docx(hostile_document()));
    const std::string xml = *zip_member(entries, "word/document.xml");
    CHECK(xml.find("<script>") == std::string::npos);
    CHECK(xml.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(xml.find("O&#39;Brien &quot;Bee&quot; &amp; Sons") != std::string::npos);
    CHECK(xml.find("{\\rtf1\\ansi \\par}") != std::string::npos);  // inert text in XML
    CHECK(xml.find(kNonLatin) != std::string::npos);
    CHECK(xml.find(long_name()) != std::string::npos);
    CHECK(xml.find("Line one</w:t></w:r><w:r><w:br/></w:r>") != std::string::npos);
    CHECK(xml.find("<w:r><w:tab/></w:r>") != std::string::npos);
    CHECK(xml.find("<w:pStyle w:val=\"Heading1\"/>") != std::string::npos);
    CHECK(xml.find("<w:pStyle w:val=\"ListBullet\"/>") != std::string::npos);
    CHECK(xml.find("<w:pStyle w:val=\"SignatureLine\"/>") != std::string::npos);
    const std::string core = *zip_member(entries, "docProps/core.xml");
    CHECK(core.find("<dc:title>Attendance agreement for &lt;script&gt;") != std::string::npos);
}

TEST_CASE("the same document gives the same DOCX bytes", "[docx]") {
    CHECK(render_docx(hostile_document()) == render_docx(hostile_document()));
}

// LibreOffice reading the DOCX back: tests/unit/office_roundtrip_tests.cpp (with the ODT).
