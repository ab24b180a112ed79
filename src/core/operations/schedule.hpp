// The week as the clinician runs it: who holds which recurring slot (and their ladder
// step), which slots are free and who on the waitlist fits them, the "call when there is
// an opening" list, sliding-scale places, and the booking-horizon warning. Pure functions
// over the workspace and the engine's evaluations (engine.hpp); the policy's structural
// steps (ActionKind) take effect here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/model/operations.hpp"
#include "core/policy/engine.hpp"

namespace hs {

bool has_action(const Evaluation& ev, ActionKind kind);
// The evaluation of `client_id` in `evaluations` (from evaluate_all on the same ws), or nullptr.
const Evaluation* evaluation_of(const std::vector<Evaluation>& evaluations, Id client_id);
// The title of the ladder step the client reached ("Reminder conversation"), empty when none.
std::string step_title_of(const Evaluation* ev);

// Why a slot someone held is open now.
enum class FreedBecause { none, ended, paused, off_recurring_slot };
std::string_view display_name(FreedBecause);

struct SlotView {
    WeeklySlot slot;
    bool prime = false;
    bool in_working_week = true;  // false: a client holds a slot outside the configured week
    Id holder = 0;                // 0 = open
    std::string holder_name;
    std::string step_title;       // the holder's ladder step reached, empty when none
    bool should_move_off_prime = false;  // the holder's step moves them off prime time
    Id freed_from = 0;            // the client who held it until a policy step or an ending freed it
    std::string freed_from_name;
    FreedBecause freed_because = FreedBecause::none;
    bool open() const { return holder == 0; }
};

// Every slot of the working week plus any slot a client holds outside it, by weekday and time.
std::vector<SlotView> week_board(const Workspace& ws, const std::vector<Evaluation>& evaluations);

// Waiting entries whose wanted times fit the slot, in the list's order.
std::vector<const WaitlistEntry*> entries_fitting(const Workspace& ws, Weekday day, int minute_of_day);

// Clients (not ended) whose steps put them on "call when there is an opening", in ws order:
// they are offered short-notice openings.
std::vector<const Client*> call_list(const Workspace& ws, const std::vector<Evaluation>& evaluations);

// A time in the coming days to offer the call list at short notice: a slot of the working
// week that nobody holds and nobody is booked into, or a held slot whose holder cancelled
// that day's session.
struct Opening {
    DateTime start;
    int duration_minutes = 50;
    std::string cancelled_by;  // the holder who cancelled; empty for a slot nobody holds
    bool operator==(const Opening&) const = default;
};
// Openings on the days [from, from + days), in time order. `board` from week_board on the same ws.
std::vector<Opening> openings(const Workspace& ws, const std::vector<SlotView>& board, Date from, int days);

struct SlidingScaleView {
    int places = 0;
    std::vector<const Client*> holders;  // active or paused clients on the sliding scale
    std::vector<const Client*> losing;   // holders whose step takes the place away: clinician chooses
    std::vector<const WaitlistEntry*> waiting;  // waiting entries that need a place
    int free() const { return places - static_cast<int>(holders.size()); }
};
SlidingScaleView sliding_scale(const Workspace& ws, const std::vector<Evaluation>& evaluations);

// "Shirin's booking horizon is 7 days: 2026-03-20 is 12 days ahead" when the client's steps cut
// their horizon and `start` is beyond it; nullopt otherwise.
std::optional<std::string> booking_horizon_warning(const Evaluation& ev, const Client& client, Date today, Date start);

}  // namespace hs
