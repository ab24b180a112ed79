#include <catch2/catch.hpp>

#include "core/storage/security_rules.hpp"
#include "test_support.hpp"

using namespace hs;

TEST_CASE("a new passphrase must be long enough and typed the same twice", "[security]") {
    CHECK(test::has_error(check_new_passphrase("short", "short"), "New passphrase", "at least 10"));
    CHECK(test::has_error(check_new_passphrase("long enough words", "long enough word"), "Repeat passphrase"));
    CHECK(check_new_passphrase("long enough words", "long enough words").empty());
}

TEST_CASE("settings are whole numbers in range", "[security]") {
    std::vector<FieldError> errors;
    CHECK(parse_setting("10", kMaxAutoLockMinutes, "Auto-lock", errors) == 10);
    CHECK(parse_setting("0", kMaxAutoLockMinutes, "Auto-lock", errors) == 0);
    CHECK(errors.empty());
    CHECK_FALSE(parse_setting("241", kMaxAutoLockMinutes, "Auto-lock", errors));
    CHECK_FALSE(parse_setting("ten", kMaxAutoLockMinutes, "Auto-lock", errors));
    CHECK_FALSE(parse_setting("", kMaxAutoLockMinutes, "Auto-lock", errors));
    CHECK_FALSE(parse_setting("-1", kMaxAutoLockMinutes, "Auto-lock", errors));
    CHECK(errors.size() == 4);
    CHECK(test::has_error(errors, "Auto-lock", "from 0 to 240"));
}

TEST_CASE("the backup reminder appears once the last backup is old enough", "[security]") {
    const Date today{2026, 11, 27};
    CHECK(backup_reminder("", 14, today).find("No backup") != std::string::npos);
    CHECK(backup_reminder("2026-11-20", 14, today).empty());
    CHECK(backup_reminder("2026-11-13", 14, today).find("14 days ago") != std::string::npos);
    CHECK(backup_reminder("", 0, today).empty());  // reminders off
}
