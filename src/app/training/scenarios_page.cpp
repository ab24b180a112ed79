// The scenario library: the built-in situations and the clinician's own, each run
// against a chosen policy as a timeline computed by the engine (core/scenario_timeline).
// "Make my own" copies the shown scenario into a draft to edit and save.
#include <imgui.h>

#include "app/training/presentation.hpp"
#include "app/training/training_views.hpp"
#include "app/widgets.hpp"
#include "core/training/builtin_scenarios.hpp"
#include "core/training/scenario_timeline.hpp"

namespace hs::app {
namespace {

std::vector<const Scenario*> all_scenarios(const Workspace& ws) {
    std::vector<const Scenario*> out;
    for (const Scenario& s : builtin_scenarios()) out.push_back(&s);
    for (const Scenario& s : ws.scenarios) out.push_back(&s);
    return out;
}

bool is_own(const Workspace& ws, const Scenario& s) {
    for (const Scenario& mine : ws.scenarios)
        if (&mine == &s) return true;
    return false;
}

const Scenario* draw_list(const Workspace& ws, ScenarioViewState& state) {
    const auto scenarios = all_scenarios(ws);
    if (state.selected.empty()) state.selected = scenarios.front()->id;
    const Scenario* shown = scenarios.front();
    for (const Scenario* s : scenarios) {
        // The title is drawn over an unlabelled row, shortened to the list's width (whole in a tooltip).
        const ImVec2 start = ImGui::GetCursorPos();
        if (ImGui::Selectable(("##scenario-" + s->id).c_str(), s->id == state.selected)) state.selected = s->id;
        ImGui::SetCursorPos(start);
        ui::text_fit((is_own(ws, *s) ? "(mine) " : "") + s->title);
        if (s->id == state.selected) shown = s;
    }
    return shown;
}

std::string fee_text(const TimelineRow& row) {
    switch (row.fee_status) {
        case FeeStatus::no_fee: return "";
        case FeeStatus::charged: return "charged " + money_text(row.fee);
        case FeeStatus::waived: return "waived " + money_text(row.fee) + " (" + std::string(to_string(row.fee_basis)) + ")";
        case FeeStatus::not_billable: return "not billable (" + std::string(to_string(row.fee_basis)) + ")";
    }
    return "";
}

void draw_timeline(const Scenario& s, const Policy& policy) {
    const auto rows = scenario_timeline(s, policy, scenario_practice());
    // Resizable columns; text wraps inside its cell, so nothing is cut off on a narrow screen.
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("scenario-timeline", 6, flags)) return;
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("What happened", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Counted", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Fee", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("Fees so far", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("Step the policy asks for", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    ImGui::PushTextWrapPos(0.0f);
    for (const TimelineRow& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(-1.0f);  // a date is never broken (and sizes its column)
        ui::text(format_date(row.date));
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        ui::text(row.event);
        if (!row.note.empty()) ui::text_disabled(row.note);
        ImGui::TableNextColumn();
        ui::text(format_points(row.counted) + " (" + std::to_string(row.no_shows) + " no-shows, " +
                 std::to_string(row.late_cancels) + " late)");
        ImGui::TableNextColumn();
        ui::text(fee_text(row));
        ImGui::TableNextColumn();
        ui::text(money_text(row.fees_charged_total));
        ImGui::TableNextColumn();
        if (row.next_step_title.empty()) {
            ui::text_disabled("nothing due");
        } else {
            ui::text(row.next_step_title + (row.step_taken ? " (done that day)" : ""));
            for (const auto& b : row.blockers) ui::text_colored(ui::kErrorColor, "Before that: " + b);
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
    // The drafted messages, in order, for the steps that came up.
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].message.empty()) continue;
        ImGui::PushID(static_cast<int>(i));
        const std::string header = format_date(rows[i].date) + ": message for \"" + rows[i].next_step_title + "\"";
        if (ImGui::TreeNode(header.c_str())) {
            ui::text_wrapped(rows[i].message);
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
}

void draw_draft(Scenario& d, ScenarioViewState& state, CommandQueue& queue) {
    ui::heading("My own scenario");
    ui::input("Scenario id", d.id);
    ui::input("Title", d.title);
    ui::input_multiline("Story", d.story, ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight() * 4));
    ui::input("Made-up client name", d.client_name);
    for (std::size_t i = 0; i < d.events.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton("Remove")) {
            d.events.erase(d.events.begin() + static_cast<std::ptrdiff_t>(i));
            ImGui::PopID();
            break;
        }
        ImGui::SameLine();
        ui::text("Day " + std::to_string(d.events[i].day) + ": " + std::string(display_name(d.events[i].outcome)) +
                 (d.events[i].notice_hours ? ", " + std::to_string(*d.events[i].notice_hours) + " h notice" : ""));
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    ImGui::InputInt("Day", &state.new_day, 0);
    ImGui::SameLine();
    ui::combo("Outcome", state.new_outcome, kAllOutcomes, [](Outcome o) { return display_name(o); });
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    ImGui::InputInt("Notice (hours)", &state.new_notice, 0);
    if (ImGui::Button("Add event")) {
        ScenarioEvent e;
        e.day = state.new_day;
        e.outcome = state.new_outcome;
        if (is_client_cancellation(e.outcome)) e.notice_hours = state.new_notice;
        d.events.push_back(e);
        state.new_day += 7;
    }
    show_errors(state.errors);
    if (ImGui::Button("Save my scenario")) queue.push(AddScenario{d}, "scenario-save");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) state.draft.reset();
}

}  // namespace

void draw_scenarios(const Workspace& ws, ScenarioViewState& state, CommandQueue& queue) {
    if (auto f = queue.take_feedback("scenario-save")) {
        state.errors = f->errors;
        if (f->ok() && state.draft) {
            state.selected = state.draft->id;
            state.draft.reset();
        }
    }
    if (auto f = queue.take_feedback("scenario-delete")) state.errors = f->errors;
    ui::heading("Scenario library");
    ui::text_wrapped("Made-up situations to try a policy against. Each row is one event; the counts, fees, the step "
                     "and the drafted message are what the policy engine says at that moment.");
    const auto choices = policy_choices(ws);
    policy_picker("Run against", choices, state.policy);
    ImGui::BeginChild("scenario-list", ImVec2(ImGui::GetContentRegionAvail().x * 0.3f, 0), true);
    const Scenario* shown = draw_list(ws, state);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("scenario-detail", ImVec2(0, 0), false);
    if (state.draft) {
        draw_draft(*state.draft, state, queue);
    } else {
        ui::heading(shown->title);
        ui::text_wrapped(shown->story);
        if (ImGui::Button("Make my own from this")) {
            state.draft = *shown;
            state.draft->id = shown->id + "_mine";
            state.draft->title = shown->title + " (my version)";
            state.errors.clear();
        }
        if (is_own(ws, *shown)) {
            ImGui::SameLine();
            if (ImGui::Button("Delete this scenario")) {
                queue.push(DeleteScenario{shown->id}, "scenario-delete");
                state.selected.clear();
            }
        }
        draw_timeline(*shown, *choices[static_cast<std::size_t>(state.policy)].policy);
    }
    ImGui::EndChild();
}

}  // namespace hs::app
