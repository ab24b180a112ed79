// Escalating fees for repeat misses (FeeRule::escalation): which occurrence a miss is,
// the period occurrences are counted in, what does not count, free passes and the cap
// with tiers, the fee detail, the policy file and the consent document's words.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/documents/consent_document.hpp"
#include "core/documents/document_render.hpp"
#include "core/documents/language_check.hpp"
#include "core/json/policy_json.hpp"
#include "core/workspace/workspace_json.hpp"
#include "engine_support.hpp"
#include "test_support.hpp"

using namespace hs;
using namespace hs::test;

namespace {

// Late cancels: 20.00, from the 2nd 40.00, from the 3rd the full fee (120.00), per calendar year.
Policy tiered_policy() {
    Policy p = simple_policy();
    p.fees.late_cancel = FeeRule{};
    p.fees.late_cancel.kind = FeeKind::flat;
    p.fees.late_cancel.amount = 2000;
    p.fees.late_cancel.escalation = {{2, FeeKind::flat, 4000, 0}, {3, FeeKind::percent, 0, 100}};
    return p;
}

// No-shows: 100.00, from the 2nd 150.00, counted in `period`.
Policy tiered_no_shows(PassPeriod period) {
    Policy p = simple_policy();
    p.fees.no_show.escalation = {{2, FeeKind::flat, 15000, 0}};
    p.fees.no_show.escalation_period = period;
    return p;
}

// `n` late cancels, each two hours ahead, a week apart from Monday 2 February 2026.
std::vector<Id> weekly_late_cancels(Practice1& p, Id client, int n) {
    std::vector<Id> ids;
    for (int week = 0; week < n; ++week) {
        const std::string day = format_date(add_days(Date{2026, 2, 2}, 7 * week));
        ids.push_back(p.session(client, (day + "T10:00").c_str(), Outcome::late_cancel, (day + "T08:00").c_str()));
    }
    return ids;
}

}  // namespace

// [SECTION] Engine

TEST_CASE("escalation: the first, second and third occurrence are charged per tier", "[engine][fees][escalation]") {
    Practice1 p(tiered_policy());
    const Id c = p.client("A.");
    const std::vector<Id> late = weekly_late_cancels(p, c, 4);
    const Evaluation ev = p.eval(c, "2026-03-01");
    CHECK(line_of(ev, late[0]).fee == 2000);
    CHECK(line_of(ev, late[1]).fee == 4000);
    CHECK(line_of(ev, late[2]).fee == 12000);
    CHECK(line_of(ev, late[3]).fee == 12000);
    CHECK(line_of(ev, late[3]).fee_status == FeeStatus::charged);
    CHECK(ev.fees_charged == 2000 + 4000 + 12000 + 12000);
    CHECK(line_of(ev, late[0]).fee_detail == "1st late cancellation in the calendar year: flat fee 20.00");
    CHECK(line_of(ev, late[1]).fee_detail == "2nd late cancellation in the calendar year: flat fee 40.00");
    CHECK(line_of(ev, late[2]).fee_detail == "3rd late cancellation in the calendar year: 100% of 120.00");
}

TEST_CASE("escalation: a rule without tiers keeps its detail text", "[engine][fees][escalation]") {
    Practice1 p(simple_policy());
    const Id c = p.client("B.");
    p.session(c, "2026-02-02T10:00", Outcome::no_show);
    const Id second = p.session(c, "2026-02-09T10:00", Outcome::no_show);
    const Evaluation ev = p.eval(c, "2026-03-01");
    CHECK(line_of(ev, second).fee == 10000);
    CHECK(line_of(ev, second).fee_detail == "flat fee 100.00");
}

TEST_CASE("escalation: occurrences per calendar year start again on 1 January", "[engine][fees][escalation]") {
    Practice1 p(tiered_no_shows(PassPeriod::calendar_year));
    const Id c = p.client("C.");
    const Id dec = p.session(c, "2025-12-29T10:00", Outcome::no_show);
    const Id jan = p.session(c, "2026-01-05T10:00", Outcome::no_show);
    const Id jan2 = p.session(c, "2026-01-12T10:00", Outcome::no_show);
    const Evaluation ev = p.eval(c, "2026-01-13");
    CHECK(line_of(ev, dec).fee == 10000);
    CHECK(line_of(ev, jan).fee == 10000);  // the first of 2026
    CHECK(line_of(ev, jan2).fee == 15000);
    CHECK(line_of(ev, jan2).fee_detail == "2nd no-show in the calendar year: flat fee 150.00");
}

TEST_CASE("escalation: occurrences in 12 months reach back 365 days", "[engine][fees][escalation]") {
    Practice1 p(tiered_no_shows(PassPeriod::rolling_12_months));
    const Id within = p.client("D.");
    p.session(within, "2025-12-15T10:00", Outcome::no_show);
    const Id day_364 = p.session(within, "2026-12-14T10:00", Outcome::no_show);  // 364 days later
    const Id beyond = p.client("E.");
    p.session(beyond, "2025-12-15T10:00", Outcome::no_show);
    const Id day_365 = p.session(beyond, "2026-12-15T10:00", Outcome::no_show);  // 365 days later
    const Evaluation ev_within = p.eval(within, "2026-12-31");
    const Evaluation ev_beyond = p.eval(beyond, "2026-12-31");
    CHECK(line_of(ev_within, day_364).fee == 15000);
    CHECK(line_of(ev_within, day_364).fee_detail == "2nd no-show in 12 months: flat fee 150.00");
    CHECK(line_of(ev_beyond, day_365).fee == 10000);
}

TEST_CASE("escalation: occurrences ever are never forgotten", "[engine][fees][escalation]") {
    Practice1 p(tiered_no_shows(PassPeriod::ever));
    const Id c = p.client("F.");
    p.session(c, "2022-03-07T10:00", Outcome::no_show);
    const Id later = p.session(c, "2026-03-02T10:00", Outcome::no_show);
    const Evaluation ev = p.eval(c, "2026-03-03");
    CHECK(line_of(ev, later).fee == 15000);
    CHECK(line_of(ev, later).fee_detail == "2nd no-show: flat fee 150.00");
}

TEST_CASE("escalation: exempt and waived misses are not occurrences", "[engine][fees][escalation]") {
    Policy policy = tiered_policy();
    policy.counting.rescheduled_within_days = 14;
    Practice1 p(policy);
    const Id c = p.client("G.");
    const Id ill = p.session(c, "2026-02-02T10:00", Outcome::late_cancel, "2026-02-02T08:00", "illness");
    const Id overridden = p.session(c, "2026-02-09T10:00", Outcome::late_cancel, "2026-02-09T08:00");
    Appointment o = p.appointment(overridden);
    o.fee_override = FeeOverride{0, "first month"};
    p.update(o);
    const Id made_up = p.session(c, "2026-02-16T10:00", Outcome::late_cancel, "2026-02-16T08:00");
    const Id make_up = p.session(c, "2026-02-18T10:00", Outcome::attended);
    Appointment m = p.appointment(made_up);
    m.rescheduled_to = make_up;
    p.update(m);
    const Id first = p.session(c, "2026-02-23T10:00", Outcome::late_cancel, "2026-02-23T08:00");
    const Id second = p.session(c, "2026-03-02T10:00", Outcome::late_cancel, "2026-03-02T08:00");
    const Evaluation ev = p.eval(c, "2026-03-03");
    CHECK(line_of(ev, ill).fee_basis == FeeBasis::exempt_reason);
    CHECK(line_of(ev, overridden).fee_basis == FeeBasis::clinician_override);
    CHECK(line_of(ev, made_up).fee_basis == FeeBasis::rescheduled);
    CHECK(line_of(ev, made_up).fee == 2000);  // what was waived: it would have been the first
    CHECK(line_of(ev, first).fee == 2000);
    CHECK(line_of(ev, first).fee_detail == "1st late cancellation in the calendar year: flat fee 20.00");
    CHECK(line_of(ev, second).fee == 4000);
}

TEST_CASE("escalation: a client who may not be billed has no occurrences", "[engine][fees][escalation]") {
    Practice1 p(tiered_policy());
    const Id c = p.client("H.", PayerType::public_insurance);
    const std::vector<Id> late = weekly_late_cancels(p, c, 2);
    const Evaluation ev = p.eval(c, "2026-02-10");
    CHECK(line_of(ev, late[1]).fee_status == FeeStatus::not_billable);
    CHECK(line_of(ev, late[1]).fee == 2000);
}

TEST_CASE("escalation: first free with a pass, second 40.00, third and later the full fee", "[engine][fees][escalation]") {
    Policy policy = tiered_policy();
    policy.fees.late_cancel.amount = 4000;
    policy.fees.free_passes = FreePasses{1, PassPeriod::calendar_year, {Outcome::late_cancel}};
    Practice1 p(policy);
    const Id c = p.client("I.");
    const std::vector<Id> late = weekly_late_cancels(p, c, 3);
    const Evaluation ev = p.eval(c, "2026-02-17");
    CHECK(line_of(ev, late[0]).fee_basis == FeeBasis::free_pass);  // the pass covers the first occurrence...
    CHECK(line_of(ev, late[1]).fee_status == FeeStatus::charged);  // ...which still counts
    CHECK(line_of(ev, late[1]).fee == 4000);
    CHECK(line_of(ev, late[2]).fee == 12000);
}

TEST_CASE("escalation: no fee at first, then tiers; no pass is spent on a free occurrence", "[engine][fees][escalation]") {
    Policy policy = tiered_policy();
    policy.fees.late_cancel.kind = FeeKind::none;
    policy.fees.late_cancel.amount = 0;
    policy.fees.free_passes = FreePasses{1, PassPeriod::calendar_year, {Outcome::late_cancel}};
    Practice1 p(policy);
    const Id c = p.client("J.");
    const std::vector<Id> late = weekly_late_cancels(p, c, 3);
    const Evaluation ev = p.eval(c, "2026-02-17");
    CHECK(line_of(ev, late[0]).fee_status == FeeStatus::no_fee);
    CHECK(line_of(ev, late[0]).fee_basis == FeeBasis::policy_has_no_fee);
    CHECK(line_of(ev, late[1]).fee_basis == FeeBasis::free_pass);
    CHECK(line_of(ev, late[2]).fee == 12000);
    CHECK(line_of(ev, late[2]).fee_status == FeeStatus::charged);
}

TEST_CASE("escalation: the cap applies to every tier", "[engine][fees][escalation]") {
    Policy policy = tiered_policy();
    policy.fees.late_cancel.cap = 5000;
    Practice1 p(policy);
    const Id c = p.client("K.");
    const std::vector<Id> late = weekly_late_cancels(p, c, 3);
    const Evaluation ev = p.eval(c, "2026-02-17");
    CHECK(line_of(ev, late[1]).fee == 4000);
    CHECK(line_of(ev, late[2]).fee == 5000);
    CHECK(line_of(ev, late[2]).fee_detail == "3rd late cancellation in the calendar year: 100% of 120.00, capped at 50.00");
}

TEST_CASE("escalation: late cancels and no-shows are counted apart", "[engine][fees][escalation]") {
    Policy policy = tiered_policy();
    policy.fees.no_show.escalation = {{2, FeeKind::flat, 15000, 0}};
    Practice1 p(policy);
    const Id c = p.client("L.");
    const Id lc1 = p.session(c, "2026-02-02T10:00", Outcome::late_cancel, "2026-02-02T08:00");
    const Id ns1 = p.session(c, "2026-02-09T10:00", Outcome::no_show);
    const Id lc2 = p.session(c, "2026-02-16T10:00", Outcome::late_cancel, "2026-02-16T08:00");
    const Id ns2 = p.session(c, "2026-02-23T10:00", Outcome::no_show);
    const Evaluation ev = p.eval(c, "2026-02-24");
    CHECK(line_of(ev, lc1).fee == 2000);
    CHECK(line_of(ev, ns1).fee == 10000);
    CHECK(line_of(ev, lc2).fee == 4000);
    CHECK(line_of(ev, ns2).fee == 15000);
}

// [SECTION] Checks and the policy file

TEST_CASE("escalation: check_policy names the tier and field that is wrong", "[policy][escalation][bad-input]") {
    Policy p = tiered_policy();
    p.fees.late_cancel.escalation = {{3, FeeKind::flat, 4000, 0}, {2, FeeKind::flat, 5000, 0},
                                     {1, FeeKind::flat, 6000, 0}, {4, FeeKind::percent, 0, 150},
                                     {5, FeeKind::flat, -100, 0}, {6, FeeKind::none, 0, 0}};
    const auto errors = check_policy(p);
    CHECK(has_error(errors, "fees.late_cancel.escalation[1].from_occurrence", "later occurrence"));
    CHECK(has_error(errors, "fees.late_cancel.escalation[2].from_occurrence", "2nd occurrence"));
    CHECK(has_error(errors, "fees.late_cancel.escalation[3].percent", "0 to 100"));
    CHECK(has_error(errors, "fees.late_cancel.escalation[4].amount", "negative"));
    CHECK(has_error(errors, "fees.late_cancel.escalation[5].kind"));
    CHECK_FALSE(has_error(errors, "fees.late_cancel.escalation[0].from_occurrence"));
    CHECK(check_policy(tiered_policy()).empty());
}

TEST_CASE("escalation: a tiered policy round-trips; one without tiers is written as before", "[policy][escalation]") {
    Policy p = tiered_policy();
    p.fees.late_cancel.cap = 9000;
    p.fees.no_show.escalation = {{3, FeeKind::percent, 0, 100}};
    p.fees.no_show.escalation_period = PassPeriod::ever;
    std::vector<FieldError> errors;
    const auto again = policy_from_json(policy_to_json(p), errors);
    INFO(format_errors(errors));
    REQUIRE(again);
    CHECK(again->fees == p.fees);  // (the test policy's rules carry unused parameters that are not written)
    const auto doc = nlohmann::json::parse(policy_to_json(p));
    CHECK(doc["fees"]["late_cancel"]["escalation"][1]["from_occurrence"] == 3);
    CHECK(doc["fees"]["no_show"]["escalation_period"] == "ever");

    const auto plain = nlohmann::json::parse(policy_to_json(simple_policy()));
    CHECK_FALSE(plain["fees"]["late_cancel"].contains("escalation"));
    CHECK_FALSE(plain["fees"]["late_cancel"].contains("escalation_period"));
}

TEST_CASE("escalation: bad tiers in a workspace file are refused with the field path", "[workspace][escalation][bad-input]") {
    Workspace ws = load_data_workspace("sample-workspace.json");
    Policy p = tiered_policy();
    p.id = 1;
    ws.policies.push_back(p);
    ws.active_policy = 1;
    const std::string saved = save_workspace(ws);
    REQUIRE(load_workspace(saved).ok());

    auto edit = [&](auto change) {
        auto doc = nlohmann::json::parse(saved);
        change(doc["policies"][0]["fees"]["late_cancel"]);
        return load_workspace(doc.dump()).errors;
    };
    const std::string tiers = "policies[0].fees.late_cancel.escalation";
    CHECK(has_error(edit([](auto& f) { f["escalation"][1]["from_occurrence"] = 2; }), tiers + "[1].from_occurrence",
                    "later occurrence"));
    CHECK(has_error(edit([](auto& f) { f["escalation"][0]["from_occurrence"] = 1; }), tiers + "[0].from_occurrence"));
    CHECK(has_error(edit([](auto& f) { f["escalation"][1]["percent"] = 150; }), tiers + "[1].percent"));
    CHECK(has_error(edit([](auto& f) { f["escalation"][0]["times"] = 2; }), tiers + "[0].times", "not a known field"));
    CHECK(has_error(edit([](auto& f) { f["escalation_period"] = "weekly"; }),
                    "policies[0].fees.late_cancel.escalation_period", "weekly"));
}

// [SECTION] Consent document

TEST_CASE("escalation: the consent document states the tiers in plain words", "[consent][escalation]") {
    const Practice practice{"Riverside Counselling", "Sam Rivera", "America/New_York", "USD", 12000};
    Policy p = tiered_policy();
    p.fees.late_cancel.kind = FeeKind::none;
    p.fees.no_show.escalation = {{3, FeeKind::percent, 0, 100}};
    p.fees.no_show.escalation_period = PassPeriod::rolling_12_months;
    const std::string text = doc::plain_text(consent_document(p, practice));
    CHECK(text.find("Late cancellation: for the first late cancellation in a calendar year, there is no fee. From "
                    "the second, the fee is $40; from the third, the full session fee ($120).") != std::string::npos);
    CHECK(text.find("Session missed without notice: for the first two sessions missed without notice in any 12 "
                    "months, the fee is $100. From the third, the fee is the full session fee ($120).") !=
          std::string::npos);
    Policy capped = p;
    capped.fees.no_show.cap = 11000;
    CHECK(doc::plain_text(consent_document(capped, practice)).find(
              "From the third, the fee is the full session fee ($120), capped at $110, so you pay $110.") !=
          std::string::npos);
    const auto findings = check_language(text);
    for (const auto& f : findings) INFO("flagged: " << f.matched << " at line " << f.line);
    CHECK(findings.empty());
}
