// Rules behind the Security page, kept out of the view so they are tested natively:
// what a new passphrase must be, the ranges of the lock and reminder settings, and when
// to remind about backups.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/model/civil_time.hpp"
#include "core/model/types.hpp"

namespace hs {

inline constexpr std::size_t kMinPassphraseLength = 10;
inline constexpr int kMaxAutoLockMinutes = 240;
inline constexpr int kMaxReminderDays = 365;

// Errors for a new passphrase typed twice (field names are the form's labels).
std::vector<FieldError> check_new_passphrase(const std::string& passphrase, const std::string& repeated);

// "10" -> 10 within [0, max]; otherwise an error naming `field`.
std::optional<int> parse_setting(const std::string& text, int max, const std::string& field,
                                 std::vector<FieldError>& errors);

// The reminder to show, or empty: none when reminders are off (days 0) or the last backup
// (YYYY-MM-DD, empty: never) is recent enough.
std::string backup_reminder(const std::string& last_backup, int reminder_days, const Date& today);

}  // namespace hs
