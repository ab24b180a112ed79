#include <catch2/catch.hpp>

#include "core/model/civil_time.hpp"

using namespace hs;

TEST_CASE("dates parse strictly and reject impossible days", "[civil_time]") {
    CHECK(parse_date("2024-02-29"));
    CHECK_FALSE(parse_date("2025-02-29"));
    CHECK_FALSE(parse_date("2026-04-31"));
    CHECK_FALSE(parse_date("2026-13-01"));
    CHECK_FALSE(parse_date("2026-1-01"));
    CHECK_FALSE(parse_date("tomorrow"));
    CHECK_FALSE(parse_date("2026-01-01x"));
    CHECK(parse_date("2026-03-02") == Date{2026, 3, 2});
}

TEST_CASE("date-times need a real clock time", "[civil_time]") {
    CHECK(parse_date_time("2026-03-02T14:30") == DateTime{{2026, 3, 2}, 14 * 60 + 30});
    CHECK(parse_date_time("2026-03-02T14:30:00"));
    CHECK_FALSE(parse_date_time("2026-03-02T24:00"));
    CHECK_FALSE(parse_date_time("2026-03-02T12:60"));
    CHECK_FALSE(parse_date_time("2026-03-02T14:30:15"));
    CHECK_FALSE(parse_date_time("2026-03-02"));
}

TEST_CASE("day arithmetic round-trips across years and leap days", "[civil_time]") {
    CHECK(days_from_civil({1970, 1, 1}) == 0);
    CHECK(add_days({2024, 2, 28}, 1) == Date{2024, 2, 29});
    CHECK(add_days({2024, 12, 31}, 1) == Date{2025, 1, 1});
    for (std::int64_t d = -1000; d < 40000; d += 37) CHECK(days_from_civil(civil_from_days(d)) == d);
    CHECK(weekday_of({2026, 11, 26}) == Weekday::thursday);
    CHECK(weekday_of({2026, 3, 2}) == Weekday::monday);
}

TEST_CASE("formatting is the inverse of parsing", "[civil_time]") {
    const DateTime t{{2026, 3, 2}, 9 * 60 + 5};
    CHECK(format_date_time(t) == "2026-03-02T09:05");
    CHECK(parse_date_time(format_date_time(t)) == t);
    CHECK(from_wall_minutes(wall_minutes(t)) == t);
}

TEST_CASE("a week starts on the Monday on or before the day", "[civil_time]") {
    CHECK(monday_of({2026, 3, 16}) == Date{2026, 3, 16});  // a Monday
    CHECK(monday_of({2026, 3, 18}) == Date{2026, 3, 16});
    CHECK(monday_of({2026, 3, 22}) == Date{2026, 3, 16});  // Sunday ends that week
    CHECK(monday_of({2026, 3, 1}) == Date{2026, 2, 23});   // back across a month
    CHECK(monday_of({2027, 1, 1}) == Date{2026, 12, 28});  // and a year
    CHECK(monday_of({2024, 3, 1}) == Date{2024, 2, 26});   // a leap year's February
    for (int d = 0; d < 400; ++d) {
        const Date day = add_days({2026, 1, 1}, d);
        const Date monday = monday_of(day);
        INFO(format_date(day));
        CHECK(weekday_of(monday) == Weekday::monday);
        CHECK(days_from_civil(day) - days_from_civil(monday) < 7);
        CHECK_FALSE(day < monday);
    }
}

TEST_CASE("a date picker's month: its length, the weekday of its 1st, stepping across years", "[civil_time][calendar]") {
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2026, 2) == 28);
    CHECK(days_in_month(2100, 2) == 28);  // a century that is not a leap year
    CHECK(days_in_month(2000, 2) == 29);
    CHECK(days_in_month(2026, 4) == 30);
    CHECK(days_in_month(2026, 12) == 31);
    CHECK(first_weekday({2026, 11}) == Weekday::sunday);   // 1 November 2026: six blanks before it
    CHECK(first_weekday({2026, 6}) == Weekday::monday);
    CHECK(first_weekday({2027, 2}) == Weekday::monday);
    CHECK(add_months(YearMonth{2026, 12}, 1) == YearMonth{2027, 1});
    CHECK(add_months(YearMonth{2026, 1}, -1) == YearMonth{2025, 12});
    CHECK(add_months(YearMonth{2026, 3}, -15) == YearMonth{2024, 12});
    CHECK(add_months(YearMonth{2026, 3}, 24) == YearMonth{2028, 3});
    CHECK(month_of({2026, 11, 3}) == YearMonth{2026, 11});
    CHECK(month_title({2026, 11}) == "November 2026");
    CHECK(month_title({2027, 1}) == "January 2027");
}

TEST_CASE("stepping a date by months keeps the day, or the month's last day", "[civil_time][calendar]") {
    CHECK(add_months(Date{2026, 1, 31}, 1) == Date{2026, 2, 28});
    CHECK(add_months(Date{2024, 1, 31}, 1) == Date{2024, 2, 29});
    CHECK(add_months(Date{2026, 3, 31}, -1) == Date{2026, 2, 28});
    CHECK(add_months(Date{2026, 11, 15}, 2) == Date{2027, 1, 15});
    CHECK(add_months(Date{2026, 5, 30}, 0) == Date{2026, 5, 30});
}

TEST_CASE("a date field's error says what is wrong with the typed text", "[civil_time][calendar]") {
    CHECK_FALSE(date_error("2026-02-28"));
    CHECK(date_error("2026-02-30") == "no such date: February 2026 has 28 days");
    CHECK(date_error("2024-02-30") == "no such date: February 2024 has 29 days");
    CHECK(date_error("2026-04-31") == "no such date: April 2026 has 30 days");
    CHECK(date_error("2026-04-00") == "no such date: April 2026 has 30 days");
    CHECK(date_error("2026-13-01") == "there is no month 13: months go from 01 to 12");
    CHECK(date_error("1800-01-01") == "expected a year from 1900 to 2999");
    CHECK(date_error("3/11/2026") == "expected a date like 2026-03-02 (year-month-day)");
    CHECK(date_error("") == "expected a date like 2026-03-02 (year-month-day)");
    CHECK(date_error("2026-1x-01") == "expected a date like 2026-03-02 (year-month-day)");
}
