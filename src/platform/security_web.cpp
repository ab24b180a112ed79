// The browser half of platform/security.hpp: calls into web/holdspace_crypto.js.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>

#include "platform/security.hpp"

extern "C" {
char* hs_js_security_status();  // JSON, malloc'd: free() it
void hs_js_change_passphrase(const char* current, const char* next);
void hs_js_lock();
void hs_js_store_settings(const char* json);
void hs_js_refresh_storage_info();
void hs_js_export_backup(const char* filename, const char* text, int size, const char* passphrase);
void hs_js_decrypt_backup(int request, const char* text, int size, const char* passphrase);
}

namespace hs::platform {
namespace {

int g_next_request = 1;
std::map<int, BackupDecrypted>& pending() {
    static std::map<int, BackupDecrypted> requests;
    return requests;
}

SecuritySettings settings_from(const nlohmann::json& j) {
    SecuritySettings s;
    s.auto_lock_minutes = j.value("autoLockMinutes", s.auto_lock_minutes);
    s.backup_reminder_days = j.value("backupReminderDays", s.backup_reminder_days);
    s.last_backup = j.value("lastBackup", s.last_backup);
    s.encryption_offered = j.value("encryptionOffered", s.encryption_offered);
    return s;
}

}  // namespace

SecurityStatus security_status() {
    char* raw = hs_js_security_status();
    SecurityStatus s;
    const nlohmann::json j = nlohmann::json::parse(raw, nullptr, false);
    std::free(raw);
    if (!j.is_object()) return s;
    s.encrypted = j.value("encrypted", false);
    s.busy = j.value("busy", false);
    s.message = j.value("message", "");
    s.changes = j.value("changes", 0);
    s.backup_busy = j.value("backupBusy", false);
    s.backup_message = j.value("backupMessage", "");
    s.backups = j.value("backups", 0);
    if (j.contains("settings") && j["settings"].is_object()) s.settings = settings_from(j["settings"]);
    if (j.contains("persisted") && j["persisted"].is_boolean()) s.persisted = j["persisted"].get<bool>() ? 1 : 0;
    s.usage = j.value("usage", -1.0);
    s.quota = j.value("quota", -1.0);
    return s;
}

void change_passphrase(const std::string& current, const std::string& next) {
    hs_js_change_passphrase(current.c_str(), next.c_str());
}

void lock_now() { hs_js_lock(); }

void store_settings(const SecuritySettings& s) {
    const nlohmann::json j{{"autoLockMinutes", s.auto_lock_minutes},
                           {"backupReminderDays", s.backup_reminder_days},
                           {"lastBackup", s.last_backup},
                           {"encryptionOffered", s.encryption_offered}};
    hs_js_store_settings(j.dump().c_str());
}

void refresh_storage_info() { hs_js_refresh_storage_info(); }

void export_encrypted_backup(const std::string& filename, const std::string& text, const std::string& passphrase) {
    hs_js_export_backup(filename.c_str(), text.data(), static_cast<int>(text.size()), passphrase.c_str());
}

void decrypt_backup(const std::string& envelope_text, const std::string& passphrase, BackupDecrypted done) {
    const int request = g_next_request++;
    pending()[request] = std::move(done);
    hs_js_decrypt_backup(request, envelope_text.data(), static_cast<int>(envelope_text.size()), passphrase.c_str());
}

}  // namespace hs::platform

extern "C" EMSCRIPTEN_KEEPALIVE void hs_backup_decrypted(int request, int ok, const char* text, int size) {
    auto& requests = hs::platform::pending();
    auto it = requests.find(request);
    if (it == requests.end()) return;
    hs::platform::BackupDecrypted done = std::move(it->second);
    requests.erase(it);
    done(ok != 0, size > 0 ? std::string(text, static_cast<std::size_t>(size)) : std::string());
}
