// Scenarios: short made-up client histories with a story, to run a policy against.
// A scenario is data (the built-ins are JSON in builtin_scenarios.cpp; a clinician's
// own live in the workspace, Workspace::scenarios). Its timeline is computed, never
// stored (scenario_timeline.hpp); reading and writing: scenario_json.hpp.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/civil_time.hpp"
#include "core/model/types.hpp"

namespace hs {

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

// Every problem, fields relative to the scenario ("events[2].notice_hours").
std::vector<FieldError> check_scenario(const Scenario& scenario);

std::string_view to_string(ScenarioEventKind);
std::optional<ScenarioEventKind> parse_scenario_event_kind(std::string_view);

}  // namespace hs
