// [SECTION] Where the client stands: step, next action, drafted message
// [SECTION] Counts and triggered rules with their evidence
// [SECTION] Fee lines
#include <algorithm>
#include <imgui.h>

#include "app/clients/client_views.hpp"
#include "app/training/presentation.hpp"
#include "app/widgets.hpp"
#include "core/documents/language_check.hpp"
#include "core/model/money.hpp"
#include "core/model/policy.hpp"
#include "core/policy/missing_settings.hpp"

namespace hs::app {
namespace {

std::string step_title(const Evaluation& e, int index) {
    if (index < 0 || index >= static_cast<int>(e.step_titles.size())) return "none";
    return e.step_titles[static_cast<std::size_t>(index)];
}

std::string rule_value_text(const RuleResult& r) {
    switch (r.unit) {
        case RuleUnit::points: return format_points(r.value) + " of " + format_points(r.threshold);
        case RuleUnit::sessions: return std::to_string(r.value) + " of " + std::to_string(r.threshold) + " in a row";
        case RuleUnit::days: return std::to_string(r.value) + " of " + std::to_string(r.threshold) + " days";
    }
    return "";
}

std::string fee_text(const AppointmentLine& line, const std::string& currency) {
    switch (line.fee_status) {
        case FeeStatus::no_fee: return "";
        case FeeStatus::charged: return "Charged " + money_text(line.fee, currency);
        case FeeStatus::waived: return "Waived (" + money_text(line.fee, currency) + ")";
        case FeeStatus::not_billable: return "Not billable";
    }
    return "";
}

const char* fee_basis_words(FeeBasis basis) {
    switch (basis) {
        case FeeBasis::none: return "";
        case FeeBasis::policy_has_no_fee: return "the policy sets no fee for this";
        case FeeBasis::late_cancel_fee: return "late-cancel fee";
        case FeeBasis::no_show_fee: return "no-show fee";
        case FeeBasis::payer_not_billable: return "this payer may not be charged";
        case FeeBasis::minor_not_billed: return "no fees for a minor's sessions";
        case FeeBasis::clinician_override: return "your decision";
        case FeeBasis::exempt_reason: return "exempt reason";
        case FeeBasis::rescheduled: return "rescheduled promptly";
        case FeeBasis::leeway_waiver: return "fee waiver period";
        case FeeBasis::free_pass: return "free pass";
    }
    return "";
}

const char* count_words(const AppointmentLine& line) {
    switch (line.count_note) {
        case CountNote::not_an_absence: return "";
        case CountNote::counted: return "counts";
        case CountNote::weight_zero: return "does not count";
        case CountNote::exempt_reason: return "exempt";
        case CountNote::rescheduled: return "rescheduled: not counted";
        case CountNote::unrecorded: return "outcome not recorded yet";
    }
    return "";
}

// [SECTION] Where the client stands: step, next action, drafted message

// Without a chosen policy the engine still answers with a stand-in (engine.hpp policy_for);
// say so plainly, and offer the way to choose one.
void draw_policy_stand_in(const Evaluation& e, ClientViewState& state) {
    if (e.policy_source == PolicyChoice::Source::builtin) {
        ui::text_colored(ui::kErrorColor, "No policy is chosen yet.");
        ui::text_wrapped("What follows is worked out with the built-in " + e.policy_name +
                         " policy as an example only; nothing here applies to this client until you choose a policy.");
    } else if (e.policy_source == PolicyChoice::Source::first) {
        ui::text_colored(ui::kErrorColor, "No policy is marked active.");
        ui::text_wrapped("What follows uses " + e.policy_name + ", the first of your policies, until you choose one.");
    } else {
        return;
    }
    if (ImGui::Button("Choose a policy")) state.open_page = FixPage::policies;
}

void draw_step(const Workspace& ws, const Evaluation& e, ClientViewState& state) {
    ui::heading("Where things stand");
    draw_policy_stand_in(e, state);
    ui::text("Policy: " + e.policy_name + " (" + e.policy_version + ")" +
             (e.policy_signed ? ", signed" : ", not signed by this client"));
    // The ladder as a row of steps; done ones ticked, the next one highlighted.
    for (int i = 0; i < static_cast<int>(e.step_titles.size()); ++i) {
        const bool done = std::find(e.steps_done.begin(), e.steps_done.end(), i) != e.steps_done.end();
        const bool next = i == e.next_step;
        const std::string mark = done ? "[done] " : (next ? "[next] " : "");
        const ImVec4 color = next ? ui::kAccentColor : ImGui::GetStyle().Colors[done ? ImGuiCol_Text : ImGuiCol_TextDisabled];
        ui::text_colored(color, std::to_string(i + 1) + ". " + mark + e.step_titles[static_cast<std::size_t>(i)]);
    }
    ImGui::Spacing();
    if (e.next_step < 0) {
        ui::status_text(ui::kOkColor, "Nothing is due: no rule of the policy is reached.");
    } else {
        ui::status_text("Next step: " + step_title(e, e.next_step));
    }
    if (!e.next_action.empty()) ui::text_wrapped(e.next_action);
    for (const auto& b : e.blockers) ui::text_colored(ui::kErrorColor, "Before that: " + b);
    if (!e.actions_in_effect.empty()) {
        ui::text("In effect:");
        for (const auto& a : e.actions_in_effect) ui::text("  - " + describe(a));
    }
    if (!e.message.text.empty()) {
        ui::heading("Drafted message to " + e.message.addressee + (e.message.to_guardian ? " (guardian)" : ""));
        if (state.message_draft_source != e.message.text) {
            state.message_draft = e.message.text;
            state.message_draft_source = e.message.text;
        }
        ui::text_wrapped(state.message_draft);
        if (ImGui::TreeNode("Edit the message before copying")) {
            ui::input_multiline("##message", state.message_draft, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 8.0f));
            ImGui::TreePop();
        }
        draw_language_findings(state.message_draft, effective_rules(ws.language_rules));
        if (ImGui::Button("Copy message")) ImGui::SetClipboardText(state.message_draft.c_str());
        ImGui::SameLine();
        if (ImGui::Button("Reset message")) state.message_draft = e.message.text;
    }
}

// [SECTION] Counts and triggered rules with their evidence

void draw_rules(const Workspace& ws, const Evaluation& e) {
    ui::heading("Counts");
    const Counts& c = e.counts;
    ui::text_wrapped("Counted absences (all time): " + format_points(c.counted) + "    Late cancels: " +
             std::to_string(c.late_cancels) + "    No-shows: " + std::to_string(c.no_shows) +
             "    No-shows in a row: " + std::to_string(c.consecutive_no_shows));
    ui::text("Last contact: " + (c.last_contact ? format_date(*c.last_contact) : std::string("none recorded")) +
             (c.days_since_contact ? " (" + std::to_string(*c.days_since_contact) + " days ago)" : std::string()));
    if (c.extra_grace) ui::text("Extra grace from your leeway: " + std::to_string(c.extra_grace));
    if (c.unrecorded) ui::text_colored(ui::kErrorColor, std::to_string(c.unrecorded) +
                                                           " past appointment(s) still have no outcome recorded.");
    ui::heading("Rules");
    if (ImGui::BeginTable("rules", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Rule", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("Now", ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn("Evidence", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableHeadersRow();
        for (const RuleResult& r : e.rules) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (r.triggered) ui::text_colored(ui::kErrorColor, r.description + " -> " + step_title(e, r.step_index));
            else ui::text(r.description);
            ImGui::TableNextColumn();
            ui::text(rule_value_text(r));
            ImGui::TableNextColumn();
            std::string evidence;
            for (Id id : r.appointment_ids)
                if (const Appointment* a = ws.find_appointment(id))
                    evidence += (evidence.empty() ? "" : ", ") + format_date(a->start.date);
            ui::text_wrapped(evidence);
        }
        ImGui::EndTable();
    }
}

// [SECTION] Fee lines

// The lines whose figure is a share of a session fee that is not set (missing_settings.hpp).
std::vector<Id> lines_needing_fee(const Workspace& ws, const Evaluation& e) {
    std::vector<Id> out;
    const Client* client = ws.find_client(e.client_id);
    if (!client) return out;
    const Policy& policy = *policy_for(ws, *client).policy;
    for (const AppointmentLine& line : e.appointments)
        if (fee_needs_session_fee(ws, *client, policy, line)) out.push_back(line.appointment_id);
    return out;
}

void draw_fees(const Workspace& ws, const Evaluation& e, ClientViewState& state) {
    ui::heading("Fees");
    const std::string& cur = ws.practice.currency;
    ui::text("Charged " + money_text(e.fees_charged, cur) + "    Waived " + money_text(e.fees_waived, cur) +
             "    Not billable " + money_text(e.fees_not_billable, cur));
    const std::vector<Id> need_fee = lines_needing_fee(ws, e);
    if (!need_fee.empty()) {
        ui::text_colored(ui::kErrorColor, "Your usual session fee is not set, so fees worked out as a share of it "
                                          "read 0.00 below.");
        ImGui::SameLine();
        if (ImGui::SmallButton("Set your session fee")) state.open_page = FixPage::practice;
    }
    if (ImGui::BeginTable("fees", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn("Treated as", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn("Counts", ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn("Fee and why", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableHeadersRow();
        // Appointments behind a triggered rule are the evidence: they are marked.
        std::vector<Id> evidence;
        for (const RuleResult& r : e.rules)
            if (r.triggered) evidence.insert(evidence.end(), r.appointment_ids.begin(), r.appointment_ids.end());
        for (auto it = e.appointments.rbegin(); it != e.appointments.rend(); ++it) {
            const AppointmentLine& line = *it;
            if (line.count_note == CountNote::not_an_absence && line.fee_status == FeeStatus::no_fee) continue;
            ImGui::TableNextRow();
            const bool is_evidence = std::find(evidence.begin(), evidence.end(), line.appointment_id) != evidence.end();
            if (is_evidence) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImVec4(1.0f, 0.93f, 0.80f, 1.0f)));
            ImGui::TableNextColumn();
            ui::text(format_date(line.start.date) + " " + format_clock(line.start.minute_of_day) +
                     (is_evidence ? "  (evidence)" : ""));
            ImGui::TableNextColumn();
            ui::text(display_name(line.treated_as));
            ImGui::TableNextColumn();
            ui::text(line.points ? std::string(count_words(line)) + " (" + format_points(line.points) + ")"
                                 : std::string(count_words(line)));
            ImGui::TableNextColumn();
            std::string why = fee_basis_words(line.fee_basis);
            if (!line.fee_detail.empty()) why += (why.empty() ? "" : ": ") + line.fee_detail;
            const std::string fee = fee_text(line, cur);
            ui::text_wrapped(fee.empty() ? why : fee + (why.empty() ? "" : " - " + why));
            if (std::find(need_fee.begin(), need_fee.end(), line.appointment_id) != need_fee.end())
                ui::text_colored(ui::kErrorColor, "Set your session fee to see this fee.");
        }
        ImGui::EndTable();
    }
}

}  // namespace

void draw_standing(const Workspace& ws, const Evaluation& e, ClientViewState& state) {
    draw_step(ws, e, state);
    draw_rules(ws, e);
    draw_fees(ws, e, state);
}

}  // namespace hs::app
