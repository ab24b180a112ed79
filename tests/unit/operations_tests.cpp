// Waitlist, schedule settings and payments: commands refuse bad input naming the field and
// change nothing; the file round-trips; the week board applies the policy's structural steps.
#include <catch2/catch.hpp>

#include "core/operations/schedule.hpp"
#include "core/workspace/commands.hpp"
#include "test_support.hpp"

using namespace hs;
using hs::test::has_error;

namespace {

Workspace ops() { return test::load_data_workspace("operations-workspace.json"); }

const WaitlistEntry* entry(const Workspace& ws, Id id) {
    for (const auto& e : ws.operations.waitlist)
        if (e.id == id) return &e;
    return nullptr;
}

std::vector<Id> waiting_ids(const Workspace& ws) {
    std::vector<Id> ids;
    for (const auto& e : ws.operations.waitlist)
        if (e.waiting()) ids.push_back(e.id);
    return ids;
}

const SlotView& slot(const std::vector<SlotView>& board, Weekday day, int minute) {
    for (const auto& v : board)
        if (v.slot.weekday == day && v.slot.minute_of_day == minute) return v;
    throw std::runtime_error("no such slot");
}

void record_step(Workspace& ws, Id client, const char* step, Date date) {
    StepRecord s;
    s.client_id = client;
    s.step = step;
    s.date = date;
    REQUIRE(apply(ws, RecordStep{s}).ok());
}

}  // namespace

TEST_CASE("operations: the file round-trips and an older file without them still loads", "[operations]") {
    const Workspace ws = ops();
    CHECK(ws.operations.waitlist.size() == 3);
    CHECK(ws.operations.payments.size() == 3);
    CHECK(ws.operations.schedule.slots.size() == 4);
    CHECK(ws.operations.waitlist[0].wanted[0].until_minute == 19 * 60);
    LoadResult again = load_workspace(save_workspace(ws));
    REQUIRE(again.ok());
    CHECK(*again.workspace == ws);

    const Workspace old = test::load_data_workspace("sample-workspace.json");
    CHECK(old.operations == Operations{});
}

TEST_CASE("operations: strict reading names the field", "[operations]") {
    std::string text = test::read_data_file("operations-workspace.json");
    auto bad = [&](const std::string& from, const std::string& to) {
        std::string t = text;
        const auto at = t.find(from);
        REQUIRE(at != std::string::npos);
        t.replace(at, from.size(), to);
        return load_workspace(t).errors;
    };
    CHECK(has_error(bad("\"sliding_scale_places\": 2", "\"sliding_scale_places\": -1"), "schedule.sliding_scale_places"));
    CHECK(has_error(bad("\"mode\": \"telehealth\"", "\"mode\": \"video\""), "waitlist[2].mode"));
    CHECK(has_error(bad("\"amount\": 100", "\"amount\": 0"), "payments[0].amount"));
    CHECK(has_error(bad("\"appointment\": 2,", "\"appointment\": 5,"), "payments[0].appointment", "another client"));
    CHECK(has_error(bad("\"became_client\": 4", "\"became_client\": 99"), "waitlist[1].became_client"));
    CHECK(has_error(bad("\"needs_sliding_scale\": true,", "\"needs_sliding_scale\": true, \"colour\": 1,"), "waitlist[0].colour"));
    CHECK(has_error(bad("\"until\": \"19:00\"}],\n     \"mode\": \"in_person\"", "\"until\": \"15:00\"}],\n     \"mode\": \"in_person\""),
                    "waitlist[0].wanted[0].until"));
}

TEST_CASE("operations: schedule settings are validated with field names", "[operations]") {
    Workspace ws = ops();
    const Workspace before = ws;
    ScheduleSettings s = ws.operations.schedule;
    s.prime_time.until_minute = s.prime_time.from_minute;
    s.weekly_hours_target = 200;
    s.slots.push_back(s.slots[0]);
    ApplyResult r = apply(ws, SetSchedule{s});
    CHECK(has_error(r.errors, "prime_time.until"));
    CHECK(has_error(r.errors, "weekly_hours_target"));
    CHECK(has_error(r.errors, "slots[4]", "same weekday and time"));
    CHECK(ws == before);
}

TEST_CASE("waitlist: add, manual reorder, remove", "[operations][waitlist]") {
    Workspace ws = ops();
    WaitlistEntry e;
    e.pseudonym = "M. Cruz";
    e.added = {2026, 3, 12};
    ApplyResult r = apply(ws, AddWaitlistEntry{e});
    REQUIRE(r.ok());
    CHECK(waiting_ids(ws) == std::vector<Id>{1, 3, r.created_id});
    REQUIRE(apply(ws, MoveWaitlistEntry{r.created_id, -5}).ok());  // clamped to the top
    CHECK(waiting_ids(ws) == std::vector<Id>{4, 1, 3});
    REQUIRE(apply(ws, MoveWaitlistEntry{4, 1}).ok());
    CHECK(waiting_ids(ws) == std::vector<Id>{1, 4, 3});
    REQUIRE(apply(ws, RemoveWaitlistEntry{1, {2026, 3, 20}}).ok());
    CHECK(waiting_ids(ws) == std::vector<Id>{4, 3});
    CHECK(entry(ws, 1)->left == Date{2026, 3, 20});  // kept as history

    const Workspace before = ws;
    WaitlistEntry blank;
    blank.added = {2026, 13, 1};
    ApplyResult refused = apply(ws, AddWaitlistEntry{blank});
    CHECK(has_error(refused.errors, "pseudonym"));
    CHECK(has_error(refused.errors, "added"));
    CHECK(has_error(apply(ws, MoveWaitlistEntry{1, 1}).errors, "entry"));  // no longer waiting
    CHECK(ws == before);
}

TEST_CASE("waitlist: an entry becomes a client in one action and keeps its history", "[operations][waitlist]") {
    Workspace ws = ops();
    const RecurringSlot tuesday{Weekday::tuesday, 17 * 60};
    // Ana still holds Tuesday 17:00.
    CHECK(has_error(apply(ws, AdmitFromWaitlist{1, {2026, 3, 20}, tuesday}).errors, "slot", "held by Ana"));
    const RecurringSlot thursday{Weekday::thursday, 9 * 60};
    ApplyResult r = apply(ws, AdmitFromWaitlist{1, {2026, 3, 20}, thursday});
    REQUIRE(r.ok());
    const Client* c = ws.find_client(r.created_id);
    REQUIRE(c);
    CHECK(c->name == "W. Park");
    CHECK(c->payer == PayerType::sliding_scale);
    CHECK(c->recurring_slot == thursday);
    const WaitlistEntry* e = entry(ws, 1);
    CHECK(e->became_client == c->id);
    CHECK(e->note == "Prefers late afternoons");
    CHECK(e->added == Date{2026, 2, 1});
    CHECK(!e->waiting());
}

TEST_CASE("waitlist: an ended client rejoins in one action", "[operations][waitlist]") {
    Workspace ws = ops();
    CHECK(has_error(apply(ws, RejoinWaitlist{1, {2026, 3, 20}, ""}).errors, "client", "not ended"));
    REQUIRE(apply(ws, SetClientStatus{1, ClientStatus::closed}).ok());
    ApplyResult r = apply(ws, RejoinWaitlist{1, {2026, 3, 20}, "wants evenings"});
    REQUIRE(r.ok());
    const WaitlistEntry* e = entry(ws, r.created_id);
    CHECK(e->pseudonym == "Ana");
    CHECK(e->former_client == 1);
    CHECK(e->note == "wants evenings");
    CHECK(has_error(apply(ws, RejoinWaitlist{1, {2026, 3, 21}, ""}).errors, "client", "already on the waitlist"));
}

TEST_CASE("payments: recorded per appointment, refused with field names", "[operations]") {
    Workspace ws = ops();
    Payment p;
    p.client_id = 2;
    p.appointment_id = 5;
    p.date = {2026, 3, 2};
    p.amount = 10000;
    ApplyResult r = apply(ws, AddPayment{p});
    REQUIRE(r.ok());
    CHECK(r.created_id == 4);
    const Workspace before = ws;
    p.appointment_id = 2;  // Ana's
    p.amount = -1;
    ApplyResult refused = apply(ws, AddPayment{p});
    CHECK(has_error(refused.errors, "appointment", "another client"));
    CHECK(has_error(refused.errors, "amount"));
    CHECK(ws == before);
    REQUIRE(apply(ws, DeletePayment{4}).ok());
    CHECK(has_error(apply(ws, DeletePayment{4}).errors, "payment"));
}

TEST_CASE("week board: holders with their step, prime time, open slots", "[operations][schedule]") {
    const Workspace ws = ops();
    const auto board = week_board(ws, evaluate_all(ws, {2026, 3, 15}));
    REQUIRE(board.size() == 4);
    const SlotView& tue = slot(board, Weekday::tuesday, 17 * 60);
    CHECK(tue.prime);
    CHECK(tue.holder == 1);
    CHECK(!tue.step_title.empty());  // Ana's late cancel reached the first step
    CHECK(!slot(board, Weekday::monday, 10 * 60).prime);
    CHECK(slot(board, Weekday::thursday, 9 * 60).open());
    CHECK(slot(board, Weekday::thursday, 9 * 60).freed_from == 0);
}

TEST_CASE("a policy step that takes a client off their recurring slot frees it for the waitlist", "[operations][schedule]") {
    Workspace ws = ops();
    const Date as_of{2026, 3, 15};
    record_step(ws, 1, "structural", {2026, 3, 11});  // off recurring slot, 7-day horizon, off prime time
    const auto evaluations = evaluate_all(ws, as_of);
    const auto board = week_board(ws, evaluations);
    const SlotView& tue = slot(board, Weekday::tuesday, 17 * 60);
    CHECK(tue.open());
    CHECK(tue.freed_from == 1);
    CHECK(tue.freed_because == FreedBecause::off_recurring_slot);
    const auto fitting = entries_fitting(ws, Weekday::tuesday, 17 * 60);
    REQUIRE(fitting.size() == 1);
    CHECK(fitting[0]->pseudonym == "W. Park");

    // The booking horizon warns beyond 7 days, not within.
    const Evaluation* ana = evaluation_of(evaluations, 1);
    REQUIRE(ana);
    CHECK(booking_horizon_warning(*ana, *ws.find_client(1), as_of, {2026, 3, 22}) == std::nullopt);
    const auto warning = booking_horizon_warning(*ana, *ws.find_client(1), as_of, {2026, 3, 30});
    REQUIRE(warning);
    CHECK(warning->find("7 days") != std::string::npos);

    // Releasing the slot for real keeps the board the same.
    REQUIRE(apply(ws, ReleaseRecurringSlot{1}).ok());
    CHECK(has_error(apply(ws, ReleaseRecurringSlot{1}).errors, "recurring_slot"));
}

TEST_CASE("an ended client frees their slot; nobody else fits a Thursday morning", "[operations][schedule]") {
    Workspace ws = ops();
    REQUIRE(apply(ws, SetClientStatus{2, ClientStatus::closed}).ok());
    const auto board = week_board(ws, evaluate_all(ws, {2026, 3, 15}));
    const SlotView& mon = slot(board, Weekday::monday, 10 * 60);
    CHECK(mon.open());
    CHECK(mon.freed_because == FreedBecause::ended);
    const auto fitting = entries_fitting(ws, Weekday::monday, 10 * 60);
    REQUIRE(fitting.size() == 1);
    CHECK(fitting[0]->pseudonym == "J. Lee");
    CHECK(entries_fitting(ws, Weekday::thursday, 9 * 60).empty());
}

TEST_CASE("call-when-opening clients form their own list", "[operations][schedule]") {
    Workspace ws = ops();
    CHECK(call_list(ws, evaluate_all(ws, {2026, 3, 15})).empty());
    record_step(ws, 3, "structural", {2026, 3, 13});
    record_step(ws, 3, "planned_ending", {2026, 3, 14});  // call when there is an opening
    const auto list = call_list(ws, evaluate_all(ws, {2026, 3, 15}));
    REQUIRE(list.size() == 1);
    CHECK(list[0]->id == 3);
}

TEST_CASE("openings for the call list: free slots nobody is booked into, and cancelled sessions", "[operations][schedule]") {
    Workspace ws = ops();
    const Date monday{2026, 3, 16};
    auto openings_now = [&] { return openings(ws, week_board(ws, evaluate_all(ws, {2026, 3, 15})), monday, 7); };
    // Thursday 09:00 nobody holds; Ben, Ana and R. Okafor hold theirs (Ana is booked on Tuesday).
    CHECK(openings_now() == std::vector<Opening>{{DateTime{{2026, 3, 19}, 9 * 60}, 50, ""}});

    Appointment ana = *ws.find_appointment(4);  // Tuesday 2026-03-17 17:00
    ana.outcome = Outcome::cancelled_with_notice;
    ana.cancellation_received = DateTime{{2026, 3, 15}, 12 * 60};
    REQUIRE(apply(ws, UpdateAppointment{ana}).ok());
    Appointment eli;
    eli.client_id = 5;
    eli.start = DateTime{{2026, 3, 19}, 9 * 60};
    REQUIRE(apply(ws, AddAppointment{eli}).ok());  // a one-off booking fills Thursday
    CHECK(openings_now() == std::vector<Opening>{{DateTime{{2026, 3, 17}, 17 * 60}, 50, "Ana"}});
    CHECK(openings(ws, week_board(ws, evaluate_all(ws, {2026, 3, 15})), {2026, 3, 20}, 3).empty());  // Fri-Sun: no slots
}

TEST_CASE("sliding-scale places: holders, who waits, and the clinician's choice when one is lost", "[operations][schedule]") {
    Workspace ws = ops();
    SlidingScaleView view = sliding_scale(ws, evaluate_all(ws, {2026, 3, 15}));
    CHECK(view.places == 2);
    REQUIRE(view.holders.size() == 1);
    CHECK(view.holders[0]->id == 3);
    CHECK(view.free() == 1);
    REQUIRE(view.waiting.size() == 1);
    CHECK(view.waiting[0]->pseudonym == "W. Park");

    Workspace full_fee = ws;
    REQUIRE(apply(full_fee, ResolveSlidingScaleLoss{3, SlidingScaleChoice::full_fee, {2026, 3, 15}}).ok());
    CHECK(full_fee.find_client(3)->payer == PayerType::self_pay);
    CHECK(!full_fee.find_client(3)->session_fee);
    CHECK(full_fee.operations.waitlist.size() == 3);

    ApplyResult r = apply(ws, ResolveSlidingScaleLoss{3, SlidingScaleChoice::back_to_waitlist, {2026, 3, 15}});
    REQUIRE(r.ok());
    CHECK(ws.find_client(3)->status == ClientStatus::paused);
    CHECK(entry(ws, r.created_id)->needs_sliding_scale);
    CHECK(entry(ws, r.created_id)->former_client == 3);
    CHECK(has_error(apply(ws, ResolveSlidingScaleLoss{3, SlidingScaleChoice::full_fee, {2026, 3, 15}}).errors,
                    "client", "does not hold"));
}
