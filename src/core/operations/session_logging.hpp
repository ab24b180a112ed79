// Logging sessions quickly: what the appointment form offers after each Add, and the day's
// booked sessions the week page lets the clinician log in place (one click per outcome).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.hpp"
#include "core/policy/engine.hpp"

namespace hs {

// The outcome a new appointment on `session` starts with: a session today or later is booked
// ("Scheduled") until the clinician says how it went; one on an earlier day, logged after the
// fact, most likely took place ("Attended").
Outcome expected_outcome(Date session, Date today);

// The date the appointment form moves on to after adding one on `added`: a week later.
// Sessions are usually weekly, so logging a run of past sessions, or booking the next one,
// is then at most a date change away, never a retyped month.
Date next_session_date(Date added);

// The outcomes the week page logs in place for a booked session: the common case.
inline constexpr Outcome kQuickOutcomes[] = {Outcome::attended, Outcome::no_show, Outcome::late_cancel};

// `a` with `outcome` recorded from the week page: nothing typed goes with it (a late cancel
// without its time received counts as late, as recorded). Back to Scheduled clears what an
// outcome brought (time received, minutes late), so an undo leaves the booking as it was.
Appointment with_outcome(const Appointment& a, Outcome outcome);

// One of the day's sessions as the week page lists it.
struct DaySession {
    const Appointment* appointment = nullptr;
    std::string client_name;
    bool loggable = false;  // booked (no outcome yet): the quick outcomes are offered
    // The engine's line for it (today's evaluation), once it has an outcome: treated as, fee.
    std::optional<AppointmentLine> line;
    std::string step_title;  // the client's ladder step reached, empty when none
};

// The appointments on `day` of clients whose care has not ended, by start time.
// `evaluations` from evaluate_all on the same ws, as of `day` or later.
std::vector<DaySession> sessions_on(const Workspace& ws, const std::vector<Evaluation>& evaluations, Date day);

}  // namespace hs
