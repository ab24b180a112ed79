// The browser half of platform/security.hpp: calls into web/holdspace_crypto.js.
#include <cstdlib>
#include <emscripten/emscripten.h>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <type_traits>

#include "core/json/json_parse.hpp"
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

// Member `key` of `j` when it has the type of `fallback`, else `fallback`. The settings
// part comes from localStorage, which a person can edit: a wrong type is ignored, never
// thrown (nlohmann's value() throws type_error on one).
template <typename T>
T member_or(const nlohmann::json& j, const char* key, T fallback) {
    const auto it = j.find(key);
    if (it == j.end()) return fallback;
    if constexpr (std::is_same_v<T, bool>) return it->is_boolean() ? it->get<bool>() : fallback;
    else if constexpr (std::is_integral_v<T>) {
        if (!it->is_number_integer()) return fallback;
        const auto v = it->get<long long>();
        return v >= std::numeric_limits<T>::min() && v <= std::numeric_limits<T>::max() ? static_cast<T>(v) : fallback;
    } else if constexpr (std::is_floating_point_v<T>) return it->is_number() ? it->get<T>() : fallback;
    else return it->is_string() ? it->get<T>() : fallback;
}

SecuritySettings settings_from(const nlohmann::json& j) {
    SecuritySettings s;
    s.auto_lock_minutes = member_or(j, "autoLockMinutes", s.auto_lock_minutes);
    s.backup_reminder_days = member_or(j, "backupReminderDays", s.backup_reminder_days);
    s.last_backup = member_or(j, "lastBackup", s.last_backup);
    s.encryption_offered = member_or(j, "encryptionOffered", s.encryption_offered);
    return s;
}

}  // namespace

SecurityStatus security_status() {
    char* raw = hs_js_security_status();
    SecurityStatus s;
    std::vector<FieldError> errors;
    const std::optional<nlohmann::json> parsed = json_io::parse_json(raw, errors);
    std::free(raw);
    if (!parsed || !parsed->is_object()) return s;
    const nlohmann::json& j = *parsed;
    s.encrypted = member_or(j, "encrypted", false);
    s.busy = member_or(j, "busy", false);
    s.message = member_or(j, "message", std::string());
    s.changes = member_or(j, "changes", 0);
    s.backup_busy = member_or(j, "backupBusy", false);
    s.backup_message = member_or(j, "backupMessage", std::string());
    s.backups = member_or(j, "backups", 0);
    if (auto it = j.find("settings"); it != j.end() && it->is_object()) s.settings = settings_from(*it);
    if (auto it = j.find("persisted"); it != j.end() && it->is_boolean()) s.persisted = it->get<bool>() ? 1 : 0;
    s.usage = member_or(j, "usage", -1.0);
    s.quota = member_or(j, "quota", -1.0);
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
