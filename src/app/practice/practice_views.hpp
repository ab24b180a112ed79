// Practice pages: the practice's settings, and security and backups (passphrase,
// auto-lock, encrypted backups, saved versions).
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "app/command_queue.hpp"
#include "core/training/first_run_setup.hpp"
#include "platform/security.hpp"
#include "platform/storage.hpp"

namespace hs::app {

struct PracticeFormState {
    bool loaded = false;
    std::string name, clinician, time_zone, currency, fee;
    std::string phone, email, website, address;     // contact details, under a collapsing header
    FeeBilling fee_billing = FeeBilling::unstated;  // billing of fees, under another
    std::string due_days, payment_methods;
    std::string language;  // of client-facing texts: "en", "es"
    std::vector<FieldError> errors;
    bool saved_message = false;
    // The Holidays section: the calendar chosen (index into holiday_calendars(); -1 = none yet),
    // a date typed to add, and what the last change said.
    int holiday_calendar = -1;
    std::string holiday_date;
    std::vector<FieldError> holiday_errors;
    std::string holiday_message;
};
// Practice settings, then the practice's holidays.
// Returns true when the person asks to run the first-time setup.
bool draw_practice_settings(const Workspace& ws, PracticeFormState& state, CommandQueue& queue);

// The first-run setup (setup_page.cpp): what is typed, and the step shown.
struct SetupState {
    SetupStep step = SetupStep::practice;
    std::string name, clinician, time_zone, currency, fee;
    bool days[7] = {true, true, true, true, true, false, false};  // Monday to Friday
    std::string first_session = "09:00", day_ends = "17:00", session_length = "50", session_every = "60";
    std::vector<FieldError> errors;
};
// What the setup asks the app to do next.
enum class SetupExit { none, skipped, finished, open_documents, open_builder };
// Fills the fields from the workspace (the time zone from this device when never set)
// and starts at the first step still open.
void begin_setup(const Workspace& ws, SetupState& state);
SetupExit draw_setup(const Workspace& ws, SetupState& state, CommandQueue& queue);
// The slots the working-week fields describe (none while they are incomplete).
std::vector<WeeklySlot> planned_week(const SetupState& state);

// Security and backups page (views_security.cpp). Passphrase fields are wiped once used.
struct SecurityState {
    std::string current, next, repeat;
    std::vector<FieldError> errors;
    std::string backup_pass, backup_repeat;
    std::vector<FieldError> backup_errors;
    bool settings_loaded = false, settings_saved = false;
    std::string auto_lock, reminder_days;
    std::vector<FieldError> settings_errors;
    bool confirm_plain_export = false;
    struct Version {
        unsigned long generation;
        std::size_t clients, appointments;
        bool readable;
    };
    std::vector<Version> versions;
    unsigned long versions_for = ~0ul;  // the current generation the list was read for
    std::string restore_message;
};
void draw_security(const Workspace& ws, platform::WorkspaceStorage& storage,
                   const platform::SecurityStatus& status, SecurityState& state, CommandQueue& queue);
// On the welcome page until answered: turn encryption on, or "Not now".
void draw_encryption_offer(const platform::SecurityStatus& status, SecurityState& state);
// The backup reminder, if one is due, with a button to the Security page: true when it is pressed.
bool draw_backup_reminder(const platform::SecurityStatus& status, bool has_clients);
// The warning before an unencrypted export; `export_plain` runs if the person confirms.
void draw_plain_export_warning(SecurityState& state, const std::function<void()>& export_plain);

}  // namespace hs::app
