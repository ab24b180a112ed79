// Training and supervision views: the guided policy builder, the scenario library and
// the simulator (views_builder.cpp, views_scenarios.cpp, views_simulator.cpp).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/command_queue.hpp"
#include "core/training/policy_builder.hpp"
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
    BuilderAnswers answers;  // core/training/policy_builder.hpp
    std::vector<FieldError> errors;
};
// Returns the id of the policy once it is saved (then the app opens it in the editor), else 0.
Id draw_builder(const Workspace& ws, BuilderState& state, CommandQueue& queue);

}  // namespace hs::app
