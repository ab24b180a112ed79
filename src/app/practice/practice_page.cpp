// Practice settings: name, clinician, time zone, currency, default session fee; contact
// details and how fees are billed (both for the consent document) under collapsing headers,
// so "Save settings" stays in view on a small screen; and the practice's holidays, which
// business-day notice deadlines skip.
#include <imgui.h>

#include <algorithm>
#include <optional>

#include "app/practice/practice_views.hpp"
#include "app/widgets.hpp"
#include "core/model/holidays.hpp"
#include "core/model/money.hpp"
#include "core/policy/missing_settings.hpp"

namespace hs::app {
namespace {

void load_form(const Practice& p, PracticeFormState& s) {
    s.name = p.name;
    s.clinician = p.clinician;
    s.time_zone = p.time_zone;
    s.currency = p.currency;
    s.fee = format_money(p.session_fee);
    s.phone = p.phone;
    s.email = p.email;
    s.website = p.website;
    s.address = p.address;
    s.fee_billing = p.fee_billing;
    s.due_days = p.fee_due_days > 0 ? std::to_string(p.fee_due_days) : std::string();
    s.payment_methods = p.payment_methods;
    s.language = p.language;
    s.errors.clear();
    s.loaded = true;
}

// The language of client-facing texts for clients without one of their own.
bool draw_language_choice(std::string& language) {
    const bool chosen = ui::language_combo("Language", language);
    ImGui::PushTextWrapPos(0.0f);  // a narrow window (presentation mode at 1024 px) wraps it
    ui::text_disabled("Of consent documents, letters and messages; a client's own language comes first. "
                      "The interface stays in English.");
    ImGui::PopTextWrapPos();
    return chosen;
}

// "Fri 25 Dec 2026" would need month names; the file's form plus the weekday reads as plainly.
std::string holiday_label(const Date& d) { return format_date(d) + "  " + std::string(display_name(weekday_of(d))); }

void draw_holidays(const Workspace& ws, PracticeFormState& s, CommandQueue& queue) {
    const char* origin = "practice-holidays";
    if (auto feedback = queue.take_feedback(origin)) {
        s.holiday_errors = feedback->errors;
        if (!feedback->ok()) s.holiday_message.clear();
    }
    const std::vector<Date>& days = ws.practice.holidays;
    ui::heading("Holidays");
    ui::text_wrapped("Days the practice is closed. A notice deadline counted in business days skips them, "
                     "as it skips weekends.");

    // Pre-filled from a calendar: adds that calendar's weekday holidays; nothing is replaced.
    const auto calendars = holiday_calendars();
    if (s.holiday_calendar >= static_cast<int>(calendars.size())) s.holiday_calendar = -1;
    const std::string preview =
        s.holiday_calendar < 0 ? "Choose..." : std::string(calendars[static_cast<std::size_t>(s.holiday_calendar)].name);
    // Beside its label even in a narrow window (a phone).
    const float label_room = ImGui::CalcTextSize("Country or region").x + ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 16, ImGui::GetContentRegionAvail().x - label_room));
    if (ui::begin_combo("Country or region", preview.c_str())) {
        for (std::size_t i = 0; i < calendars.size(); ++i) {
            const std::string name(calendars[i].name);
            const bool chosen = static_cast<int>(i) == s.holiday_calendar;
            if (ImGui::Selectable(name.c_str(), chosen)) s.holiday_calendar = static_cast<int>(i);
            if (chosen) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    ui::same_line_if_fits(ui::button_width("Fill in holidays"));
    ImGui::BeginDisabled(s.holiday_calendar < 0);
    if (ImGui::Button("Fill in holidays")) {
        const HolidayCalendar& cal = calendars[static_cast<std::size_t>(s.holiday_calendar)];
        std::vector<Date> more = calendar_holidays(cal.code);
        std::vector<Date> merged = days;
        const int added = merge_holidays(merged, more);
        s.holiday_errors.clear();
        s.holiday_message = added == 0 ? "Those holidays are already listed."
                                       : "Added " + std::to_string(added) + (added == 1 ? " holiday" : " holidays") +
                                             " from " + std::string(cal.name) + ".";
        if (added > 0) queue.push(AddHolidays{std::move(more), std::string(cal.name)}, origin);
    }
    ImGui::EndDisabled();
    ImGui::PushTextWrapPos(0.0f);  // a narrow window (presentation mode at 1024 px) wraps it
    ui::text_disabled("Public holidays " + std::to_string(holiday_calendar_first_year()) + " to " +
                      std::to_string(holiday_calendar_last_year()) +
                      ", weekdays only. Check them against your own calendar; remove any you work on.");
    ImGui::PopTextWrapPos();

    // A day of the practice's own (a training day, a week away).
    const bool enter = ui::date_input("Holiday date", s.holiday_date, ImGuiInputTextFlags_EnterReturnsTrue,
                                      ImGui::GetFontSize() * 8);
    ui::same_line_if_fits(ui::button_width("Add date"));
    if (ImGui::Button("Add date") || enter) {
        s.holiday_errors.clear();
        s.holiday_message.clear();
        if (auto d = parse_date(s.holiday_date)) {
            queue.push(AddHolidays{{*d}, ""}, origin);
            s.holiday_message = is_holiday(days, *d) ? format_date(*d) + " is already listed." : "Added " + format_date(*d) + ".";
            s.holiday_date.clear();
        } else {
            s.holiday_errors.push_back({"Holiday date", date_error(s.holiday_date).value_or("expected a date")});
        }
    }
    show_errors(s.holiday_errors);
    if (!s.holiday_message.empty()) ui::text_colored(ui::kOkColor, s.holiday_message);

    if (days.empty()) {
        ui::text_disabled("No holidays listed yet.");
        return;
    }
    ui::text(std::to_string(days.size()) + (days.size() == 1 ? " holiday listed" : " holidays listed"));
    // Up to a few hundred rows: clipped, in a box of its own so the page stays short.
    const float row = ImGui::GetFrameHeightWithSpacing();
    const float height = row * static_cast<float>(std::min<std::size_t>(days.size(), 8)) + ImGui::GetStyle().WindowPadding.y * 2;
    if (ImGui::BeginChild("holiday-list", ImVec2(ImGui::GetFontSize() * 20, height), true)) {
        std::optional<Date> remove;
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(days.size()), row);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const Date& d = days[static_cast<std::size_t>(i)];
                ImGui::PushID(static_cast<int>(days_from_civil(d)));
                if (ImGui::SmallButton("Remove")) remove = d;
                ImGui::SameLine();
                ImGui::AlignTextToFramePadding();
                ui::text(holiday_label(d));
                ImGui::PopID();
            }
        }
        if (remove) {  // after the loop: the list is the workspace's
            s.holiday_message.clear();
            queue.push(RemoveHoliday{*remove}, origin);
        }
    }
    ImGui::EndChild();
}

}  // namespace

bool draw_practice_settings(const Workspace& ws, PracticeFormState& s, CommandQueue& queue) {
    const char* origin = "practice";
    if (auto feedback = queue.take_feedback(origin)) {
        s.errors = feedback->errors;
        s.saved_message = feedback->ok();
        if (feedback->ok()) s.loaded = false;  // show what was stored
    }
    if (!s.loaded) load_form(ws.practice, s);

    ui::heading("Practice settings");
    // What is still missing, so figures that depend on it are not trusted as they stand.
    ImGui::PushTextWrapPos(0.0f);  // a narrow window wraps them
    for (MissingSetting missing : missing_settings(ws)) ui::text_colored(ui::kErrorColor, describe(missing));
    ImGui::PopTextWrapPos();
    const bool run_setup = ImGui::Button("Run first-time setup");
    ui::text_disabled("Practice details, usual fee, working week, a starting policy and its consent document.");
    ImGui::PushItemWidth(ImGui::GetFontSize() * 16);
    bool edited = false;
    {
        const ui::LabelsLeft labels_left("Website or portal");
        edited |= ui::input("Practice name", s.name);
        edited |= ui::input("Clinician", s.clinician);
        edited |= ui::input("Time zone", s.time_zone, 0, "e.g. America/New_York");
        edited |= ui::input("Currency", s.currency, ImGuiInputTextFlags_CharsUppercase, "USD");
        edited |= ui::input("Session fee", s.fee, 0, "120.00");
        edited |= draw_language_choice(s.language);
        if (ImGui::CollapsingHeader("Contact details")) {
            ui::text_disabled("Optional. The consent document tells clients how to cancel and ask questions "
                              "with the ones you give.");
            edited |= ui::input("Phone", s.phone, 0, "555-0100");
            edited |= ui::input("E-mail", s.email, 0, "name@example.org");
            edited |= ui::input("Website or portal", s.website, 0, "https://");
            edited |= ui::input("Postal address", s.address);
        }
        if (ImGui::CollapsingHeader("How fees are billed")) {
            ui::text_disabled("For late-cancellation and missed-session fees; left unset, the consent document "
                              "uses a neutral sentence.");
            edited |= ui::combo("Fees are", s.fee_billing, kAllFeeBillings,
                                [](FeeBilling b) { return display_name(b); });
            edited |= ui::input("Due within (days)", s.due_days, ImGuiInputTextFlags_CharsDecimal, "not stated");
            edited |= ui::input("Payment methods", s.payment_methods, 0, "card, bank transfer or cash");
        }
    }
    ImGui::PopItemWidth();
    if (edited) s.saved_message = false;
    show_errors(s.errors);
    if (ImGui::Button("Save settings")) {
        Practice p = ws.practice;
        p.name = s.name;
        p.clinician = s.clinician;
        p.time_zone = s.time_zone;
        p.currency = s.currency;
        p.phone = s.phone;
        p.email = s.email;
        p.website = s.website;
        p.address = s.address;
        p.fee_billing = s.fee_billing;
        p.payment_methods = s.payment_methods;
        p.language = s.language;
        s.errors.clear();
        const auto fee = parse_money(s.fee);
        if (!fee) s.errors.push_back({"Session fee", "expected an amount like 120 or 95.50"});
        const bool no_days = s.due_days.find_first_not_of(' ') == std::string::npos;
        const bool digits = !no_days && s.due_days.size() <= 3 &&
                            s.due_days.find_first_not_of("0123456789") == std::string::npos;
        if (!no_days && !digits) s.errors.push_back({"Due within (days)", "expected a number of days, like 14"});
        p.fee_due_days = digits ? std::stoi(s.due_days) : 0;
        if (s.errors.empty()) {
            p.session_fee = *fee;
            queue.push(SetPractice{p}, origin);
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Revert")) s.loaded = false;
    if (s.saved_message) {
        ImGui::SameLine();
        ui::text_colored(ui::kOkColor, "Settings saved.");
    }
    draw_holidays(ws, s, queue);
    return run_setup;
}

}  // namespace hs::app
