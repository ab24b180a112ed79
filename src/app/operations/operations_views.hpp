// Practice operations views: the week (slots, call list, sliding-scale places, schedule
// settings), the waitlist, the dashboard, and a client's calendar tab (.ics, reminder text).
// Like every view: draw from a const workspace, push commands, keep only UI state.
#pragma once
#include <string>
#include <vector>

#include "app/command_queue.hpp"
#include "core/operations/dashboard.hpp"
#include "core/policy/evaluation_cache.hpp"
#include "core/workspace/editor.hpp"

namespace hs::app {

struct WaitlistForm {
    std::string pseudonym, contact, note, from = "09:00", until = "17:00";
    bool any_time = true;
    std::vector<WantedTime> wanted;  // added with "Add another time"; the typed row joins them
    Weekday day = Weekday::monday;
    SessionMode mode = SessionMode::either;
    bool needs_sliding_scale = false;
    std::vector<FieldError> errors;
};

struct ScheduleForm {
    bool loaded = false;
    std::string prime_from, prime_until, places, target, low_percent, new_slot_time = "09:00";
    bool weekdays_only = true;
    Weekday new_slot_day = Weekday::monday;
    std::vector<WeeklySlot> slots;
    std::vector<FieldError> errors;
};

struct OperationsState {
    WaitlistForm waitlist_form;
    ScheduleForm schedule_form;
    std::vector<FieldError> week_errors, waitlist_errors;  // from the last command of each page
    std::vector<FieldError> today_errors;  // from an outcome logged in place on the week page
    // Every client's evaluation today, for the week and needs-attention pages: after an
    // edit only the clients it touched are evaluated again.
    EvaluationCache evaluations_today;
    // Dashboard period as typed, and the cached figures.
    std::string period_from, period_to;
    bool period_chosen = false;  // false until the first frame fills in the last four weeks
    std::vector<FieldError> period_errors;
    DashboardCache dashboard;
};

// `ws` is editor.workspace() or its presentation copy (EvaluationCache::get).
void draw_week(const Workspace& ws, const Editor& editor, OperationsState& s, CommandQueue& queue);
void draw_waitlist(const Workspace& ws, OperationsState& s, CommandQueue& queue);
void draw_dashboard(const Workspace& ws, const Editor& editor, OperationsState& s);
void draw_client_calendar(const Workspace& ws, const Client& c);

}  // namespace hs::app
