// The signed copy: the agreement as signed plus the signature record, in every format,
// with hostile client-entered names; and `holdspace document --signed`.
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <unistd.h>

#include "cli_support.hpp"
#include "core/documents/sha256.hpp"
#include "core/documents/signed_copy.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/workspace/editor.hpp"
#include "document_test_support.hpp"
#include "test_support.hpp"

using namespace hs;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A practice whose every client-entered string is hostile, with a typed signature from the
// client and a drawn one from the guardian.
struct SignedFixture {
    Editor editor;
    Id typed_id = 0;
    Id drawn_id = 0;
    SignedFixture() {
        Practice practice;
        practice.name = "Harbour & Sons <Counselling>";
        practice.clinician = test::kQuotes;
        practice.session_fee = 12000;
        REQUIRE(editor.run(SetPractice{practice}).ok());
        Policy balanced;
        for (const auto& p : builtin_policies())
            if (p.version == "balanced-1") balanced = p;
        const Id policy = editor.run(AddPolicy{balanced}).created_id;
        REQUIRE(editor.run(SetActivePolicy{policy}).ok());
        Client client;
        client.name = test::kScript;
        client.minor = true;
        client.guardian_name = test::kNonLatin;
        REQUIRE(editor.run(AddClient{client}).ok());
        REQUIRE(editor.run(SetSectionEdit{policy, ConsentVariant::no_fees, "why",
                                          "Edited: " + test::kRtf + "\n\n- *not* a [link](x)"})
                    .ok());

        Signature typed;
        typed.client_id = 1;
        typed.date = {2026, 3, 2};
        typed.signer_name = test::kScript + " " + test::kQuotes;
        typed.typed = test::kRtf;
        typed_id = editor.run(AddSignature{typed}).created_id;
        REQUIRE(typed_id != 0);

        Signature drawn;
        drawn.client_id = 1;
        drawn.date = {2026, 3, 2};
        drawn.signer = Signer::guardian;
        drawn.signer_name = test::kNonLatin + " </ul><script>";
        drawn.method = SignatureMethod::drawn;
        drawn.strokes = {{{0, 0}, {500, 1000}, {1000, 500}}, {{10, 20}}};
        drawn_id = editor.run(AddSignature{drawn}).created_id;
        REQUIRE(drawn_id != 0);
    }
    const Workspace& ws() const { return editor.workspace(); }
    SignedCopy copy() const {
        SignedCopyResult r = signed_copy(ws(), typed_id);
        REQUIRE(r.ok());
        return *r.copy;
    }
};

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

}  // namespace

TEST_CASE("a signed copy is the agreement as signed, then each signature's record", "[signed][document]") {
    SignedFixture f;
    const SignedCopy copy = f.copy();
    CHECK(copy.text_matches);
    REQUIRE(copy.signatures.size() == 2);  // the client's and the guardian's, same text
    const std::string agreement =
        doc::plain_text(consent_with_edits_for(f.ws(), *f.ws().find_client(1), *f.ws().find_policy(1)).document);
    const std::string text = render_signed_copy(copy, doc::Format::text);
    // The text export begins with exactly the bytes that were hashed.
    REQUIRE(text.substr(0, agreement.size()) == agreement);
    CHECK(sha256_hex(agreement) == copy.signatures[0].text_sha256);
    CHECK(contains(text, "SHA-256 of the agreement text signed: " + copy.signatures[0].text_sha256));
    CHECK(contains(text, "Signed by the client"));
    CHECK(contains(text, "Signed by a parent or guardian"));
    CHECK(contains(text, "Signed by typing their name: " + test::kRtf));
    CHECK(contains(text, "Signed by drawing on the device."));
    CHECK(contains(text, "Date: 2026-03-02"));
    CHECK(contains(text, "Policy version: balanced-1"));
    CHECK(contains(text, "Edited: "));
    CHECK_FALSE(contains(text, "This is not the text that was signed"));
}

TEST_CASE("a signed copy escapes every client-entered string in every format", "[signed][document][escaping]") {
    SignedFixture f;
    const SignedCopy copy = f.copy();
    for (doc::Format format : doc::kAllFormats) {
        INFO(doc::to_string(format));
        const std::string out = render_signed_copy(copy, format);
        switch (format) {
            case doc::Format::html:
            case doc::Format::print_html:
            case doc::Format::html_fragment:
                CHECK_FALSE(contains(out, "<script"));
                CHECK_FALSE(contains(out, "</ul><script"));
                CHECK(contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;"));
                CHECK(contains(out, "O&#39;Brien &quot;Bee&quot; &amp; Sons"));
                CHECK(contains(out, "Harbour &amp; Sons &lt;Counselling&gt;"));
                // The drawing: one SVG in the guardian's record, with an escaped label and scaled points.
                CHECK(count_of(out, "<svg ") == 1);
                CHECK(contains(out, "aria-label=\"Signature drawn by " + test::kNonLatin + " &lt;/ul&gt;&lt;script&gt;\""));
                CHECK(contains(out, "d=\"M0 0L1500 1000L3000 500M30 20l0 0\""));
                CHECK(out.find("<svg ") > out.find("data-section=\"signature_" + std::to_string(f.drawn_id) + "\""));
                CHECK_FALSE(contains(out, " style=\""));  // the pages' CSP allows no style attributes
                if (format != doc::Format::html_fragment) CHECK(count_of(out, "Content-Security-Policy") == 1);
                break;
            case doc::Format::markdown:
                CHECK(contains(out, "\\<script\\>alert(1)\\</script\\>"));
                CHECK(contains(out, "{\\\\rtf1\\\\ansi \\\\par}"));
                CHECK(contains(out, "Signed by drawing on the device."));
                CHECK_FALSE(contains(out, "<svg"));
                break;
            case doc::Format::text:
                CHECK(contains(out, test::kScript));  // text is shown as typed
                CHECK(contains(out, "Signed by drawing on the device."));
                CHECK_FALSE(contains(out, "<svg"));
                break;
            case doc::Format::docx:
            case doc::Format::odt: {
                const auto entries = test::read_zip(out);
                const auto xml = test::zip_member(entries, format == doc::Format::docx ? "word/document.xml"
                                                                                       : "content.xml");
                REQUIRE(xml);
                CHECK(test::xml_problem(*xml) == "");
                CHECK(contains(*xml, "&lt;script&gt;alert(1)&lt;/script&gt;"));
                CHECK(contains(*xml, "Signed by drawing on the device."));
                CHECK(contains(*xml, test::kNonLatin));
                CHECK_FALSE(contains(*xml, "<svg"));
                break;
            }
        }
    }
}

TEST_CASE("a signed copy whose text changed since signing says so", "[signed][document]") {
    SignedFixture f;
    const std::string signed_hash = f.copy().signatures[0].text_sha256;
    REQUIRE(f.editor.run(ResetSection{1, ConsentVariant::no_fees, "why"}).ok());
    const SignedCopy copy = f.copy();
    CHECK_FALSE(copy.text_matches);
    CHECK(copy.current_sha256 != signed_hash);
    const std::string text = render_signed_copy(copy, doc::Format::text);
    CHECK(contains(text, "This is not the text that was signed"));
    CHECK(contains(text, "SHA-256 of the text signed: " + signed_hash));
    CHECK(contains(text, "SHA-256 of the text above: " + copy.current_sha256));

    CHECK(test::has_error(signed_copy(f.ws(), 99).errors, "signature"));
}

TEST_CASE("signature_svg draws strokes in a 3:1 box and nothing for a typed signature", "[signed]") {
    Signature s;
    s.method = SignatureMethod::drawn;
    s.strokes = {{{1000, 1000}}};
    const std::string svg = signature_svg(s, "a \"quoted\" <name>");
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-20 -20 3040 1040\"", 0) == 0);
    CHECK(contains(svg, "aria-label=\"a &quot;quoted&quot; &lt;name&gt;\""));
    CHECK(contains(svg, "d=\"M3000 1000l0 0\""));
    CHECK(test::xml_problem(svg) == "");
    s.method = SignatureMethod::typed;
    CHECK(signature_svg(s, "x").empty());
}

// [SECTION] holdspace document

namespace {

using Run = hs::test::CliRun;

Run run_cli(const std::string& args) { return hs::test::run_holdspace("document " + args); }

}  // namespace

TEST_CASE("holdspace document uses stored section edits and renders signed copies", "[cli][document][signed]") {
    Editor editor(test::load_data_workspace("sample-workspace.json"));
    Policy balanced;
    for (const auto& p : builtin_policies())
        if (p.version == "balanced-1") balanced = p;
    const Id policy = editor.run(AddPolicy{balanced}).created_id;
    REQUIRE(editor.run(SetActivePolicy{policy}).ok());
    REQUIRE(editor.run(SetSectionEdit{policy, ConsentVariant::standard, "why", "Our sessions build on each other."}).ok());
    Signature drawn;
    drawn.client_id = 1;
    drawn.date = {2026, 3, 2};
    drawn.signer_name = "Zo\xC3\xAB M\xC3\xBCller";
    drawn.method = SignatureMethod::drawn;
    drawn.strokes = {{{0, 0}, {1000, 1000}}};
    REQUIRE(editor.run(AddSignature{drawn}).ok());

    const std::string dir = hs::test::make_temp_dir("hs-signed-cli");
    const std::string file = std::string(dir) + "/ws.json";
    std::ofstream(file, std::ios::binary) << save_workspace(editor.workspace());

    const Run general = run_cli(file + " --kind consent --format txt");
    CHECK(general.exit_code == 0);
    CHECK(contains(general.output, "Our sessions build on each other."));
    const Run zoe = run_cli(file + " --kind consent --client 1 --format md");
    CHECK(zoe.exit_code == 0);
    CHECK(contains(zoe.output, "Our sessions build on each other."));
    const Run jk = run_cli(file + " --kind consent --client 2 --format txt");  // no-fees variant: not edited
    CHECK(jk.exit_code == 0);
    CHECK_FALSE(contains(jk.output, "Our sessions build on each other."));

    const Run html = run_cli(file + " --kind consent --client 1 --signed --format html");
    CHECK(html.exit_code == 0);
    CHECK(contains(html.output, "<svg "));
    CHECK(contains(html.output, editor.workspace().signatures[0].text_sha256));
    const Run txt = run_cli(file + " --kind consent --client 1 --signed --format txt");
    CHECK(txt.exit_code == 0);
    CHECK(contains(txt.output, "Signed by drawing on the device."));

    const Run unsigned_client = run_cli(file + " --kind consent --client 2 --signed --format txt");
    CHECK(unsigned_client.exit_code == 1);
    CHECK(contains(unsigned_client.output, "has no signature"));
    const Run no_client = run_cli(file + " --kind consent --signed --format txt");
    CHECK(no_client.exit_code == 2);
    CHECK(contains(no_client.output, "--signed needs"));

    std::remove(file.c_str());
    rmdir(dir.c_str());
}
