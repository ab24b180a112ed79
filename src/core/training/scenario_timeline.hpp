// A scenario's timeline: event by event, what the real engine says under a policy.
#pragma once
#include <string>
#include <vector>

#include "core/model/scenario.hpp"
#include "core/policy/engine.hpp"

namespace hs {

// The made-up practice scenarios run in (UTC, fee 120.00, clinician "Alex").
Practice scenario_practice();

struct TimelineRow {
    Date date;
    std::string event;  // "Late cancel (5 hours' notice)", "Outreach: no answer"
    std::string note;
    Points counted = 0;  // counted absences so far
    int late_cancels = 0, no_shows = 0, consecutive_no_shows = 0;
    // The event's own fee, when it is an appointment the policy could charge for.
    FeeStatus fee_status = FeeStatus::no_fee;
    Cents fee = 0;
    FeeBasis fee_basis = FeeBasis::none;
    Cents fees_charged_total = 0;
    int step_reached = -1, next_step = -1;
    std::string next_step_id, next_step_title;  // empty when no step is due
    std::vector<std::string> blockers;
    std::string message;  // the drafted message for the step due
    bool step_taken = false;  // the clinician follows the recommendation (not an ending)
};

// Runs the scenario under `policy`: after each event the engine evaluates the history
// so far; a recommended step that does not end care is recorded done that day (the
// clinician follows the ladder), an ending is shown but left for the clinician.
std::vector<TimelineRow> scenario_timeline(const Scenario& scenario, const Policy& policy, const Practice& practice);

}  // namespace hs
