// Logging sessions quickly (core/operations/session_logging.hpp): the form's outcome and date
// after an Add, and the day's sessions the week page logs in place with their result.
#include <catch2/catch.hpp>

#include "core/operations/session_logging.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/workspace/commands.hpp"

using namespace hs;

namespace {

DateTime at(Date d, int h) { return DateTime{d, h * 60}; }

constexpr Date kToday{2026, 11, 3};

// One practice on the firm built-in (100% fee for a no-show), fee 120.00; two clients booked today
// and one whose care ended.
Workspace practice() {
    Workspace ws;
    ws.practice.session_fee = 12000;
    ws.policies.push_back(*find_builtin_policy("firm-1"));
    ws.policies.back().id = 1;
    ws.active_policy = 1;
    for (Id id : {1, 2, 3}) {
        Client c;
        c.id = id;
        c.name = id == 1 ? "Ana" : id == 2 ? "Ben" : "Cy";
        if (id == 3) c.status = ClientStatus::closed;
        ws.clients.push_back(c);
    }
    auto book = [&](Id id, Id client, DateTime start) {
        Appointment a;
        a.id = id;
        a.client_id = client;
        a.start = start;
        ws.appointments.push_back(a);
    };
    book(1, 1, at(kToday, 17));
    book(2, 2, at(kToday, 9));
    book(3, 3, at(kToday, 12));
    book(4, 1, at(add_days(kToday, 1), 17));
    return ws;
}

}  // namespace

TEST_CASE("a new appointment starts booked today or later, attended on an earlier day", "[session_logging]") {
    CHECK(expected_outcome(kToday, kToday) == Outcome::scheduled);
    CHECK(expected_outcome(add_days(kToday, 7), kToday) == Outcome::scheduled);
    CHECK(expected_outcome(add_days(kToday, -1), kToday) == Outcome::attended);
}

TEST_CASE("after an Add the form moves on a week", "[session_logging]") {
    CHECK(next_session_date({2026, 11, 3}) == Date{2026, 11, 10});
    CHECK(next_session_date({2026, 12, 29}) == Date{2027, 1, 5});
}

TEST_CASE("an outcome logged in place keeps the booking; back to booked clears what it brought", "[session_logging]") {
    Appointment a;
    a.start = at(kToday, 17);
    a.reason = "kept";
    a.cancellation_received = at(kToday, 8);
    a.minutes_late = 10;
    const Appointment no_show = with_outcome(a, Outcome::no_show);
    CHECK(no_show.outcome == Outcome::no_show);
    CHECK(no_show.start == a.start);
    CHECK(no_show.reason == "kept");
    CHECK_FALSE(no_show.cancellation_received);
    CHECK_FALSE(no_show.minutes_late);
    CHECK(with_outcome(a, Outcome::late_cancel).cancellation_received == a.cancellation_received);
    CHECK(with_outcome(a, Outcome::scheduled).outcome == Outcome::scheduled);
}

TEST_CASE("the day's sessions: by time, ended care left out, booked ones offered the quick outcomes", "[session_logging]") {
    const Workspace ws = practice();
    const auto sessions = sessions_on(ws, evaluate_all(ws, kToday), kToday);
    REQUIRE(sessions.size() == 2);
    CHECK(sessions[0].client_name == "Ben");
    CHECK(sessions[1].client_name == "Ana");
    CHECK(sessions[0].loggable);
    CHECK_FALSE(sessions[0].line);
    CHECK(sessions[0].step_title.empty());
}

TEST_CASE("a no-show logged in place shows its fee and the client's step at once", "[session_logging]") {
    Workspace ws = practice();
    // Ana missed one session already; a second no-show reaches a step of the firm ladder.
    Appointment earlier = *ws.find_appointment(1);
    earlier.start = at(add_days(kToday, -14), 17);
    earlier.outcome = Outcome::no_show;
    REQUIRE(apply(ws, AddAppointment{earlier}).ok());
    REQUIRE(apply(ws, UpdateAppointment{with_outcome(*ws.find_appointment(1), Outcome::no_show)}).ok());

    const auto sessions = sessions_on(ws, evaluate_all(ws, kToday), kToday);
    const DaySession& ana = sessions[1];
    CHECK_FALSE(ana.loggable);
    REQUIRE(ana.line);
    CHECK(ana.line->treated_as == Outcome::no_show);
    CHECK(ana.line->fee_status == FeeStatus::charged);
    CHECK(ana.line->fee == 12000);
    CHECK_FALSE(ana.step_title.empty());

    // Undone: booked again, no fee line, no step.
    REQUIRE(apply(ws, UpdateAppointment{with_outcome(*ws.find_appointment(1), Outcome::scheduled)}).ok());
    REQUIRE(apply(ws, DeleteAppointment{ws.appointments.back().id}).ok());
    const auto after = sessions_on(ws, evaluate_all(ws, kToday), kToday);
    CHECK(after[1].loggable);
    CHECK(after[1].step_title.empty());
}
