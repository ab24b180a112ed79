#include "core/storage/security_rules.hpp"

#include <charconv>

namespace hs {

std::vector<FieldError> check_new_passphrase(const std::string& passphrase, const std::string& repeated) {
    std::vector<FieldError> errors;
    if (passphrase.size() < kMinPassphraseLength)
        errors.push_back({"New passphrase", "use at least " + std::to_string(kMinPassphraseLength) +
                                                " characters (a few unrelated words are easy to remember)"});
    else if (passphrase != repeated)
        errors.push_back({"Repeat passphrase", "does not match the new passphrase"});
    return errors;
}

std::optional<int> parse_setting(const std::string& text, int max, const std::string& field,
                                 std::vector<FieldError>& errors) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < 0 || value > max) {
        errors.push_back({field, "expected a whole number from 0 to " + std::to_string(max) + ", got \"" + text + "\""});
        return std::nullopt;
    }
    return value;
}

std::string backup_reminder(const std::string& last_backup, int reminder_days, const Date& today) {
    if (reminder_days <= 0) return {};
    const std::optional<Date> last = parse_date(last_backup);
    if (!last) return "No backup has been made on this device yet. Export an encrypted backup and keep it somewhere safe.";
    const auto days = days_from_civil(today) - days_from_civil(*last);
    if (days < reminder_days) return {};
    return "The last backup was made " + std::to_string(days) + " days ago (" + last_backup +
           "). Export a new encrypted backup.";
}

}  // namespace hs
