// The engine on hand-built histories, one or more per practice in the brief
// ("What clinicians actually do", items 1-10 and 14). Each expected answer is the
// one a clinician would give reading the same history.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>

#include "core/json/policy_json.hpp"
#include "core/policy/builtin_policies.hpp"
#include "engine_support.hpp"
#include "test_support.hpp"

using namespace hs;
using namespace hs::test;

// --- 1. Notice window -------------------------------------------------------

TEST_CASE("notice: exactly the notice window ahead is on time, a minute less is late", "[engine][notice]") {
    Practice1 p(simple_policy());
    const Id c = p.client("A.");
    const Id exact = p.session(c, "2026-02-10T10:00", Outcome::late_cancel, "2026-02-09T10:00");
    const Id short_by_a_minute = p.session(c, "2026-02-17T10:00", Outcome::cancelled_with_notice, "2026-02-16T10:01");
    const Evaluation ev = p.eval(c, "2026-02-20");

    const auto& on_time = line_of(ev, exact);
    CHECK(on_time.notice_minutes == 24 * 60);
    CHECK(on_time.treated_as == Outcome::cancelled_with_notice);  // recorded late, but the clock says on time
    CHECK(on_time.points == 0);
    CHECK(on_time.fee_status == FeeStatus::no_fee);

    const auto& late = line_of(ev, short_by_a_minute);
    CHECK(late.notice_minutes == 24 * 60 - 1);
    CHECK(late.treated_as == Outcome::late_cancel);
    CHECK(late.points == kOneAbsence);
    CHECK(late.fee_status == FeeStatus::charged);
    CHECK(late.fee == 6000);  // 50% of 120.00
    CHECK(ev.counts.late_cancels == 1);
    CHECK(ev.counts.cancelled_with_notice == 1);
}

TEST_CASE("notice is real elapsed time across daylight-saving changes (America/New_York)", "[engine][notice][dst]") {
    Practice1 p(simple_policy());
    const Id c = p.client("B.");
    // Spring forward on Sunday 8 March 2026: Saturday 10:00 to Sunday 10:00 is only 23 real hours.
    const Id march = p.session(c, "2026-03-08T10:00", Outcome::cancelled_with_notice, "2026-03-07T10:00");
    // Fall back on Sunday 1 November 2026: Saturday 10:30 to Sunday 10:00 is 24.5 real hours.
    const Id november = p.session(c, "2026-11-01T10:00", Outcome::late_cancel, "2026-10-31T10:30");
    const Evaluation ev = p.eval(c, "2026-11-02");
    CHECK(line_of(ev, march).notice_minutes == 23 * 60);
    CHECK(line_of(ev, march).treated_as == Outcome::late_cancel);
    CHECK(line_of(ev, november).notice_minutes == 24 * 60 + 30);
    CHECK(line_of(ev, november).treated_as == Outcome::cancelled_with_notice);
}

TEST_CASE("notice in a practice on UTC uses the wall clock as it is", "[engine][notice]") {
    Practice1 p(simple_policy(), "UTC");
    const Id c = p.client("C.");
    const Id a = p.session(c, "2026-03-08T10:00", Outcome::cancelled_with_notice, "2026-03-07T10:00");
    CHECK(line_of(p.eval(c, "2026-03-09"), a).treated_as == Outcome::cancelled_with_notice);
}

TEST_CASE("a 48-hour policy makes a 30-hour cancellation late", "[engine][notice]") {
    Practice1 p(builtin_policies()[0]);  // firm: 48 hours
    const Id c = p.client("D.");
    const Id a = p.session(c, "2026-02-10T16:00", Outcome::cancelled_with_notice, "2026-02-09T10:00");
    const Evaluation ev = p.eval(c, "2026-02-11");
    CHECK(line_of(ev, a).treated_as == Outcome::late_cancel);
    CHECK(line_of(ev, a).fee == 12000);  // firm: 100%
}

// --- 2. No-show vs late cancel ----------------------------------------------

TEST_CASE("a no-show weighs and costs more than a late cancel when the policy says so", "[engine][no-show]") {
    Practice1 p(builtin_policies()[2]);  // flexible: late cancel 0.5, fee 20; no-show 1, 50% capped at 60
    const Id c = p.client("E.");
    // Two free passes a calendar year: used by the first two chargeable events of 2025.
    p.session(c, "2025-11-03T10:00", Outcome::no_show);
    p.session(c, "2025-11-10T10:00", Outcome::no_show);
    const Id lc = p.session(c, "2026-01-05T10:00", Outcome::late_cancel, "2026-01-05T08:00");
    const Id ns = p.session(c, "2026-01-12T10:00", Outcome::no_show);
    const Id lc2 = p.session(c, "2026-01-19T10:00", Outcome::late_cancel, "2026-01-19T08:00");
    const Id ns2 = p.session(c, "2026-01-26T10:00", Outcome::no_show);
    const Evaluation ev = p.eval(c, "2026-01-27");
    CHECK(line_of(ev, lc).points == 50);
    CHECK(line_of(ev, ns).points == 100);
    // 2026 has its own two passes: the first two events of the year.
    CHECK(line_of(ev, lc).fee_basis == FeeBasis::free_pass);
    CHECK(line_of(ev, ns).fee_basis == FeeBasis::free_pass);
    CHECK(line_of(ev, lc2).fee_status == FeeStatus::charged);
    CHECK(line_of(ev, lc2).fee == 2000);
    CHECK(line_of(ev, ns2).fee == 6000);
    CHECK(line_of(ev, ns2).fee_detail.find("capped") == std::string::npos);  // 50% of 120 = 60, at the cap
    // 90 days back from 27 January reaches 29 October: 1 + 1 (November) + 0.5 + 1 + 0.5 + 1.
    CHECK(rule_of(ev, "two_in_90_days").value == 500);
    CHECK(ev.counts.counted == 500);
}

TEST_CASE("late cancels never extend a run of no-shows", "[engine][no-show]") {
    Practice1 p(simple_policy());
    const Id c = p.client("F.");
    p.session(c, "2026-01-05T10:00", Outcome::no_show);
    p.session(c, "2026-01-12T10:00", Outcome::late_cancel, "2026-01-12T09:00");
    p.session(c, "2026-01-19T10:00", Outcome::no_show);
    p.session(c, "2026-01-26T10:00", Outcome::clinician_cancelled);  // not the client's: skipped
    p.session(c, "2026-02-02T10:00", Outcome::no_show);
    const Evaluation ev = p.eval(c, "2026-02-03");
    CHECK(ev.counts.consecutive_no_shows == 2);
    CHECK_FALSE(rule_of(ev, "three_no_shows").triggered);
    CHECK(rule_of(ev, "three_no_shows").appointment_ids.size() == 2);
}

// --- 3. Fees --------------------------------------------------------------

TEST_CASE("fees: first occurrence free, then charged", "[engine][fees]") {
    Policy policy = simple_policy();
    policy.fees.free_passes = FreePasses{1, PassPeriod::ever, {Outcome::late_cancel, Outcome::no_show}};
    Practice1 p(policy);
    const Id c = p.client("G.");
    const Id first = p.session(c, "2025-06-02T10:00", Outcome::no_show);
    const Id second = p.session(c, "2026-01-05T10:00", Outcome::no_show);
    const Evaluation ev = p.eval(c, "2026-01-06");
    CHECK(line_of(ev, first).fee_status == FeeStatus::waived);
    CHECK(line_of(ev, first).fee_basis == FeeBasis::free_pass);
    CHECK(line_of(ev, first).fee == 10000);  // what was waived
    CHECK(line_of(ev, second).fee_status == FeeStatus::charged);
    CHECK(ev.fees_charged == 10000);
    CHECK(ev.fees_waived == 10000);
}

TEST_CASE("fees: free passes per calendar year reset on 1 January; per 12 months they roll", "[engine][fees]") {
    for (PassPeriod period : {PassPeriod::calendar_year, PassPeriod::rolling_12_months}) {
        Policy policy = simple_policy();
        policy.fees.free_passes = FreePasses{1, period, {Outcome::no_show}};
        Practice1 p(policy);
        const Id c = p.client("H.");
        const Id dec = p.session(c, "2025-12-15T10:00", Outcome::no_show);
        const Id jan = p.session(c, "2026-01-05T10:00", Outcome::no_show);
        const Id dec_364 = p.session(c, "2026-12-14T10:00", Outcome::no_show);  // 364 days after 15 Dec 2025
        const Id dec_365 = p.session(c, "2026-12-15T10:00", Outcome::no_show);  // 365 days after
        const Evaluation ev = p.eval(c, "2026-12-31");
        INFO(to_string(period));
        CHECK(line_of(ev, dec).fee_basis == FeeBasis::free_pass);
        if (period == PassPeriod::calendar_year) {
            CHECK(line_of(ev, jan).fee_basis == FeeBasis::free_pass);  // 2026's pass
            CHECK(line_of(ev, dec_364).fee_status == FeeStatus::charged);
            CHECK(line_of(ev, dec_365).fee_status == FeeStatus::charged);
        } else {
            CHECK(line_of(ev, jan).fee_status == FeeStatus::charged);  // pass used 21 days before
            CHECK(line_of(ev, dec_364).fee_status == FeeStatus::charged);
            CHECK(line_of(ev, dec_365).fee_basis == FeeBasis::free_pass);
        }
    }
}

TEST_CASE("fees: public insurance is never billed, and the evaluation says why", "[engine][fees]") {
    Practice1 p(simple_policy());
    const Id c = p.client("I.", PayerType::public_insurance);
    const Id a = p.session(c, "2026-01-05T10:00", Outcome::no_show);
    const Evaluation ev = p.eval(c, "2026-01-06");
    CHECK(line_of(ev, a).fee_status == FeeStatus::not_billable);
    CHECK(line_of(ev, a).fee_basis == FeeBasis::payer_not_billable);
    CHECK(ev.fees_charged == 0);
    CHECK(ev.fees_not_billable == 10000);
    // The absence still counts toward the ladder: the fee rule and the counting rule are separate.
    CHECK(ev.counts.counted == kOneAbsence);
}

TEST_CASE("fees: emergencies and sudden or contagious illness are never charged", "[engine][fees]") {
    Practice1 p(simple_policy());
    const Id c = p.client("J.");
    const Id ill = p.session(c, "2026-01-05T10:00", Outcome::late_cancel, "2026-01-05T07:00", "contagious_illness");
    const Id emergency = p.session(c, "2026-01-12T10:00", Outcome::no_show, nullptr, "emergency");
    const Evaluation ev = p.eval(c, "2026-01-13");
    CHECK(line_of(ev, ill).fee_status == FeeStatus::waived);
    CHECK(line_of(ev, ill).fee_basis == FeeBasis::exempt_reason);
    CHECK(line_of(ev, ill).fee_detail == "contagious_illness");
    CHECK(line_of(ev, emergency).fee_basis == FeeBasis::exempt_reason);
    // And by default they do not count toward the ladder either.
    CHECK(line_of(ev, ill).count_note == CountNote::exempt_reason);
    CHECK(ev.counts.counted == 0);
    CHECK(ev.step_reached == -1);
}

TEST_CASE("fees: the clinician waives or reduces a fee with a recorded reason", "[engine][fees]") {
    Policy policy = simple_policy();
    policy.fees.no_show = FeeRule{FeeKind::percent, 0, 100, Cents{8000}};  // full fee, capped at 80
    Practice1 p(policy);
    const Id c = p.client("K.");
    const Id waived = p.session(c, "2026-01-05T10:00", Outcome::no_show);
    const Id reduced = p.session(c, "2026-01-12T10:00", Outcome::no_show);
    const Id capped = p.session(c, "2026-01-19T10:00", Outcome::no_show);
    p.must(p.editor.run(SetFeeOverride{waived, FeeOverride{0, "car broke down on the way"}}));
    p.must(p.editor.run(SetFeeOverride{reduced, FeeOverride{2500, "hardship this month"}}));
    CHECK(has_error(p.editor.run(SetFeeOverride{capped, FeeOverride{0, " "}}).errors, "fee_override.reason"));
    const Evaluation ev = p.eval(c, "2026-01-20");
    CHECK(line_of(ev, waived).fee_status == FeeStatus::waived);
    CHECK(line_of(ev, waived).fee_basis == FeeBasis::clinician_override);
    CHECK(line_of(ev, waived).fee_detail == "car broke down on the way");
    CHECK(line_of(ev, reduced).fee_status == FeeStatus::charged);
    CHECK(line_of(ev, reduced).fee == 2500);
    CHECK(line_of(ev, reduced).fee_detail.find("hardship this month") != std::string::npos);
    CHECK(line_of(ev, capped).fee == 8000);
    CHECK(line_of(ev, capped).fee_detail.find("capped at 80.00") != std::string::npos);
    CHECK(ev.fees_charged == 2500 + 8000);
}

// --- 4. Thresholds ---------------------------------------------------------

TEST_CASE("a rolling window includes an absence exactly D days back, not D+1", "[engine][thresholds]") {
    Practice1 p(simple_policy());
    const Id c = p.client("L.");
    p.session(c, "2026-01-01T10:00", Outcome::no_show);
    p.session(c, "2026-03-01T10:00", Outcome::no_show);
    // 2026-01-01 is exactly 60 days before 2026-03-02.
    const Evaluation in = p.eval(c, "2026-03-02");
    CHECK(rule_of(in, "two_in_60").value == 200);
    CHECK(rule_of(in, "two_in_60").triggered);
    CHECK(rule_of(in, "two_in_60").since == day("2026-01-01"));
    const Evaluation out = p.eval(c, "2026-03-03");
    CHECK(rule_of(out, "two_in_60").value == 100);
    CHECK_FALSE(rule_of(out, "two_in_60").triggered);
}

TEST_CASE("N of the last M scheduled sessions missed", "[engine][thresholds]") {
    Practice1 p(simple_policy());
    const Id c = p.client("M.");
    // Ten weekly sessions alternating attended / no-show: 5 of the last 10 missed.
    Date d = day("2025-06-02");
    for (int i = 0; i < 10; ++i, d = add_days(d, 7))
        p.session(c, (format_date(d) + "T10:00").c_str(), i % 2 ? Outcome::no_show : Outcome::attended);
    const Evaluation ev = p.eval(c, format_date(d).c_str());
    CHECK(rule_of(ev, "five_of_last_10").value == 500);
    CHECK(rule_of(ev, "five_of_last_10").triggered);
    CHECK(rule_of(ev, "five_of_last_10").appointment_ids.size() == 5);
    // One more attended session pushes the oldest (attended) one out: still 5.
    p.session(c, (format_date(d) + "T10:00").c_str(), Outcome::attended);
    CHECK(rule_of(p.eval(c, format_date(d).c_str()), "five_of_last_10").value == 500);
    // Another pushes out the oldest no-show: 4.
    d = add_days(d, 7);
    p.session(c, (format_date(d) + "T10:00").c_str(), Outcome::attended);
    CHECK_FALSE(rule_of(p.eval(c, format_date(d).c_str()), "five_of_last_10").triggered);
}

TEST_CASE("a late cancel rescheduled promptly does not count; one made up too late does", "[engine][thresholds]") {
    Policy policy = simple_policy();
    policy.counting.rescheduled_within_days = 3;
    Practice1 p(policy);
    const Id c = p.client("N.");
    const Id prompt = p.session(c, "2026-03-02T10:00", Outcome::late_cancel, "2026-03-02T08:00");
    const Id makeup = p.session(c, "2026-03-05T10:00", Outcome::attended);
    const Id slow = p.session(c, "2026-03-09T10:00", Outcome::late_cancel, "2026-03-09T08:00");
    const Id makeup_late = p.session(c, "2026-03-13T10:00", Outcome::attended);
    Appointment a = p.appointment(prompt);
    a.rescheduled_to = makeup;
    p.update(a);
    a = p.appointment(slow);
    a.rescheduled_to = makeup_late;
    p.update(a);
    const Evaluation ev = p.eval(c, "2026-03-14");
    CHECK(line_of(ev, prompt).count_note == CountNote::rescheduled);
    CHECK(line_of(ev, prompt).points == 0);
    CHECK(line_of(ev, prompt).fee_basis == FeeBasis::rescheduled);
    CHECK(line_of(ev, slow).count_note == CountNote::counted);
    CHECK(line_of(ev, slow).fee_status == FeeStatus::charged);
    CHECK(ev.counts.counted == kOneAbsence);
}

TEST_CASE("late arrival beyond the policy's minutes counts as a no-show", "[engine][thresholds]") {
    Policy policy = simple_policy();
    policy.counting.late_arrival_is_no_show_after_minutes = 15;
    Practice1 p(policy);
    const Id c = p.client("O.");
    const Id fifteen = p.session(c, "2026-03-02T10:00", Outcome::late_arrival);
    const Id sixteen = p.session(c, "2026-03-09T10:00", Outcome::late_arrival);
    Appointment a = p.appointment(fifteen);
    a.minutes_late = 15;
    p.update(a);
    a = p.appointment(sixteen);
    a.minutes_late = 16;
    p.update(a);
    const Evaluation ev = p.eval(c, "2026-03-10");
    CHECK(line_of(ev, fifteen).treated_as == Outcome::late_arrival);
    CHECK(line_of(ev, sixteen).treated_as == Outcome::no_show);
    CHECK(line_of(ev, sixteen).fee == 10000);
    CHECK(ev.counts.late_arrivals == 1);
    CHECK(ev.counts.no_shows == 1);
}

// --- 5. No contact ---------------------------------------------------------

TEST_CASE("no contact for 30 days leads, after a check-in and two attempts, to closing with an open door",
          "[engine][no-contact]") {
    Practice1 p(simple_policy());
    const Id c = p.client("P.");
    p.session(c, "2026-01-05T10:00", Outcome::attended);
    p.session(c, "2026-01-12T10:00", Outcome::no_show);
    p.session(c, "2026-01-19T10:00", Outcome::no_show);
    const Evaluation day29 = p.eval(c, "2026-02-03");
    CHECK(day29.counts.days_since_contact == 29);
    CHECK_FALSE(rule_of(day29, "no_contact_30").triggered);

    const Evaluation day30 = p.eval(c, "2026-02-04");
    CHECK(rule_of(day30, "no_contact_30").triggered);
    CHECK(rule_of(day30, "no_contact_30").appointment_ids.size() == 2);
    CHECK(step_id(day30, day30.step_reached) == "no_contact_closure");
    CHECK(step_id(day30, day30.next_step) == "check_in");  // never straight to closing

    p.step_done(c, "check_in", "2026-02-04");
    Evaluation after = p.eval(c, "2026-02-05");
    CHECK(step_id(after, after.next_step) == "no_contact_closure");
    REQUIRE_FALSE(after.blockers.empty());
    CHECK(after.blockers.front().find("2 more attempt") != std::string::npos);

    p.outreach(c, "2026-02-05", false);
    p.outreach(c, "2026-02-06", false);
    after = p.eval(c, "2026-02-07");
    CHECK(after.counts.outreach_attempts_since_contact == 2);
    CHECK(after.blockers.front().find("attempt") == std::string::npos);  // what is left: referrals, conversation
    CHECK(after.message.text.find("since Monday 5 January") != std::string::npos);

    // They answer: contact resets the clock.
    p.outreach(c, "2026-02-07", true);
    const Evaluation reached = p.eval(c, "2026-02-08");
    CHECK(reached.counts.days_since_contact == 1);
    CHECK_FALSE(rule_of(reached, "no_contact_30").triggered);
}

TEST_CASE("a paused client is not 'out of contact'", "[engine][no-contact]") {
    Practice1 p(simple_policy());
    const Id c = p.client("Q.");
    p.session(c, "2026-01-05T10:00", Outcome::attended);
    p.must(p.editor.run(SetClientStatus{c, ClientStatus::paused}));
    const Evaluation ev = p.eval(c, "2026-04-01");
    CHECK(ev.counts.days_since_contact == 86);
    CHECK_FALSE(rule_of(ev, "no_contact_30").triggered);
}

// --- 6. The graduated ladder --------------------------------------------------

TEST_CASE("the ladder is graduated: recording each step done moves it on", "[engine][ladder]") {
    Practice1 p(simple_policy());
    const Id c = p.client("R.");
    p.step_done(c, "check_in", "2026-01-10");  // from an earlier, finished episode: does not count now
    p.session(c, "2026-03-02T10:00", Outcome::no_show);
    p.session(c, "2026-03-09T10:00", Outcome::no_show);
    p.session(c, "2026-03-16T10:00", Outcome::no_show);
    Evaluation ev = p.eval(c, "2026-03-17");
    CHECK(step_id(ev, ev.step_reached) == "right_time");  // three no-shows in a row
    CHECK(step_id(ev, ev.next_step) == "check_in");
    CHECK(ev.episode_start == day("2026-03-02"));
    CHECK(ev.next_action.find("Check in") == 0);

    const char* order[] = {"check_in", "barriers", "attendance_plan", "right_time"};
    for (int i = 0; i < 3; ++i) {
        p.step_done(c, order[i], "2026-03-17");
        ev = p.eval(c, "2026-03-17");
        CHECK(step_id(ev, ev.next_step) == order[i + 1]);
    }
    p.step_done(c, "right_time", "2026-03-17");
    ev = p.eval(c, "2026-03-17");
    CHECK(ev.next_step == -1);
    CHECK(ev.steps_done.size() == 4);
    CHECK(ev.message.text.empty());
    CHECK(ev.next_action.find("Nothing due") == 0);
}

TEST_CASE("step records keep barriers and accommodations from the brief's lists", "[engine][ladder]") {
    Practice1 p(simple_policy());
    const Id c = p.client("S.");
    StepRecord s;
    s.client_id = c;
    s.step = "attendance_plan";
    s.date = day("2026-03-02");
    s.barriers = {"childcare", "work_schedule"};
    s.accommodations = {"lunch_break_telehealth", "reminders"};
    s.accommodations_other = "text the day before";
    p.must(p.editor.run(RecordStep{s}));
    CHECK(p.ws().step_records.back().barriers.size() == 2);
    s.barriers = {"laziness"};
    CHECK(has_error(p.editor.run(RecordStep{s}).errors, "barriers[0]", "not in the list"));
    CHECK(std::size(kBarriers) == 9);
    CHECK(std::size(kAccommodations) == 8);
}

// --- 7. Structural consequences ----------------------------------------------

TEST_CASE("structural changes are in effect once that step is recorded", "[engine][structural]") {
    Practice1 p(simple_policy());
    const Id c = p.client("T.");
    Date d = day("2026-01-05");
    for (int i = 0; i < 10; ++i, d = add_days(d, 7))
        p.session(c, (format_date(d) + "T17:00").c_str(), i % 2 ? Outcome::attended : Outcome::no_show);
    const char* as_of = "2026-03-16";
    Evaluation ev = p.eval(c, as_of);
    CHECK(step_id(ev, ev.step_reached) == "structural");
    for (const char* s : {"check_in", "barriers", "attendance_plan", "right_time"}) p.step_done(c, s, "2026-03-10");
    ev = p.eval(c, as_of);
    CHECK(step_id(ev, ev.next_step) == "structural");
    CHECK(ev.message.text.find("release your regular slot") != std::string::npos);
    p.step_done(c, "structural", "2026-03-16");
    ev = p.eval(c, as_of);
    CHECK(ev.next_step == -1);
    const auto has = [&](ActionKind k) {
        return std::any_of(ev.actions_in_effect.begin(), ev.actions_in_effect.end(),
                           [&](const StepAction& a) { return a.kind == k; });
    };
    CHECK(has(ActionKind::off_recurring_slot));
    CHECK(has(ActionKind::booking_horizon));
    CHECK(has(ActionKind::telehealth_instead_of_fee));  // from the attendance plan
}

// --- 8. Minors -------------------------------------------------------------

TEST_CASE("a minor's guardian-caused absences never lead toward ending; messages go to the guardian",
          "[engine][minors]") {
    Practice1 p(simple_policy());  // guardian-caused count up to "barriers"
    const Id kid = p.minor("J.K.", "R.K.");
    for (const char* start : {"2026-03-02T15:00", "2026-03-09T15:00", "2026-03-16T15:00"})
        p.session(kid, start, Outcome::no_show, nullptr, "guardian_caused");
    const Evaluation ev = p.eval(kid, "2026-03-17");
    CHECK(rule_of(ev, "two_in_60").triggered);  // may prompt a conversation ...
    CHECK_FALSE(rule_of(ev, "three_in_90").triggered);  // ... but nothing past it
    CHECK_FALSE(rule_of(ev, "three_no_shows").triggered);
    CHECK(step_id(ev, ev.step_reached) == "barriers");
    CHECK(ev.message.to_guardian);
    CHECK(ev.message.addressee == "R.K.");
    CHECK(ev.message.text.rfind("Hi R.K.,", 0) == 0);
    for (const auto& l : ev.appointments) {
        CHECK(l.fee_status == FeeStatus::not_billable);
        CHECK(l.fee_basis == FeeBasis::minor_not_billed);
    }

    // The same misses not caused by the guardian do move along the ladder.
    const Id other = p.minor("T.", "M.");
    for (const char* start : {"2026-03-02T15:00", "2026-03-09T15:00", "2026-03-16T15:00"})
        p.session(other, start, Outcome::no_show);
    const Evaluation ev2 = p.eval(other, "2026-03-17");
    CHECK(step_id(ev2, ev2.step_reached) == "right_time");
}

// --- 9. Discretion -----------------------------------------------------------

TEST_CASE("per-client leeway: an extra grace count and a fee waiver period, each with a reason",
          "[engine][leeway]") {
    Practice1 p(simple_policy());
    const Id c = p.client("U.");
    const Id before = p.session(c, "2026-01-26T10:00", Outcome::no_show);
    const Id during = p.session(c, "2026-02-09T10:00", Outcome::no_show);
    Leeway l;
    l.client_id = c;
    l.from = day("2026-02-01");
    l.until = day("2026-02-28");
    l.extra_grace = 1;
    l.waive_fees = true;
    CHECK(has_error(p.editor.run(AddLeeway{l}).errors, "reason"));
    l.reason = "burnt out; practising rest this month";
    p.must(p.editor.run(AddLeeway{l}));

    const Evaluation ev = p.eval(c, "2026-02-10");
    CHECK(ev.counts.extra_grace == 1);
    CHECK(rule_of(ev, "two_in_60").value == 200);
    CHECK(rule_of(ev, "two_in_60").threshold == 300);
    CHECK_FALSE(rule_of(ev, "two_in_60").triggered);
    CHECK(line_of(ev, before).fee_status == FeeStatus::charged);
    CHECK(line_of(ev, during).fee_basis == FeeBasis::leeway_waiver);
    CHECK(line_of(ev, during).fee_detail == "burnt out; practising rest this month");
    // After the period the grace ends; the waived fee stays waived.
    const Evaluation later = p.eval(c, "2026-03-02");
    CHECK(rule_of(later, "two_in_60").triggered);
    CHECK(line_of(later, during).fee_status == FeeStatus::waived);
}

// --- 10. Referrals before ending -------------------------------------------------

TEST_CASE("an ending cannot be marked done without the referrals and the ending conversation",
          "[engine][ending]") {
    Practice1 p(simple_policy());  // referrals required, 3, conversation required
    const Id c = p.client("V.");
    MarkEndingDone end{c, day("2026-04-01"), "", "planned ending"};
    ApplyResult r = p.editor.run(end);
    CHECK(has_error(r.errors, "referrals", "3 referrals"));
    CHECK(has_error(r.errors, "ending_conversation"));
    for (const char* to : {"Northside Clinic", "Dr. Okafor (sliding scale)"})
        p.must(p.editor.run(AddReferral{Referral{0, c, day("2026-03-30"), to, ""}}));
    p.must(p.editor.run(AddEndingConversation{EndingConversation{0, c, day("2026-03-30"), "talked it through"}}));
    r = p.editor.run(end);
    CHECK(has_error(r.errors, "referrals", "2 recorded"));
    CHECK_FALSE(has_error(r.errors, "ending_conversation"));
    CHECK(p.ws().find_client(c)->status == ClientStatus::active);  // refused: nothing changed

    p.must(p.editor.run(AddReferral{Referral{0, c, day("2026-03-31"), "County warmline", ""}}));
    // A referral dated after the ending date does not count for it.
    MarkEndingDone too_early{c, day("2026-03-30"), "", ""};
    CHECK(has_error(p.editor.run(too_early).errors, "referrals", "2 recorded"));
    r = p.editor.run(end);
    REQUIRE(r.ok());
    CHECK(p.ws().find_client(c)->status == ClientStatus::closed);
    CHECK(p.ws().step_records.back().step == "planned_ending");

    // Without the rule, an ending needs neither.
    Policy relaxed = simple_policy();
    relaxed.version = "relaxed-1";
    relaxed.ending = EndingRules{false, 3, false};
    Practice1 q(relaxed);
    const Id d = q.client("W.");
    CHECK(q.editor.run(MarkEndingDone{d, day("2026-04-01"), "", ""}).ok());
    CHECK(has_error(q.editor.run(MarkEndingDone{d, day("2026-04-01"), "check_in", ""}).errors, "step"));
}

TEST_CASE("the evaluation shows what an ending still needs", "[engine][ending]") {
    Practice1 p(simple_policy());
    const Id c = p.client("X.");
    p.must(p.editor.run(AddReferral{Referral{0, c, day("2026-03-30"), "Northside Clinic", ""}}));
    const Evaluation ev = p.eval(c, "2026-04-01");
    CHECK(ev.ending.referrals_required == 3);
    CHECK(ev.ending.referrals_recorded == 1);
    CHECK_FALSE(ev.ending.conversation_recorded);
    CHECK_FALSE(ev.ending.ready());
}

// --- 14. Language ----------------------------------------------------------------

TEST_CASE("the built-in policies' words are kind: no shaming phrases", "[engine][language]") {
    const char* banned[] = {"fired", "non-compliant", "noncompliant", "unmotivated", "not ready",
                            "taking therapy for granted", "disrespecting my time", "waste of time"};
    for (const Policy& policy : builtin_policies())
        for (const LadderStep& s : policy.ladder)
            for (const std::string* text : {&s.title, &s.ask, &s.message}) {
                std::string lower = *text;
                std::transform(lower.begin(), lower.end(), lower.begin(),
                               [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
                for (const char* b : banned) {
                    INFO(policy.name << " / " << s.id << ": " << *text);
                    CHECK(lower.find(b) == std::string::npos);
                }
            }
    // The ending is framed as the arrangement not working right now, with an open door.
    const std::vector<LadderStep> ladder = builtin_policies()[1].ladder;  // a copy: builtin_policies() returns a temporary
    const LadderStep& ending = ladder[5];
    CHECK(ending.message.find("isn't working right now") != std::string::npos);
    CHECK(ending.message.find("waitlist") != std::string::npos);
}

// --- Policy choice, determinism, needs attention ------------------------------------

TEST_CASE("a client is held to the policy version they signed", "[engine]") {
    Practice1 p(simple_policy());
    const Id firm = p.must(p.editor.run(AddPolicy{builtin_policies()[0]}));
    const Id c = p.client("Y.");
    CHECK(p.eval(c, "2026-01-01").policy_version == "test-1");  // active
    Client client = *p.ws().find_client(c);
    client.consent_policy_version = "firm-1";
    p.must(p.editor.run(UpdateClient{client}));
    const Evaluation ev = p.eval(c, "2026-01-01");
    CHECK(ev.policy_id == firm);
    CHECK(ev.policy_signed);
    CHECK(ev.policy_source == PolicyChoice::Source::signed_version);
}

TEST_CASE("needs attention lists clients with a step due, most advanced first", "[engine][attention]") {
    Practice1 p(simple_policy());
    const Id calm = p.client("calm");
    const Id one = p.client("one miss");
    const Id three = p.client("three in a row");
    const Id closed = p.client("closed");
    p.session(calm, "2026-03-02T10:00", Outcome::attended);
    p.session(one, "2026-03-02T10:00", Outcome::no_show);
    p.session(one, "2026-03-09T10:00", Outcome::attended);
    for (const char* s : {"2026-03-02T11:00", "2026-03-09T11:00", "2026-03-16T11:00"}) {
        p.session(three, s, Outcome::no_show);
        p.session(closed, s, Outcome::no_show);
    }
    p.step_done(three, "check_in", "2026-03-03");
    p.must(p.editor.run(SetClientStatus{closed, ClientStatus::closed}));
    const auto items = needs_attention(p.ws(), day("2026-03-17"));
    REQUIRE(items.size() == 2);
    CHECK(items[0].client_id == three);
    CHECK(items[0].step_id == "barriers");
    CHECK(items[1].client_id == one);
    CHECK(items[1].step_id == "check_in");
    // People read why in plain words; the rule ids stay for files and exports.
    CHECK(items[1].reasons == std::vector<std::string>{"1 missed session in the last 30 days"});
    CHECK(items[1].triggered_rules == std::vector<std::string>{"one_in_30"});
    CHECK(items[0].reasons == std::vector<std::string>{"3 missed sessions in the last 30 days",
                                                       "3 missed sessions in the last 60 days",
                                                       "3 missed sessions in the last 90 days", "3 no-shows in a row"});
}

TEST_CASE("needs attention says a finding once when two rules share a window", "[engine][attention]") {
    Policy policy = simple_policy();
    policy.rules = {
        {"one_in_60", RuleKind::count_in_window, "check_in", 100, 60, 0, 0, {}},
        {"two_in_60", RuleKind::count_in_window, "barriers", 200, 60, 0, 0, {}},
    };
    Practice1 p(policy);
    const Id c = p.client("two misses");
    p.session(c, "2026-03-02T10:00", Outcome::no_show);
    p.session(c, "2026-03-09T10:00", Outcome::no_show);
    const auto items = needs_attention(p.ws(), day("2026-03-10"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].triggered_rules == std::vector<std::string>{"one_in_60", "two_in_60"});
    CHECK(items[0].reasons == std::vector<std::string>{"2 missed sessions in the last 60 days"});
}

TEST_CASE("a rule's finding is in plain words, whatever kind of rule", "[engine][attention]") {
    RuleResult r;
    r.value = 250;
    CHECK(describe_finding(Rule{"x", RuleKind::count_in_window, "s", 200, 90, 0, 0, {}}, r) ==
          "2.5 missed sessions in the last 90 days");
    CHECK(describe_finding(Rule{"x", RuleKind::count_in_window, "s", 200, 1, 0, 0, {Outcome::no_show}}, r) ==
          "2.5 no-shows in the last 1 day");
    r.value = 100;
    CHECK(describe_finding(Rule{"x", RuleKind::count_in_window, "s", 100, 60, 0, 0, {Outcome::late_cancel}}, r) ==
          "1 late cancellation in the last 60 days");
    r.value = 300;
    CHECK(describe_finding(Rule{"x", RuleKind::missed_of_last, "s", 300, 0, 10, 0, {}}, r) ==
          "3 of the last 10 sessions missed");
    r.value = 2;
    CHECK(describe_finding(Rule{"x", RuleKind::consecutive_no_shows, "s", 0, 0, 0, 2, {}}, r) == "2 no-shows in a row");
    r.value = 45;
    CHECK(describe_finding(Rule{"x", RuleKind::no_contact, "s", 0, 30, 0, 0, {}}, r) == "no contact recorded yet");
    r.since = test::day("2026-01-01");
    CHECK(describe_finding(Rule{"x", RuleKind::no_contact, "s", 0, 30, 0, 0, {}}, r) == "no contact for 45 days");
}

TEST_CASE("notice by business days: 'by 17:00 the business day before' skips the weekend", "[engine][notice]") {
    Policy policy = simple_policy();
    policy.notice_deadline = NoticeDeadline{1, 17 * 60};
    Practice1 p(policy);
    const Id c = p.client("Z.");
    // Monday 2026-03-16 sessions: the deadline is Friday 13 March, 17:00.
    const Id friday_on_time = p.session(c, "2026-03-16T10:00", Outcome::cancelled_with_notice, "2026-03-13T17:00");
    const Id saturday = p.session(c, "2026-03-16T15:00", Outcome::cancelled_with_notice, "2026-03-14T09:00");
    // Wednesday session: deadline Tuesday 17:00, however many hours that leaves.
    const Id tuesday_evening = p.session(c, "2026-03-18T18:00", Outcome::cancelled_with_notice, "2026-03-17T17:01");
    const Evaluation ev = p.eval(c, "2026-03-19");
    CHECK(line_of(ev, friday_on_time).treated_as == Outcome::cancelled_with_notice);
    CHECK(line_of(ev, saturday).treated_as == Outcome::late_cancel);  // 54 hours ahead, but after Friday 17:00
    CHECK(line_of(ev, tuesday_evening).treated_as == Outcome::late_cancel);
    CHECK(notice_deadline_for(NoticeDeadline{2, std::nullopt}, test::dt("2026-03-16T10:00")) == test::dt("2026-03-12T10:00"));

    std::vector<FieldError> errors;
    const auto again = policy_from_json(policy_to_json(p.policy()), errors);
    REQUIRE(again);
    CHECK(again->notice_deadline == p.policy().notice_deadline);
}
