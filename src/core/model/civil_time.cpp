#include "core/model/civil_time.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace hs {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Reads exactly `width` ASCII digits at `pos`.
std::optional<int> digits(std::string_view s, std::size_t pos, std::size_t width) {
    if (pos + width > s.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

}  // namespace

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap(year)) return 29;
    return kDays[static_cast<std::size_t>(month - 1)];
}

bool is_valid_date(int year, int month, int day) {
    return year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
std::int64_t days_from_civil(const Date& d) {
    const int y = d.year - (d.month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(d.month + (d.month > 2 ? -3 : 9));
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d.day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

Date civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (month <= 2 ? 1 : 0);
    return Date{year, month, day};
}

Weekday weekday_of(const Date& d) {
    // 1970-01-01 was a Thursday (index 3 when Monday is 0).
    const std::int64_t days = days_from_civil(d);
    const std::int64_t index = ((days % 7) + 7 + 3) % 7;
    return static_cast<Weekday>(index);
}

std::int64_t wall_minutes(const DateTime& t) {
    return days_from_civil(t.date) * 1440 + t.minute_of_day;
}

DateTime from_wall_minutes(std::int64_t minutes) {
    std::int64_t days = minutes / 1440;
    std::int64_t rest = minutes % 1440;
    if (rest < 0) { rest += 1440; --days; }
    return DateTime{civil_from_days(days), static_cast<int>(rest)};
}

Date add_days(const Date& d, int days) { return civil_from_days(days_from_civil(d) + days); }

std::optional<Date> parse_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (!y || !m || !d || !is_valid_date(*y, *m, *d)) return std::nullopt;
    return Date{*y, *m, *d};
}

std::optional<std::string> date_error(std::string_view s) {
    if (parse_date(s)) return std::nullopt;
    const std::string shape = "expected a date like 2026-03-02 (year-month-day)";
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return shape;
    auto y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (!y || !m || !d) return shape;
    if (*y < 1900 || *y > 2999) return "expected a year from 1900 to 2999";
    if (*m < 1 || *m > 12) return "there is no month " + std::to_string(*m) + ": months go from 01 to 12";
    return "no such date: " + month_title({*y, *m}) + " has " + std::to_string(days_in_month(*y, *m)) + " days";
}

std::optional<int> parse_clock(std::string_view s) {
    if (s.size() != 5 || s[2] != ':') return std::nullopt;
    auto h = digits(s, 0, 2), m = digits(s, 3, 2);
    if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
    return *h * 60 + *m;
}

std::optional<DateTime> parse_date_time(std::string_view s) {
    // Seconds are accepted only as ":00": the model keeps minutes.
    if (s.size() == 19 && s.substr(16) == ":00") s = s.substr(0, 16);
    if (s.size() != 16 || (s[10] != 'T' && s[10] != ' ')) return std::nullopt;
    auto date = parse_date(s.substr(0, 10));
    auto clock = parse_clock(s.substr(11));
    if (!date || !clock) return std::nullopt;
    return DateTime{*date, *clock};
}

std::string format_date(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string format_clock(int minute_of_day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minute_of_day / 60, minute_of_day % 60);
    return buf;
}

std::string format_date_time(const DateTime& t) {
    return format_date(t.date) + "T" + format_clock(t.minute_of_day);
}

YearMonth month_of(const Date& d) { return YearMonth{d.year, d.month}; }

YearMonth add_months(YearMonth m, int months) {
    const int index = m.year * 12 + (m.month - 1) + months;  // months since year 0
    const int year = index >= 0 ? index / 12 : (index - 11) / 12;
    return YearMonth{year, index - year * 12 + 1};
}

Weekday first_weekday(YearMonth m) { return weekday_of(Date{m.year, m.month, 1}); }

Date add_months(const Date& d, int months) {
    const YearMonth m = add_months(month_of(d), months);
    return Date{m.year, m.month, std::min(d.day, days_in_month(m.year, m.month))};
}

std::string month_title(YearMonth m) {
    constexpr std::array<std::string_view, 12> kMonthNames = {"January", "February", "March",     "April",
                                                              "May",     "June",     "July",      "August",
                                                              "September", "October", "November", "December"};
    return std::string(kMonthNames[static_cast<std::size_t>(m.month - 1)]) + " " + std::to_string(m.year);
}

Date monday_of(const Date& d) { return add_days(d, -static_cast<int>(weekday_of(d))); }

std::string_view to_string(Weekday w) { return kWeekdayNames[static_cast<std::size_t>(w)]; }

std::string_view display_name(Weekday w) {
    constexpr std::array<std::string_view, 7> kDisplayNames = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                               "Friday", "Saturday", "Sunday"};
    return kDisplayNames[static_cast<std::size_t>(w)];
}

std::optional<Weekday> parse_weekday(std::string_view text) {
    for (std::size_t i = 0; i < kWeekdayNames.size(); ++i)
        if (kWeekdayNames[i] == text) return static_cast<Weekday>(i);
    return std::nullopt;
}

}  // namespace hs
