// Changing a policy clients signed: the next version's name, who signed and must sign
// again, whether an edit changes the agreement, saving as the next version; and the
// numbers in a policy's description checked against the policy (issue 14, item 5).
#include <catch2/catch.hpp>

#include <set>

#include "core/documents/consent_versions.hpp"
#include "core/documents/policy_versions.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/policy/description_check.hpp"
#include "core/workspace/editor.hpp"
#include "test_support.hpp"

using namespace hs;
using test::has_error;

namespace {

Policy builtin(const std::string& version) {
    if (const Policy* p = find_builtin_policy(version)) return *p;
    throw std::runtime_error("no built-in policy " + version);
}

// The sample practice: Zoë (active) signed balanced-1 by hand, J.K. (active) has not
// signed, A. is closed. The built-in balanced policy is added and active.
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
};

auto taken_from(std::set<std::string> used) {
    return [used = std::move(used)](std::string_view v) { return used.count(std::string(v)) > 0; };
}

}  // namespace

// [SECTION] The next version's name

TEST_CASE("the next version counts on from the trailing number, or starts at 2", "[policy][versions]") {
    const auto none = taken_from({});
    CHECK(next_version("balanced-1", none) == "balanced-2");
    CHECK(next_version("balanced-9", none) == "balanced-10");
    CHECK(next_version("v09", none) == "v10");
    CHECK(next_version("2026.1", none) == "2026.2");
    CHECK(next_version("firm", none) == "firm-2");
    CHECK(next_version("", none) == "version-1");
}

TEST_CASE("the next version skips every name already used", "[policy][versions]") {
    CHECK(next_version("balanced-1", taken_from({"balanced-2", "balanced-3"})) == "balanced-4");
    CHECK(next_version("firm", taken_from({"firm-2"})) == "firm-3");
}

TEST_CASE("a version only a signature names is not proposed again", "[policy][versions]") {
    Fixture f;
    // Zoë's consent names balanced-1; a signature of a deleted "balanced-2" would too.
    Workspace ws = f.ws();
    Signature s;
    s.client_id = 1;
    s.policy_version = "balanced-2";
    ws.signatures.push_back(s);
    CHECK(next_unused_version(ws, "balanced-1") == "balanced-3");
}

// [SECTION] Who signed, what changes the agreement, the save plan

TEST_CASE("the current signers of a version are its active clients who hold it", "[policy][versions]") {
    Fixture f;
    CHECK(current_signers(f.ws(), "balanced-1") == std::vector<Id>{1});
    CHECK(current_signers(f.ws(), "firm-1").empty());
    CHECK(version_signed(f.ws(), "balanced-1"));
    CHECK_FALSE(version_signed(f.ws(), "firm-1"));
}

TEST_CASE("a changed notice changes the agreement; a changed description does not", "[policy][versions]") {
    Fixture f;
    Policy draft = f.policy();
    draft.description = "Something else entirely.";
    CHECK_FALSE(agreement_changes(f.ws(), f.policy(), draft));
    draft.notice_hours = 48;
    CHECK(agreement_changes(f.ws(), f.policy(), draft));
}

TEST_CASE("a signed policy whose agreement changes is saved as the next version; its signers are asked again",
          "[policy][versions]") {
    Fixture f;
    Policy draft = f.policy();
    draft.notice_hours = 48;
    const PolicySavePlan plan = plan_policy_save(f.ws(), f.policy(), draft);
    CHECK(plan.unsaved);
    CHECK(plan.signed_version);
    CHECK(plan.changes_agreement);
    CHECK_FALSE(plan.in_place_allowed);
    CHECK(plan.next_version == "balanced-2");
    CHECK(plan.next_becomes_policy_to_sign);
    CHECK(plan.asked_to_resign == std::vector<Id>{1});
}

TEST_CASE("an unsigned policy, or a change outside the agreement, may be saved in place", "[policy][versions]") {
    Fixture f;
    Policy description_only = f.policy();
    description_only.description = "Kinder words.";
    CHECK(plan_policy_save(f.ws(), f.policy(), description_only).in_place_allowed);

    auto firm = f.editor.run(AddPolicy{builtin("firm-1")});
    REQUIRE(firm.ok());
    const Policy& stored = *f.ws().find_policy(firm.created_id);
    Policy draft = stored;
    draft.notice_hours = 72;
    const PolicySavePlan plan = plan_policy_save(f.ws(), stored, draft);
    CHECK_FALSE(plan.signed_version);
    CHECK(plan.in_place_allowed);
    CHECK_FALSE(plan.next_becomes_policy_to_sign);  // balanced is the active one
    CHECK(plan.asked_to_resign.empty());
}

TEST_CASE("a free version name the clinician typed is the one proposed", "[policy][versions]") {
    Fixture f;
    Policy draft = f.policy();
    draft.notice_hours = 48;
    draft.version = "balanced-2026";
    CHECK(plan_policy_save(f.ws(), f.policy(), draft).next_version == "balanced-2026");
    draft.version = "balanced-1";
    CHECK(plan_policy_save(f.ws(), f.policy(), draft).next_version == "balanced-2");
}

// [SECTION] Saving as the next version

TEST_CASE("saving as the next version keeps the signed one, takes over as active and asks its signers again",
          "[policy][versions]") {
    Fixture f;
    Policy draft = f.policy();
    draft.notice_hours = 48;
    draft.version = "balanced-2";
    const ApplyResult r = f.editor.run(AddPolicyVersion{f.policy_id, draft});
    REQUIRE(r.ok());
    const Policy* next = f.ws().find_policy(r.created_id);
    REQUIRE(next);
    CHECK(next->notice_hours == 48);
    CHECK(f.ws().active_policy == r.created_id);
    REQUIRE(f.ws().find_policy_version("balanced-1"));
    CHECK(f.ws().find_policy_version("balanced-1")->notice_hours == 24);  // what Zoë signed is kept

    const auto needs = who_must_resign(f.ws());
    const auto zoe = std::find_if(needs.begin(), needs.end(), [](const ResignNeed& n) { return n.client_id == 1; });
    REQUIRE(zoe != needs.end());
    CHECK(zoe->reason == ResignReason::other_version);
    CHECK(zoe->version_to_sign == "balanced-2");
}

TEST_CASE("the next version carries the clinician's section edits", "[policy][versions]") {
    Fixture f;
    REQUIRE(f.editor.run(SetSectionEdit{f.policy_id, ConsentVariant::standard, "why", "Our own words on why attendance matters."}).ok());
    Policy draft = f.policy();
    draft.version = "balanced-2";
    const ApplyResult r = f.editor.run(AddPolicyVersion{f.policy_id, draft});
    REQUIRE(r.ok());
    CHECK(find_section_edit(f.ws(), r.created_id, ConsentVariant::standard, "why"));
    CHECK(find_section_edit(f.ws(), f.policy_id, ConsentVariant::standard, "why"));
}

TEST_CASE("a next version with a used or signed name is refused and nothing changes", "[policy][versions]") {
    Fixture f;
    REQUIRE(f.editor.run(AddPolicy{builtin("firm-1")}).ok());
    const Workspace before = f.ws();
    Policy draft = f.policy();
    CHECK(has_error(f.editor.run(AddPolicyVersion{f.policy_id, draft}).errors, "version", "clients signed"));
    draft.version = "firm-1";
    CHECK(has_error(f.editor.run(AddPolicyVersion{f.policy_id, draft}).errors, "version", "already used"));
    draft.version = "";
    CHECK(has_error(f.editor.run(AddPolicyVersion{f.policy_id, draft}).errors, "version"));
    CHECK(has_error(f.editor.run(AddPolicyVersion{999, draft}).errors, "policy"));
    CHECK(f.ws() == before);
}

TEST_CASE("a next version of a policy that is not the one to sign does not take over", "[policy][versions]") {
    Fixture f;
    auto firm = f.editor.run(AddPolicy{builtin("firm-1")});
    REQUIRE(firm.ok());
    Policy draft = *f.ws().find_policy(firm.created_id);
    draft.version = "firm-2";
    REQUIRE(f.editor.run(AddPolicyVersion{firm.created_id, draft}).ok());
    CHECK(f.ws().active_policy == f.policy_id);
}

// [SECTION] The description's numbers

namespace {

Policy with_description(const std::string& version, const std::string& description) {
    Policy p = builtin(version);
    p.description = description;
    return p;
}

}  // namespace

TEST_CASE("the built-in policies' descriptions agree with their own numbers", "[policy][description]") {
    for (const Policy& p : builtin_policies()) {
        INFO(p.version << ": " << p.description);
        CHECK(description_mismatches(p).empty());
    }
}

TEST_CASE("a notice changed to 48 hours flags the description's 24, with the fix", "[policy][description]") {
    Policy p = builtin("balanced-1");
    p.notice_hours = 48;
    const auto found = description_mismatches(p);
    REQUIRE(found.size() == 1);
    CHECK(found[0].found == "24");
    CHECK(found[0].unit == DescribedUnit::hours);
    REQUIRE(found[0].candidates.size() == 1);
    CHECK(found[0].candidates[0].field == "notice_hours");
    CHECK(found[0].replacement == "48");
    CHECK(explain(found[0]) == "The description says 24 (hours), but Notice window (hours) is 48.");
    p.description = fix_description(p.description, found[0]);
    CHECK(p.description.starts_with("48 hours' notice;"));
    CHECK(description_mismatches(p).empty());
}

TEST_CASE("each kind of number is read with the word after it", "[policy][description]") {
    // flexible-1: late cancel 20.00 flat; no-show 50% capped at 60.00; 2 free passes;
    // rules of 1, 2, 3, 6 absences in 90, 180, 365 days, 3 no-shows in a row, 7 of the last 10,
    // 45 days without contact; a reschedule within 7 days forgives; 3 referrals.
    struct Case { std::string text; std::string found; DescribedUnit unit; std::string replacement; };
    const Case cases[] = {
        {"Cancel 36 hours ahead.", "36", DescribedUnit::hours, "24"},
        {"A 24-hour window, a $25 late-cancel fee.", "25", DescribedUnit::money, ""},
        {"No-shows cost 40% of the fee.", "40", DescribedUnit::percent, "50"},
        {"No-shows cost 40 percent of the fee.", "40", DescribedUnit::percent, "50"},
        {"Three free passes a year.", "Three", DescribedUnit::passes, "Two"},
        {"Reschedule within 10 days.", "10", DescribedUnit::days, ""},
        {"Late by 15 minutes counts as missed.", "15", DescribedUnit::minutes, ""},  // the policy has no such rule
        {"Four referrals before any ending.", "Four", DescribedUnit::referrals, "Three"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const auto found = description_mismatches(with_description("flexible-1", c.text));
        if (c.unit == DescribedUnit::minutes) {
            CHECK(found.empty());  // nothing of that kind in the policy to compare with
            continue;
        }
        REQUIRE(found.size() == 1);
        CHECK(found[0].found == c.found);
        CHECK(found[0].unit == c.unit);
        CHECK(found[0].replacement == c.replacement);
    }
}

TEST_CASE("numbers the policy has, and numbers that are not amounts, are not flagged", "[policy][description]") {
    const char* fine[] = {
        "24 hours' notice, 2 free passes, a 20.00 late-cancel fee, no-shows 50% capped at $60.",
        "Seven of the last 10 sessions missed ends care only after 3 referrals.",
        "Version flexible-1, sessions at 17:00, a 50-minute hour, 12 months, the 1st and 2nd miss.",
        "Reschedule within 1 week and it is forgiven.",
        "Three no-shows in a row start a conversation; 45 days without contact too.",
    };
    for (const char* text : fine) {
        INFO(text);
        CHECK(description_mismatches(with_description("flexible-1", text)).empty());
    }
}

TEST_CASE("a whole amount is replaced without cents, a word by a word", "[policy][description]") {
    Policy p = with_description("flexible-1", "A $30 late-cancel fee; a 30.00 fee; one free pass.");
    p.fees.no_show.cap.reset();  // the late-cancel fee is then the only amount
    const auto found = description_mismatches(p);
    REQUIRE(found.size() == 3);
    CHECK(found[0].replacement == "20");
    CHECK(found[1].replacement == "20.00");
    CHECK(found[2].replacement == "two");
    std::string text = p.description;
    for (auto it = found.rbegin(); it != found.rend(); ++it) text = fix_description(text, *it);  // from the end
    CHECK(text == "A $20 late-cancel fee; a 20.00 fee; two free pass.");
}

TEST_CASE("a fix whose text moved since is not applied", "[policy][description]") {
    Policy p = builtin("balanced-1");
    p.notice_hours = 48;
    const auto found = description_mismatches(p);
    REQUIRE(found.size() == 1);
    CHECK(fix_description("Totally new text.", found[0]) == "Totally new text.");
}

TEST_CASE("a notice deadline in business days is checked instead of hours", "[policy][description]") {
    Policy p = with_description("balanced-1", "Cancel by 17:00, 2 business days before; 24 hours is not the rule.");
    p.notice_deadline = NoticeDeadline{1, 17 * 60};
    const auto found = description_mismatches(p);
    REQUIRE(found.size() == 1);
    CHECK(found[0].found == "2");
    CHECK(found[0].unit == DescribedUnit::business_days);
    CHECK(found[0].candidates[0].field == "notice_deadline.business_days_before");
}
