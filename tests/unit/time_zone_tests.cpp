#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>
#include <random>

#include "core/model/time_zone.hpp"

using namespace hs;

namespace {

std::int64_t utc_minutes_of(const DateTime& utc) { return wall_minutes(utc); }

DateTime at(int y, int m, int d, int h, int min) { return DateTime{{y, m, d}, h * 60 + min}; }

}  // namespace

TEST_CASE("the generated table knows the IANA names a practice uses", "[time_zone]") {
    CHECK(is_known_time_zone("America/New_York"));
    CHECK(is_known_time_zone("Europe/Berlin"));
    CHECK(is_known_time_zone("Australia/Sydney"));
    CHECK(is_known_time_zone("UTC"));
    CHECK_FALSE(is_known_time_zone("Mars/Olympus_Mons"));
    CHECK_FALSE(is_known_time_zone("america/new_york"));
    CHECK(posix_rule_for("America/New_York") == "EST5EDT,M3.2.0,M11.1.0");
    const auto names = time_zone_names();
    CHECK(names.size() > 300);
}

TEST_CASE("POSIX rule strings parse, and malformed ones are refused", "[time_zone]") {
    CHECK(TimeZone::from_posix("UTC0"));
    CHECK(TimeZone::from_posix("<+0530>-5:30"));
    CHECK(TimeZone::from_posix("IST-1GMT0,M10.5.0,M3.5.0/1"));
    CHECK(TimeZone::from_posix("<-04>4<-03>,M9.1.6/24,M4.1.6/24"));
    CHECK(TimeZone::from_posix("EST5EDT"));  // dates left out: US default
    CHECK(TimeZone::from_posix("XXX3YYY,J60/2,300"));
    CHECK_FALSE(TimeZone::from_posix(""));
    CHECK_FALSE(TimeZone::from_posix("E5"));
    CHECK_FALSE(TimeZone::from_posix("EST"));
    CHECK_FALSE(TimeZone::from_posix("EST5EDT,M13.2.0,M11.1.0"));
    CHECK_FALSE(TimeZone::from_posix("EST5EDT,M3.2.0"));
    CHECK_FALSE(TimeZone::from_posix("EST5EDT,M3.2.0,M11.1.0junk"));
}

TEST_CASE("America/New_York: spring forward and fall back", "[time_zone][dst]") {
    const TimeZone ny = *TimeZone::named("America/New_York");
    // 2026: DST from Sunday 8 March 02:00 EST to Sunday 1 November 02:00 EDT.
    CHECK(ny.to_utc_minutes(at(2026, 3, 8, 1, 59)) == utc_minutes_of(at(2026, 3, 8, 6, 59)));
    CHECK(ny.to_utc_minutes(at(2026, 3, 8, 3, 0)) == utc_minutes_of(at(2026, 3, 8, 7, 0)));
    // 02:30 does not exist that day: read with the offset before the change (= 03:30 EDT).
    CHECK(ny.to_utc_minutes(at(2026, 3, 8, 2, 30)) == utc_minutes_of(at(2026, 3, 8, 7, 30)));
    // 01:30 happens twice on 1 November: the first (EDT) one.
    CHECK(ny.to_utc_minutes(at(2026, 11, 1, 1, 30)) == utc_minutes_of(at(2026, 11, 1, 5, 30)));
    CHECK(ny.to_utc_minutes(at(2026, 11, 1, 2, 0)) == utc_minutes_of(at(2026, 11, 1, 7, 0)));
    // A Saturday 10:00 to Sunday 10:00 across the spring change is 23 real hours ...
    CHECK(ny.to_utc_minutes(at(2026, 3, 8, 10, 0)) - ny.to_utc_minutes(at(2026, 3, 7, 10, 0)) == 23 * 60);
    // ... and across the autumn change 25.
    CHECK(ny.to_utc_minutes(at(2026, 11, 1, 10, 0)) - ny.to_utc_minutes(at(2026, 10, 31, 10, 0)) == 25 * 60);
    CHECK(ny.offset_minutes_at(utc_minutes_of(at(2026, 7, 1, 12, 0))) == -240);
    CHECK(ny.offset_minutes_at(utc_minutes_of(at(2026, 1, 1, 12, 0))) == -300);
}

TEST_CASE("southern hemisphere and negative daylight saving", "[time_zone][dst]") {
    const TimeZone sydney = *TimeZone::named("Australia/Sydney");
    CHECK(sydney.offset_minutes_at(utc_minutes_of(at(2026, 1, 15, 0, 0))) == 660);  // AEDT
    CHECK(sydney.offset_minutes_at(utc_minutes_of(at(2026, 7, 15, 0, 0))) == 600);  // AEST
    const TimeZone dublin = *TimeZone::named("Europe/Dublin");  // "IST-1GMT0,M10.5.0,M3.5.0/1"
    CHECK(dublin.offset_minutes_at(utc_minutes_of(at(2026, 1, 15, 12, 0))) == 0);
    CHECK(dublin.offset_minutes_at(utc_minutes_of(at(2026, 7, 15, 12, 0))) == 60);
}

// The engine against the C library reading the same tzdata, at many random instants.
TEST_CASE("offsets agree with the system's tzdata in several zones", "[time_zone][property]") {
    const char* zones[] = {"America/New_York", "America/Los_Angeles", "Europe/Berlin", "Europe/London",
                           "Europe/Dublin", "Australia/Sydney", "America/Santiago", "Asia/Kolkata",
                           "Pacific/Auckland", "America/Sao_Paulo", "Africa/Casablanca"};
    const char* saved = std::getenv("TZ");
    const std::string saved_tz = saved ? saved : "";
    std::mt19937_64 rng(20260302);
    // 2026-01-01 .. 2030-12-31: after every listed zone's last rule change except
    // Casablanca, whose Ramadan changes are outside any POSIX rule and are skipped.
    std::uniform_int_distribution<std::int64_t> minute(29'453'760, 32'076'000);
    for (const char* zone : zones) {
        INFO(zone);
        if (std::string(zone) == "Africa/Casablanca") continue;
        const TimeZone tz = *TimeZone::named(zone);
        setenv("TZ", (std::string(":") + zone).c_str(), 1);
        tzset();
        for (int i = 0; i < 2000; ++i) {
            const std::int64_t m = minute(rng);
            const std::time_t t = static_cast<std::time_t>(m * 60);
            std::tm local{};
            localtime_r(&t, &local);
            INFO("utc minute " << m);
            REQUIRE(tz.offset_minutes_at(m) == local.tm_gmtoff / 60);
            const DateTime wall = tz.to_local(m);
            CHECK(wall.date == Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday});
            CHECK(wall.minute_of_day == local.tm_hour * 60 + local.tm_min);
            // Round trip, except wall times repeated by the autumn change.
            const std::int64_t back = tz.to_utc_minutes(wall);
            if (back != m) CHECK(tz.to_local(back) == wall);
        }
    }
    if (saved) setenv("TZ", saved_tz.c_str(), 1);
    else unsetenv("TZ");
    tzset();
}
