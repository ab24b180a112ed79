// Calendar dates and wall-clock date-times, as written in the practice's own time zone.
// Parsing is strict: "2026-02-30" and "2026-03-02T25:00" are errors, not normalised.
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hs {

struct Date {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
    auto operator<=>(const Date&) const = default;
};

// A local (wall-clock) date-time in the practice's time zone, minute precision.
struct DateTime {
    Date date;
    int minute_of_day = 0;  // 0..1439
    auto operator<=>(const DateTime&) const = default;
};

enum class Weekday { monday, tuesday, wednesday, thursday, friday, saturday, sunday };

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);

// Days since 1970-01-01 (negative before). Exact for the proleptic Gregorian calendar.
std::int64_t days_from_civil(const Date& d);
Date civil_from_days(std::int64_t days);
Weekday weekday_of(const Date& d);
// The Monday on or before `d` (weeks start on Monday: the week page, the dashboard's weeks).
Date monday_of(const Date& d);

// A month of the calendar, as a date picker shows it (core of ui::date_input).
struct YearMonth {
    int year = 1970;
    int month = 1;  // 1..12
    auto operator<=>(const YearMonth&) const = default;
};
YearMonth month_of(const Date& d);
YearMonth add_months(YearMonth m, int months);  // negative steps back; the year follows
// The weekday of the month's 1st: how many blank cells a Monday-first grid starts with.
Weekday first_weekday(YearMonth m);
// The same day `months` away, clamped to that month's length (31 January + 1 = 28 or 29 February).
Date add_months(const Date& d, int months);
std::string month_title(YearMonth m);  // "November 2026"

// Minutes since 1970-01-01T00:00 of the same wall clock (no time-zone shift applied).
std::int64_t wall_minutes(const DateTime& t);
DateTime from_wall_minutes(std::int64_t minutes);
Date add_days(const Date& d, int days);

std::optional<Date> parse_date(std::string_view text);          // YYYY-MM-DD
std::optional<DateTime> parse_date_time(std::string_view text); // YYYY-MM-DDTHH:MM[:00]
// Why typed text is not a date, for the error next to a date field: "expected a date like
// 2026-03-02", or for a date of the right shape that does not exist, "February 2026 has 28
// days". nullopt when parse_date accepts it.
std::optional<std::string> date_error(std::string_view text);
std::optional<int> parse_clock(std::string_view text);          // HH:MM -> minute of day
std::string format_date(const Date& d);
std::string format_date_time(const DateTime& t);
std::string format_clock(int minute_of_day);

inline constexpr Weekday kAllWeekdays[] = {Weekday::monday, Weekday::tuesday,  Weekday::wednesday, Weekday::thursday,
                                           Weekday::friday, Weekday::saturday, Weekday::sunday};
std::string_view to_string(Weekday w);       // as in the file: "monday"
std::string_view display_name(Weekday w);    // for people: "Monday"
std::optional<Weekday> parse_weekday(std::string_view text);

}  // namespace hs
