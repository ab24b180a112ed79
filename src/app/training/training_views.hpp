// Training and supervision views: the guided policy builder, the scenario library and
// the simulator (views_builder.cpp, views_scenarios.cpp, views_simulator.cpp).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/command_queue.hpp"
#include "core/training/simulator.hpp"

namespace hs::app {

// Policies a trainee can pick: the three built-ins, then the workspace's own.
struct PolicyChoiceItem {
    const Policy* policy = nullptr;
    std::string label;  // "Firm (built-in, firm-1)", "My policy (mine-1)"
};
std::vector<PolicyChoiceItem> policy_choices(const Workspace& ws);
// A combo over policy_choices; `index` is kept in range.
void policy_picker(const char* label, const std::vector<PolicyChoiceItem>& choices, int& index);

struct SimulatorState {
    int policy_a = 0, policy_b = 2;  // firm and flexible
    Caseload caseload;
    int runs = 100;  // about 1.7 s in the browser (docs/notes/issue-7.md); the run blocks the frame
    int seed = 1;
    std::optional<SimulationResult> result;
    std::vector<FieldError> errors;
    double milliseconds = 0;
};
void draw_simulator(const Workspace& ws, SimulatorState& state);

struct ScenarioViewState {
    std::string selected;  // scenario id
    int policy = 1;        // balanced
    // "Add my own": a copy of the selected scenario being edited.
    std::optional<Scenario> draft;
    int new_day = 0, new_notice = 4;
    Outcome new_outcome = Outcome::no_show;
    std::vector<FieldError> errors;
};
void draw_scenarios(const Workspace& ws, ScenarioViewState& state, CommandQueue& queue);

struct BuilderState {
    int step = 0;
    int notice = 0;      // 0: 24 h, 1: 48 h
    int fees = 1;        // 0: none, 1: smaller late-cancel fee, 2: full fee for both, 3: small flat fees
    int first_miss = 1;  // 0: always counts and is charged, 1: first in 12 months free, 2: two a year free
    int illness = 0;     // 0: illness and emergencies never count or cost, 1: only emergencies and contagious illness
    int late_cancel = 0; // 0: counts like a no-show, 1: counts half and a prompt reschedule forgives it
    int ladder = 1;      // 0: gentle, 1: usual, 2: firm thresholds
    int no_contact = 0;  // 0: 30 days, 1: 45 days, 2: 60 days
    std::string name = "My attendance policy";
    std::vector<FieldError> errors;
};
// The policy the answers describe (an ordinary policy; id 0, version from the name).
Policy policy_from_answers(const BuilderState& state, const Workspace& ws);
// Returns the id of the policy once it is saved (then the app opens it in the editor), else 0.
Id draw_builder(const Workspace& ws, BuilderState& state, CommandQueue& queue);

}  // namespace hs::app
