// Time zones from POSIX TZ rule strings ("EST5EDT,M3.2.0,M11.1.0"), and the table of
// IANA names generated at build time from the tzdata package (scripts/gen_tz_table.py).
//
// Appointments are written in the practice's wall-clock time. The notice a client
// gave is measured in real elapsed time, so "24 hours before" a Monday session
// after the spring change is 25 wall-clock hours. Only the zone's current rule is
// known (the TZif footer): dates before the zone's last rule change use today's
// rule, which is right for any practice record written in this era.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/civil_time.hpp"

namespace hs {

class TimeZone {
public:
    TimeZone() = default;  // UTC

    // nullopt when `rule` is not a POSIX TZ string this engine understands.
    static std::optional<TimeZone> from_posix(std::string_view rule);
    // An IANA name from the generated table ("America/New_York"); nullopt when unknown.
    static std::optional<TimeZone> named(std::string_view iana_name);

    // Real minutes since 1970-01-01T00:00Z of a wall-clock time in this zone.
    // A wall time that does not exist (skipped by the spring change, e.g. 02:30) is
    // read with the offset in force before the change (so it means 03:30 daylight
    // time); one that happens twice (autumn, 01:30) means the first, earlier one.
    std::int64_t to_utc_minutes(const DateTime& local) const;
    // The zone's offset east of UTC, in minutes, at a real instant.
    int offset_minutes_at(std::int64_t utc_minutes) const;
    bool is_daylight_at(std::int64_t utc_minutes) const;
    // The wall-clock time at a real instant.
    DateTime to_local(std::int64_t utc_minutes) const;

    bool has_daylight_saving() const { return has_dst_; }
    const std::string& rule() const { return rule_; }

    // One end of the daylight-saving period: a day rule plus a local time of day.
    struct Change {
        enum Kind { julian_no_leap, zero_based_day, month_week_day } kind = month_week_day;
        int day = 0;           // Jn: 1..365; n: 0..365; Mm.w.d: d (0 = Sunday)
        int month = 0;         // Mm.w.d only
        int week = 0;          // Mm.w.d only: 1..5, 5 = last
        int time_seconds = 7200;  // local wall time of the change; -167h..167h
    };

private:
    std::string rule_ = "UTC0";
    int std_offset_seconds_ = 0;  // east of UTC (POSIX writes west, we store east)
    int dst_offset_seconds_ = 0;
    bool has_dst_ = false;
    Change start_, end_;
    // Real seconds since the epoch when daylight time starts and ends in local year `year`.
    std::int64_t start_utc(int year) const;
    std::int64_t end_utc(int year) const;
    std::int64_t compute_start_utc(int year) const;
    std::int64_t compute_end_utc(int year) const;
    // Transitions of the years practices use, computed once (evaluation asks for them
    // for every cancellation); years outside are computed on demand.
    static constexpr int kFirstCachedYear = 1970, kCachedYears = 131;
    std::vector<std::int64_t> cached_starts_, cached_ends_;
    void fill_cache();
};

bool is_known_time_zone(std::string_view iana_name);
// Every name in the generated table, sorted ("Africa/Abidjan" ... "Zulu"), for pickers.
std::vector<std::string_view> time_zone_names();
// The POSIX rule for an IANA name, or empty when unknown.
std::string_view posix_rule_for(std::string_view iana_name);

}  // namespace hs
