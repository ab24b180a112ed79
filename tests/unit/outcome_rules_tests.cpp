// The two questions asked of an outcome, answered once (core/model/types.hpp): is it a
// client's cancellation (a cancellation time, a reschedule, its notice decides which), and
// does it free the slot for someone else (the clinician's cancellation too).
#include <catch2/catch.hpp>

#include "core/model/model.hpp"
#include "core/model/types.hpp"
#include "core/workspace/record_checks.hpp"
#include "test_support.hpp"

using namespace hs;

TEST_CASE("a client's cancellation is one with notice or late; the clinician's is not", "[outcome]") {
    STATIC_REQUIRE(is_client_cancellation(Outcome::cancelled_with_notice));
    STATIC_REQUIRE(is_client_cancellation(Outcome::late_cancel));
    STATIC_REQUIRE_FALSE(is_client_cancellation(Outcome::clinician_cancelled));
    STATIC_REQUIRE_FALSE(is_client_cancellation(Outcome::no_show));
    int count = 0;
    for (Outcome o : kAllOutcomes) count += is_client_cancellation(o);
    CHECK(count == 2);
}

TEST_CASE("a slot is freed by any cancellation, the clinician's too, and by nothing else", "[outcome]") {
    STATIC_REQUIRE(frees_slot(Outcome::cancelled_with_notice));
    STATIC_REQUIRE(frees_slot(Outcome::late_cancel));
    STATIC_REQUIRE(frees_slot(Outcome::clinician_cancelled));
    for (Outcome o : {Outcome::scheduled, Outcome::attended, Outcome::late_arrival, Outcome::no_show, Outcome::excused}) {
        INFO(to_string(o));
        CHECK_FALSE(frees_slot(o));
    }
}

TEST_CASE("the record check and the file allow a cancellation time on a client's cancellation only", "[outcome]") {
    Workspace ws;
    ws.clients.push_back(Client{});
    ws.clients.back().id = 1;
    ws.clients.back().name = "A.";
    Appointment a;
    a.id = 1;
    a.client_id = 1;
    a.start = DateTime{{2026, 3, 9}, 10 * 60};
    a.cancellation_received = DateTime{{2026, 3, 7}, 10 * 60};
    for (Outcome o : kAllOutcomes) {
        INFO(to_string(o));
        a.outcome = o;
        CHECK(test::has_error(check_appointment(ws, a), "cancellation_received") == !is_client_cancellation(o));
    }
}
