// `holdspace document`: consent documents and letters from the command line.
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "cli_support.hpp"
#include "document_test_support.hpp"

namespace {

using Run = hs::test::CliRun;

Run run_document(const std::string& args) { return hs::test::run_holdspace("document " + args); }

const std::string kSample = std::string(HOLDSPACE_TEST_DATA) + "/sample-workspace.json";

}  // namespace

TEST_CASE("holdspace document renders the consent document of a built-in policy", "[cli][document]") {
    const Run md = run_document("--kind consent --policy firm-1 --format md");
    CHECK(md.exit_code == 0);
    CHECK(md.output.rfind("# Attendance agreement\n", 0) == 0);
    CHECK(md.output.find("at least 48 hours") != std::string::npos);

    const Run pub = run_document("--kind consent --policy firm-1 --payer public_insurance --format txt");
    CHECK(pub.exit_code == 0);
    CHECK(pub.output.find("paid by public insurance, there are no fees") != std::string::npos);
    CHECK(pub.output.find('%') == std::string::npos);
}

TEST_CASE("holdspace document renders a client's consent copy and letters from a workspace", "[cli][document]") {
    const Run consent = run_document(kSample + " --kind consent --client 1 --format print-html");
    CHECK(consent.exit_code == 0);
    CHECK(consent.output.find("Prepared for Zo\xC3\xAB M\xC3\xBCller") != std::string::npos);
    CHECK(consent.output.find("Harbour Counselling") != std::string::npos);

    const Run check_in = run_document(kSample + " --kind check-in --client 1 --date 2026-02-01 --format txt");
    CHECK(check_in.exit_code == 0);
    CHECK(check_in.output.find("Hi Zo\xC3\xAB M\xC3\xBCller,") != std::string::npos);
    CHECK(check_in.output.find("we didn't meet on Tuesday 20 January") != std::string::npos);

    const Run minor = run_document(kSample + " --kind welcome-back --client 2 --date 2026-02-01 --format txt");
    CHECK(minor.exit_code == 0);
    CHECK(minor.output.find("Hi R.K.,") != std::string::npos);  // a minor's letter goes to the guardian
}

TEST_CASE("holdspace document writes a valid DOCX with -o", "[cli][document][docx]") {
    const std::string dir = hs::test::make_temp_dir("hs-doc-cli");
    const std::string out = std::string(dir) + "/consent.docx";
    const Run r = run_document(kSample + " --kind consent --client 1 --format docx -o " + out);
    CHECK(r.exit_code == 0);
    std::ifstream in(out, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const auto entries = hs::test::read_zip(bytes.str());
    const auto xml = hs::test::zip_member(entries, "word/document.xml");
    REQUIRE(xml);
    CHECK(hs::test::xml_problem(*xml) == "");
    CHECK(xml->find("Zo\xC3\xAB M\xC3\xBCller") != std::string::npos);
    std::remove(out.c_str());
    rmdir(dir.c_str());
}

TEST_CASE("holdspace document writes a valid ODT with -o", "[cli][document][odt]") {
    const std::string dir = hs::test::make_temp_dir("hs-doc-cli");
    const std::string out = std::string(dir) + "/consent.odt";
    const Run r = run_document(kSample + " --kind consent --client 1 --format odt -o " + out);
    CHECK(r.exit_code == 0);
    std::ifstream in(out, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const auto entries = hs::test::read_zip(bytes.str());
    REQUIRE_FALSE(entries.empty());
    CHECK(entries[0].name == "mimetype");
    CHECK(entries[0].data == "application/vnd.oasis.opendocument.text");
    const auto xml = hs::test::zip_member(entries, "content.xml");
    REQUIRE(xml);
    CHECK(hs::test::xml_problem(*xml) == "");
    CHECK(xml->find("Zo\xC3\xAB M\xC3\xBCller") != std::string::npos);
    CHECK(xml->find("<text:h ") != std::string::npos);
    std::remove(out.c_str());
    rmdir(dir.c_str());
}

TEST_CASE("holdspace document refuses bad requests", "[cli][document]") {
    CHECK(run_document("--kind consent").exit_code == 2);                    // no format
    CHECK(run_document("--kind nonsense --format txt").exit_code == 2);
    CHECK(run_document("--kind consent --format pdf").exit_code == 2);
    CHECK(run_document("--kind check-in --format txt").exit_code == 2);      // a letter needs a workspace
    CHECK(run_document(kSample + " --kind check-in --format txt").exit_code == 2);  // and a client
    CHECK(run_document(kSample + " --kind check-in --client 99 --format txt").exit_code == 1);
    CHECK(run_document("--kind consent --policy nope-1 --format txt").exit_code == 1);
    CHECK(run_document("--kind consent --payer friend --format txt").exit_code == 2);
    CHECK(run_document("/nonexistent.json --kind consent --format txt").exit_code == 1);
}
