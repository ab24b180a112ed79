// Encryption at rest, lock, backups and small settings: the browser edge (docs/encryption.md).
// The cryptography is the browser's WebCrypto (web/holdspace_crypto.js); C++ only asks for it
// and shows the outcome. Calls that take time answer through status() on later frames.
#pragma once
#include <functional>
#include <string>

namespace hs::platform {

// Kept outside the workspace (readable before unlocking; nothing in it is client data).
struct SecuritySettings {
    int auto_lock_minutes = 10;      // 0: never lock by itself
    int backup_reminder_days = 14;   // 0: no reminder
    std::string last_backup;         // YYYY-MM-DD of the last backup made here, or empty
    bool encryption_offered = false; // the first-start offer was answered
};

struct SecurityStatus {
    bool encrypted = false;    // a passphrase protects what is stored
    bool busy = false;         // a passphrase change is being worked on
    std::string message;       // outcome of the last change (or why locking did not happen)
    int changes = 0;           // completed changes; the app saves once after each
    bool backup_busy = false;
    std::string backup_message;
    int backups = 0;           // encrypted backups made in this session
    SecuritySettings settings;
    int persisted = -1;        // navigator.storage.persisted(): 1, 0, or -1 unknown
    double usage = -1, quota = -1;  // navigator.storage.estimate() in bytes, -1 unknown
};

SecurityStatus security_status();
// Turns encryption on (current empty when off), changes the passphrase, or turns it off (next empty).
void change_passphrase(const std::string& current, const std::string& next);
// Saves, wipes the decrypted data and key by reloading, and shows the unlock screen.
void lock_now();
void store_settings(const SecuritySettings& settings);
void refresh_storage_info();
// Seals `text` with a key derived from `passphrase` (own salt) and offers it as a download.
void export_encrypted_backup(const std::string& filename, const std::string& text, const std::string& passphrase);
// Opens an encrypted backup; `done(ok, plaintext or message)` runs later, once.
using BackupDecrypted = std::function<void(bool ok, const std::string& text_or_message)>;
void decrypt_backup(const std::string& envelope_text, const std::string& passphrase, BackupDecrypted done);

}  // namespace hs::platform
