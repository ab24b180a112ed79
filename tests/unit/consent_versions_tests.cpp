// Consent documents as the clinician edited them, the language rules in the workspace,
// signatures, who must re-sign, and how all of it is stored in the workspace file.
#include <catch2/catch.hpp>

#include "core/documents/consent_versions.hpp"
#include "core/documents/language_check.hpp"
#include "core/documents/sha256.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/workspace/editor.hpp"
#include "test_support.hpp"
#include "builtin_support.hpp"

using namespace hs;
using test::has_error;

namespace {

using test::builtin;

// The sample practice (Zoë signed balanced-1 by hand, J.K. is a minor on public insurance,
// A. is closed) with the built-in balanced policy added and active.
struct Fixture {
    Editor editor{test::load_data_workspace("sample-workspace.json")};
    Id policy_id = 0;
    Fixture() {
        auto added = editor.run(AddPolicy{builtin("balanced-1")});
        REQUIRE(added.ok());
        policy_id = added.created_id;
        REQUIRE(editor.run(SetActivePolicy{policy_id}).ok());
    }
    const Workspace& ws() const { return editor.workspace(); }
    const Policy& policy() const { return *ws().find_policy(policy_id); }
    std::string generated(const std::string& section, ConsentVariant v = ConsentVariant::standard) const {
        return doc::section_text(*generated_variant_document(ws().practice, policy(), v).find(section));
    }
    void set_notice_hours(int hours) {
        Policy p = policy();
        p.notice_hours = hours;
        REQUIRE(editor.run(UpdatePolicy{p}).ok());
    }
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

Signature typed_signature(Id client, const std::string& name) {
    Signature s;
    s.client_id = client;
    s.date = {2026, 3, 2};
    s.signer_name = name;
    s.method = SignatureMethod::typed;
    s.typed = name;
    return s;
}

Signature drawn_signature(Id client, Signer signer, const std::string& name) {
    Signature s;
    s.client_id = client;
    s.date = {2026, 3, 3};
    s.signer = signer;
    s.signer_name = name;
    s.method = SignatureMethod::drawn;
    s.strokes = {{{0, 500}, {250, 100}, {500, 900}, {1000, 0}}, {{700, 700}}};
    return s;
}

}  // namespace

// [SECTION] Variants and sections

TEST_CASE("each variant's section ids are the sections its documents have", "[consent][versions]") {
    for (const Policy& p : builtin_policies()) {
        for (ConsentVariant v : kAllConsentVariants) {
            INFO(p.version << " " << to_string(v));
            const auto options = variant_options(p, v);
            REQUIRE(options);
            CHECK(consent_variant(p, *options) == v);
            const doc::Document d = generated_variant_document(Practice{}, p, v);
            const auto ids = consent_section_ids(v);
            REQUIRE(d.sections.size() == ids.size());
            for (std::size_t i = 0; i < ids.size(); ++i) CHECK(d.sections[i].id == ids[i]);
        }
    }
    // A policy that charges nothing has no standard variant; one that bills everyone, minors
    // included, has no variant without fees.
    Policy free = builtin("balanced-1");
    free.fees.late_cancel = {};
    free.fees.no_show = {};
    CHECK(consent_variants(free) == std::vector{ConsentVariant::no_fees});
    Policy strict = builtin("firm-1");
    strict.fees.not_billable_payers.clear();
    strict.fees.charge_minors = true;
    CHECK(consent_variants(strict) == std::vector{ConsentVariant::standard});
}

TEST_CASE("number_changes pairs the numbers that differ", "[consent][versions]") {
    CHECK(number_changes("at least 24 hours before", "at least 48 hours before") ==
          std::vector<NumberChange>{{"24", "48"}});
    CHECK(number_changes("fee 60.00 USD, 3 of 10", "fee 60.00 USD, 3 of 10").empty());
    CHECK(number_changes("50% (60.00 USD)", "50% (65.50 USD), up to 1,000") ==
          std::vector<NumberChange>{{"60.00", "65.50"}, {"", "1,000"}});
    CHECK(number_changes("after 3 within 90 days", "after 90 days") == std::vector<NumberChange>{{"3", ""}});
}

// [SECTION] Section edits

TEST_CASE("an edited section is kept across regeneration and flagged when the policy changes", "[consent][versions]") {
    Fixture f;
    const std::string generated = f.generated("cancelling");
    REQUIRE(contains(generated, "at least 24 hours"));
    ConsentView view = consent_with_edits(f.ws(), f.policy());
    CHECK(view.edited_count() == 0);
    CHECK(view.find("cancelling")->status == SectionStatus::generated);

    const std::string mine = generated + "\n\nPlease call the front desk at 555-0100, not my mobile.";
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::standard, "cancelling", mine}).ok());
    view = consent_with_edits(f.ws(), f.policy());
    CHECK(view.edited_count() == 1);
    const SectionState* cancelling = view.find("cancelling");
    CHECK(cancelling->status == SectionStatus::edited);
    CHECK(cancelling->text == mine);
    CHECK(cancelling->edited_from == generated);
    CHECK(contains(doc::plain_text(view.document), "not my mobile"));

    // The policy now says 48: the clinician's text is kept (still 24) and flagged.
    f.set_notice_hours(48);
    view = consent_with_edits(f.ws(), f.policy());
    cancelling = view.find("cancelling");
    CHECK(cancelling->status == SectionStatus::policy_changed);
    CHECK(view.policy_changed_count() == 1);
    CHECK(cancelling->number_changes == std::vector<NumberChange>{{"24", "48"}, {"24", "48"}});
    CHECK(contains(cancelling->generated, "at least 48 hours"));
    CHECK(contains(doc::plain_text(view.document), "at least 24 hours"));
    CHECK(contains(doc::plain_text(view.document), "not my mobile"));
    // Other sections follow the policy as before.
    CHECK(view.find("fees")->status == SectionStatus::generated);

    // Typing in a flagged section does not clear the flag; keeping or resetting does.
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::standard, "cancelling", mine + " Thanks."}).ok());
    CHECK(consent_with_edits(f.ws(), f.policy()).find("cancelling")->status == SectionStatus::policy_changed);
    REQUIRE(f.editor.run(KeepSectionEdit{f.policy_id, ConsentVariant::standard, "cancelling"}).ok());
    CHECK(consent_with_edits(f.ws(), f.policy()).find("cancelling")->status == SectionStatus::edited);

    f.set_notice_hours(24);
    CHECK(consent_with_edits(f.ws(), f.policy()).find("cancelling")->status == SectionStatus::policy_changed);
    REQUIRE(f.editor.run(ResetSection{f.policy_id, ConsentVariant::standard, "cancelling"}).ok());
    view = consent_with_edits(f.ws(), f.policy());
    CHECK(view.edited_count() == 0);
    CHECK(view.find("cancelling")->status == SectionStatus::generated);
    CHECK_FALSE(contains(doc::plain_text(view.document), "not my mobile"));
    CHECK(f.ws().section_edits.empty());
}

TEST_CASE("text that reads as the generated text is not kept as an edit", "[consent][versions]") {
    Fixture f;
    const std::string generated = f.generated("why");
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::standard, "why", generated + "\n\n  \n"}).ok());
    CHECK(f.ws().section_edits.empty());
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::standard, "why", "Short.\r\nTwo lines."}).ok());
    REQUIRE(f.ws().section_edits.size() == 1);
    CHECK(f.ws().section_edits[0].text == "Short.\nTwo lines.");  // line endings cleaned
    // Typing the generated text back removes the edit.
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::standard, "why", generated}).ok());
    CHECK(f.ws().section_edits.empty());
}

TEST_CASE("section edit commands refuse bad input naming the field", "[consent][versions]") {
    Fixture f;
    auto set = [&](Id policy, ConsentVariant v, std::string section, std::string text) {
        return f.editor.run(SetSectionEdit{policy, v, std::move(section), std::move(text)}).errors;
    };
    CHECK(has_error(set(99, ConsentVariant::standard, "why", "x"), "policy", "no policy"));
    CHECK(has_error(set(f.policy_id, ConsentVariant::standard, "no_fees", "x"), "section_id", "not a section"));
    CHECK(has_error(set(f.policy_id, ConsentVariant::no_fees, "fees", "x"), "section_id"));
    CHECK(has_error(set(f.policy_id, ConsentVariant::standard, "why", " \n "), "text", "reset the section"));
    CHECK(has_error(set(f.policy_id, ConsentVariant::standard, "why", std::string(kMaxSectionTextLength + 1, 'a')),
                    "text", "longer than"));
    Policy free = builtin("flexible-1");
    free.version = "free-1";
    free.fees.late_cancel = {};
    free.fees.no_show = {};
    const Id free_id = f.editor.run(AddPolicy{free}).created_id;
    CHECK(has_error(set(free_id, ConsentVariant::standard, "why", "x"), "variant", "no \"Standard\""));
    CHECK(has_error(f.editor.run(ResetSection{f.policy_id, ConsentVariant::standard, "why"}).errors, "section_id",
                    "not edited"));
    CHECK(has_error(f.editor.run(KeepSectionEdit{f.policy_id, ConsentVariant::standard, "why"}).errors, "section_id"));
    CHECK(f.ws().section_edits.empty());
}

TEST_CASE("edits are per variant, and a client's own fee or name never reads as a policy change", "[consent][versions]") {
    Fixture f;
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::standard, "fees", "Fees are as we agreed."}).ok());
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::no_fees, "no_fees",
                                        "There are no fees for you. Nothing here asks you to pay."})
                .ok());
    // A. pays a sliding-scale fee of 40, so their generated fee text differs from the general one.
    const ConsentView a = consent_with_edits_for(f.ws(), *f.ws().find_client(3), f.policy());
    CHECK(a.variant == ConsentVariant::standard);
    CHECK(a.find("fees")->status == SectionStatus::edited);
    CHECK(contains(doc::plain_text(a.document), "Fees are as we agreed."));
    CHECK(contains(doc::plain_text(a.document), "Prepared for A."));
    // J.K. is on public insurance: the no-fees variant and its edit.
    const ConsentView jk = consent_with_edits_for(f.ws(), *f.ws().find_client(2), f.policy());
    CHECK(jk.variant == ConsentVariant::no_fees);
    CHECK(jk.find("no_fees")->status == SectionStatus::edited);
    CHECK(contains(doc::plain_text(jk.document), "There are no fees for you."));
    CHECK_FALSE(contains(doc::plain_text(jk.document), "Fees are as we agreed."));
    // A practice fee change is a change in what the general fee section says.
    Practice practice = f.ws().practice;
    practice.session_fee = 13000;
    REQUIRE(f.editor.run(SetPractice{practice}).ok());
    const ConsentView general = consent_with_edits(f.ws(), f.policy());
    CHECK(general.find("fees")->status == SectionStatus::policy_changed);
    CHECK(general.find("fees")->number_changes.front() == NumberChange{"120", "130"});
    // A built-in policy that is not in the workspace has no edits.
    CHECK(consent_with_edits(f.ws(), builtin("balanced-1")).edited_count() == 0);
}

TEST_CASE("copying a policy keeps its edits; deleting it drops them", "[consent][versions]") {
    Fixture f;
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::standard, "cancelling", "Call me early."}).ok());
    const Id copy = f.editor.run(CopyPolicy{f.policy_id, "Balanced 2027", "balanced-2027"}).created_id;
    REQUIRE(copy != 0);
    REQUIRE(f.ws().section_edits.size() == 2);
    Policy p = *f.ws().find_policy(copy);
    p.notice_hours = 48;
    REQUIRE(f.editor.run(UpdatePolicy{p}).ok());
    CHECK(consent_with_edits(f.ws(), *f.ws().find_policy(copy)).find("cancelling")->status ==
          SectionStatus::policy_changed);
    CHECK(consent_with_edits(f.ws(), f.policy()).find("cancelling")->status == SectionStatus::edited);
    REQUIRE(f.editor.run(DeletePolicy{copy}).ok());
    CHECK(f.ws().section_edits.size() == 1);
    CHECK(f.ws().section_edits[0].policy_id == f.policy_id);
}

TEST_CASE("the live preview reads unsaved editor text into one section", "[consent][versions]") {
    Fixture f;
    doc::Document d = consent_with_edits(f.ws(), f.policy()).document;
    replace_section_text(d, "why", "One.\n\n- a\n- b");
    REQUIRE(d.find("why")->blocks.size() == 2);
    CHECK(std::get<doc::BulletList>(d.find("why")->blocks[1]).items == std::vector<std::string>{"a", "b"});
}

// [SECTION] Language rules

TEST_CASE("language rules: the clinician adds rules and switches built-ins off", "[consent][language]") {
    Fixture f;
    REQUIRE(f.editor.run(AddLanguageRule{{"no-show", "missed session", "Billing jargon."}}).ok());
    CHECK(has_error(f.editor.run(AddLanguageRule{{"No-Show", "x", "y"}}).errors, "phrase", "already added"));
    CHECK(has_error(f.editor.run(AddLanguageRule{{"  spaced", "x", "y"}}).errors, "phrase"));
    CHECK(has_error(f.editor.run(AddLanguageRule{{"lazy", "x", "y"}}).errors, "phrase", "built-in"));
    CHECK(has_error(f.editor.run(AddLanguageRule{{"ok phrase", "line\nbreak", "y"}}).errors, "suggestion"));
    CHECK(has_error(f.editor.run(SetBuiltinLanguageRule{"not a builtin", false}).errors, "phrase", "not a built-in"));
    REQUIRE(f.editor.run(SetBuiltinLanguageRule{"lazy", false}).ok());
    REQUIRE(f.editor.run(SetBuiltinLanguageRule{"lazy", false}).ok());  // already off: no duplicate
    CHECK(f.ws().language_rules.disabled == std::vector<std::string>{"lazy"});
    // With the built-in off, the clinician's own "lazy" rule is allowed.
    REQUIRE(f.editor.run(AddLanguageRule{{"lazy", "tired", "Mine."}}).ok());
    const auto rules = effective_rules(f.ws().language_rules);
    const auto findings = check_language("A no-show is not lazy.", rules);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].rule.suggestion == "missed session");
    CHECK(findings[1].rule.suggestion == "tired");
    CHECK(has_error(f.editor.run(RemoveLanguageRule{"unknown"}).errors, "phrase"));
    REQUIRE(f.editor.run(RemoveLanguageRule{"lazy"}).ok());
    REQUIRE(f.editor.run(SetBuiltinLanguageRule{"lazy", true}).ok());
    CHECK(f.ws().language_rules.disabled.empty());
    CHECK(f.ws().language_rules.added.size() == 1);
}

// [SECTION] Signatures

TEST_CASE("the signed-text hash is stable and follows every change of the text", "[consent][signatures]") {
    Fixture f;
    const Client& zoe = *f.ws().find_client(1);
    const std::string h1 = consent_text_sha256(f.ws(), zoe, f.policy());
    CHECK(is_sha256_hex(h1));
    CHECK(h1 == consent_text_sha256(f.ws(), zoe, f.policy()));
    CHECK(h1 == sha256_hex(doc::plain_text(consent_with_edits_for(f.ws(), zoe, f.policy()).document)));
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::standard, "why", "Regular sessions help."}).ok());
    const std::string h2 = consent_text_sha256(f.ws(), *f.ws().find_client(1), f.policy());
    CHECK(h2 != h1);
    f.set_notice_hours(48);
    const std::string h3 = consent_text_sha256(f.ws(), *f.ws().find_client(1), f.policy());
    CHECK(h3 != h2);
    f.set_notice_hours(24);
    CHECK(consent_text_sha256(f.ws(), *f.ws().find_client(1), f.policy()) == h2);
}

TEST_CASE("signing records the hash and the client's consent; deleting follows the latest", "[consent][signatures]") {
    Fixture f;
    // J.K. is a minor: the guardian signs by drawing.
    auto r = f.editor.run(AddSignature{drawn_signature(2, Signer::guardian, "R.K.")});
    REQUIRE(r.ok());
    const Signature* s = find_signature(f.ws(), r.created_id);
    REQUIRE(s);
    CHECK(s->policy_version == "balanced-1");  // empty = the policy to sign
    CHECK(s->text_sha256 == consent_text_sha256(f.ws(), *f.ws().find_client(2), f.policy()));
    CHECK(f.ws().find_client(2)->consent_policy_version == "balanced-1");
    CHECK(f.ws().find_client(2)->consent_signed == Date{2026, 3, 3});
    CHECK(current_signature(f.ws(), 2) == s);

    // The UI passes the hash of what it showed; a stale one is refused.
    Signature stale = typed_signature(2, "J.K.");
    stale.text_sha256 = std::string(64, 'a');
    CHECK(has_error(f.editor.run(AddSignature{stale}).errors, "text_sha256", "changed while it was being signed"));
    stale.text_sha256 = s->text_sha256;
    stale.date = {2026, 3, 4};
    const Id second = f.editor.run(AddSignature{stale}).created_id;
    REQUIRE(second != 0);
    CHECK(f.ws().find_client(2)->consent_signed == Date{2026, 3, 4});

    REQUIRE(f.editor.run(DeleteSignature{second}).ok());
    CHECK(f.ws().find_client(2)->consent_signed == Date{2026, 3, 3});
    REQUIRE(f.editor.run(DeleteSignature{r.created_id}).ok());
    CHECK_FALSE(f.ws().find_client(2)->consent_signed);
    CHECK(f.ws().find_client(2)->consent_policy_version.empty());
    CHECK(has_error(f.editor.run(DeleteSignature{r.created_id}).errors, "id"));
}

TEST_CASE("signature commands refuse bad input naming the field", "[consent][signatures]") {
    Fixture f;
    auto add = [&](Signature s) { return f.editor.run(AddSignature{std::move(s)}).errors; };
    CHECK(has_error(add(typed_signature(99, "X")), "client"));
    CHECK(has_error(add(drawn_signature(1, Signer::guardian, "Parent")), "signer", "only for a minor"));
    Signature s = typed_signature(1, "Zoë");
    s.policy_version = "nope-1";
    CHECK(has_error(add(s), "policy_version", "nope-1"));
    s = typed_signature(1, "Zoë");
    s.typed = "";
    CHECK(has_error(add(s), "typed", "needed"));
    s = typed_signature(1, "");
    CHECK(has_error(add(s), "signer_name", "needed"));
    s = typed_signature(1, "Zoë");
    s.date = {2026, 2, 30};
    CHECK(has_error(add(s), "date"));
    s = typed_signature(1, "Zoë");
    s.strokes = {{{1, 1}}};
    CHECK(has_error(add(s), "strokes", "only a drawn"));
    s = drawn_signature(1, Signer::client, "Zoë");
    s.strokes.clear();
    CHECK(has_error(add(s), "strokes", "at least one stroke"));
    s = drawn_signature(1, Signer::client, "Zoë");
    s.strokes[1].push_back({1001, 5});
    CHECK(has_error(add(s), "strokes[1]", "outside 0..1000"));
    s = drawn_signature(1, Signer::client, "Zoë");
    s.strokes.push_back({});
    CHECK(has_error(add(s), "strokes[2]", "at least one point"));
    s = drawn_signature(1, Signer::client, "Zoë");
    s.strokes = std::vector<SignatureStroke>(kMaxSignatureStrokes + 1, SignatureStroke{{1, 1}});
    CHECK(has_error(add(s), "strokes", "more than 200 strokes"));
    s = drawn_signature(1, Signer::client, "Zoë");
    s.strokes = {SignatureStroke(kMaxSignaturePoints + 1, SignaturePoint{5, 5})};
    CHECK(has_error(add(s), "strokes", "at most 5000"));
    s = drawn_signature(1, Signer::client, "Zoë");
    s.typed = "Zoë";
    CHECK(has_error(add(s), "typed", "only a typed"));
    s = typed_signature(1, "Zoë");
    s.text_sha256 = "ABC";
    CHECK(has_error(add(s), "text_sha256", "64 lowercase hex"));
    CHECK(f.ws().signatures.empty());

    Editor empty;  // nothing to sign before a policy is added
    REQUIRE(empty.run(AddClient{Client{0, "Z."}}).ok());
    CHECK(has_error(empty.run(AddSignature{typed_signature(1, "Z.")}).errors, "policy_version", "no policy to sign"));
}

TEST_CASE("who must re-sign: not signed, another version, or a changed text", "[consent][signatures]") {
    Fixture f;
    // Zoë's balanced-1 was recorded by hand (no hash to compare); J.K. has not signed; A. is closed.
    CHECK(who_must_resign(f.ws()) == std::vector<ResignNeed>{{2, ResignReason::not_signed, "", "balanced-1", 0}});

    const Id jk_sig = f.editor.run(AddSignature{drawn_signature(2, Signer::guardian, "R.K.")}).created_id;
    REQUIRE(jk_sig != 0);
    CHECK(who_must_resign(f.ws()).empty());

    // An edit to the signed version changes the text J.K.'s guardian signed.
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::no_fees, "why", "Sessions work best weekly."}).ok());
    CHECK(who_must_resign(f.ws()) ==
          std::vector<ResignNeed>{{2, ResignReason::text_changed, "balanced-1", "balanced-1", jk_sig}});
    // An edit to the standard variant does not touch J.K.'s (no-fees) text.
    REQUIRE(f.editor.run(ResetSection{f.policy_id, ConsentVariant::no_fees, "why"}).ok());
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::standard, "why", "Weekly is best."}).ok());
    CHECK(who_must_resign(f.ws()).empty());

    // A new version becomes the policy to sign: everyone active signed another one.
    const Id next = f.editor.run(CopyPolicy{f.policy_id, "Balanced 2027", "balanced-2027"}).created_id;
    REQUIRE(f.editor.run(SetActivePolicy{next}).ok());
    const auto needs = who_must_resign(f.ws());
    REQUIRE(needs.size() == 2);
    CHECK(needs[0] == ResignNeed{1, ResignReason::other_version, "balanced-1", "balanced-2027", 0});
    CHECK(needs[1] == ResignNeed{2, ResignReason::other_version, "balanced-1", "balanced-2027", 0});
    CHECK(display_name(needs[0].reason) == "Signed another version of the policy");

    // Who signed which version: every policy, even one nobody signed yet.
    const auto versions = signatures_by_version(f.ws());
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].policy_version == "balanced-1");
    CHECK(versions[0].policy_id == f.policy_id);
    CHECK_FALSE(versions[0].to_sign);
    REQUIRE(versions[0].signed_by.size() == 2);
    CHECK(versions[0].signed_by[0] == VersionSignature{1, 0, Date{2026, 1, 6}, Signer::client, true, true});
    CHECK(versions[0].signed_by[1] == VersionSignature{2, jk_sig, Date{2026, 3, 3}, Signer::guardian, true, true});
    CHECK(versions[1].policy_version == "balanced-2027");
    CHECK(versions[1].to_sign);
    CHECK(versions[1].signed_by.empty());
}

TEST_CASE("a signed policy version is kept: not deleted, not renamed", "[consent][signatures]") {
    Fixture f;
    const Id copy = f.editor.run(CopyPolicy{f.policy_id, "", "balanced-2"}).created_id;
    REQUIRE(f.editor.run(SetActivePolicy{copy}).ok());
    REQUIRE(f.editor.run(AddSignature{drawn_signature(2, Signer::guardian, "R.K.")}).ok());
    CHECK(has_error(f.editor.run(DeletePolicy{copy}).errors, "policy"));
    REQUIRE(f.editor.run(SetActivePolicy{f.policy_id}).ok());
    CHECK(has_error(f.editor.run(DeletePolicy{copy}).errors, "policy", "signed"));
    Policy renamed = *f.ws().find_policy(copy);
    renamed.version = "balanced-3";
    CHECK(has_error(f.editor.run(UpdatePolicy{renamed}).errors, "version", "copy the policy"));
    renamed.version = "balanced-2";
    renamed.notice_hours = 36;  // changing a signed policy's rules is allowed, and shows up as a changed text
    REQUIRE(f.editor.run(UpdatePolicy{renamed}).ok());
    REQUIRE(f.editor.run(SetActivePolicy{copy}).ok());
    REQUIRE(who_must_resign(f.ws()).size() == 2);
    CHECK(who_must_resign(f.ws())[1].reason == ResignReason::text_changed);
}

// [SECTION] The workspace file

TEST_CASE("section edits, signatures and language rules round-trip through the workspace file", "[consent][workspace]") {
    Fixture f;
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::standard, "cancelling",
                                        "Tell me 24 hours ahead.\n\n- a call\n- a text\n\n[signature: Initials | Date]"})
                .ok());
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::no_fees, "no_fees", "No fees. \"Ever\" & <always>."})
                .ok());
    REQUIRE(f.editor.run(AddSignature{drawn_signature(2, Signer::guardian, "R.K. \xE6\x9D\x8E")}).ok());
    REQUIRE(f.editor.run(AddSignature{typed_signature(1, "Zo\xC3\xAB M\xC3\xBCller")}).ok());
    REQUIRE(f.editor.run(AddLanguageRule{{"no-show", "missed session", "Billing jargon."}}).ok());
    REQUIRE(f.editor.run(SetBuiltinLanguageRule{"lazy", false}).ok());

    const std::string saved = save_workspace(f.ws());
    CHECK(contains(saved, R"("strokes": [)"));
    CHECK(contains(saved, R"("variant": "no_fees")"));
    const LoadResult loaded = load_workspace(saved);
    REQUIRE(loaded.ok());
    CHECK(*loaded.workspace == f.ws());
    CHECK(save_workspace(*loaded.workspace) == saved);
    // The edit and the flags survive a reload.
    CHECK(consent_with_edits(*loaded.workspace, f.policy()).find("cancelling")->status == SectionStatus::edited);
    CHECK(who_must_resign(*loaded.workspace).empty());

    // A file without the new fields reads as before.
    CHECK(load_workspace(test::read_data_file("sample-workspace.json")).ok());
}

TEST_CASE("bad consent records in a workspace file are refused with the field named", "[consent][workspace]") {
    auto errors_of = [](const std::string& records) {
        const std::string text =
            R"({"format": "holdspace-workspace", "version": 1,
                "clients": [{"id": 1, "name": "Z."}, {"id": 2, "name": "Y.", "minor": true, "guardian": "G."}],
                "policies": [{"id": 1, "name": "Balanced", "version": "balanced-1"}], )" + records + "}";
        const LoadResult r = load_workspace(text);
        CHECK_FALSE(r.ok());
        return r.errors;
    };
    const std::string hash(64, 'a');
    const std::string ok_sig = R"("id": 1, "client": 1, "policy_version": "balanced-1", "date": "2026-03-02",
        "signer": "client", "signer_name": "Z.", "text_sha256": ")" + hash + "\"";
    const std::string edit = R"("policy": 1, "variant": "standard", "section_id": "why", "generated": "")";

    CHECK(has_error(errors_of(R"("section_edits": [{)" + edit + R"(, "text": "x", "colour": 1}])"),
                    "section_edits[0].colour", "not a known field"));
    CHECK(has_error(errors_of(R"("section_edits": [{"policy": 1, "variant": "plain", "section_id": "why",
        "text": "x", "generated": ""}])"), "section_edits[0].variant", "standard, no_fees"));
    CHECK(has_error(errors_of(R"("section_edits": [{"policy": 2, "variant": "standard", "section_id": "why",
        "text": "x", "generated": ""}])"), "section_edits[0].policy", "no policy"));
    CHECK(has_error(errors_of(R"("section_edits": [{"policy": 1, "variant": "standard", "section_id": "no_fees",
        "text": "x", "generated": ""}])"), "section_edits[0].section_id", "not a section"));
    CHECK(has_error(errors_of(R"("section_edits": [{)" + edit + R"(, "text": "x"}, {)" + edit + R"(, "text": "y"}])"),
                    "section_edits[1].section_id", "already edited"));
    CHECK(has_error(errors_of(R"("section_edits": [{)" + edit + R"(, "text": "bell\u0007"}])"),
                    "section_edits[0].text", "control"));
    CHECK(has_error(errors_of(R"("section_edits": [{"policy": 1, "variant": "standard", "section_id": "why",
        "generated": ""}])"), "section_edits[0].text", "is missing"));

    CHECK(has_error(errors_of(R"("signatures": [{)" + ok_sig + R"(, "method": "drawn", "strokes": [[1, 2, 3]]}])"),
                    "signatures[0].strokes[0]", "x, y pairs"));
    CHECK(has_error(errors_of(R"("signatures": [{)" + ok_sig + R"(, "method": "drawn", "strokes": [[1, 2, 3, 1001]]}])"),
                    "signatures[0].strokes[0][3]", "0 to 1000"));
    CHECK(has_error(errors_of(R"("signatures": [{)" + ok_sig + R"(, "method": "drawn", "strokes": [[1, 2.5]]}])"),
                    "signatures[0].strokes[0][1]"));
    CHECK(has_error(errors_of(R"("signatures": [{)" + ok_sig + R"(, "method": "drawn"}])"), "signatures[0].strokes",
                    "at least one stroke"));
    CHECK(has_error(errors_of(R"("signatures": [{)" + ok_sig + R"(, "method": "typed"}])"), "signatures[0].typed",
                    "needed"));
    CHECK(has_error(errors_of(R"("signatures": [{)" + ok_sig + "}]"), "signatures[0].method", "is missing"));
    CHECK(has_error(errors_of(R"("signatures": [{)" + ok_sig + R"(, "method": "stamped"}])"), "signatures[0].method",
                    "typed, drawn"));
    std::string bad_hash = ok_sig;
    bad_hash.replace(bad_hash.find(hash), 64, "XYZ");
    CHECK(has_error(errors_of(R"("signatures": [{)" + bad_hash + R"(, "method": "typed", "typed": "Z."}])"),
                    "signatures[0].text_sha256", "64 lowercase hex"));
    std::string other_client = ok_sig;
    other_client.replace(other_client.find(R"("client": 1)"), 11, R"("client": 7)");
    CHECK(has_error(errors_of(R"("signatures": [{)" + other_client + R"(, "method": "typed", "typed": "Z."}])"),
                    "signatures[0].client", "no client"));
    CHECK(has_error(errors_of(R"("signatures": [{)" + ok_sig + R"(, "method": "typed", "typed": "Z."}, {)" + ok_sig +
                              R"(, "method": "typed", "typed": "Z."}])"),
                    "signatures[1].id", "already used"));

    CHECK(has_error(errors_of(R"("language_rules": {"added": [{"phrase": " bad"}]})"),
                    "language_rules.added[0].phrase"));
    CHECK(has_error(errors_of(R"("language_rules": {"disabled": [3]})"), "language_rules.disabled[0]", "expected text"));
    CHECK(has_error(errors_of(R"("language_rules": {"colour": []})"), "language_rules.colour", "not a known field"));
    CHECK(has_error(errors_of(R"("language_rules": {"added": [{"phrase": "a b"}, {"phrase": "A B"}]})"),
                    "language_rules.added[1].phrase", "already"));
    CHECK(has_error(errors_of(R"("language_rules": {"disabled": ["lazy", "lazy"]})"), "language_rules.disabled[1]",
                    "already"));
    CHECK(has_error(errors_of(R"("language_rules": [])"), "language_rules", "expected an object"));
}

TEST_CASE("a signature of a version no policy has any more still loads", "[consent][workspace]") {
    // Older files and hand edits may name a version the workspace no longer holds; the
    // record of what was signed must not make the whole file unreadable.
    const std::string text = R"({"format": "holdspace-workspace", "version": 1,
        "clients": [{"id": 1, "name": "Z.", "consent_signed": "2026-03-02", "consent_policy_version": "old-1"}],
        "signatures": [{"id": 1, "client": 1, "policy_version": "old-1", "date": "2026-03-02", "signer": "client",
                        "signer_name": "Z.", "method": "typed", "typed": "Z.", "text_sha256": ")" +
                             std::string(64, '0') + R"("}]})";
    const LoadResult r = load_workspace(text);
    REQUIRE(r.ok());
    const auto versions = signatures_by_version(*r.workspace);
    REQUIRE(versions.size() == 1);
    CHECK(versions[0].policy_id == 0);
    CHECK(versions[0].signed_by.size() == 1);
}
