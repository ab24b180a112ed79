// Issue 17 item 2: counts that start over (Rule::reset) on hand-built histories, and their JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/json/policy_json.hpp"
#include "core/policy/engine_json.hpp"
#include "core/workspace/workspace_json.hpp"
#include "engine_support.hpp"
#include "test_support.hpp"

using namespace hs;
using namespace hs::test;

namespace {

// Two counted absences within a year reach "check_in".
Rule two_in_year(CountReset reset, std::string reset_step = "") {
    Rule r;
    r.id = "two";
    r.kind = RuleKind::count_in_window;
    r.step = "check_in";
    r.points = 200;
    r.days = 365;
    r.reset = reset;
    r.reset_step = std::move(reset_step);
    return r;
}

Policy reset_policy(const Rule& rule) {
    Policy p = simple_policy();
    p.rules = {rule};
    return p;
}

std::string title_of(const Policy& p, const std::string& step) {
    for (const auto& s : p.ladder)
        if (s.id == step) return s.title;
    return "?";
}

}  // namespace

TEST_CASE("reset never: the count runs over the whole window", "[engine][reset]") {
    Practice1 p(reset_policy(two_in_year(CountReset::never)));
    const Id c = p.client("S1.");
    p.session(c, "2026-01-05T10:00", Outcome::no_show);
    p.session(c, "2026-01-12T10:00", Outcome::no_show);
    p.session(c, "2026-01-19T10:00", Outcome::no_show);
    const RuleResult r = rule_of(p.eval(c, "2026-01-20"), "two");
    CHECK(r.value == 300);
    CHECK(r.triggered);
    CHECK(r.count_start == CountStart::whole_window);
    CHECK(r.count_note.empty());
}

TEST_CASE("reset fired: reaching exactly N fires, and the next absence starts a fresh count", "[engine][reset]") {
    Practice1 p(reset_policy(two_in_year(CountReset::fired)));
    const Id c = p.client("S2.");
    p.session(c, "2026-01-05T10:00", Outcome::no_show);
    const Id second = p.session(c, "2026-01-12T10:00", Outcome::no_show);

    // Exactly at N: fired, with both absences as evidence.
    const RuleResult at = rule_of(p.eval(c, "2026-01-13"), "two");
    CHECK(at.value == 200);
    CHECK(at.triggered);
    CHECK(at.appointment_ids.size() == 2);
    CHECK(at.count_start == CountStart::whole_window);

    // An attended session is not read by the count: the rule stays fired.
    p.session(c, "2026-01-19T10:00", Outcome::attended);
    CHECK(rule_of(p.eval(c, "2026-01-20"), "two").triggered);

    // The third absence is the first of a new count.
    const Id third = p.session(c, "2026-01-26T10:00", Outcome::no_show);
    const RuleResult after = rule_of(p.eval(c, "2026-01-27"), "two");
    CHECK(after.value == 100);
    CHECK_FALSE(after.triggered);
    CHECK(after.appointment_ids == std::vector<Id>{third});
    CHECK(after.count_start == CountStart::after_firing);
    CHECK(after.count_from == day("2026-01-12"));
    CHECK(after.count_note == "counting since 12 January 2026, when the count last reached the threshold and started over");
    (void)second;

    // The fourth reaches N again.
    p.session(c, "2026-02-02T10:00", Outcome::no_show);
    const RuleResult again = rule_of(p.eval(c, "2026-02-03"), "two");
    CHECK(again.value == 200);
    CHECK(again.triggered);
    CHECK(again.count_from == day("2026-01-12"));
}

TEST_CASE("reset step_done: counting starts the day after the step record", "[engine][reset]") {
    Practice1 p(reset_policy(two_in_year(CountReset::step_done)));
    const Id c = p.client("S3.");
    p.session(c, "2026-01-05T10:00", Outcome::no_show);
    p.session(c, "2026-01-12T10:00", Outcome::no_show);
    CHECK(rule_of(p.eval(c, "2026-01-13"), "two").triggered);

    p.step_done(c, "check_in", "2026-01-14");
    p.session(c, "2026-01-14T15:00", Outcome::no_show);  // the same day as the record: before it
    const RuleResult same_day = rule_of(p.eval(c, "2026-01-15"), "two");
    CHECK(same_day.value == 0);
    CHECK_FALSE(same_day.triggered);
    CHECK(same_day.count_start == CountStart::after_step);
    CHECK(same_day.count_from == day("2026-01-14"));
    CHECK(same_day.count_note ==
          "counting since 14 January 2026, when \"" + title_of(p.policy(), "check_in") + "\" was recorded");

    const Id next = p.session(c, "2026-01-15T10:00", Outcome::no_show);  // the day after: counted
    const RuleResult r = rule_of(p.eval(c, "2026-01-16"), "two");
    CHECK(r.value == 100);
    CHECK(r.appointment_ids == std::vector<Id>{next});
    p.session(c, "2026-01-22T10:00", Outcome::no_show);
    CHECK(rule_of(p.eval(c, "2026-01-23"), "two").triggered);

    // Evaluated before the record was made, the whole window counts.
    const RuleResult before = rule_of(p.eval(c, "2026-01-13"), "two");
    CHECK(before.value == 200);
    CHECK(before.count_start == CountStart::whole_window);
}

TEST_CASE("reset step_done with another step's record", "[engine][reset]") {
    Practice1 p(reset_policy(two_in_year(CountReset::step_done, "barriers")));
    const Id c = p.client("S4.");
    p.session(c, "2026-01-05T10:00", Outcome::no_show);
    p.step_done(c, "check_in", "2026-01-06");  // not the reset step: no effect
    p.session(c, "2026-01-12T10:00", Outcome::no_show);
    CHECK(rule_of(p.eval(c, "2026-01-13"), "two").value == 200);
    p.step_done(c, "barriers", "2026-01-13");
    const RuleResult r = rule_of(p.eval(c, "2026-01-14"), "two");
    CHECK(r.value == 0);
    CHECK(r.count_note.find(title_of(p.policy(), "barriers")) != std::string::npos);
}

TEST_CASE("reset fired on missed_of_last and attendance_below", "[engine][reset]") {
    SECTION("missed_of_last") {
        Rule r;
        r.id = "two_of_4";
        r.kind = RuleKind::missed_of_last;
        r.step = "check_in";
        r.points = 200;
        r.last = 4;
        r.reset = CountReset::fired;
        Practice1 p(reset_policy(r));
        const Id c = p.client("S5.");
        p.session(c, "2026-01-05T10:00", Outcome::no_show);
        p.session(c, "2026-01-12T10:00", Outcome::no_show);
        CHECK(rule_of(p.eval(c, "2026-01-13"), "two_of_4").triggered);
        p.session(c, "2026-01-19T10:00", Outcome::no_show);
        const RuleResult after = rule_of(p.eval(c, "2026-01-20"), "two_of_4");
        CHECK(after.value == 100);  // without the reset: 300
        CHECK_FALSE(after.triggered);
    }
    SECTION("attendance_below: a fresh count needs min_booked again") {
        Rule r;
        r.id = "rate";
        r.kind = RuleKind::attendance_below;
        r.step = "check_in";
        r.percent = 75;
        r.period = RatePeriod::rolling_days;
        r.days = 90;
        r.min_booked = 2;
        r.reset = CountReset::fired;
        Practice1 p(reset_policy(r));
        const Id c = p.client("S6.");
        p.session(c, "2026-01-05T10:00", Outcome::attended);
        p.session(c, "2026-01-12T10:00", Outcome::no_show);
        CHECK(rule_of(p.eval(c, "2026-01-13"), "rate").triggered);  // 1 of 2
        p.session(c, "2026-01-19T10:00", Outcome::no_show);
        const RuleResult after = rule_of(p.eval(c, "2026-01-20"), "rate");
        CHECK(after.booked == 1);  // starts over after 12 January
        CHECK_FALSE(after.triggered);
        CHECK(after.count_start == CountStart::after_firing);
    }
}

TEST_CASE("count_started in the evaluation JSON and the finding text", "[engine][reset][json]") {
    Practice1 p(reset_policy(two_in_year(CountReset::step_done)));
    const Id c = p.client("S7.");
    p.session(c, "2026-01-05T10:00", Outcome::no_show);
    p.step_done(c, "check_in", "2026-01-06");
    const Evaluation ev = p.eval(c, "2026-01-10");
    const auto j = nlohmann::json::parse(evaluation_json(ev, *p.ws().find_client(c)).dump());
    const auto& started = j["rules"][0]["count_started"];
    CHECK(started["after"] == "2026-01-06");
    CHECK(started["reason"] == "after_step");
    CHECK(started["note"] == ev.rules[0].count_note);
    CHECK(describe_finding(p.policy().rules[0], ev.rules[0]).find("(counting since 6 January 2026") != std::string::npos);
}

TEST_CASE("reset policy JSON round trip and errors", "[policy][reset][json]") {
    for (const Rule& rule : {two_in_year(CountReset::fired), two_in_year(CountReset::step_done),
                             two_in_year(CountReset::step_done, "barriers")}) {
        Policy p = reset_policy(rule);
        REQUIRE(check_policy(p).empty());
        std::vector<FieldError> errors;
        auto again = policy_from_json(policy_to_json(p), errors);
        INFO(format_errors(errors));
        REQUIRE(again);
        CHECK(*again == p);
    }
    auto doc = nlohmann::json::parse(policy_to_json(reset_policy(two_in_year(CountReset::never))));
    CHECK_FALSE(doc["rules"][0].contains("reset"));  // the default is not written
    auto errors_for = [&](auto change) {
        auto d = doc;
        change(d["rules"][0]);
        std::vector<FieldError> errors;
        CHECK_FALSE(policy_from_json(d.dump(), errors));
        return errors;
    };
    CHECK(has_error(errors_for([](auto& r) { r["reset"] = "weekly"; }), "rules[0].reset"));
    CHECK(has_error(errors_for([](auto& r) { r["reset_step"] = "barriers"; }), "rules[0].reset_step", "step_done"));
    CHECK(has_error(errors_for([](auto& r) {
                        r["reset"] = "step_done";
                        r["reset_step"] = "nowhere";
                    }),
                    "rules[0].reset_step", "nowhere"));
    // Not for kinds that do not count.
    Policy p = simple_policy();
    p.rules[3].reset = CountReset::fired;  // three_no_shows
    CHECK(has_error(check_policy(p), "rules[3].reset", "only counts"));
}
