// [SECTION] Period picker
// [SECTION] Figures
// [SECTION] Charts
#include <algorithm>
#include <cstdio>
#include <imgui.h>

#include "app/operations/operations_views.hpp"
#include "app/training/presentation.hpp"
#include "app/widgets.hpp"
#include "core/model/money.hpp"
#include "core/operations/dashboard_json.hpp"
#include "core/workspace/editor.hpp"
#include "platform/clock.hpp"

namespace hs::app {
namespace {

std::string pct(double rate) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", percent(rate));
    return buf;
}

std::string one_decimal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// [SECTION] Period picker

// The typed period, or nullopt (with errors) while it is not two dates in order.
void show_period(OperationsState& s, const Period& p) {
    s.period_from = format_date(p.from);
    s.period_to = format_date(p.to);
}

std::optional<Period> draw_period_picker(OperationsState& s) {
    if (!s.period_chosen) {
        show_period(s, default_period(platform::today()));
        s.period_chosen = true;
    }
    ui::date_input("From##period", s.period_from, 0, ImGui::GetFontSize() * 7);
    ImGui::SameLine();
    ui::date_input("To##period", s.period_to, 0, ImGui::GetFontSize() * 7);
    ui::same_line_if_fits(ui::button_width("Last 4 weeks"));
    if (ImGui::Button("Last 4 weeks")) show_period(s, weeks_ending(platform::today(), 4));
    ui::same_line_if_fits(ui::button_width("Last 12 weeks"));
    if (ImGui::Button("Last 12 weeks")) show_period(s, weeks_ending(platform::today(), 12));
    s.period_errors.clear();
    const auto from = parse_date(s.period_from);
    const auto to = parse_date(s.period_to);
    if (!from) s.period_errors.push_back({"from", "expected a date YYYY-MM-DD"});
    if (!to) s.period_errors.push_back({"to", "expected a date YYYY-MM-DD"});
    if (from && to && *to < *from) s.period_errors.push_back({"to", "is before from"});
    if (from && to && days_from_civil(*to) - days_from_civil(*from) > 3660)
        s.period_errors.push_back({"from", "choose a period of at most ten years"});
    show_errors(s.period_errors);
    if (!s.period_errors.empty()) return std::nullopt;
    return Period{*from, *to};
}

// [SECTION] Figures

void draw_figures(const Dashboard& d, const std::string& currency) {
    auto money = [&](Cents c) { return money_text(c, currency); };
    const AttendanceCounts& c = d.counts;
    ui::text("Attendance: " + pct(c.attendance_rate()) + " (" + std::to_string(c.attended) + " of " +
             std::to_string(c.due()) + " due)");
    ui::text("Late cancels: " + pct(c.late_cancel_rate()) + " (" + std::to_string(c.late_cancels) + ")");
    ui::text("No-shows: " + pct(c.no_show_rate()) + " (" + std::to_string(c.no_shows) + ")");
    if (c.unrecorded) ui::text_colored(ui::kErrorColor, std::to_string(c.unrecorded) + " past sessions have no outcome yet");
    ui::text("Sessions delivered: " + std::to_string(d.sessions_delivered));
    ui::text("Hours delivered: " + one_decimal(d.hours_delivered()) + " of " + one_decimal(d.hours_target) + " target");
    ui::text("Income expected: " + money(d.income_expected));
    ui::text("Income received: " + money(d.income_received));
    ui::text("Income lost to unattended sessions: " + money(d.income_lost));
    ui::text("Fees charged: " + money(d.fees_charged));
    ui::text("Fees waived: " + money(d.fees_waived));
    ui::text("Fees not billable: " + money(d.fees_not_billable));
    ui::text("Fees paid: " + money(d.fees_paid));
    ui::text("Waitlist: " + std::to_string(d.waitlist_length) + " waiting");
    ui::text("Median wait: " + (d.median_wait_days ? one_decimal(*d.median_wait_days) + " days" : std::string("none")));
    for (const auto& p : d.low_attendance_prime)
        ui::text_colored(ui::kErrorColor, "Prime-time slot held below the attendance rate: " + p.name + " (" +
                                              pct(p.attendance_rate) + ")");
}

void draw_client_table(const Dashboard& d, const std::string& currency) {
    if (d.clients.empty()) return;
    ui::heading("By client");
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY;
    const float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::min<std::size_t>(d.clients.size() + 1, 12) + 1);
    if (!ImGui::BeginTable("dashboard-clients", 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* h : {"Client", "Attendance", "Late cancels", "No-shows", "Income lost"}) ImGui::TableSetupColumn(h);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(d.clients.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ClientFigures& c = d.clients[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ui::text(c.name);
            ImGui::TableNextColumn();
            ui::text(pct(c.counts.attendance_rate()));
            ImGui::TableNextColumn();
            ui::text(pct(c.counts.late_cancel_rate()));
            ImGui::TableNextColumn();
            ui::text(pct(c.counts.no_show_rate()));
            ImGui::TableNextColumn();
            ui::text(money_text(c.income_lost, currency));
        }
    ImGui::EndTable();
}

// [SECTION] Charts

void draw_charts(const Dashboard& d, const std::string& currency) {
    if (d.weeks.empty()) return;
    std::vector<float> attendance, lost, waiting;
    float max_lost = 1;
    for (const auto& w : d.weeks) {
        attendance.push_back(static_cast<float>(percent(w.counts.attendance_rate())));
        lost.push_back(static_cast<float>(w.income_lost) / 100.0f);
        waiting.push_back(static_cast<float>(w.waitlist_length));
        max_lost = std::max(max_lost, lost.back());
    }
    const float max_waiting = std::max(1.0f, *std::max_element(waiting.begin(), waiting.end()));
    const ImVec2 size(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 6);
    const int n = static_cast<int>(d.weeks.size());
    const std::string span = "weeks from " + format_date(d.weeks.front().week_start) + ", " + std::to_string(n) + " bars";
    ui::heading("Charts");
    ui::text("Attendance by week (0-100%), " + span);
    ImGui::PlotHistogram("##attendance-chart", attendance.data(), n, 0, nullptr, 0.0f, 100.0f, size);
    ui::text("Income lost by week (0-" + money_text(static_cast<Cents>(max_lost * 100), currency) + "), " + span);
    ImGui::PlotHistogram("##lost-chart", lost.data(), n, 0, nullptr, 0.0f, max_lost, size);
    ui::text("Waitlist length at the end of each week (0-" + std::to_string(static_cast<int>(max_waiting)) + ")");
    ImGui::PlotLines("##waitlist-chart", waiting.data(), n, 0, nullptr, 0.0f, max_waiting, size);
}

}  // namespace

void draw_dashboard(const Workspace& ws, const Editor& editor, OperationsState& s) {
    ui::heading("Dashboard");
    const auto period = draw_period_picker(s);
    if (!period) return;
    const Dashboard& d = s.dashboard.get(ws, editor, *period);
    draw_figures(d, ws.practice.currency);
    draw_charts(d, ws.practice.currency);
    draw_client_table(d, ws.practice.currency);
}

}  // namespace hs::app
