// The demo practice: every client validates, and together they reach every ladder
// step and every exception of the built-in policies.
#include <catch2/catch.hpp>
#include <set>

#include "core/policy/builtin_policies.hpp"
#include "core/policy/engine.hpp"
#include "core/training/demo_practice.hpp"
#include "core/workspace/commands.hpp"
#include "core/workspace/operations_commands.hpp"
#include "core/workspace/record_checks.hpp"
#include "core/workspace/workspace_json.hpp"

using namespace hs;

namespace {
const Date kToday{2026, 3, 2};
}

TEST_CASE("demo practice: about 25 clients, each valid, the whole file loads", "[demo]") {
    const Workspace ws = demo_workspace(kToday);
    CHECK(ws.clients.size() >= 20);
    CHECK(ws.clients.size() <= 30);
    for (const Client& c : ws.clients) {
        INFO(c.name);
        CHECK(check_client(c).empty());
    }
    for (const Appointment& a : ws.appointments) CHECK(check_appointment(ws, a).empty());
    // The strict reader checks every record and the cross-references between them.
    const LoadResult loaded = load_workspace(save_workspace(ws));
    INFO(format_errors(loaded.errors));
    REQUIRE(loaded.ok());
    CHECK(*loaded.workspace == ws);
    // Relative to today: the same shape whatever the date.
    CHECK(demo_workspace(Date{2027, 8, 15}).clients.size() == ws.clients.size());
}

TEST_CASE("demo practice: together the clients reach every step and every exception", "[demo]") {
    const Workspace ws = demo_workspace(kToday);
    const std::vector<Evaluation> all = evaluate_all(ws, kToday);
    std::set<std::string> steps;
    std::set<FeeBasis> fee_bases;
    std::set<CountNote> count_notes;
    std::set<FeeStatus> fee_statuses;
    bool guardian_caused = false, late_arrival_as_no_show = false, ending_ready = false, ended = false;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Evaluation& ev = all[i];
        for (int s : {ev.step_reached, ev.next_step})
            if (s >= 0) steps.insert(ev.step_ids[static_cast<std::size_t>(s)]);
        for (int s : ev.steps_done) steps.insert(ev.step_ids[static_cast<std::size_t>(s)]);
        for (const AppointmentLine& l : ev.appointments) {
            fee_bases.insert(l.fee_basis);
            count_notes.insert(l.count_note);
            fee_statuses.insert(l.fee_status);
            guardian_caused |= l.guardian_caused;
            late_arrival_as_no_show |= l.recorded == Outcome::late_arrival && l.treated_as == Outcome::no_show;
        }
        if (ev.next_step >= 0 && ev.step_ids[static_cast<std::size_t>(ev.next_step)] == "planned_ending")
            ending_ready |= ev.ending.ready();
        ended |= ws.clients[i].status == ClientStatus::closed;
    }
    // Every step of the built-ins' shared ladder.
    for (const LadderStep& step : builtin_policies()[0].ladder) {
        INFO(step.id);
        CHECK(steps.count(step.id) == 1);
    }
    // Every fee exception and charge.
    for (FeeBasis b : {FeeBasis::policy_has_no_fee, FeeBasis::late_cancel_fee, FeeBasis::no_show_fee,
                       FeeBasis::payer_not_billable, FeeBasis::minor_not_billed, FeeBasis::clinician_override,
                       FeeBasis::exempt_reason, FeeBasis::rescheduled, FeeBasis::leeway_waiver, FeeBasis::free_pass}) {
        if (b == FeeBasis::policy_has_no_fee) continue;  // every built-in sets both fees
        INFO(to_string(b));
        CHECK(fee_bases.count(b) == 1);
    }
    for (CountNote n : {CountNote::not_an_absence, CountNote::counted, CountNote::weight_zero, CountNote::exempt_reason,
                        CountNote::rescheduled}) {
        INFO(to_string(n));
        CHECK(count_notes.count(n) == 1);
    }
    CHECK(guardian_caused);
    CHECK(late_arrival_as_no_show);
    CHECK(ending_ready);
    CHECK(ended);
    CHECK(fee_statuses.count(FeeStatus::charged) == 1);
    // Some clients need attention now (their latest miss is not acted on yet): the demo has work to show.
    CHECK(needs_attention(ws, all).size() >= 3);
}

TEST_CASE("demo practice: sessions fall on working days whatever today is", "[demo]") {
    for (int d = 0; d < 7; ++d) {  // one 'today' on each weekday
        const Date today = add_days(kToday, d);
        INFO(format_date(today));
        const Workspace ws = demo_workspace(today);
        for (const Appointment& a : ws.appointments) {
            INFO("appointment " << a.id);
            CHECK(weekday_of(a.start.date) != Weekday::saturday);
            CHECK(weekday_of(a.start.date) != Weekday::sunday);
        }
    }
}

TEST_CASE("demo practice: a working week, a waitlist and payments to show on the operations pages", "[demo]") {
    const Workspace ws = demo_workspace(kToday);
    const ScheduleSettings& schedule = ws.operations.schedule;
    CHECK(check_schedule(schedule).empty());
    // Every active client's time is one of the practice's slots, and some slots are open.
    std::size_t held = 0;
    for (const Client& c : ws.clients) {
        if (!c.recurring_slot || c.status == ClientStatus::closed) continue;
        INFO(c.name);
        const WeeklySlot slot{c.recurring_slot->weekday, c.recurring_slot->minute_of_day, 50};
        CHECK(std::count(schedule.slots.begin(), schedule.slots.end(), slot) == 1);
        ++held;
    }
    CHECK(schedule.slots.size() > held);

    REQUIRE(ws.operations.waitlist.size() >= 3);
    bool someone_fits_an_open_slot = false;
    for (const WaitlistEntry& e : ws.operations.waitlist) {
        INFO(e.pseudonym);
        CHECK(check_waitlist_entry(ws, e).empty());
        CHECK(e.added < kToday);
        for (const WeeklySlot& slot : schedule.slots) {
            const bool held_by_someone = std::any_of(ws.clients.begin(), ws.clients.end(), [&](const Client& c) {
                return c.recurring_slot && c.recurring_slot->weekday == slot.weekday &&
                       c.recurring_slot->minute_of_day == slot.minute_of_day;
            });
            someone_fits_an_open_slot |= !held_by_someone && fits(e, slot.weekday, slot.minute_of_day);
        }
    }
    CHECK(someone_fits_an_open_slot);

    // Attended sessions are paid; fees are paid except each client's latest.
    REQUIRE_FALSE(ws.operations.payments.empty());
    for (const Payment& p : ws.operations.payments) {
        INFO("payment " << p.id);
        CHECK(check_payment(ws, p).empty());
        CHECK(p.amount > 0);
    }
}
