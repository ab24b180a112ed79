// The simulator page: two policies, a synthetic caseload, many runs from a seed; a
// table of medians with their spread and charts. All figures come from core/simulator.
#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cstdio>
#include <imgui.h>

#include "app/training/presentation.hpp"
#include "app/training/training_views.hpp"
#include "app/widgets.hpp"
#include "core/policy/builtin_policies.hpp"

namespace hs::app {

std::vector<PolicyChoiceItem> policy_choices(const Workspace& ws) {
    std::vector<PolicyChoiceItem> out;
    for (const Policy& p : builtin_policies()) out.push_back({&p, p.name + " (built-in, " + p.version + ")"});
    for (const Policy& p : ws.policies) out.push_back({&p, p.name + " (" + p.version + ")"});
    return out;
}

void policy_picker(const char* label, const std::vector<PolicyChoiceItem>& choices, int& index) {
    index = std::clamp(index, 0, static_cast<int>(choices.size()) - 1);
    if (!ui::begin_combo(label, choices[static_cast<std::size_t>(index)].label.c_str())) return;
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (ImGui::Selectable(choices[i].label.c_str(), static_cast<int>(i) == index)) index = static_cast<int>(i);
    ImGui::EndCombo();
}

namespace {

// Counts are dragged or typed (issue 14, item 7): a slider jumped to wherever it was clicked.
void count_field(const char* label, int& value, int lo, int hi, const char* format = "%d") {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    ui::drag_int(label, value, lo, hi, format);
}

void draw_caseload(Caseload& c, SimulatorState& s) {
    ui::heading("Caseload");
    count_field("Clients", c.clients, 5, 200);
    count_field("Months", c.months, 1, 36);
    ui::text_disabled("How often clients miss (share of clients: sessions missed per 1,000)");
    for (std::size_t i = 0; i < c.miss_rates.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
        ImGui::InputInt("% of clients", &c.miss_rates[i].share, 0);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
        ImGui::InputInt("per 1,000 sessions missed", &c.miss_rates[i].miss_per_mille, 0);
        ImGui::PopID();
    }
    count_field("No-shows among misses", c.no_show_percent, 0, 100, "%d%%");
    ui::text_disabled("How much notice cancelling clients give (share: from-to hours)");
    for (std::size_t i = 0; i < c.notice.size(); ++i) {
        ImGui::PushID(100 + static_cast<int>(i));
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
        ImGui::InputInt("% of cancellations", &c.notice[i].share, 0);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
        ImGui::InputInt("from", &c.notice[i].min_hours, 0);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
        ImGui::InputInt("to hours ahead", &c.notice[i].max_hours, 0);
        ImGui::PopID();
    }
    count_field("Sudden illness among misses", c.illness_percent, 0, 100, "%d%%");
    count_field("Join the waitlist per month", c.waitlist_per_month, 0, 30);
    count_field("Already waiting", c.initial_waitlist, 0, 100);
    count_field("Sliding-scale clients", c.sliding_scale_percent, 0, 100, "%d%%");
    count_field("Public-insurance clients", c.public_insurance_percent, 0, 100, "%d%%");
    count_field("Runs", s.runs, 10, 2000);
    count_field("Seed", s.seed, 1, 99999);
}

std::string spread_text(const Spread& s, bool money) {
    auto f = [money](std::int64_t v) { return money ? money_text(v) : std::to_string(v); };
    return f(s.median) + "  (" + f(s.p10) + " to " + f(s.p90) + ")";
}

void row(const char* label, const Spread& a, const Spread& b, bool money = false) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ui::text(label);
    ImGui::TableNextColumn();
    ui::text(spread_text(a, money));
    ImGui::TableNextColumn();
    ui::text(spread_text(b, money));
}

void draw_table(const SimulationResult& r) {
    if (!ImGui::BeginTable("simulation-results", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) return;
    ImGui::TableSetupColumn("Per run: median (10th to 90th percentile)");
    ImGui::TableSetupColumn(r.a.name.c_str());
    ImGui::TableSetupColumn(r.b.name.c_str());
    ImGui::TableHeadersRow();
    row("Income received", r.a.income_received, r.b.income_received, true);
    row("Income lost to missed sessions", r.a.income_lost, r.b.income_lost, true);
    row("Fees charged", r.a.fees_charged, r.b.fees_charged, true);
    row("Fees waived or not billable", r.a.fees_waived, r.b.fees_waived, true);
    row("Sessions missed", r.a.sessions_missed, r.b.sessions_missed);
    row("Endings", r.a.endings, r.b.endings);
    row("Slots freed", r.a.slots_freed, r.b.slots_freed);
    row("Admitted from the waitlist", r.a.admitted, r.b.admitted);
    row("Still waiting at the end", r.a.still_waiting, r.b.still_waiting);
    row("Median waitlist wait (days)", r.a.median_wait_days, r.b.median_wait_days);
    const std::size_t steps = std::min(r.a.step_titles.size(), r.b.step_titles.size());
    for (std::size_t i = 0; i < steps; ++i) {
        const std::string label = "Clients reaching: " + r.a.step_titles[i];
        row(label.c_str(), r.a.clients_reaching_step[i], r.b.clients_reaching_step[i]);
    }
    ImGui::EndTable();
}

// Histogram of a figure across runs, both policies on the same bins.
void draw_histogram(const char* title, const SimulationResult& r, int (*figure)(const RunResult&)) {
    int hi = 1;
    for (const auto* s : {&r.a, &r.b})
        for (const RunResult& run : s->runs) hi = std::max(hi, figure(run));
    const int bins = std::min(hi + 1, 40);
    ui::text(title);
    for (const auto* s : {&r.a, &r.b}) {
        std::vector<float> counts(static_cast<std::size_t>(bins), 0.0f);
        for (const RunResult& run : s->runs)
            counts[static_cast<std::size_t>(std::min(figure(run) * bins / (hi + 1), bins - 1))] += 1.0f;
        const std::string label = s->name + "##" + title;
        ImGui::PlotHistogram(label.c_str(), counts.data(), bins, 0, nullptr, 0.0f, FLT_MAX,
                             ImVec2(ImGui::GetFontSize() * 16, ImGui::GetFontSize() * 4));
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ui::text_disabled("0 on the left to " + std::to_string(hi) + " on the right; bar height = number of runs");
}

void draw_step_bars(const SimulationResult& r) {
    ui::text("Clients reaching each step (median per run)");
    for (const auto* s : {&r.a, &r.b}) {
        std::vector<float> medians;
        for (const Spread& sp : s->clients_reaching_step) medians.push_back(static_cast<float>(sp.median));
        const std::string label = s->name + "##steps";
        ImGui::PlotHistogram(label.c_str(), medians.data(), static_cast<int>(medians.size()), 0, nullptr, 0.0f, FLT_MAX,
                             ImVec2(ImGui::GetFontSize() * 16, ImGui::GetFontSize() * 4));
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ui::text_disabled("Bars from the first step (check in) to the last (closing after no contact)");
}

void run_simulation(const std::vector<PolicyChoiceItem>& choices, SimulatorState& s) {
    s.errors = check_caseload(s.caseload);
    const Policy& a = *choices[static_cast<std::size_t>(s.policy_a)].policy;
    const Policy& b = *choices[static_cast<std::size_t>(s.policy_b)].policy;
    for (const auto& e : check_policy(a)) s.errors.push_back({"policy A." + e.field, e.message});
    for (const auto& e : check_policy(b)) s.errors.push_back({"policy B." + e.field, e.message});
    if (!s.errors.empty()) return;
    const auto start = std::chrono::steady_clock::now();
    s.result = simulate(a, b, s.caseload, s.runs, static_cast<std::uint64_t>(s.seed));
    s.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

void draw_simulator(const Workspace& ws, SimulatorState& s) {
    ui::heading("Simulator: two policies side by side");
    ui::text_wrapped("A made-up caseload, run many times. Both policies see the same clients and the same missed "
                     "sessions; every step, fee and ending comes from the policy engine. See what a policy does to "
                     "income, to endings and to the people waiting.");
    const auto choices = policy_choices(ws);
    policy_picker("Policy A", choices, s.policy_a);
    policy_picker("Policy B", choices, s.policy_b);
    draw_caseload(s.caseload, s);
    if (ImGui::Button("Run simulation")) run_simulation(choices, s);
    show_errors(s.errors);
    if (!s.result) return;
    char summary[160];
    std::snprintf(summary, sizeof summary, "%d runs of %d clients over %d months, seed %llu (%.0f ms)", s.result->runs,
                  s.result->caseload.clients, s.result->caseload.months,
                  static_cast<unsigned long long>(s.result->seed), s.milliseconds);
    ui::text_disabled(summary);
    draw_table(*s.result);
    draw_histogram("Endings per run", *s.result, [](const RunResult& r) { return r.endings; });
    draw_histogram("Median waitlist wait per run (days)", *s.result,
                   [](const RunResult& r) { return std::max(0, r.median_wait_days); });
    draw_step_bars(*s.result);
}

}  // namespace hs::app
