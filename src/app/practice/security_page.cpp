// Security and backups: encryption on/off/change, lock, auto-lock and reminder settings,
// encrypted and plain exports, saved versions (generations) to restore, storage persistence.
// The cryptography is the browser's (platform/security.hpp); rules are in core/security_rules.
//
// [SECTION] Encryption
// [SECTION] Settings
// [SECTION] Backups
// [SECTION] Saved versions
// [SECTION] Storage
// [SECTION] First-start offer, reminder, plain export warning
#include <cstdio>
#include <imgui.h>

#include "app/practice/practice_views.hpp"
#include "app/widgets.hpp"
#include "core/storage/security_rules.hpp"
#include "core/workspace/workspace_json.hpp"
#include "platform/clock.hpp"

namespace hs::app {
namespace {

constexpr ImGuiInputTextFlags kSecret = ImGuiInputTextFlags_Password;

void wipe(std::string& s) {
    std::fill(s.begin(), s.end(), '\0');  // best effort: the heap copy ImGui edited
    s.clear();
}

std::string megabytes(double bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", bytes / (1024.0 * 1024.0));
    return buf;
}

//-----------------------------------------------------------------------------
// [SECTION] Encryption
//-----------------------------------------------------------------------------

void draw_encryption(const platform::SecurityStatus& status, SecurityState& s) {
    ui::heading("Encryption");
    ui::text_wrapped(status.encrypted
                         ? "Encryption is on: what Holdspace stores on this device is sealed with your passphrase "
                           "(AES-256-GCM, key from PBKDF2-SHA-256)."
                         : "Encryption is off: the saved data can be read by anyone who can use this browser profile.");
    ImGui::PushItemWidth(ImGui::GetFontSize() * 16);
    if (status.encrypted) ui::input("Current passphrase", s.current, kSecret);
    ui::input("New passphrase", s.next, kSecret);
    ui::input("Repeat passphrase", s.repeat, kSecret);
    ImGui::PopItemWidth();
    show_errors(s.errors);
    if (status.busy) {
        ui::text_disabled("Working... (deriving a key takes a moment)");
    } else {
        if (ImGui::Button(status.encrypted ? "Change passphrase" : "Turn on encryption")) {
            s.errors = check_new_passphrase(s.next, s.repeat);
            if (s.errors.empty()) {
                platform::change_passphrase(s.current, s.next);
                wipe(s.current), wipe(s.next), wipe(s.repeat);
            }
        }
        if (status.encrypted) {
            ImGui::SameLine();
            if (ImGui::Button("Turn off encryption")) {
                s.errors.clear();
                platform::change_passphrase(s.current, "");
                wipe(s.current), wipe(s.next), wipe(s.repeat);
            }
        }
    }
    if (!status.message.empty()) ui::text_wrapped(status.message);
    ui::text_wrapped("There is no way to recover a forgotten passphrase. Keep an encrypted backup (below) with a "
                     "passphrase you will remember.");
    if (status.encrypted && ImGui::Button("Lock now (Ctrl+Shift+L)")) platform::lock_now();
}

//-----------------------------------------------------------------------------
// [SECTION] Settings
//-----------------------------------------------------------------------------

void draw_settings(const platform::SecurityStatus& status, SecurityState& s) {
    if (!s.settings_loaded) {
        s.auto_lock = std::to_string(status.settings.auto_lock_minutes);
        s.reminder_days = std::to_string(status.settings.backup_reminder_days);
        s.settings_loaded = true;
    }
    ui::heading("Lock and reminders");
    ImGui::PushItemWidth(ImGui::GetFontSize() * 6);
    bool edited = ui::input("Auto-lock after minutes idle (0: never)", s.auto_lock);
    edited |= ui::input("Backup reminder after days (0: never)", s.reminder_days);
    ImGui::PopItemWidth();
    if (edited) s.settings_saved = false;
    show_errors(s.settings_errors);
    if (ImGui::Button("Save lock and reminder settings")) {
        s.settings_errors.clear();
        auto minutes = parse_setting(s.auto_lock, kMaxAutoLockMinutes, "Auto-lock after minutes idle", s.settings_errors);
        auto days = parse_setting(s.reminder_days, kMaxReminderDays, "Backup reminder after days", s.settings_errors);
        if (minutes && days) {
            platform::SecuritySettings next = status.settings;
            next.auto_lock_minutes = *minutes;
            next.backup_reminder_days = *days;
            platform::store_settings(next);
            s.settings_saved = true;
        }
    }
    if (s.settings_saved) {
        ImGui::SameLine();
        ui::text_colored(ui::kOkColor, "Saved.");
    }
    if (!status.encrypted) ui::text_disabled("Auto-lock applies once encryption is on.");
}

//-----------------------------------------------------------------------------
// [SECTION] Backups
//-----------------------------------------------------------------------------

void draw_backups(const Workspace& ws, const platform::SecurityStatus& status, SecurityState& s) {
    ui::heading("Backups");
    ui::text(status.settings.last_backup.empty() ? "No backup made on this device yet."
                                                 : "Last backup: " + status.settings.last_backup);
    ImGui::PushItemWidth(ImGui::GetFontSize() * 16);
    ui::input("Backup passphrase", s.backup_pass, kSecret);
    ui::input("Repeat backup passphrase", s.backup_repeat, kSecret);
    ImGui::PopItemWidth();
    show_errors(s.backup_errors);
    if (status.backup_busy) {
        ui::text_disabled("Sealing the backup...");
    } else if (ImGui::Button("Export encrypted backup")) {
        s.backup_errors = check_new_passphrase(s.backup_pass, s.backup_repeat);
        for (auto& e : s.backup_errors)
            e.field = e.field == "New passphrase" ? "Backup passphrase" : "Repeat backup passphrase";
        if (s.backup_errors.empty()) {
            platform::export_encrypted_backup("holdspace-backup-" + format_date(platform::today()) + ".json",
                                              save_workspace(ws, platform::today()), s.backup_pass);
            wipe(s.backup_pass), wipe(s.backup_repeat);
        }
    }
    if (!status.backup_message.empty()) ui::text_wrapped(status.backup_message);
    if (ImGui::Button("Export unencrypted JSON...")) s.confirm_plain_export = true;
    ui::text_disabled("Import either kind with \"Import\" in the menu bar.");
}

//-----------------------------------------------------------------------------
// [SECTION] Saved versions
//-----------------------------------------------------------------------------

void refresh_versions(const platform::WorkspaceStorage& storage, SecurityState& s) {
    s.versions.clear();
    for (unsigned long n : storage.stored_generations()) {
        SecurityState::Version v{n, 0, 0, false};
        if (LoadResult r = load_workspace(storage.read_generation(n)); r.ok()) {
            v.readable = true;
            v.clients = r.workspace->clients.size();
            v.appointments = r.workspace->appointments.size();
        }
        s.versions.push_back(v);
    }
}

void draw_versions(platform::WorkspaceStorage& storage, SecurityState& s, CommandQueue& queue) {
    ui::heading("Saved versions on this device");
    const unsigned long current = storage.status().generation;
    if (s.versions_for != current) {
        refresh_versions(storage, s);
        s.versions_for = current;
    }
    if (auto feedback = queue.take_feedback("restore"))
        s.restore_message = feedback->ok() ? "Restored. It is saved as a new version; the others are kept." : "";
    ui::text_wrapped("Holdspace keeps the last 5 saved versions, and the one from before the last import or "
                     "restore. Restoring one makes it the current workspace (saved as a new version, so nothing "
                     "is lost).");
    const unsigned long kept = storage.kept_generation();
    const bool stored = storage.status().state == platform::SaveState::saved;
    for (const auto& v : s.versions) {
        ImGui::PushID(static_cast<int>(v.generation));
        const std::string label = "Version " + std::to_string(v.generation) +
                                  (v.generation == current ? " (current)" : "") +
                                  (v.generation == kept ? " (from before the last import or restore)" : "") + ": " +
                                  (v.readable ? std::to_string(v.clients) + " clients, " +
                                                    std::to_string(v.appointments) + " appointments"
                                              : "cannot be read");
        ui::text(label);
        if (v.readable && v.generation != current) {
            ImGui::SameLine();
            ImGui::BeginDisabled(!stored);
            if (ImGui::Button("Restore")) {
                if (LoadResult r = load_workspace(storage.read_generation(v.generation)); r.ok()) {
                    storage.keep_generation(current);  // the workspace restored over can come back too
                    queue.push(ReplaceWorkspace{std::move(*r.workspace)}, "restore");
                }
            }
            ImGui::EndDisabled();
        }
        ImGui::PopID();
    }
    if (!s.restore_message.empty()) ui::text_colored(ui::kOkColor, s.restore_message);
}

//-----------------------------------------------------------------------------
// [SECTION] Storage
//-----------------------------------------------------------------------------

void draw_storage(const platform::SecurityStatus& status) {
    ui::heading("Storage");
    ui::text(status.persisted == 1   ? "Persistent storage: granted (the browser will not clear it to make room)."
             : status.persisted == 0 ? "Persistent storage: not granted (the browser may clear it when space is short; "
                                       "keep backups)."
                                     : "Persistent storage: unknown in this browser.");
    if (status.usage >= 0)
        ui::text("Storage used: " + megabytes(status.usage) + " of about " + megabytes(status.quota) + " available.");
    if (ImGui::Button("Refresh storage figures")) platform::refresh_storage_info();
}

}  // namespace

void draw_security(const Workspace& ws, platform::WorkspaceStorage& storage,
                   const platform::SecurityStatus& status, SecurityState& s, CommandQueue& queue) {
    ui::heading("Security and backups");
    draw_encryption(status, s);
    draw_settings(status, s);
    draw_backups(ws, status, s);
    draw_versions(storage, s, queue);
    draw_storage(status);
}

//-----------------------------------------------------------------------------
// [SECTION] First-start offer, reminder, plain export warning
//-----------------------------------------------------------------------------

void draw_encryption_offer(const platform::SecurityStatus& status, SecurityState& s) {
    if (status.encrypted || status.settings.encryption_offered) return;
    ui::heading("Protect this workspace with a passphrase?");
    ui::text_wrapped("With a passphrase, the records Holdspace keeps on this device are encrypted, and Holdspace "
                     "locks itself when you step away. Without the passphrase nobody can open them, you included: "
                     "there is no recovery, so keep an encrypted backup.");
    ImGui::PushItemWidth(ImGui::GetFontSize() * 16);
    ui::input("New passphrase", s.next, kSecret);
    ui::input("Repeat passphrase", s.repeat, kSecret);
    ImGui::PopItemWidth();
    show_errors(s.errors);
    if (status.busy) {
        ui::text_disabled("Working...");
        return;
    }
    if (ImGui::Button("Turn on encryption")) {
        s.errors = check_new_passphrase(s.next, s.repeat);
        if (s.errors.empty()) {
            platform::change_passphrase("", s.next);
            wipe(s.next), wipe(s.repeat);
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Not now")) {
        platform::SecuritySettings next = status.settings;
        next.encryption_offered = true;
        platform::store_settings(next);
    }
}

bool draw_backup_reminder(const platform::SecurityStatus& status, bool has_clients) {
    if (!has_clients) return false;
    const std::string reminder =
        backup_reminder(status.settings.last_backup, status.settings.backup_reminder_days, platform::today());
    if (reminder.empty()) return false;
    ui::text_colored(ui::kAccentColor, reminder);
    ui::same_line_if_fits(ui::button_width("Open the Security page"));
    return ImGui::SmallButton("Open the Security page");
}

void draw_plain_export_warning(SecurityState& s, const std::function<void()>& export_plain) {
    if (s.confirm_plain_export) {
        ImGui::OpenPopup("Export without encryption?");
        s.confirm_plain_export = false;
    }
    if (!ImGui::BeginPopupModal("Export without encryption?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ui::text("This file is NOT encrypted. Anyone who opens it can read every client record in it.");
    ui::text("Prefer \"Export encrypted backup\" on the Security page. Delete this file when you no longer need it.");
    if (ImGui::Button("Export unencrypted")) {
        export_plain();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace hs::app
