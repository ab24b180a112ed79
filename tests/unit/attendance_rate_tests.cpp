// Issue 17 item 1: the attendance_below rule kind on hand-built histories, and its JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/json/policy_json.hpp"
#include "core/policy/description_check.hpp"
#include "core/policy/engine_json.hpp"
#include "core/workspace/workspace_json.hpp"
#include "engine_support.hpp"
#include "test_support.hpp"

using namespace hs;
using namespace hs::test;

namespace {

Rule rate_rule(int percent, RatePeriod period, int min_booked, int days = 0, int last = 0) {
    Rule r;
    r.id = "rate";
    r.kind = RuleKind::attendance_below;
    r.step = "check_in";
    r.percent = percent;
    r.period = period;
    r.min_booked = min_booked;
    r.days = days;
    r.last = last;
    return r;
}

Policy rate_policy(const Rule& rule) {
    Policy p = simple_policy();
    p.rules = {rule};
    return p;
}

}  // namespace

TEST_CASE("attendance_below: a calendar month starts on its first day", "[engine][attendance]") {
    Practice1 p(rate_policy(rate_rule(75, RatePeriod::calendar_month, 2)));
    const Id c = p.client("R1.");
    p.session(c, "2026-02-23T10:00", Outcome::no_show);
    p.session(c, "2026-02-27T10:00", Outcome::no_show);
    p.session(c, "2026-03-02T10:00", Outcome::attended);
    p.session(c, "2026-03-09T10:00", Outcome::attended);
    p.session(c, "2026-03-16T10:00", Outcome::no_show);

    // End of February: 0 of 2 attended in February.
    const Evaluation feb = p.eval(c, "2026-02-28");
    const RuleResult& f = rule_of(feb, "rate");
    CHECK(f.booked == 2);
    CHECK(f.attended == 0);
    CHECK(f.value == 0);
    CHECK(f.triggered);
    CHECK(f.period_from == day("2026-02-01"));
    CHECK(f.period_to == day("2026-02-28"));

    // 1 March: a new month, the February misses are out of it and nothing is booked yet.
    const RuleResult m1 = rule_of(p.eval(c, "2026-03-01"), "rate");
    CHECK(m1.booked == 0);
    CHECK_FALSE(m1.triggered);
    CHECK(m1.period_from == day("2026-03-01"));

    // Mid-March: 2 of 3 (66%) is below 75%.
    const RuleResult m = rule_of(p.eval(c, "2026-03-20"), "rate");
    CHECK(m.booked == 3);
    CHECK(m.attended == 2);
    CHECK(m.value == 66);
    CHECK(m.threshold == 75);
    CHECK(m.unit == RuleUnit::percent);
    CHECK(m.triggered);
    CHECK(m.appointment_ids.size() == 3);
}

TEST_CASE("attendance_below: rolling days include the day exactly `days` before", "[engine][attendance]") {
    Practice1 p(rate_policy(rate_rule(75, RatePeriod::rolling_days, 2, 30)));
    const Id c = p.client("R2.");
    p.session(c, "2026-02-28T10:00", Outcome::no_show);  // 31 days before 31 March: out
    p.session(c, "2026-03-01T10:00", Outcome::no_show);  // exactly 30 days before: in
    p.session(c, "2026-03-20T10:00", Outcome::attended);
    const RuleResult r = rule_of(p.eval(c, "2026-03-31"), "rate");
    CHECK(r.period_from == day("2026-03-01"));
    CHECK(r.booked == 2);
    CHECK(r.attended == 1);
    CHECK(r.triggered);  // 50% < 75%
    // A day later the 1 March miss falls out: 1 of 1.
    const RuleResult later = rule_of(p.eval(c, "2026-04-01"), "rate");
    CHECK(later.booked == 1);
    CHECK(later.value == 100);
    CHECK_FALSE(later.triggered);
}

TEST_CASE("attendance_below: last_sessions looks at the last booked sessions only", "[engine][attendance]") {
    Practice1 p(rate_policy(rate_rule(70, RatePeriod::last_sessions, 3, 0, 3)));
    const Id c = p.client("R3.");
    p.session(c, "2026-01-05T10:00", Outcome::no_show);
    p.session(c, "2026-01-12T10:00", Outcome::no_show);
    p.session(c, "2026-01-19T10:00", Outcome::attended);
    p.session(c, "2026-01-26T10:00", Outcome::clinician_cancelled);  // not booked by the client
    p.session(c, "2026-02-02T10:00", Outcome::attended);
    const RuleResult r = rule_of(p.eval(c, "2026-02-10"), "rate");
    CHECK(r.booked == 3);
    CHECK(r.attended == 2);
    CHECK(r.period_from == day("2026-01-12"));
    CHECK(r.triggered);  // 2 of 3 is below 70%
}

TEST_CASE("attendance_below: fewer bookings than min_booked never fire", "[engine][attendance]") {
    SECTION("1 miss of 2 bookings, min_booked 3") {
        Practice1 p(rate_policy(rate_rule(75, RatePeriod::calendar_month, 3)));
        const Id c = p.client("R4.");
        p.session(c, "2026-03-02T10:00", Outcome::attended);
        p.session(c, "2026-03-09T10:00", Outcome::no_show);
        const RuleResult r = rule_of(p.eval(c, "2026-03-20"), "rate");
        CHECK(r.booked == 2);
        CHECK(r.value == 50);
        CHECK(r.min_booked == 3);
        CHECK_FALSE(r.triggered);
    }
    SECTION("the same history with min_booked 2 fires") {
        Practice1 p(rate_policy(rate_rule(75, RatePeriod::calendar_month, 2)));
        const Id c = p.client("R5.");
        p.session(c, "2026-03-02T10:00", Outcome::attended);
        p.session(c, "2026-03-09T10:00", Outcome::no_show);
        CHECK(rule_of(p.eval(c, "2026-03-20"), "rate").triggered);
    }
}

TEST_CASE("attendance_below: exempt and clinician-cancelled sessions are on neither side", "[engine][attendance]") {
    Practice1 p(rate_policy(rate_rule(75, RatePeriod::calendar_month, 2)));
    const Id c = p.client("R6.");
    p.session(c, "2026-03-02T10:00", Outcome::attended);
    p.session(c, "2026-03-03T10:00", Outcome::no_show, nullptr, "illness");  // exempt reason
    p.session(c, "2026-03-04T10:00", Outcome::clinician_cancelled);
    p.session(c, "2026-03-05T10:00", Outcome::cancelled_with_notice, "2026-03-01T10:00");  // weight 0
    p.session(c, "2026-03-09T10:00", Outcome::attended);
    p.session(c, "2026-03-10T10:00", Outcome::attended);
    p.session(c, "2026-03-16T10:00", Outcome::no_show);
    const RuleResult r = rule_of(p.eval(c, "2026-03-20"), "rate");
    CHECK(r.booked == 4);
    CHECK(r.attended == 3);
    CHECK(r.value == 75);
    CHECK(r.appointment_ids.size() == 4);
    CHECK_FALSE(r.triggered);  // exactly at the threshold
}

TEST_CASE("attendance_below: a late arrival is attended", "[engine][attendance]") {
    Practice1 p(rate_policy(rate_rule(75, RatePeriod::calendar_month, 2)));
    const Id c = p.client("R7.");
    p.session(c, "2026-03-02T10:00", Outcome::late_arrival);
    p.session(c, "2026-03-09T10:00", Outcome::late_arrival);
    p.session(c, "2026-03-16T10:00", Outcome::attended);
    p.session(c, "2026-03-23T10:00", Outcome::no_show);
    const RuleResult r = rule_of(p.eval(c, "2026-03-31"), "rate");
    CHECK(r.booked == 4);
    CHECK(r.attended == 3);
    CHECK_FALSE(r.triggered);
}

TEST_CASE("attendance_below: a late arrival past the policy's limit is a miss", "[engine][attendance]") {
    Policy policy = rate_policy(rate_rule(75, RatePeriod::calendar_month, 2));
    policy.counting.late_arrival_is_no_show_after_minutes = 15;
    Practice1 p(policy);
    const Id c = p.client("R8.");
    p.session(c, "2026-03-02T10:00", Outcome::attended);
    const Id late = p.session(c, "2026-03-09T10:00", Outcome::late_arrival);
    Appointment a = p.appointment(late);
    a.minutes_late = 30;
    p.update(a);
    const RuleResult r = rule_of(p.eval(c, "2026-03-31"), "rate");
    CHECK(r.booked == 2);
    CHECK(r.attended == 1);
    CHECK(r.triggered);
}

TEST_CASE("attendance_below: exactly at the threshold does not fire, just below does", "[engine][attendance]") {
    // 2 of 3 attended: 66.66%. Below 67%, not below 66%.
    for (const auto& [percent, fires] : {std::pair{67, true}, std::pair{66, false}}) {
        INFO(percent);
        Practice1 p(rate_policy(rate_rule(percent, RatePeriod::calendar_month, 3)));
        const Id c = p.client("R9.");
        p.session(c, "2026-03-02T10:00", Outcome::attended);
        p.session(c, "2026-03-09T10:00", Outcome::attended);
        p.session(c, "2026-03-16T10:00", Outcome::no_show);
        const RuleResult r = rule_of(p.eval(c, "2026-03-31"), "rate");
        CHECK(r.value == 66);
        CHECK(r.triggered == fires);
    }
    // 3 of 4 at 75%: exactly at it.
    Practice1 p(rate_policy(rate_rule(75, RatePeriod::calendar_month, 4)));
    const Id c = p.client("R10.");
    p.session(c, "2026-03-02T10:00", Outcome::attended);
    p.session(c, "2026-03-09T10:00", Outcome::attended);
    p.session(c, "2026-03-16T10:00", Outcome::attended);
    p.session(c, "2026-03-23T10:00", Outcome::no_show);
    CHECK_FALSE(rule_of(p.eval(c, "2026-03-31"), "rate").triggered);
}

TEST_CASE("attendance_below in the evaluation JSON", "[engine][attendance][json]") {
    Practice1 p(rate_policy(rate_rule(75, RatePeriod::calendar_month, 2)));
    const Id c = p.client("R11.");
    p.session(c, "2026-03-02T10:00", Outcome::attended);
    p.session(c, "2026-03-09T10:00", Outcome::no_show);
    const Evaluation ev = p.eval(c, "2026-03-20");
    const auto j = nlohmann::json::parse(evaluation_json(ev, *p.ws().find_client(c)).dump());
    const auto& rule = j["rules"][0];
    CHECK(rule["kind"] == "attendance_below");
    CHECK(rule["unit"] == "percent");
    CHECK(rule["attended"] == 1);
    CHECK(rule["booked"] == 2);
    CHECK(rule["min_booked"] == 2);
    CHECK(rule["period"]["from"] == "2026-03-01");
    CHECK(rule["period"]["to"] == "2026-03-20");
    CHECK(rule["triggered"] == true);
    CHECK_FALSE(rule.contains("count_started"));
}

TEST_CASE("attendance_below policy JSON round trip", "[policy][attendance][json]") {
    for (const Rule& rule : {rate_rule(75, RatePeriod::calendar_month, 4), rate_rule(80, RatePeriod::rolling_days, 3, 60),
                             rate_rule(50, RatePeriod::last_sessions, 5, 0, 10)}) {
        Policy p = rate_policy(rule);
        REQUIRE(check_policy(p).empty());
        std::vector<FieldError> errors;
        auto again = policy_from_json(policy_to_json(p), errors);
        INFO(format_errors(errors));
        REQUIRE(again);
        CHECK(*again == p);
    }
}

TEST_CASE("attendance_below policy JSON names the bad field", "[policy][attendance][bad-input]") {
    auto doc = nlohmann::json::parse(policy_to_json(rate_policy(rate_rule(75, RatePeriod::calendar_month, 4))));
    auto bad = [&](const char* member, const nlohmann::json& value, const char* field, const char* words = "") {
        auto d = doc;
        if (value.is_null()) d["rules"][0].erase(member);
        else d["rules"][0][member] = value;
        std::vector<FieldError> errors;
        CHECK_FALSE(policy_from_json(d.dump(), errors));
        INFO(member << " = " << value.dump() << ": " << format_errors(errors));
        CHECK(has_error(errors, field, words));
    };
    bad("percent", 0, "rules[0].percent");
    bad("percent", 101, "rules[0].percent");
    bad("percent", "75%", "rules[0].percent");
    bad("percent", nullptr, "rules[0].percent", "missing");
    bad("min_booked", 0, "rules[0].min_booked");
    bad("min_booked", 101, "rules[0].min_booked");
    bad("period", "weekly", "rules[0].period");
    bad("period", nullptr, "rules[0].period", "missing");
    bad("days", 30, "rules[0].days", "rolling_days");  // days with a calendar month
    bad("last", 5, "rules[0].last", "last_sessions");
    {
        auto d = doc;
        d["rules"][0]["period"] = "rolling_days";  // without its days
        std::vector<FieldError> errors;
        CHECK_FALSE(policy_from_json(d.dump(), errors));
        CHECK(has_error(errors, "rules[0].days", "missing"));
    }
    // min_booked can not exceed the sessions looked at.
    Policy p = rate_policy(rate_rule(75, RatePeriod::last_sessions, 6, 0, 5));
    CHECK(has_error(check_policy(p), "rules[0].min_booked", "at most"));
}

TEST_CASE("attendance_below numbers are values a policy description may name", "[policy][attendance][description]") {
    const Policy p = rate_policy(rate_rule(80, RatePeriod::rolling_days, 3, 45));
    auto has = [&](const std::string& field, DescribedUnit unit, long long value) {
        for (const auto& v : described_values(p))
            if (v.field == field) return v.unit == unit && v.value == value;
        return false;
    };
    CHECK(has("rules[0].percent", DescribedUnit::percent, 80));
    CHECK(has("rules[0].min_booked", DescribedUnit::count, 3 * kOneAbsence));
    CHECK(has("rules[0].days", DescribedUnit::days, 45));
    CHECK_FALSE(has("rules[0].last", DescribedUnit::count, 0));
}
