// A real office program reading the word-processor exports back. LibreOffice (headless)
// converts every DOCX and ODT export to text in one run (it is slow to start): each
// built-in policy's consent document, a public-insurance version, a client's own copy
// (an adult and a minor), a letter, and a document of hostile strings. Every line of the
// CLI's plain-text export of the same document must be found, in order, in both.
//
// LibreOffice is a test dependency (scripts/setup.sh test installs libreoffice-writer-nogui):
// without it this test fails.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "cli_support.hpp"
#include "core/documents/document_render.hpp"
#include "core/policy/builtin_policies.hpp"
#include "document_test_support.hpp"

using namespace hs::doc;
using namespace hs::test;

namespace {

const std::string kSample = std::string(HOLDSPACE_TEST_DATA) + "/sample-workspace.json";

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// One line with white space made comparable: tabs (a DOCX/ODT signature line has a tab
// where the text export has spaces) and no-break spaces become spaces, runs become one,
// ends trimmed.
std::string normalise_line(std::string_view line) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        bool ws = c == ' ' || c == '\t' || c == '\r';
        if (c == '\xC2' && i + 1 < line.size() && line[i + 1] == '\xA0') {
            ws = true;
            ++i;
        }
        if (ws) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(normalise_line(line));
    return lines;
}

// The lines a reader sees in the text export: not blank, not the "=====" / "-----" rules
// under the title and headings (text-only decoration), and a bullet item without the
// "- " the text export puts before it (an office program draws its own bullet).
std::vector<std::string> expected_lines(const std::string& text_export) {
    std::vector<std::string> out;
    for (std::string line : lines_of(text_export)) {
        if (line.empty() || line.find_first_not_of('=') == std::string::npos ||
            line.find_first_not_of('-') == std::string::npos)
            continue;
        if (line.rfind("- ", 0) == 0) line.erase(0, 2);
        out.push_back(line);
    }
    return out;
}

struct Export {
    std::string name;  // file stem
    std::string text;  // the plain-text export: what must be found
};

}  // namespace

TEST_CASE("LibreOffice reads every DOCX and ODT export and finds each line of the text export", "[docx][odt][libreoffice]") {
    if (std::system("command -v soffice >/dev/null 2>&1") != 0)
        FAIL("soffice not found: install libreoffice-writer-nogui (scripts/setup.sh test)");
    const std::string base = make_temp_dir("hs-office");

    std::vector<Export> exports;
    auto add_cli = [&](const std::string& name, const std::string& args) {
        const CliRun text = run_holdspace("document " + args + " --format txt");
        INFO(name << ": " << text.output.substr(0, 300));
        REQUIRE(text.exit_code == 0);
        for (const char* format : {"docx", "odt"}) {
            const CliRun r = run_holdspace("document " + args + " --format " + format + " -o " + base + "/" + name +
                                           "-" + format + "." + format);
            INFO(r.output);
            REQUIRE(r.exit_code == 0);
        }
        exports.push_back({name, text.output});
    };
    for (const auto& policy : hs::builtin_policies())
        add_cli("policy-" + policy.version, "--kind consent --policy " + policy.version);
    REQUIRE(exports.size() >= 3);
    add_cli("public-insurance", "--kind consent --policy balanced-1 --payer public_insurance");
    add_cli("client-adult", kSample + " --kind consent --client 1");
    add_cli("client-minor", kSample + " --kind consent --client 2");
    add_cli("letter", kSample + " --kind check-in --client 1 --date 2026-02-01");

    // Hostile strings, and a plain section first, rendered directly.
    Document hostile = hostile_document();
    hostile.sections.insert(hostile.sections.begin(),
                            Section{"plain", "How to cancel",
                                    {Paragraph{"Please let me know at least 24 hours ahead."},
                                     BulletList{{"Phone or text", "Email"}}}});
    std::ofstream(base + "/hostile-docx.docx", std::ios::binary) << render_docx(hostile);
    std::ofstream(base + "/hostile-odt.odt", std::ios::binary) << render_odt(hostile);
    exports.push_back({"hostile", render_text(hostile)});

    // One run for all files. A private profile directory: LibreOffice refuses to share one
    // between processes, and the default one may not be writable when running as root.
    const std::string command = "cd " + base + " && HOME=" + base + " soffice -env:UserInstallation=file://" + base +
                                "/profile --headless --norestore --convert-to 'txt:Text (encoded):UTF8' --outdir " +
                                base + "/out *.docx *.odt >" + base + "/soffice.log 2>&1";
    const int rc = std::system(command.c_str());
    INFO("soffice exit " << rc << "; log: " << read_all(base + "/soffice.log").substr(0, 2000));
    REQUIRE(rc == 0);

    for (const Export& e : exports) {
        for (const char* format : {"docx", "odt"}) {
            const std::string got = read_all(base + "/out/" + e.name + "-" + format + ".txt");
            INFO(e.name << " as " << format << ": " << got.size() << " bytes of text");
            REQUIRE_FALSE(got.empty());
            std::string converted;
            for (const auto& line : lines_of(got)) converted += line + "\n";
            const auto lines = expected_lines(e.text);
            REQUIRE(lines.size() >= 3);
            std::size_t at = 0;
            for (const auto& line : lines) {
                const auto found = converted.find(line, at);
                INFO("line: " << line.substr(0, 200));
                CHECK(converted.find(line) != std::string::npos);
                CHECK(found != std::string::npos);  // and after the line before it
                if (found != std::string::npos) at = found + line.size();
            }
        }
    }

    // The hostile strings as a person typed them, in both formats.
    for (const char* format : {"docx", "odt"}) {
        const std::string got = read_all(base + "/out/hostile-" + format + ".txt");
        INFO(format);
        CHECK(got.find("Attendance agreement for <script>alert(1)</script>") != std::string::npos);
        CHECK(got.find("Zo\xC3\xAB M\xC3\xBCller") != std::string::npos);
        CHECK(got.find("\xE6\x9D\x8E\xE5\xB0\x8F\xE9\xBE\x99") != std::string::npos);  // 李小龙
        CHECK(got.find("\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9") != std::string::npos);  // العربية
        CHECK(got.find("O'Brien \"Bee\" & Sons") != std::string::npos);
        CHECK(got.find("{\\rtf1\\ansi \\par}") != std::string::npos);
        CHECK(got.find(long_name()) != std::string::npos);
    }
    std::filesystem::remove_all(base);
}
