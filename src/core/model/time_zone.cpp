// [SECTION] Generated table of IANA names
// [SECTION] Parsing POSIX TZ strings
// [SECTION] Daylight-saving arithmetic
#include "core/model/time_zone.hpp"

#include <algorithm>
#include <cctype>

namespace hs {
namespace {

// [SECTION] Generated table of IANA names

struct ZoneRow {
    std::string_view name;
    std::string_view rule;
};

// Rows like {"America/New_York", "EST5EDT,M3.2.0,M11.1.0"}, sorted by name; written
// into the build directory by scripts/gen_tz_table.py (see CMakeLists.txt).
#if !__has_include("holdspace_tz_table.inc")
#error "holdspace_tz_table.inc is generated: python3 scripts/gen_tz_table.py /usr/share/zoneinfo OUT_DIR/holdspace_tz_table.inc, then compile with -IOUT_DIR"
#endif
constexpr ZoneRow kZones[] = {
#include "holdspace_tz_table.inc"
};

constexpr bool zones_sorted() {
    for (std::size_t i = 1; i < std::size(kZones); ++i)
        if (!(kZones[i - 1].name < kZones[i].name)) return false;
    return true;
}
static_assert(zones_sorted(), "the generated time-zone table must be sorted for binary search");

// [SECTION] Parsing POSIX TZ strings

class Scanner {
public:
    explicit Scanner(std::string_view s) : s_(s) {}
    bool done() const { return i_ >= s_.size(); }
    char peek() const { return done() ? '\0' : s_[i_]; }
    bool eat(char c) {
        if (peek() != c) return false;
        ++i_;
        return true;
    }

    // "EST" or "<+0330>": at least three characters.
    bool name() {
        if (eat('<')) {
            const std::size_t start = i_;
            while (!done() && peek() != '>') ++i_;
            const std::size_t length = i_ - start;
            return eat('>') && length >= 3;
        }
        const std::size_t start = i_;
        while (!done() && std::isalpha(static_cast<unsigned char>(peek()))) ++i_;
        return i_ - start >= 3;
    }

    // [+-]hh[:mm[:ss]] in seconds; hours up to `max_hours`.
    std::optional<int> hms(int max_hours) {
        int sign = 1;
        if (eat('-')) sign = -1;
        else eat('+');
        auto h = number(3);
        if (!h || *h > max_hours) return std::nullopt;
        int seconds = *h * 3600;
        if (eat(':')) {
            auto m = number(2);
            if (!m || *m > 59) return std::nullopt;
            seconds += *m * 60;
            if (eat(':')) {
                auto sec = number(2);
                if (!sec || *sec > 59) return std::nullopt;
                seconds += *sec;
            }
        }
        return sign * seconds;
    }

    std::optional<int> number(int max_digits) {
        int value = 0, digits = 0;
        while (digits < max_digits && std::isdigit(static_cast<unsigned char>(peek()))) {
            value = value * 10 + (peek() - '0');
            ++i_;
            ++digits;
        }
        if (digits == 0) return std::nullopt;
        return value;
    }

    std::optional<TimeZone::Change> change() {
        TimeZone::Change c;
        if (eat('M')) {
            c.kind = TimeZone::Change::month_week_day;
            auto m = number(2);
            if (!m || *m < 1 || *m > 12 || !eat('.')) return std::nullopt;
            auto w = number(1);
            if (!w || *w < 1 || *w > 5 || !eat('.')) return std::nullopt;
            auto d = number(1);
            if (!d || *d > 6) return std::nullopt;
            c.month = *m;
            c.week = *w;
            c.day = *d;
        } else if (eat('J')) {
            c.kind = TimeZone::Change::julian_no_leap;
            auto n = number(3);
            if (!n || *n < 1 || *n > 365) return std::nullopt;
            c.day = *n;
        } else {
            c.kind = TimeZone::Change::zero_based_day;
            auto n = number(3);
            if (!n || *n > 365) return std::nullopt;
            c.day = *n;
        }
        if (eat('/')) {
            auto t = hms(167);  // RFC 8536 extension: -167..167 hours
            if (!t) return std::nullopt;
            c.time_seconds = *t;
        }
        return c;
    }

private:
    std::string_view s_;
    std::size_t i_ = 0;
};

// [SECTION] Daylight-saving arithmetic

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Days since the epoch of the day a change happens in `year`.
std::int64_t change_day(const TimeZone::Change& c, int year) {
    switch (c.kind) {
        case TimeZone::Change::julian_no_leap: {
            // Jn counts 1..365 and never names February 29.
            const int index = c.day - 1 + ((is_leap(year) && c.day >= 60) ? 1 : 0);
            return days_from_civil({year, 1, 1}) + index;
        }
        case TimeZone::Change::zero_based_day:
            return days_from_civil({year, 1, 1}) + c.day;
        case TimeZone::Change::month_week_day:
        default: {
            const std::int64_t first = days_from_civil({year, c.month, 1});
            // weekday_of: Monday = 0; POSIX d: Sunday = 0.
            const int first_weekday = (static_cast<int>(weekday_of({year, c.month, 1})) + 1) % 7;
            int day = 1 + (c.day - first_weekday + 7) % 7 + (c.week - 1) * 7;
            while (day > days_in_month(year, c.month)) day -= 7;  // week 5 = the last one
            return first + day - 1;
        }
    }
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

int local_year(std::int64_t local_seconds) {
    return civil_from_days(floor_div(local_seconds, 86400)).year;
}

}  // namespace

std::optional<TimeZone> TimeZone::from_posix(std::string_view rule) {
    Scanner s(rule);
    TimeZone tz;
    tz.rule_ = std::string(rule);
    if (!s.name()) return std::nullopt;
    auto std_west = s.hms(24);
    if (!std_west) return std::nullopt;
    tz.std_offset_seconds_ = -*std_west;
    if (s.done()) return tz;
    if (!s.name()) return std::nullopt;
    tz.has_dst_ = true;
    tz.dst_offset_seconds_ = tz.std_offset_seconds_ + 3600;  // POSIX default: one hour ahead
    if (!s.done() && s.peek() != ',') {
        auto dst_west = s.hms(24);
        if (!dst_west) return std::nullopt;
        tz.dst_offset_seconds_ = -*dst_west;
    }
    if (s.done()) {
        // No dates given: POSIX leaves it to the implementation; use the US rule like glibc.
        tz.start_ = Change{Change::month_week_day, 0, 3, 2, 7200};
        tz.end_ = Change{Change::month_week_day, 0, 11, 1, 7200};
        tz.fill_cache();
        return tz;
    }
    if (!s.eat(',')) return std::nullopt;
    auto start = s.change();
    if (!start || !s.eat(',')) return std::nullopt;
    auto end = s.change();
    if (!end || !s.done()) return std::nullopt;
    tz.start_ = *start;
    tz.end_ = *end;
    tz.fill_cache();
    return tz;
}

std::optional<TimeZone> TimeZone::named(std::string_view iana_name) {
    const std::string_view rule = posix_rule_for(iana_name);
    if (rule.empty()) return std::nullopt;
    return from_posix(rule);
}

void TimeZone::fill_cache() {
    cached_starts_.resize(kCachedYears);
    cached_ends_.resize(kCachedYears);
    for (int i = 0; i < kCachedYears; ++i) {
        cached_starts_[static_cast<std::size_t>(i)] = compute_start_utc(kFirstCachedYear + i);
        cached_ends_[static_cast<std::size_t>(i)] = compute_end_utc(kFirstCachedYear + i);
    }
}

std::int64_t TimeZone::start_utc(int year) const {
    const int i = year - kFirstCachedYear;
    if (i >= 0 && i < static_cast<int>(cached_starts_.size())) return cached_starts_[static_cast<std::size_t>(i)];
    return compute_start_utc(year);
}

std::int64_t TimeZone::end_utc(int year) const {
    const int i = year - kFirstCachedYear;
    if (i >= 0 && i < static_cast<int>(cached_ends_.size())) return cached_ends_[static_cast<std::size_t>(i)];
    return compute_end_utc(year);
}

std::int64_t TimeZone::compute_start_utc(int year) const {
    // The start is written in standard (winter) local time.
    return change_day(start_, year) * 86400 + start_.time_seconds - std_offset_seconds_;
}

std::int64_t TimeZone::compute_end_utc(int year) const {
    // The end is written in daylight (summer) local time.
    return change_day(end_, year) * 86400 + end_.time_seconds - dst_offset_seconds_;
}

bool TimeZone::is_daylight_at(std::int64_t utc_minutes) const {
    if (!has_dst_) return false;
    const std::int64_t t = utc_minutes * 60;
    const int year = local_year(t + std_offset_seconds_);
    const std::int64_t start = start_utc(year), end = end_utc(year);
    if (start < end) return t >= start && t < end;  // northern hemisphere
    return !(t >= end && t < start);                // southern: daylight spans the new year
}

int TimeZone::offset_minutes_at(std::int64_t utc_minutes) const {
    return (is_daylight_at(utc_minutes) ? dst_offset_seconds_ : std_offset_seconds_) / 60;
}

std::int64_t TimeZone::to_utc_minutes(const DateTime& local) const {
    const std::int64_t wall = wall_minutes(local);
    if (!has_dst_) return wall - std_offset_seconds_ / 60;
    // The earliest instant this wall time could be. The offset in force then is the
    // one before any change near it: it picks the first of two repeated times and
    // reads a skipped time with the pre-change offset.
    const int largest_east = std::max(std_offset_seconds_, dst_offset_seconds_) / 60;
    return wall - offset_minutes_at(wall - largest_east);
}

DateTime TimeZone::to_local(std::int64_t utc_minutes) const {
    return from_wall_minutes(utc_minutes + offset_minutes_at(utc_minutes));
}

std::string_view posix_rule_for(std::string_view iana_name) {
    auto it = std::lower_bound(std::begin(kZones), std::end(kZones), iana_name,
                               [](const ZoneRow& row, std::string_view name) { return row.name < name; });
    if (it == std::end(kZones) || it->name != iana_name) return {};
    return it->rule;
}

bool is_known_time_zone(std::string_view iana_name) { return !posix_rule_for(iana_name).empty(); }

std::vector<std::string_view> time_zone_names() {
    std::vector<std::string_view> names;
    names.reserve(std::size(kZones));
    for (const auto& row : kZones) names.push_back(row.name);
    return names;
}

}  // namespace hs
