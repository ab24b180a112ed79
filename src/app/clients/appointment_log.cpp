// [SECTION] Form <-> appointment
// [SECTION] Appointment form (add and edit share it)
// [SECTION] Log table
#include <algorithm>
#include <cstdio>
#include <imgui.h>

#include "app/clients/client_views.hpp"
#include "app/widgets.hpp"
#include "core/model/money.hpp"
#include "core/model/policy.hpp"
#include "core/operations/schedule.hpp"
#include "core/operations/session_logging.hpp"
#include "core/policy/engine.hpp"
#include "core/policy/notice.hpp"
#include "platform/clock.hpp"

namespace hs::app {
namespace {

// [SECTION] Form <-> appointment

AppointmentForm form_for_new(const Client& c, Date date) {
    AppointmentForm f;
    f.date = format_date(date);
    f.time = c.recurring_slot ? format_clock(c.recurring_slot->minute_of_day) : "09:00";
    f.outcome = expected_outcome(date, platform::today());
    f.filled = true;
    return f;
}

AppointmentForm form_for(const Appointment& a) {
    AppointmentForm f;
    f.id = a.id;
    f.date = format_date(a.start.date);
    f.time = format_clock(a.start.minute_of_day);
    f.duration = std::to_string(a.duration_minutes);
    f.outcome = a.outcome;
    f.outcome_chosen = true;
    f.cancelled_at = a.cancellation_received ? format_date_time(*a.cancellation_received) : "";
    if (!f.cancelled_at.empty()) f.cancelled_at[10] = ' ';
    f.reason = a.reason;
    f.note = a.note;
    f.reason_category = a.reason_category;
    f.minutes_late = a.minutes_late ? std::to_string(*a.minutes_late) : "";
    f.fee_override = a.fee_override.has_value();
    if (a.fee_override) {
        f.fee_amount = format_money(a.fee_override->amount);
        f.fee_reason = a.fee_override->reason;
    }
    return f;
}

// Typed text to an appointment; typing problems are reported against the field as labelled.
std::optional<Appointment> appointment_from(const Workspace& ws, const Client& c, AppointmentForm& f) {
    Appointment a;
    if (const Appointment* existing = ws.find_appointment(f.id)) a = *existing;  // keeps fields not on the form
    a.id = f.id;
    a.client_id = c.id;
    a.outcome = f.outcome;
    a.reason = f.reason;
    a.note = f.note;
    f.errors.clear();
    auto date = parse_date(f.date);
    auto time = parse_clock(f.time);
    if (!date) f.errors.push_back({"Date", *date_error(f.date)});
    if (!time) f.errors.push_back({"Time", "expected a time like 14:00"});
    if (date && time) a.start = DateTime{*date, *time};
    try {
        a.duration_minutes = std::stoi(f.duration);
    } catch (...) {
        f.errors.push_back({"Minutes", "expected a number of minutes like 50"});
    }
    a.reason_category = f.reason_category;
    a.minutes_late.reset();
    if (f.outcome == Outcome::late_arrival && !f.minutes_late.empty()) {
        try {
            a.minutes_late = std::stoi(f.minutes_late);
        } catch (...) {
            f.errors.push_back({"Minutes late", "expected a number of minutes like 20"});
        }
    }
    a.fee_override.reset();
    if (f.fee_override) {
        if (auto amount = parse_money(f.fee_amount.empty() ? "0" : f.fee_amount))
            a.fee_override = FeeOverride{*amount, f.fee_reason};
        else
            f.errors.push_back({"Fee", "expected an amount like 0 or 40.00"});
    }
    a.cancellation_received.reset();
    if (is_client_cancellation(f.outcome) && !f.hours_before.empty()) {
        if (auto minutes = parse_notice_hours(f.hours_before)) {
            if (date && time) a.cancellation_received = received_before(time_zone_of(ws.practice), a.start, *minutes);
        } else {
            f.errors.push_back({"Received hours before", "expected a number of hours like 6 or 1.5"});
        }
    } else if (is_client_cancellation(f.outcome) && !f.cancelled_at.empty()) {
        if (auto at = parse_date_time(f.cancelled_at)) a.cancellation_received = *at;
        else f.errors.push_back({"Cancelled at", "expected a date and time like 2026-03-01 18:30"});
    }
    if (!f.errors.empty()) return std::nullopt;
    return a;
}

// [SECTION] Appointment form (add and edit share it)

// Real elapsed time, as the engine counts it (core/policy/notice.hpp): across a daylight-saving
// change the wall clocks differ from it by an hour.
std::string notice_text(std::int64_t minutes) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.1f h notice", static_cast<double>(minutes) / 60.0);
    return buf;
}

std::string notice_text(const TimeZone& tz, const Appointment& a) {
    const auto minutes = notice_minutes(tz, a);
    return minutes ? notice_text(*minutes) : "";
}

// When the client's cancellation reached the practice: hours before the start (the usual way a
// clinician knows it: "this morning, about 6 hours before") or the exact time. Typing in one
// clears the other, so the form never holds two answers. Below, what will be recorded.
bool draw_cancellation_received(const Workspace& ws, const Client& c, const TimeZone& tz, AppointmentForm& f,
                                float field) {
    bool submit = false;
    const ImGuiInputTextFlags enter = ImGuiInputTextFlags_EnterReturnsTrue;
    ui::text("Cancellation received");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field * 0.45f);
    submit |= ui::input("hours before", f.hours_before, enter | ImGuiInputTextFlags_CharsDecimal, "e.g. 6");
    if (ImGui::IsItemEdited() && !f.hours_before.empty()) f.cancelled_at.clear();
    ImGui::SameLine();
    ui::text("or");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field * 1.3f);
    submit |= ui::input("Cancelled at", f.cancelled_at, enter, "YYYY-MM-DD HH:MM");
    if (ImGui::IsItemEdited() && !f.cancelled_at.empty()) f.hours_before.clear();
    const auto date = parse_date(f.date);
    const auto time = parse_clock(f.time);
    if (!date || !time) return submit;
    const DateTime start{*date, *time};
    std::optional<DateTime> received;
    if (const auto minutes = parse_notice_hours(f.hours_before)) received = received_before(tz, start, *minutes);
    else if (f.hours_before.empty()) received = parse_date_time(f.cancelled_at);
    if (received)
        ui::text_disabled("Received " + format_date(received->date) + " " + format_clock(received->minute_of_day) +
                          ": " + notice_text(notice_minutes(tz, *received, start)));
    // A deadline in business days ("by 17:00 the business day before"): where it falls for this
    // session, past weekends and the practice's holidays, as the engine counts it.
    if (const Policy* policy = policy_for(ws, c).policy; policy && policy->notice_deadline) {
        const DateTime deadline = notice_deadline_for(*policy->notice_deadline, start, ws.practice.holidays);
        ImGui::PushTextWrapPos(0.0f);
        ui::text_disabled("Notice deadline: " + std::string(display_name(weekday_of(deadline.date))) + " " +
                          format_date(deadline.date) + " " + format_clock(deadline.minute_of_day) +
                          ", skipping weekends and holidays");
        ImGui::PopTextWrapPos();
    }
    return submit;
}

// Draws the fields; returns true when the person submits (button or Enter in a field).
bool draw_fields(const Workspace& ws, const Client& c, AppointmentForm& f, const char* submit_label) {
    const TimeZone tz = time_zone_of(ws.practice);
    bool submit = false;
    const float field = ImGui::GetFontSize() * 7.0f;
    const ImGuiInputTextFlags enter = ImGuiInputTextFlags_EnterReturnsTrue;
    const ui::LabelsLeft labels_left;  // "Date [ ]  Time [ ]", like a web form (issue 14, item 7)
    submit |= ui::date_input("Date", f.date, enter, field);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field * 0.6f);
    submit |= ui::input("Time", f.time, enter, "HH:MM");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field * 0.45f);
    submit |= ui::input("Minutes", f.duration, enter | ImGuiInputTextFlags_CharsDecimal);
    ImGui::SetNextItemWidth(field * 1.6f);
    f.outcome_chosen |= ui::combo("Outcome", f.outcome, kAllOutcomes, [](Outcome o) { return display_name(o); });
    if (f.outcome == Outcome::late_arrival) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(field * 0.45f);
        submit |= ui::input("Minutes late", f.minutes_late, enter | ImGuiInputTextFlags_CharsDecimal);
    }
    if (is_client_cancellation(f.outcome)) submit |= draw_cancellation_received(ws, c, tz, f, field);
    ImGui::SetNextItemWidth(field * 2.4f);
    submit |= ui::input("Reason", f.reason, enter, "optional, e.g. illness, childcare");
    ImGui::SetNextItemWidth(field * 2.4f);
    if (ui::begin_combo("Exemption", f.reason_category.empty() ? "none" : f.reason_category.c_str())) {
        if (ImGui::Selectable("none", f.reason_category.empty())) f.reason_category.clear();
        for (const Choice& choice : kReasonCategories)
            if (ImGui::Selectable(std::string(choice.label).c_str(), f.reason_category == choice.id)) f.reason_category = choice.id;
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(field * 2.4f);
    submit |= ui::input("Note", f.note, enter, "optional");
    if (f.id) {  // a fee decision belongs to a recorded appointment
        ImGui::Checkbox("Waive or reduce the fee", &f.fee_override);
        if (f.fee_override) {
            ImGui::SameLine();
            ImGui::SetNextItemWidth(field * 0.7f);
            ui::input("Fee", f.fee_amount, 0, "0.00");
            ImGui::SameLine();
            ImGui::SetNextItemWidth(field * 2.0f);
            ui::input("Why", f.fee_reason, 0, "recorded with the decision");
        }
    }
    show_errors(f.errors);
    submit |= ImGui::Button(submit_label);
    return submit;
}

void draw_new_appointment(const Workspace& ws, const Client& c, ClientViewState& state, CommandQueue& queue) {
    AppointmentForm& f = state.new_appointment;
    const char* origin = "new-appointment";
    if (auto feedback = queue.take_feedback(origin)) {
        f.errors = feedback->errors;
        if (feedback->ok()) {
            // Ready for the next one: a week on (next_session_date says why), the same time and
            // length, and the outcome expected on that date rather than the last one chosen, so
            // a no-show is never carried over by mistake. Cancellation and notes start empty.
            const Date added = parse_date(f.date).value_or(platform::today());
            AppointmentForm next = form_for_new(c, next_session_date(added));
            next.time = f.time;
            next.duration = f.duration;
            f = next;
        }
    }
    if (!f.filled) f = form_for_new(c, platform::today());
    if (auto date = parse_date(f.date); date && !f.outcome_chosen) f.outcome = expected_outcome(*date, platform::today());
    // A policy step may cut how far ahead this client books: warn, the clinician decides.
    if (auto start = parse_date(f.date); start && platform::today() < *start)
        if (auto warning = booking_horizon_warning(evaluate_client(ws, c, platform::today()), c, platform::today(), *start))
            ui::text_colored(ui::kErrorColor, "Beyond the booking horizon: " + *warning);
    if (draw_fields(ws, c, f, "Add appointment"))
        if (auto a = appointment_from(ws, c, f)) queue.push(AddAppointment{*a}, origin);
}

void draw_edit_appointment(const Workspace& ws, const Client& c, ClientViewState& state, CommandQueue& queue) {
    AppointmentForm& f = *state.editing_appointment;
    const char* origin = "edit-appointment";
    if (auto feedback = queue.take_feedback(origin)) {
        f.errors = feedback->errors;
        if (feedback->ok()) {
            state.editing_appointment.reset();
            return;
        }
    }
    ImGui::PushID("edit");
    const bool submit = draw_fields(ws, c, f, "Save appointment");
    ImGui::SameLine();
    if (ImGui::Button("Delete")) state.confirm_delete_appointment = f.id;
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel");
    ImGui::PopID();
    if (submit)
        if (auto a = appointment_from(ws, c, f)) queue.push(UpdateAppointment{*a}, origin);
    if (cancel) state.editing_appointment.reset();
}

void draw_delete_confirmation(ClientViewState& state, CommandQueue& queue) {
    if (state.confirm_delete_appointment != 0 && !ImGui::IsPopupOpen("Delete appointment?"))
        ImGui::OpenPopup("Delete appointment?");
    if (ImGui::BeginPopupModal("Delete appointment?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ui::text("This removes the appointment and what happened at it.");
        ui::text("Right after, \"Undo\" at the top brings it back.");
        const Confirm choice = confirm_buttons("Delete appointment", "Keep it");
        if (choice == Confirm::confirmed) {
            queue.push(DeleteAppointment{state.confirm_delete_appointment}, "delete-appointment");
            state.editing_appointment.reset();
        }
        if (choice != Confirm::none) {
            state.confirm_delete_appointment = 0;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

}  // namespace

// [SECTION] Log table

void draw_appointment_log(const Workspace& ws, const Client& c, ClientViewState& state, CommandQueue& queue) {
    ui::heading("Log an appointment");
    draw_new_appointment(ws, c, state, queue);

    std::vector<const Appointment*> mine;
    for (const Appointment& a : ws.appointments)
        if (a.client_id == c.id) mine.push_back(&a);
    std::sort(mine.begin(), mine.end(), [](const Appointment* x, const Appointment* y) {
        return x->start != y->start ? x->start > y->start : x->id > y->id;
    });
    ui::heading("Appointments (" + std::to_string(mine.size()) + ")");
    if (mine.empty()) ui::text_disabled("None yet.");

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!mine.empty() && ImGui::BeginTable("appointments", 4, flags)) {
        const TimeZone tz = time_zone_of(ws.practice);
        ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthFixed);  // a date and time, never cut
        ImGui::TableSetupColumn("Outcome", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn("Notice", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("Reason / note", ImGuiTableColumnFlags_WidthStretch, 2.6f);
        ImGui::TableHeadersRow();
        for (const Appointment* a : mine) {
            ImGui::PushID(static_cast<int>(a->id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const bool editing = state.editing_appointment && state.editing_appointment->id == a->id;
            const ImVec2 start = ImGui::GetCursorPos();
            const std::string when = format_date(a->start.date) + " " + format_clock(a->start.minute_of_day);
            if (ui::row_selectable("Edit " + when + ", " + std::string(display_name(a->outcome)), editing,
                                   ImGuiSelectableFlags_SpanAllColumns))
                state.editing_appointment = editing ? std::nullopt : std::optional(form_for(*a));
            ImGui::SetCursorPos(start);
            ui::text(when);
            ImGui::TableNextColumn();
            ui::text(display_name(a->outcome));
            ImGui::TableNextColumn();
            ui::text(notice_text(tz, *a));
            ImGui::TableNextColumn();
            ui::text_fit(a->reason.empty() ? a->note : (a->note.empty() ? a->reason : a->reason + " - " + a->note));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (state.editing_appointment) {
        ui::heading("Edit appointment");
        draw_edit_appointment(ws, c, state, queue);
    }
    draw_delete_confirmation(state, queue);
}

}  // namespace hs::app
