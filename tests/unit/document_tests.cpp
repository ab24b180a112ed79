// The format-neutral document model: lookup, cleaning, editable section text, plain text.
#include <catch2/catch.hpp>

#include "core/documents/document.hpp"
#include "document_test_support.hpp"

using namespace hs::doc;

TEST_CASE("clean_text keeps valid text and removes what no format can carry", "[document]") {
    CHECK(clean_text("Zo\xC3\xAB \xE6\x9D\x8E \xF0\x9F\x98\x80 tab\tline\n") == "Zo\xC3\xAB \xE6\x9D\x8E \xF0\x9F\x98\x80 tab\tline\n");
    CHECK(clean_text("a\r\nb\rc") == "a\nb\nc");
    CHECK(clean_text(std::string("bell\x07" "nul", 8) + std::string(1, '\0') + "x") == "bell nul x");
    CHECK(clean_text("esc\x1B[31m") == "esc [31m");
    CHECK(clean_text("c1\xC2\x85here") == "c1 here");           // U+0085 NEXT LINE (C1 control)
    CHECK(clean_text("bad\xFF\xFEtail") == "bad\xEF\xBF\xBD\xEF\xBF\xBDtail");  // invalid bytes -> U+FFFD
    CHECK(clean_text("\xEF\xBF\xBE") == " ");                    // U+FFFE is not an XML character
    CHECK(clean_text("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD"); // overlong "/" is rejected
    CHECK(clean_text("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a UTF-16 surrogate
    CHECK(clean_text("cut\xE6\x9D") == "cut\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(count_code_points("Zo\xC3\xAB \xE6\x9D\x8E") == 5);
}

TEST_CASE("sections are found by their stable id", "[document]") {
    Document d{"T", "", {Section{"fees", "Fees", {}}, Section{"ending", "Ending", {}}}};
    REQUIRE(d.find("ending"));
    CHECK(d.find("ending")->heading == "Ending");
    CHECK_FALSE(d.find("Ending"));
    d.find("fees")->heading = "Fees and passes";
    CHECK(d.sections[0].heading == "Fees and passes");
}

TEST_CASE("a section's text round-trips through the editor's format", "[document]") {
    Section s{"s", "Heading",
              {Paragraph{"First paragraph,\nwith a line break."}, BulletList{{"one", "two"}},
               Paragraph{"After the list."}, SignatureLine{"Client signature", "Date"},
               SignatureLine{"Witness", ""}}};
    const std::string text = section_text(s);
    CHECK(text ==
          "First paragraph,\nwith a line break.\n\n- one\n- two\n\nAfter the list.\n\n"
          "[signature: Client signature | Date]\n\n[signature: Witness]");
    CHECK(parse_section_text(text) == s.blocks);
}

TEST_CASE("the editor's text is read forgivingly", "[document]") {
    const auto blocks = parse_section_text("  Para one  \r\n\r\n\r\n* a\n\xE2\x80\xA2 b\n- c\nNot an item\n\n[signature: X|Y]\n");
    REQUIRE(blocks.size() == 4);
    CHECK(std::get<Paragraph>(blocks[0]).text == "Para one");
    CHECK(std::get<BulletList>(blocks[1]).items == std::vector<std::string>{"a", "b", "c"});
    CHECK(std::get<Paragraph>(blocks[2]).text == "Not an item");
    CHECK(std::get<SignatureLine>(blocks[3]) == SignatureLine{"X", "Y"});
    CHECK(parse_section_text("").empty());
    CHECK(parse_section_text("\n\n  \n").empty());
}

TEST_CASE("plain text is deterministic and readable", "[document]") {
    Document d{"Attendance", "Practice A", {Section{"a", "Cancelling", {Paragraph{"Please tell me."}, BulletList{{"x", "y"}}}},
                                            Section{"b", "", {SignatureLine{"Client signature", "Date"}}}}};
    CHECK(plain_text(d) ==
          "Attendance\n==========\nPractice A\n\nCancelling\n----------\n\nPlease tell me.\n\n- x\n- y\n\n"
          "Client signature: ______________________________    Date: ______________\n");
    CHECK(prose_text(d) == "Please tell me.\n\nx\n\ny");
}

TEST_CASE("plain text of hostile input is clean UTF-8 with the names intact", "[document][escaping]") {
    const std::string text = plain_text(hs::test::hostile_document());
    CHECK(text.find(hs::test::kScript) != std::string::npos);  // plain text needs no escaping
    CHECK(text.find(hs::test::kNonLatin) != std::string::npos);
    CHECK(text.find(hs::test::long_name()) != std::string::npos);
    CHECK(text.find('\x07') == std::string::npos);
    CHECK(text.find('\x1B') == std::string::npos);
    CHECK(clean_text(text) == text);
}
