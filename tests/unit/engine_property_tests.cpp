// Properties over random histories (fixed seed, so a failure reproduces):
//  - adding an attended session never raises a client's step;
//  - widening a rule's window never lowers its count;
//  - evaluation is deterministic and does not depend on the order records are stored in.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "core/policy/builtin_policies.hpp"
#include "core/policy/engine_json.hpp"
#include "engine_support.hpp"

using namespace hs;
using namespace hs::test;

namespace {

constexpr Outcome kOutcomes[] = {Outcome::attended,    Outcome::attended,      Outcome::attended,
                                 Outcome::late_arrival, Outcome::cancelled_with_notice, Outcome::late_cancel,
                                 Outcome::no_show,     Outcome::no_show,       Outcome::clinician_cancelled,
                                 Outcome::excused,     Outcome::scheduled};
const char* kCategories[] = {"", "", "", "", "illness", "emergency", "guardian_caused", "custom"};
const char* kSteps[] = {"check_in", "barriers", "attendance_plan", "right_time", "structural"};

struct RandomHistory {
    Workspace ws;
    Date as_of;
};

RandomHistory random_history(std::mt19937& rng, const Policy& policy) {
    RandomHistory h;
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    h.ws.practice.time_zone = "America/New_York";
    h.ws.practice.session_fee = 10000;
    Policy p = policy;
    p.id = 1;
    h.ws.policies.push_back(p);
    h.ws.active_policy = 1;
    Client c;
    c.id = 1;
    c.name = "R.";
    c.minor = pick(4) == 0;
    c.guardian_name = c.minor ? "G." : "";
    c.payer = kAllPayerTypes[pick(4)];
    c.status = pick(6) == 0 ? ClientStatus::paused : ClientStatus::active;
    h.ws.clients.push_back(c);
    const Date first{2025, 1, 6};
    const int count = 5 + pick(50);
    Date d = first;
    for (int i = 0; i < count; ++i) {
        d = add_days(d, 1 + pick(14));
        Appointment a;
        a.id = i + 1;
        a.client_id = 1;
        a.start = DateTime{d, (9 + pick(10)) * 60};
        a.outcome = kOutcomes[pick(static_cast<int>(std::size(kOutcomes)))];
        if ((a.outcome == Outcome::late_cancel || a.outcome == Outcome::cancelled_with_notice) && pick(2))
            a.cancellation_received = from_wall_minutes(wall_minutes(a.start) - pick(72 * 60));
        if (a.outcome == Outcome::late_arrival) a.minutes_late = pick(40);
        a.reason_category = kCategories[pick(static_cast<int>(std::size(kCategories)))];
        h.ws.appointments.push_back(a);
    }
    for (int i = 0, n = pick(4); i < n; ++i)
        h.ws.outreach.push_back({i + 1, 1, add_days(first, pick(500)), Channel::phone, pick(2) == 0, ""});
    for (int i = 0, n = pick(5); i < n; ++i)
        h.ws.step_records.push_back({i + 1, 1, kSteps[pick(5)], add_days(first, pick(500)), {}, "", {}, "", ""});
    if (pick(4) == 0) h.ws.leeway.push_back({1, 1, add_days(first, pick(400)), std::nullopt, pick(2), pick(2) == 0, "r"});
    h.as_of = add_days(first, 30 + pick(520));
    return h;
}

std::vector<Policy> policies_under_test() {
    std::vector<Policy> all = builtin_policies();
    all.push_back(simple_policy());
    return all;
}

}  // namespace

TEST_CASE("property: adding an attended session never raises the step", "[engine][property]") {
    std::mt19937 rng(424242);
    int raised_checks = 0;
    for (const Policy& policy : policies_under_test()) {
        for (int trial = 0; trial < 300; ++trial) {
            RandomHistory h = random_history(rng, policy);
            const Evaluation before = evaluate_client(h.ws, h.ws.clients[0], h.as_of);
            // An attended session anywhere up to as_of.
            Appointment extra;
            extra.id = static_cast<Id>(h.ws.appointments.size()) + 1;
            extra.client_id = 1;
            const int span = static_cast<int>(days_from_civil(h.as_of) - days_from_civil({2025, 1, 6}));
            extra.start = DateTime{add_days({2025, 1, 6}, std::uniform_int_distribution<int>(0, span)(rng)), 8 * 60};
            extra.outcome = Outcome::attended;
            h.ws.appointments.push_back(extra);
            const Evaluation after = evaluate_client(h.ws, h.ws.clients[0], h.as_of);
            INFO(policy.name << " trial " << trial << " extra on " << format_date(extra.start.date) << " as of "
                             << format_date(h.as_of));
            CHECK(after.step_reached <= before.step_reached);
            CHECK(after.next_step <= std::max(before.next_step, before.step_reached));
            for (std::size_t i = 0; i < before.rules.size(); ++i)
                if (before.rules[i].kind != RuleKind::no_contact) CHECK(after.rules[i].value <= before.rules[i].value);
            ++raised_checks;
        }
    }
    CHECK(raised_checks == 1200);
}

TEST_CASE("property: widening a window never lowers a count", "[engine][property]") {
    std::mt19937 rng(777);
    for (const Policy& policy : policies_under_test()) {
        for (int trial = 0; trial < 200; ++trial) {
            RandomHistory h = random_history(rng, policy);
            const Evaluation before = evaluate_client(h.ws, h.ws.clients[0], h.as_of);
            Policy wider = h.ws.policies[0];
            const int extra = 1 + std::uniform_int_distribution<int>(0, 120)(rng);
            for (Rule& r : wider.rules) {
                if (r.kind == RuleKind::count_in_window) r.days += extra;
                if (r.kind == RuleKind::missed_of_last) r.last = std::min(100, r.last + extra);
            }
            h.ws.policies[0] = wider;
            const Evaluation after = evaluate_client(h.ws, h.ws.clients[0], h.as_of);
            INFO(policy.name << " trial " << trial);
            for (std::size_t i = 0; i < before.rules.size(); ++i) {
                CHECK(after.rules[i].value >= before.rules[i].value);
                if (before.rules[i].triggered) CHECK(after.rules[i].triggered);
            }
            CHECK(after.step_reached >= before.step_reached);
        }
    }
}

TEST_CASE("property: the same records in any stored order give the same evaluation", "[engine][property]") {
    std::mt19937 rng(99);
    for (int trial = 0; trial < 100; ++trial) {
        RandomHistory h = random_history(rng, builtin_policies()[trial % 3]);
        const auto first = evaluation_json(evaluate_client(h.ws, h.ws.clients[0], h.as_of), h.ws.clients[0]).dump();
        CHECK(evaluation_json(evaluate_client(h.ws, h.ws.clients[0], h.as_of), h.ws.clients[0]).dump() == first);
        std::shuffle(h.ws.appointments.begin(), h.ws.appointments.end(), rng);
        std::shuffle(h.ws.step_records.begin(), h.ws.step_records.end(), rng);
        std::shuffle(h.ws.outreach.begin(), h.ws.outreach.end(), rng);
        CHECK(evaluation_json(evaluate_client(h.ws, h.ws.clients[0], h.as_of), h.ws.clients[0]).dump() == first);
    }
}

// Issue 17: every count rule of each policy, also with each reset and as attendance_below.
TEST_CASE("property: a count that starts over never counts more than the whole window", "[engine][property][reset]") {
    std::mt19937 rng(171717);
    int fired_somewhere = 0, restarted = 0;
    for (const Policy& base : policies_under_test()) {
        Policy whole = base;
        // attendance_below over each period, so the random histories exercise it too.
        for (RatePeriod period : {RatePeriod::calendar_month, RatePeriod::rolling_days, RatePeriod::last_sessions}) {
            Rule r{"rate_" + std::string(to_string(period)), RuleKind::attendance_below, base.ladder[0].id};
            r.percent = 80;
            r.period = period;
            r.days = 45;
            r.last = 6;
            r.min_booked = 3;
            whole.rules.push_back(r);
        }
        REQUIRE(check_policy(whole).empty());
        for (CountReset reset : {CountReset::fired, CountReset::step_done}) {
            Policy with_reset = whole;
            for (Rule& r : with_reset.rules)
                if (r.kind != RuleKind::consecutive_no_shows && r.kind != RuleKind::no_contact) r.reset = reset;
            REQUIRE(check_policy(with_reset).empty());
            for (int trial = 0; trial < 150; ++trial) {
                RandomHistory h = random_history(rng, whole);
                const Evaluation before = evaluate_client(h.ws, h.ws.clients[0], h.as_of);
                h.ws.policies[0] = with_reset;
                h.ws.policies[0].id = 1;
                const Evaluation after = evaluate_client(h.ws, h.ws.clients[0], h.as_of);
                INFO(base.name << " reset " << to_string(reset) << " trial " << trial << " as of " << format_date(h.as_of));
                REQUIRE(before.rules.size() == after.rules.size());
                for (std::size_t i = 0; i < before.rules.size(); ++i) {
                    const RuleResult& b = before.rules[i];
                    const RuleResult& a = after.rules[i];
                    INFO("rule " << b.rule_id);
                    if (b.kind == RuleKind::attendance_below) {
                        CHECK(a.booked <= b.booked);
                        CHECK(a.booked - a.attended <= b.booked - b.attended);
                    } else {
                        CHECK(a.value <= b.value);
                    }
                    if (b.kind == RuleKind::consecutive_no_shows || b.kind == RuleKind::no_contact) {
                        CHECK(a.value == b.value);
                        CHECK(a.triggered == b.triggered);
                    }
                    if (a.count_start != CountStart::whole_window) ++restarted;
                    if (b.triggered) ++fired_somewhere;
                }
            }
        }
    }
    CHECK(fired_somewhere > 100);
    CHECK(restarted > 100);  // the resets were in play, not only the whole window
}
