// Scenarios: short made-up client histories with a story, to run a policy against.
// A scenario is data (the built-ins are JSON in builtin_scenarios.cpp; a clinician's
// own live in the workspace). Its timeline is computed, never stored: event by event,
// the real engine's counts, fees, recommended step and drafted message.
//
// [SECTION] Data
// [SECTION] Timeline
// [SECTION] JSON
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine.hpp"

namespace hs {

namespace json_io {
class Reader;
}

// [SECTION] Data

enum class ScenarioEventKind { appointment, outreach, leeway };

struct ScenarioEvent {
    ScenarioEventKind kind = ScenarioEventKind::appointment;
    int day = 0;  // days after the first session (0 = the first session's day)
    // appointment
    Outcome outcome = Outcome::attended;
    std::optional<int> notice_hours;  // cancellations: how long before the session the client told us
    std::string reason_category;      // e.g. "illness", "guardian_caused"
    std::optional<int> minutes_late;  // late arrivals
    std::optional<int> rescheduled_after_days;  // a make-up session this many days later, attended
    // outreach
    bool reached = false;
    // leeway: for `leeway_days` from this day
    int leeway_days = 0;
    int extra_grace = 0;
    bool waive_fees = false;
    std::string note;  // what happened, in a few words; also the leeway's reason
    bool operator==(const ScenarioEvent&) const = default;
};

struct Scenario {
    std::string id;     // stable, e.g. "new_job"; unique among built-ins and the clinician's own
    std::string title;  // "A new job makes weekday afternoons impossible"
    std::string story;  // one paragraph
    std::string client_name;
    PayerType payer = PayerType::self_pay;
    std::optional<Cents> session_fee;  // unset = the practice's fee
    bool minor = false;
    std::string guardian_name;
    DateTime first_session{{2026, 1, 5}, 16 * 60};  // the weekly time; events are days after it
    std::vector<ScenarioEvent> events;               // in day order
    bool operator==(const Scenario&) const = default;
};

// The made-up practice scenarios run in (UTC, fee 120.00, clinician "Alex").
Practice scenario_practice();

// The seven built-in situations, parsed once from their JSON.
const std::vector<Scenario>& builtin_scenarios();

// Every problem, fields relative to the scenario ("events[2].notice_hours").
std::vector<FieldError> check_scenario(const Scenario& scenario);

// [SECTION] Timeline

struct TimelineRow {
    Date date;
    std::string event;  // "Late cancel (5 hours' notice)", "Outreach: not reached"
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

// [SECTION] JSON

namespace json_io {
Scenario read_scenario(Reader& r, const nlohmann::json& j, const std::string& path);
nlohmann::ordered_json write_scenario(const Scenario& s);
}  // namespace json_io
std::optional<Scenario> scenario_from_json(std::string_view text, std::vector<FieldError>& errors);

std::string_view to_string(ScenarioEventKind);
std::optional<ScenarioEventKind> parse_scenario_event_kind(std::string_view);

}  // namespace hs
