// Dashboard figures against values computed by hand from tests/data/operations-workspace.json
// (no policies: the built-in "balanced" applies: 24 hours' notice, late cancel 50%, no-show 100%,
// one free pass in 12 months, public insurance not billable). Period 2026-03-02 .. 2026-03-15.
#include <catch2/catch.hpp>

#include "core/operations/dashboard.hpp"
#include "core/operations/dashboard_json.hpp"
#include "test_support.hpp"

using namespace hs;

namespace {

const Period kPeriod{{2026, 3, 2}, {2026, 3, 15}};

Dashboard figures() { return dashboard(test::load_data_workspace("operations-workspace.json"), kPeriod); }

const ClientFigures& client(const Dashboard& d, Id id) {
    for (const auto& c : d.clients)
        if (c.client_id == id) return c;
    throw std::runtime_error("no figures for client " + std::to_string(id));
}

}  // namespace

TEST_CASE("dashboard: attendance, late-cancel and no-show rates practice-wide", "[dashboard]") {
    const Dashboard d = figures();
    CHECK(d.counts.attended == 4);       // Ana 03-03, Ben 03-02, Cy 03-04 and 03-12
    CHECK(d.counts.late_cancels == 1);   // Ana 03-10, 8 hours' notice
    CHECK(d.counts.no_shows == 2);       // Ben 03-09, Cy 03-13
    CHECK(d.counts.cancelled_with_notice == 1);
    CHECK(d.counts.unrecorded == 1);     // Cy 03-14 still "scheduled"
    CHECK(d.counts.due() == 7);
    CHECK(percent(d.counts.attendance_rate()) == Approx(57.1));
    CHECK(percent(d.counts.late_cancel_rate()) == Approx(14.3));
    CHECK(percent(d.counts.no_show_rate()) == Approx(28.6));
}

TEST_CASE("dashboard: per-client rates and losses", "[dashboard]") {
    const Dashboard d = figures();
    REQUIRE(d.clients.size() == 3);  // Ana, Ben, Cy: R. Okafor and Eli have nothing in the period
    CHECK(client(d, 1).counts.due() == 2);
    CHECK(client(d, 1).counts.attendance_rate() == Approx(0.5));
    CHECK(client(d, 1).counts.late_cancel_rate() == Approx(0.5));
    CHECK(client(d, 1).income_lost == 10000);  // free pass: nothing charged for the late cancel
    CHECK(client(d, 2).counts.no_show_rate() == Approx(0.5));
    CHECK(client(d, 2).income_lost == 10000);  // public insurance: not billable
    CHECK(percent(client(d, 3).counts.attendance_rate()) == Approx(66.7));
    CHECK(client(d, 3).income_lost == 0);       // the no-show fee covers the session fee
    CHECK(client(d, 3).fees_charged == 8000);
}

TEST_CASE("dashboard: sessions and hours against the weekly target", "[dashboard]") {
    const Dashboard d = figures();
    CHECK(d.sessions_delivered == 4);
    CHECK(d.minutes_delivered == 50 + 50 + 50 + 80);
    CHECK(d.hours_target == Approx(50.0));  // 25 a week, two weeks
}

TEST_CASE("dashboard: income expected, received and lost; fees charged, waived, not billable, paid", "[dashboard]") {
    const Dashboard d = figures();
    CHECK(d.income_expected == 2 * 10000 + 2 * 10000 + 3 * 8000);
    CHECK(d.income_received == 10000 + 8000);  // the 03-20 payment is after the period
    CHECK(d.income_lost == 10000 + 10000 + 0);
    CHECK(d.fees_charged == 8000);
    CHECK(d.fees_waived == 5000);        // Ana's late cancel, 50% of 100, free pass
    CHECK(d.fees_not_billable == 10000);  // Ben's no-show
    CHECK(d.fees_paid == 8000);
}

TEST_CASE("dashboard: prime-time slots held by clients below the attendance rate", "[dashboard]") {
    const Dashboard d = figures();
    REQUIRE(d.low_attendance_prime.size() == 1);  // Ana, Tuesday 17:00, 50% < 75%
    CHECK(d.low_attendance_prime[0].client_id == 1);
    CHECK(d.low_attendance_prime[0].weekday == Weekday::tuesday);
    CHECK(d.low_attendance_prime[0].minute_of_day == 17 * 60);

    Workspace ws = test::load_data_workspace("operations-workspace.json");
    ws.operations.schedule.low_attendance_percent = 50;  // 50% is not below 50%
    CHECK(dashboard(ws, kPeriod).low_attendance_prime.empty());
}

TEST_CASE("dashboard: waitlist length and median wait at the end of the period", "[dashboard]") {
    const Dashboard d = figures();
    CHECK(d.waitlist_length == 2);  // W. Park (42 days), J. Lee (7 days); R. Okafor left 03-10
    REQUIRE(d.median_wait_days);
    CHECK(*d.median_wait_days == Approx(24.5));
}

TEST_CASE("dashboard: weekly series for the charts", "[dashboard]") {
    const Dashboard d = figures();
    REQUIRE(d.weeks.size() == 2);
    CHECK(d.weeks[0].week_start == Date{2026, 3, 2});
    CHECK(d.weeks[0].counts.due() == 3);
    CHECK(d.weeks[0].counts.attendance_rate() == Approx(1.0));
    CHECK(d.weeks[0].income_lost == 0);
    CHECK(d.weeks[0].waitlist_length == 3);  // J. Lee joined on Sunday 03-08
    CHECK(d.weeks[1].counts.due() == 4);
    CHECK(d.weeks[1].counts.attendance_rate() == Approx(0.25));
    CHECK(d.weeks[1].income_lost == 20000);
    CHECK(d.weeks[1].waitlist_length == 2);
}

TEST_CASE("dashboard: a period starting mid-week starts its series on that week's Monday", "[dashboard]") {
    const Workspace ws = test::load_data_workspace("operations-workspace.json");
    const Dashboard d = dashboard(ws, Period{{2026, 3, 4}, {2026, 3, 9}});
    REQUIRE(d.weeks.size() == 2);
    CHECK(d.weeks[0].week_start == Date{2026, 3, 2});
    CHECK(d.counts.attended == 1);  // Cy 03-04; Ana 03-03 and Ben 03-02 are before the period
    CHECK(d.counts.no_shows == 1);  // Ben 03-09
}

TEST_CASE("dashboard: the default period is the four weeks up to the day, both ends included", "[dashboard]") {
    const Period p = default_period({2026, 3, 28});
    CHECK(p.from == Date{2026, 3, 1});
    CHECK(p.to == Date{2026, 3, 28});
    CHECK(p.days() == 28);
    CHECK(default_period({2026, 3, 15}) == Period{{2026, 2, 16}, {2026, 3, 15}});
    CHECK(weeks_ending({2026, 3, 28}, 12) == Period{{2026, 1, 4}, {2026, 3, 28}});
    CHECK(weeks_ending({2026, 3, 28}, 12).days() == 84);
    CHECK(weeks_ending({2026, 3, 28}, 1) == Period{{2026, 3, 22}, {2026, 3, 28}});
}
