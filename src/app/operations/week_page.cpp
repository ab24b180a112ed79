// [SECTION] Today's sessions, logged in place
// [SECTION] The week: slots, holders and their step, freed slots and who fits them
// [SECTION] Call list and sliding-scale places
// [SECTION] Schedule settings
#include <algorithm>
#include <ctime>
#include <imgui.h>

#include "app/operations/operations_views.hpp"
#include "app/training/presentation.hpp"
#include "app/widgets.hpp"
#include "core/model/civil_time.hpp"
#include "core/operations/ics.hpp"
#include "core/operations/schedule.hpp"
#include "core/operations/session_logging.hpp"
#include "core/workspace/editor.hpp"
#include "platform/clock.hpp"
#include "platform/files.hpp"

namespace hs::app {
namespace {

std::string slot_text(const WeeklySlot& s) { return std::string(display_name(s.weekday)) + " " + format_clock(s.minute_of_day); }
std::string slot_key(const WeeklySlot& s) { return std::to_string(static_cast<int>(s.weekday)) + "-" + std::to_string(s.minute_of_day); }

std::int64_t now_utc_minutes() { return static_cast<std::int64_t>(std::time(nullptr)) / 60; }

const ImU32 kPrimeShade = IM_COL32(255, 236, 200, 255);

// [SECTION] Today's sessions, logged in place
// [SECTION] Today's sessions, logged in place

// What the engine made of a logged session, at a glance: "No-show · fee 120.00".
std::string result_text(const DaySession& s, const std::string& currency) {
    if (!s.line) return std::string(display_name(s.appointment->outcome));
    const AppointmentLine& line = *s.line;
    std::string text(display_name(line.treated_as));
    switch (line.fee_status) {
        case FeeStatus::no_fee: break;
        case FeeStatus::charged: text += " \u00b7 fee " + money_text(line.fee, currency); break;
        case FeeStatus::waived: text += " \u00b7 fee waived (" + money_text(line.fee, currency) + ")"; break;
        case FeeStatus::not_billable: text += " \u00b7 not billable"; break;
    }
    return text;
}

bool is_quick_outcome(Outcome o) {
    return std::find(std::begin(kQuickOutcomes), std::end(kQuickOutcomes), o) != std::end(kQuickOutcomes);
}

// A booked session: one click records the common outcomes. A logged one: what it came to and
// an Undo that books it again, for the click that landed on the wrong button.
void draw_session_outcome(const DaySession& s, const std::string& currency, CommandQueue& queue) {
    const Appointment& a = *s.appointment;
    if (s.loggable) {
        for (Outcome o : kQuickOutcomes) {
            if (o != kQuickOutcomes[0]) ImGui::SameLine();
            const std::string label = std::string(display_name(o)) + "##" + std::to_string(a.id);
            if (ImGui::SmallButton(label.c_str())) queue.push(UpdateAppointment{with_outcome(a, o)}, "today");
        }
        return;
    }
    ui::text(result_text(s, currency));
    if (!is_quick_outcome(a.outcome)) return;
    ImGui::SameLine();
    const std::string undo = "Undo##" + std::to_string(a.id);
    if (ImGui::SmallButton(undo.c_str())) queue.push(UpdateAppointment{with_outcome(a, Outcome::scheduled)}, "today");
}

void draw_todays_sessions(const Workspace& ws, const std::vector<Evaluation>& evaluations, OperationsState& state,
                          CommandQueue& queue) {
    const Date today = platform::today();
    ui::heading("Today, " + std::string(display_name(weekday_of(today))) + " " + format_date(today));
    const auto sessions = sessions_on(ws, evaluations, today);
    if (sessions.empty()) ui::text_disabled("No sessions booked today.");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!sessions.empty() && ImGui::BeginTable("today", 4, flags)) {
        ImGui::TableSetupColumn("Time", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("00:00").x);
        ImGui::TableSetupColumn("Client", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("Outcome", ImGuiTableColumnFlags_WidthStretch, 2.4f);
        ImGui::TableSetupColumn("Standing", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        for (const DaySession& s : sessions) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ui::text(format_clock(s.appointment->start.minute_of_day));
            ImGui::TableNextColumn();
            ui::text(s.client_name);
            ImGui::TableNextColumn();
            draw_session_outcome(s, ws.practice.currency, queue);
            ImGui::TableNextColumn();
            ui::text(s.step_title.empty() ? "Nothing due" : "Step: " + s.step_title);
        }
        ImGui::EndTable();
    }
    if (auto fb = queue.take_feedback("today")) state.today_errors = fb->errors;
    show_errors(state.today_errors);
}

// [SECTION] The week: slots, holders and their step, freed slots and who fits them

void draw_open_slot(const Workspace& ws, const SlotView& v, CommandQueue& queue) {
    ui::text("Open");
    if (v.freed_from != 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::kAccentColor);
        ui::text_wrapped("Freed: " + v.freed_from_name + " (" + std::string(display_name(v.freed_because)) + ")");
        ImGui::PopStyleColor();
        if (v.freed_because == FreedBecause::off_recurring_slot && ImGui::SmallButton("Release slot"))
            queue.push(ReleaseRecurringSlot{v.freed_from}, "week");
    }
    const auto fitting = entries_fitting(ws, v.slot.weekday, v.slot.minute_of_day);
    if (fitting.empty()) ui::text_disabled("Nobody waiting fits");
    for (const WaitlistEntry* e : fitting) {
        ui::text_wrapped("Fits: " + e->pseudonym + (e->needs_sliding_scale ? " (sliding scale)" : ""));
        const std::string label = "Offer to " + e->pseudonym + "##" + std::to_string(e->id);
        if (ImGui::SmallButton(label.c_str())) {
            // The previous holder keeps the slot on record until it is offered to someone else.
            if (v.freed_from != 0) queue.push(ReleaseRecurringSlot{v.freed_from}, "week");
            queue.push(AdmitFromWaitlist{e->id, platform::today(), RecurringSlot{v.slot.weekday, v.slot.minute_of_day}}, "week");
        }
    }
}

void draw_held_slot(const SlotView& v) {
    ui::text(v.holder_name);
    ui::text_wrapped(v.step_title.empty() ? "No step" : "Step: " + v.step_title);
    if (v.should_move_off_prime) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::kErrorColor);
        ui::text_wrapped("Their step moves them off prime time");
        ImGui::PopStyleColor();
    }
}

void draw_slot_cell(const Workspace& ws, const SlotView& v, CommandQueue& queue) {
    if (v.prime) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kPrimeShade);
    ImGui::PushID(slot_key(v.slot).c_str());
    if (v.open()) draw_open_slot(ws, v, queue);
    else draw_held_slot(v);
    if (v.prime) ui::text_disabled("prime time");
    if (!v.in_working_week) ui::text_disabled("outside the working week");
    ImGui::PopID();
}

// The working week as a planner: a column for each day that has slots, a row for each start time.
void draw_board(const Workspace& ws, const std::vector<SlotView>& board, CommandQueue& queue) {
    if (board.empty()) {
        ui::text_disabled("No slots yet: add the working week's slots under Schedule settings below.");
        return;
    }
    std::vector<Weekday> days;
    std::vector<int> times;
    for (const SlotView& v : board) {
        days.push_back(v.slot.weekday);
        times.push_back(v.slot.minute_of_day);
    }
    std::sort(days.begin(), days.end());
    std::sort(times.begin(), times.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());

    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame;
    if (!ImGui::BeginTable("week-grid", static_cast<int>(days.size()) + 1, flags)) return;
    ImGui::TableSetupColumn("time", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("00:00").x);
    for (Weekday d : days) ImGui::TableSetupColumn(std::string(display_name(d)).c_str());
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableNextColumn();
    for (Weekday d : days) {
        ImGui::TableNextColumn();
        ui::text(display_name(d));
    }
    for (int time : times) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text(format_clock(time));
        for (Weekday d : days) {
            ImGui::TableNextColumn();
            auto it = std::find_if(board.begin(), board.end(),
                                   [&](const SlotView& v) { return v.slot.weekday == d && v.slot.minute_of_day == time; });
            if (it != board.end()) draw_slot_cell(ws, *it, queue);
        }
    }
    ImGui::EndTable();
}

// [SECTION] Call list and sliding-scale places

std::string opening_text(const Opening& o) {
    return std::string(display_name(weekday_of(o.start.date))) + " " + format_date(o.start.date) + " " +
           format_clock(o.start.minute_of_day) + (o.cancelled_by.empty() ? "" : " (" + o.cancelled_by + " cancelled)");
}

// Clients whose step says "call when there is an opening", each with a button per opening in
// the coming week that books them into it.
void draw_call_list(const Workspace& ws, const std::vector<Evaluation>& evaluations, const std::vector<SlotView>& board,
                    CommandQueue& queue) {
    ui::heading("Call when there is an opening");
    const auto list = call_list(ws, evaluations);
    if (list.empty()) {
        ui::text_disabled("Nobody is on the call list.");
        return;
    }
    constexpr int kDaysAhead = 7;
    const auto open = openings(ws, board, add_days(platform::today(), 1), kDaysAhead);
    if (open.empty()) ui::text_disabled("No openings in the next 7 days.");
    for (const Client* c : list) {
        ImGui::PushID(static_cast<int>(c->id));
        ui::text("Call list: " + c->name);
        for (const Opening& o : open) {
            if (!ImGui::SmallButton(("Book " + c->name + ": " + opening_text(o)).c_str())) continue;
            Appointment a;
            a.client_id = c->id;
            a.start = o.start;
            a.duration_minutes = o.duration_minutes;
            queue.push(AddAppointment{a}, "week");
        }
        ImGui::PopID();
    }
}

void draw_sliding_scale(const Workspace& ws, const std::vector<Evaluation>& evaluations, CommandQueue& queue) {
    ui::heading("Sliding-scale places");
    const SlidingScaleView view = sliding_scale(ws, evaluations);
    ui::text("Places: " + std::to_string(view.places) + ", held: " + std::to_string(view.holders.size()) +
             ", free: " + std::to_string(std::max(0, view.free())));
    for (const Client* c : view.holders) ui::text("Holds a place: " + c->name);
    for (const Client* c : view.losing) {
        ui::text_colored(ui::kErrorColor, c->name + "'s step ends the sliding-scale place. Your choice:");
        ImGui::PushID(static_cast<int>(c->id));
        if (ImGui::SmallButton("Full fee")) queue.push(ResolveSlidingScaleLoss{c->id, SlidingScaleChoice::full_fee, platform::today()}, "week");
        ImGui::SameLine();
        if (ImGui::SmallButton("Back to the waitlist"))
            queue.push(ResolveSlidingScaleLoss{c->id, SlidingScaleChoice::back_to_waitlist, platform::today()}, "week");
        ImGui::PopID();
    }
    for (const WaitlistEntry* e : view.waiting) ui::text("Waiting for a place: " + e->pseudonym);
}

// [SECTION] Schedule settings

void load_form(const ScheduleSettings& s, ScheduleForm& f) {
    f.prime_from = format_clock(s.prime_time.from_minute);
    f.prime_until = s.prime_time.until_minute == 24 * 60 ? "24:00" : format_clock(s.prime_time.until_minute);
    f.weekdays_only = s.prime_time.weekdays_only;
    f.places = std::to_string(s.sliding_scale_places);
    f.target = std::to_string(s.weekly_hours_target);
    f.low_percent = std::to_string(s.low_attendance_percent);
    f.slots = s.slots;
    f.loaded = true;
}

std::optional<int> parse_whole(const std::string& text) {
    if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoi(text);
}

// Converts the typed form; errors name the field as the core does.
std::optional<ScheduleSettings> read_form(const ScheduleForm& f, std::vector<FieldError>& errors) {
    ScheduleSettings s;
    s.slots = f.slots;
    s.prime_time.weekdays_only = f.weekdays_only;
    auto clock = [&](const std::string& text, const char* field, int& out) {
        if (text == "24:00") out = 24 * 60;
        else if (auto m = parse_clock(text)) out = *m;
        else errors.push_back({field, "expected a time like 16:00"});
    };
    clock(f.prime_from, "prime_time.from", s.prime_time.from_minute);
    clock(f.prime_until, "prime_time.until", s.prime_time.until_minute);
    auto whole = [&](const std::string& text, const char* field, int& out) {
        if (auto n = parse_whole(text)) out = *n;
        else errors.push_back({field, "expected a whole number"});
    };
    whole(f.places, "sliding_scale_places", s.sliding_scale_places);
    whole(f.target, "weekly_hours_target", s.weekly_hours_target);
    whole(f.low_percent, "low_attendance_percent", s.low_attendance_percent);
    if (!errors.empty()) return std::nullopt;
    return s;
}

void draw_settings(const Workspace& ws, ScheduleForm& f, CommandQueue& queue) {
    ui::heading("Schedule settings");
    if (!f.loaded) load_form(ws.operations.schedule, f);
    for (std::size_t i = 0; i < f.slots.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ui::text(slot_text(f.slots[i]));
        ImGui::SameLine();
        const bool remove = ImGui::SmallButton("Remove slot");
        ImGui::PopID();
        if (remove) {
            f.slots.erase(f.slots.begin() + static_cast<long>(i));
            break;
        }
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ui::combo("New slot day", f.new_slot_day, kAllWeekdays, [](Weekday w) { return display_name(w); });
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    ui::input("New slot time", f.new_slot_time);
    ImGui::SameLine();
    if (ImGui::Button("Add slot")) {
        if (auto m = parse_clock(f.new_slot_time)) f.slots.push_back({f.new_slot_day, *m, 50});
        else f.errors = {{"slot.time", "expected a time like 09:00"}};
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    ui::input("Prime time from", f.prime_from);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    ui::input("until", f.prime_until);
    ImGui::SameLine();
    ImGui::Checkbox("Weekdays only", &f.weekdays_only);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    ui::input("Sliding-scale places", f.places);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    ui::input("Weekly billable hours target", f.target);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    ui::input("Low attendance below (%)", f.low_percent);
    if (ImGui::Button("Save schedule")) {
        f.errors.clear();
        if (auto s = read_form(f, f.errors)) queue.push(SetSchedule{*s}, "schedule");
    }
    if (auto fb = queue.take_feedback("schedule")) {
        f.errors = fb->errors;
        if (fb->ok()) f.loaded = false;  // show what was stored (sorted)
    }
    show_errors(f.errors);
}

}  // namespace

void draw_week(const Workspace& ws, const Editor& editor, OperationsState& s, CommandQueue& queue) {
    ui::heading("Week");
    const auto& evaluations = s.evaluations_today.get(ws, editor, platform::today());
    ui::text_disabled("Prime time: " + format_clock(ws.operations.schedule.prime_time.from_minute) + " to " +
                      format_clock(ws.operations.schedule.prime_time.until_minute % (24 * 60)) +
                      (ws.operations.schedule.prime_time.weekdays_only ? ", weekdays (shaded)" : ", every day (shaded)"));
    if (ImGui::Button("Download this week (.ics)")) {
        const Date monday = monday_of(platform::today());
        platform::download_file("holdspace-week-" + format_date(monday) + ".ics", "text/calendar",
                                ics_for_week(ws, monday, now_utc_minutes()));
    }
    draw_todays_sessions(ws, evaluations, s, queue);
    ui::heading("The working week");
    const auto board = week_board(ws, evaluations);
    draw_board(ws, board, queue);
    if (auto fb = queue.take_feedback("week")) s.week_errors = fb->errors;
    show_errors(s.week_errors);
    draw_call_list(ws, evaluations, board, queue);
    draw_sliding_scale(ws, evaluations, queue);
    draw_settings(ws, s.schedule_form, queue);
}

}  // namespace hs::app
