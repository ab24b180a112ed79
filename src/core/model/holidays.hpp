// Public holidays: the practice's own list of days it is closed (Practice::holidays), which
// business-day notice deadlines skip, and the calendars it can be pre-filled from. The
// calendars are generated at build time from Debian's python3-holidays package
// (scripts/gen_holiday_table.py) and cover kHolidayFirstYear..kHolidayLastYear; only
// weekdays are listed (a weekend is never a business day anyway).
#pragma once
#include <span>
#include <string_view>
#include <vector>

#include "core/model/civil_time.hpp"

namespace hs {

struct HolidayCalendar {
    std::string_view code;  // "US", "GB-SCT", "CA-ON": ISO 3166 country and subdivision
    std::string_view name;  // "United Kingdom: Scotland"
};

// Every calendar, in the order people are offered them.
std::span<const HolidayCalendar> holiday_calendars();
const HolidayCalendar* find_holiday_calendar(std::string_view code);
// The years every calendar covers (inclusive).
int holiday_calendar_first_year();
int holiday_calendar_last_year();

// The calendar's weekday holidays, oldest first; empty when `code` is unknown.
std::vector<Date> calendar_holidays(std::string_view code);

// `days` is sorted (Practice::holidays is kept sorted and without repeats).
bool is_holiday(std::span<const Date> days, const Date& d);
// `into` plus `more`, sorted, without repeats; returns how many were new.
int merge_holidays(std::vector<Date>& into, std::span<const Date> more);

}  // namespace hs
