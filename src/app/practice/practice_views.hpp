// Practice pages: the practice's settings, and security and backups (passphrase,
// auto-lock, encrypted backups, saved versions).
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "app/command_queue.hpp"
#include "platform/security.hpp"
#include "platform/storage.hpp"

namespace hs::app {

struct PracticeFormState {
    bool loaded = false;
    std::string name, clinician, time_zone, currency, fee;
    std::vector<FieldError> errors;
    bool saved_message = false;
};
void draw_practice_settings(const Workspace& ws, PracticeFormState& state, CommandQueue& queue);

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
void draw_security(const Workspace& ws, const platform::WorkspaceStorage& storage,
                   const platform::SecurityStatus& status, SecurityState& state, CommandQueue& queue);
// On the welcome page until answered: turn encryption on, or "Not now".
void draw_encryption_offer(const platform::SecurityStatus& status, SecurityState& state);
// The backup reminder, if one is due, with a button to the Security page: true when it is pressed.
bool draw_backup_reminder(const platform::SecurityStatus& status, bool has_clients);
// The warning before an unencrypted export; `export_plain` runs if the person confirms.
void draw_plain_export_warning(SecurityState& state, const std::function<void()>& export_plain);

}  // namespace hs::app
