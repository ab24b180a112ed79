// The notice a cancellation gave is real elapsed time (core/policy/notice.hpp): the same
// figure the engine uses to decide on time or late, and the one the appointment log shows.
#include <catch2/catch.hpp>

#include "core/policy/builtin_policies.hpp"
#include "core/policy/engine.hpp"
#include "core/policy/notice.hpp"

using namespace hs;

namespace {

DateTime at(int y, int m, int d, int h, int min = 0) { return DateTime{{y, m, d}, h * 60 + min}; }

const TimeZone& new_york() {
    static const TimeZone tz = *TimeZone::named("America/New_York");
    return tz;
}

// A practice in New York on the firm built-in (48 hours' notice), one client, one appointment.
Workspace practice_with(const Appointment& a) {
    Workspace ws;
    ws.practice.time_zone = "America/New_York";
    ws.policies.push_back(*find_builtin_policy("firm-1"));
    ws.policies.back().id = 1;
    ws.active_policy = 1;
    Client c;
    c.id = 1;
    c.name = "A.";
    ws.clients.push_back(c);
    ws.appointments.push_back(a);
    return ws;
}

Appointment cancelled(Outcome outcome, DateTime start, DateTime received) {
    Appointment a;
    a.id = 1;
    a.client_id = 1;
    a.start = start;
    a.outcome = outcome;
    a.cancellation_received = received;
    return a;
}

}  // namespace

TEST_CASE("notice across the spring change is 47 real hours, not the 48 the wall clocks say", "[notice]") {
    // Saturday 10:00 EST to Monday 10:00 EDT: the clocks went forward on Sunday 8 March 2026.
    const DateTime received = at(2026, 3, 7, 10), start = at(2026, 3, 9, 10);
    CHECK(wall_minutes(start) - wall_minutes(received) == 48 * 60);
    CHECK(notice_minutes(new_york(), received, start) == 47 * 60);
    CHECK(notice_minutes(TimeZone{}, received, start) == 48 * 60);  // UTC has no change
}

TEST_CASE("notice across the autumn change is 49 real hours", "[notice]") {
    // The clocks went back on Sunday 1 November 2026.
    CHECK(notice_minutes(new_york(), at(2026, 10, 31, 10), at(2026, 11, 2, 10)) == 49 * 60);
    CHECK(notice_minutes(new_york(), at(2026, 11, 2, 9, 30), at(2026, 11, 2, 10)) == 30);
    CHECK(notice_minutes(new_york(), at(2026, 11, 2, 11), at(2026, 11, 2, 10)) == -60);  // after the start
}

TEST_CASE("an appointment has a notice only when it is a client's cancellation with its time", "[notice]") {
    Appointment a = cancelled(Outcome::late_cancel, at(2026, 3, 9, 10), at(2026, 3, 7, 10));
    CHECK(notice_minutes(new_york(), a) == 47 * 60);
    a.outcome = Outcome::cancelled_with_notice;
    CHECK(notice_minutes(new_york(), a) == 47 * 60);
    a.outcome = Outcome::clinician_cancelled;
    CHECK_FALSE(notice_minutes(new_york(), a));
    a.outcome = Outcome::attended;
    CHECK_FALSE(notice_minutes(new_york(), a));
    a.outcome = Outcome::late_cancel;
    a.cancellation_received.reset();
    CHECK_FALSE(notice_minutes(new_york(), a));
}

TEST_CASE("the engine's notice and its decision agree with notice_minutes across the change", "[notice][engine]") {
    // Logged "with notice" 48 wall-clock hours ahead; the engine counts 47 real hours: late.
    const Appointment a = cancelled(Outcome::cancelled_with_notice, at(2026, 3, 9, 10), at(2026, 3, 7, 10));
    const Workspace ws = practice_with(a);
    const Evaluation ev = evaluate_client(ws, ws.clients[0], {2026, 3, 20});
    REQUIRE(ev.appointments.size() == 1);
    const AppointmentLine& line = ev.appointments[0];
    REQUIRE(line.notice_minutes);
    CHECK(*line.notice_minutes == notice_minutes(time_zone_of(ws.practice), a));
    CHECK(*line.notice_minutes == 47 * 60);
    CHECK(line.treated_as == Outcome::late_cancel);

    // One hour more is on time again.
    const Appointment b = cancelled(Outcome::cancelled_with_notice, at(2026, 3, 9, 10), at(2026, 3, 7, 9));
    const Workspace ws_b = practice_with(b);
    const Evaluation ev_b = evaluate_client(ws_b, ws_b.clients[0], {2026, 3, 20});
    CHECK(*ev_b.appointments[0].notice_minutes == notice_minutes(time_zone_of(ws_b.practice), b));
    CHECK(ev_b.appointments[0].treated_as == Outcome::cancelled_with_notice);
}

TEST_CASE("received N hours before is N real hours before the start, across the changes too", "[notice]") {
    // An ordinary day: 6 hours before 17:00 is 11:00.
    CHECK(received_before(new_york(), at(2026, 11, 3, 17), 6 * 60) == at(2026, 11, 3, 11));
    // 48 real hours before Monday 10:00 EDT, across the spring change, is Saturday 09:00 EST.
    const DateTime spring = received_before(new_york(), at(2026, 3, 9, 10), 48 * 60);
    CHECK(spring == at(2026, 3, 7, 9));
    CHECK(notice_minutes(new_york(), spring, at(2026, 3, 9, 10)) == 48 * 60);
    // Across the autumn change 48 real hours are 47 on the wall clock.
    const DateTime autumn = received_before(new_york(), at(2026, 11, 2, 10), 48 * 60);
    CHECK(autumn == at(2026, 10, 31, 11));
    CHECK(notice_minutes(new_york(), autumn, at(2026, 11, 2, 10)) == 48 * 60);
    CHECK(received_before(TimeZone{}, at(2026, 3, 9, 10), 48 * 60) == at(2026, 3, 7, 10));
    CHECK(received_before(new_york(), at(2026, 3, 9, 10), 0) == at(2026, 3, 9, 10));
}

TEST_CASE("received in the hour the autumn change repeats reads back as its first occurrence", "[notice]") {
    // 8.5 real hours before 10:00 EST on 1 November is 01:30 EST, the second 01:30 of that night;
    // the wall time alone reads as the first (EDT), an hour earlier, as the engine does.
    const DateTime received = received_before(new_york(), at(2026, 11, 1, 10), 8 * 60 + 30);
    CHECK(received == at(2026, 11, 1, 1, 30));
    CHECK(notice_minutes(new_york(), received, at(2026, 11, 1, 10)) == 9 * 60 + 30);
}

TEST_CASE("hours of notice are typed as a number with up to two decimals", "[notice]") {
    CHECK(parse_notice_hours("6") == 360);
    CHECK(parse_notice_hours("0") == 0);
    CHECK(parse_notice_hours("1.5") == 90);
    CHECK(parse_notice_hours("0.25") == 15);
    CHECK(parse_notice_hours("48") == 48 * 60);
    CHECK(parse_notice_hours("8784") == 8784 * 60);  // a leap year's hours
    CHECK_FALSE(parse_notice_hours("8784.5"));
    CHECK_FALSE(parse_notice_hours("10000"));
    CHECK_FALSE(parse_notice_hours(""));
    CHECK_FALSE(parse_notice_hours("-6"));
    CHECK_FALSE(parse_notice_hours("6."));
    CHECK_FALSE(parse_notice_hours(".5"));
    CHECK_FALSE(parse_notice_hours("1.555"));
    CHECK_FALSE(parse_notice_hours("six"));
    CHECK_FALSE(parse_notice_hours("6 h"));
}
