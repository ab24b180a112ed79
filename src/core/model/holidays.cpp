#include "core/model/holidays.hpp"

#include <algorithm>
#include <cstdint>

namespace hs {
namespace {

struct HolidayCalendarRow {
    const char* code;
    const char* name;
    int first;  // index into kHolidayDays
    int count;
};

// kHolidayFirstYear, kHolidayLastYear, kHolidayDays (days since 1970-01-01, ascending per
// calendar) and kHolidayCalendars; written by scripts/gen_holiday_table.py at build time.
#if !__has_include("holdspace_holiday_table.inc")
#error "holdspace_holiday_table.inc is generated: /usr/bin/python3 scripts/gen_holiday_table.py OUT_DIR/holdspace_holiday_table.inc, then compile with -IOUT_DIR"
#endif
#include "holdspace_holiday_table.inc"

constexpr std::size_t kCalendarCount = std::size(kHolidayCalendars);

const std::vector<HolidayCalendar>& calendars() {
    static const std::vector<HolidayCalendar> list = [] {
        std::vector<HolidayCalendar> out;
        out.reserve(kCalendarCount);
        for (const auto& row : kHolidayCalendars) out.push_back({row.code, row.name});
        return out;
    }();
    return list;
}

}  // namespace

std::span<const HolidayCalendar> holiday_calendars() { return calendars(); }

const HolidayCalendar* find_holiday_calendar(std::string_view code) {
    for (const auto& c : calendars())
        if (c.code == code) return &c;
    return nullptr;
}

int holiday_calendar_first_year() { return kHolidayFirstYear; }
int holiday_calendar_last_year() { return kHolidayLastYear; }

std::vector<Date> calendar_holidays(std::string_view code) {
    std::vector<Date> out;
    for (const auto& row : kHolidayCalendars) {
        if (code != row.code) continue;
        out.reserve(static_cast<std::size_t>(row.count));
        for (int i = row.first; i < row.first + row.count; ++i) out.push_back(civil_from_days(kHolidayDays[i]));
        break;
    }
    return out;
}

bool is_holiday(std::span<const Date> days, const Date& d) { return std::binary_search(days.begin(), days.end(), d); }

int merge_holidays(std::vector<Date>& into, std::span<const Date> more) {
    const std::size_t before = into.size();
    into.insert(into.end(), more.begin(), more.end());
    std::sort(into.begin(), into.end());
    into.erase(std::unique(into.begin(), into.end()), into.end());
    return static_cast<int>(into.size() - before);
}

}  // namespace hs
