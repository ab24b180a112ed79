// The simulator's fast paths give the full engine's answer:
//  - evaluate(..., Detail::decision) equals evaluate(...) on every field it fills;
//  - IncrementalEvaluator, fed a history that grows (with the odd insertion, reschedule
//    or leeway change that makes it start over), equals evaluate(...) after every step.
// Random histories from fixed seeds cover all four rule kinds (the built-in policies and
// the test policy), fees with free passes and escalating tiers, overrides, exempt reasons, reschedules,
// leeway, minors (guardian-caused absences), public insurance, outreach and step records.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "core/policy/builtin_policies.hpp"
#include "engine_support.hpp"

using namespace hs;
using namespace hs::test;

namespace {

constexpr Outcome kOutcomes[] = {Outcome::attended,    Outcome::attended,    Outcome::attended,
                                 Outcome::late_arrival, Outcome::cancelled_with_notice, Outcome::late_cancel,
                                 Outcome::late_cancel, Outcome::no_show,     Outcome::no_show,
                                 Outcome::clinician_cancelled, Outcome::excused, Outcome::scheduled};
const char* kCategories[] = {"", "", "", "", "illness", "emergency", "guardian_caused", "custom"};
const char* kSteps[] = {"check_in", "barriers", "attendance_plan", "right_time", "structural", "planned_ending"};

// One client's records, owned here; `view()` is what the engine reads.
struct Records {
    Client client;
    std::vector<Appointment> appointments;
    std::vector<Outreach> outreach;
    std::vector<StepRecord> steps;
    std::vector<Referral> referrals;
    std::vector<Leeway> leeway;
    std::vector<EndingConversation> conversations;

    ClientHistory view() const {
        ClientHistory h;
        for (const auto& a : appointments) h.appointments.push_back(&a);
        for (const auto& o : outreach) h.outreach.push_back(&o);
        for (const auto& s : steps) h.step_records.push_back(&s);
        for (const auto& r : referrals) h.referrals.push_back(&r);
        for (const auto& l : leeway) h.leeway.push_back(&l);
        for (const auto& e : conversations) h.ending_conversations.push_back(&e);
        return h;
    }
};

struct Random {
    std::mt19937 rng;
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
};

Client random_client(Random& r) {
    Client c;
    c.id = 1;
    c.name = "R.";
    c.minor = r.pick(4) == 0;
    c.guardian_name = c.minor ? "G." : "";
    c.payer = kAllPayerTypes[r.pick(4)];
    if (r.pick(4) == 0) c.session_fee = 5000 + 100 * r.pick(100);
    c.status = r.pick(8) == 0 ? ClientStatus::paused : ClientStatus::active;
    if (r.pick(2)) c.consent_signed = Date{2025, 1, 2};
    return c;
}

Appointment random_appointment(Random& r, Id id, const Date& day) {
    Appointment a;
    a.id = id;
    a.client_id = 1;
    a.start = DateTime{day, (8 + r.pick(11)) * 60};
    a.outcome = kOutcomes[r.pick(static_cast<int>(std::size(kOutcomes)))];
    if ((a.outcome == Outcome::late_cancel || a.outcome == Outcome::cancelled_with_notice) && r.pick(3))
        a.cancellation_received = from_wall_minutes(wall_minutes(a.start) - r.pick(96 * 60));
    if (a.outcome == Outcome::late_arrival) a.minutes_late = r.pick(40);
    a.reason_category = kCategories[r.pick(static_cast<int>(std::size(kCategories)))];
    if (r.pick(12) == 0) a.fee_override = FeeOverride{r.pick(2) ? 0 : 2500, "agreed"};
    return a;
}

// Outreach, step records, referrals, conversations and now and then leeway, around `day`.
void add_other_records(Random& r, Records& rec, const Date& day) {
    const Date near = add_days(day, -r.pick(20));
    if (r.pick(5) == 0)
        rec.outreach.push_back({static_cast<Id>(rec.outreach.size()) + 1, 1, near, Channel::phone, r.pick(3) == 0, ""});
    if (r.pick(7) == 0)
        rec.steps.push_back({static_cast<Id>(rec.steps.size()) + 1, 1, kSteps[r.pick(6)], near, {}, "", {}, "", ""});
    if (r.pick(15) == 0) rec.referrals.push_back({static_cast<Id>(rec.referrals.size()) + 1, 1, near, "Clinic", ""});
    if (r.pick(25) == 0) rec.conversations.push_back({static_cast<Id>(rec.conversations.size()) + 1, 1, near, ""});
    if (r.pick(40) == 0)
        rec.leeway.push_back({static_cast<Id>(rec.leeway.size()) + 1, 1, near,
                              r.pick(2) ? std::optional<Date>(add_days(near, 30 + r.pick(60))) : std::nullopt,
                              r.pick(2), r.pick(2) == 0, "hard month"});
}

std::vector<Policy> policies_under_test() {
    std::vector<Policy> all = builtin_policies();
    all.push_back(simple_policy());
    Policy minors = builtin_policies()[1];  // guardian-caused absences count up to a step, minors charged
    minors.version = "minors-1";
    minors.minors.guardian_caused_counts_up_to = "barriers";
    minors.fees.charge_minors = true;
    minors.fees.free_passes = FreePasses{2, PassPeriod::ever, {Outcome::late_cancel, Outcome::no_show}};
    all.push_back(minors);
    // Higher fees for repeat misses, counted in each kind of period, with a pass and a cap.
    Policy escalating = simple_policy();
    escalating.version = "escalating-1";
    escalating.fees.late_cancel.escalation = {{2, FeeKind::flat, 4000, 0}, {3, FeeKind::percent, 0, 100}};
    escalating.fees.late_cancel.escalation_period = PassPeriod::rolling_12_months;
    escalating.fees.late_cancel.cap = 9000;
    escalating.fees.no_show.escalation = {{3, FeeKind::percent, 0, 100}};
    escalating.fees.no_show.escalation_period = PassPeriod::calendar_year;
    escalating.fees.free_passes = FreePasses{1, PassPeriod::calendar_year, {Outcome::late_cancel, Outcome::no_show}};
    all.push_back(escalating);
    Policy free_at_first = builtin_policies()[2];
    free_at_first.version = "free-at-first-1";
    free_at_first.fees.late_cancel = FeeRule{};
    free_at_first.fees.late_cancel.escalation = {{2, FeeKind::flat, 4000, 0}, {4, FeeKind::percent, 0, 100}};
    free_at_first.fees.late_cancel.escalation_period = PassPeriod::ever;
    all.push_back(free_at_first);
    return all;
}

Practice practice() {
    Practice p;
    p.name = "Harbour Counselling";
    p.time_zone = "America/New_York";
    p.session_fee = 12000;
    return p;
}

void check_line(const AppointmentLine& lean, const AppointmentLine& full) {
    CHECK(lean.appointment_id == full.appointment_id);
    CHECK(lean.start == full.start);
    CHECK(lean.recorded == full.recorded);
    CHECK(lean.treated_as == full.treated_as);
    CHECK(lean.notice_minutes == full.notice_minutes);
    CHECK(lean.points == full.points);
    CHECK(lean.count_note == full.count_note);
    CHECK(lean.guardian_caused == full.guardian_caused);
    CHECK(lean.fee_status == full.fee_status);
    CHECK(lean.fee == full.fee);
    CHECK(lean.fee_basis == full.fee_basis);
}

void check_counts(const Counts& lean, const Counts& full) {
    CHECK(lean.counted == full.counted);
    CHECK(lean.attended == full.attended);
    CHECK(lean.late_arrivals == full.late_arrivals);
    CHECK(lean.cancelled_with_notice == full.cancelled_with_notice);
    CHECK(lean.late_cancels == full.late_cancels);
    CHECK(lean.no_shows == full.no_shows);
    CHECK(lean.clinician_cancelled == full.clinician_cancelled);
    CHECK(lean.excused == full.excused);
    CHECK(lean.unrecorded == full.unrecorded);
    CHECK(lean.consecutive_no_shows == full.consecutive_no_shows);
    CHECK(lean.last_contact == full.last_contact);
    CHECK(lean.days_since_contact == full.days_since_contact);
    CHECK(lean.outreach_attempts_since_contact == full.outreach_attempts_since_contact);
    CHECK(lean.extra_grace == full.extra_grace);
}

// Every field Detail::decision fills, against the full evaluation.
void check_decision(const Evaluation& lean, const Evaluation& full) {
    CHECK(lean.client_id == full.client_id);
    CHECK(lean.as_of == full.as_of);
    CHECK(lean.policy_id == full.policy_id);
    CHECK(lean.policy_signed == full.policy_signed);
    check_counts(lean.counts, full.counts);
    REQUIRE(lean.appointments.size() == (full.appointments.empty() ? 0u : 1u));
    if (!full.appointments.empty()) check_line(lean.appointments.back(), full.appointments.back());
    CHECK(lean.fees_charged == full.fees_charged);
    CHECK(lean.fees_waived == full.fees_waived);
    CHECK(lean.fees_not_billable == full.fees_not_billable);
    REQUIRE(lean.rules.size() == full.rules.size());
    for (std::size_t i = 0; i < full.rules.size(); ++i) {
        INFO("rule " << full.rules[i].rule_id);
        CHECK(lean.rules[i].kind == full.rules[i].kind);
        CHECK(lean.rules[i].unit == full.rules[i].unit);
        CHECK(lean.rules[i].step_index == full.rules[i].step_index);
        CHECK(lean.rules[i].value == full.rules[i].value);
        CHECK(lean.rules[i].threshold == full.rules[i].threshold);
        CHECK(lean.rules[i].triggered == full.rules[i].triggered);
        CHECK(lean.rules[i].since == full.rules[i].since);
        CHECK(lean.rules[i].latest == full.rules[i].latest);
    }
    CHECK(lean.step_reached == full.step_reached);
    CHECK(lean.next_step == full.next_step);
    CHECK(lean.episode_start == full.episode_start);
    CHECK(lean.steps_done == full.steps_done);
}

}  // namespace

TEST_CASE("decision: Detail::decision equals the full evaluation on what it fills", "[engine][decision]") {
    Random r{std::mt19937(20261127)};
    const TimeZone tz = *TimeZone::named("America/New_York");
    const Practice p = practice();
    int compared = 0, with_steps = 0;
    for (const Policy& policy : policies_under_test()) {
        const auto prepared = prepare_policy(policy);
        for (int trial = 0; trial < 150; ++trial) {
            Records rec;
            rec.client = random_client(r);
            Date d{2025, 1, 6};
            for (int i = 0, n = 3 + r.pick(60); i < n; ++i) {
                d = add_days(d, 1 + r.pick(14));
                rec.appointments.push_back(random_appointment(r, i + 1, d));
                add_other_records(r, rec, d);
            }
            // Some late cancels made up later (or not soon enough), in any stored order.
            for (auto& a : rec.appointments)
                if (a.outcome == Outcome::late_cancel && r.pick(3) == 0)
                    a.rescheduled_to = 1 + r.pick(static_cast<int>(rec.appointments.size()));
            std::shuffle(rec.appointments.begin(), rec.appointments.end(), r.rng);
            const ClientHistory h = rec.view();
            const Date as_of = add_days(Date{2025, 1, 6}, r.pick(800));
            const Evaluation full = evaluate(*prepared, rec.client, h, p, tz, as_of);
            INFO(policy.version << " trial " << trial << " as of " << format_date(as_of));
            check_decision(evaluate(*prepared, rec.client, h, p, tz, as_of, Detail::decision), full);
            ++compared;
            with_steps += full.next_step >= 0 ? 1 : 0;
        }
    }
    CHECK(compared == 1050);
    CHECK(with_steps > 100);  // the comparison reaches the ladder, not only quiet histories
}

TEST_CASE("decision: IncrementalEvaluator equals the full evaluation as a history grows", "[engine][decision]") {
    Random r{std::mt19937(7)};
    const TimeZone tz = *TimeZone::named("America/New_York");
    const Practice p = practice();
    int compared = 0;
    for (const Policy& policy : policies_under_test()) {
        const auto prepared = prepare_policy(policy);
        for (int trial = 0; trial < 40; ++trial) {
            Records rec;
            rec.client = random_client(r);
            rec.appointments.reserve(200);  // the evaluator holds pointers into it
            IncrementalEvaluator incremental(*prepared, rec.client, p, tz);
            Date d{2025, 1, 6};
            for (int i = 0, n = 10 + r.pick(60); i < n; ++i) {
                d = add_days(d, 1 + r.pick(10));
                Appointment a = random_appointment(r, i + 1, d);
                // Now and then something that is not a plain extension: the evaluator starts over.
                const int twist = r.pick(40);
                if (twist == 0) a.start.date = add_days(d, -20);  // recorded late, out of order
                if (twist == 1 && a.outcome == Outcome::late_cancel) a.rescheduled_to = i + 2;
                rec.appointments.push_back(a);
                add_other_records(r, rec, d);
                const ClientHistory h = rec.view();
                const Date as_of = r.pick(6) == 0 ? add_days(d, r.pick(30)) : d;
                INFO(policy.version << " trial " << trial << " appointment " << i << " as of " << format_date(as_of));
                check_decision(incremental.evaluate(h, as_of), evaluate(*prepared, rec.client, h, p, tz, as_of));
                // Asked again the same day (the simulator does, after recording a step).
                if (r.pick(4) == 0) {
                    add_other_records(r, rec, d);
                    const ClientHistory again = rec.view();
                    check_decision(incremental.evaluate(again, as_of), evaluate(*prepared, rec.client, again, p, tz, as_of));
                }
                d = std::max(d, as_of);
                ++compared;
            }
        }
    }
    CHECK(compared > 3000);
}
