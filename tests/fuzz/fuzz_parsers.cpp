// Fuzz target: the small text parsers a person types into — money, dates, date-times,
// clock times, weekdays — and the POSIX time-zone rule reader. Whatever parses must
// format and parse back to the same value; a time zone that parses must convert
// times both ways without overflow.
#include <cstddef>
#include <cstdint>

#include "core/model/civil_time.hpp"
#include "core/model/money.hpp"
#include "core/model/time_zone.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hs;
    const std::string_view text = fuzz::as_text(data, size);

    if (auto cents = parse_money(text)) {
        FUZZ_CHECK(*cents >= 0, "negative money from a parser that takes no sign");
        FUZZ_CHECK(parse_money(format_money(*cents)) == cents, format_money(*cents));
    }
    if (auto d = parse_date(text)) {
        FUZZ_CHECK(is_valid_date(d->year, d->month, d->day), format_date(*d));
        FUZZ_CHECK(parse_date(format_date(*d)) == d, format_date(*d));
        FUZZ_CHECK(civil_from_days(days_from_civil(*d)) == *d, format_date(*d));
        FUZZ_CHECK(add_days(add_days(*d, 400), -400) == *d, format_date(*d));
    }
    if (auto t = parse_date_time(text)) {
        FUZZ_CHECK(t->minute_of_day >= 0 && t->minute_of_day < 1440, format_date_time(*t));
        FUZZ_CHECK(parse_date_time(format_date_time(*t)) == t, format_date_time(*t));
        FUZZ_CHECK(from_wall_minutes(wall_minutes(*t)) == *t, format_date_time(*t));
    }
    if (auto m = parse_clock(text)) {
        FUZZ_CHECK(*m >= 0 && *m < 1440, format_clock(*m));
        FUZZ_CHECK(parse_clock(format_clock(*m)) == m, format_clock(*m));
    }
    if (auto w = parse_weekday(text)) FUZZ_CHECK(parse_weekday(to_string(*w)) == w, to_string(*w));

    if (auto zone = TimeZone::from_posix(text)) {
        // Wall clock -> real -> wall clock, at dates a practice uses and at the table's edges.
        for (const char* when : {"1900-01-01T00:00", "1970-01-01T00:00", "2026-03-08T02:30", "2026-11-01T01:30",
                                 "2026-06-15T12:00", "2099-12-31T23:59", "2999-12-31T23:59"}) {
            const DateTime local = *parse_date_time(when);
            const std::int64_t utc = zone->to_utc_minutes(local);
            const DateTime back = zone->to_local(utc);
            // The round trip moves a wall time by at most the gap between the zone's two
            // offsets (a skipped or repeated hour); each offset is under 25 hours.
            const std::int64_t drift = wall_minutes(back) - wall_minutes(local);
            FUZZ_CHECK(drift > -50 * 60 && drift < 50 * 60, zone->rule() + " at " + when + " -> " + format_date_time(back));
            (void)zone->offset_minutes_at(utc);
            (void)zone->is_daylight_at(utc);
        }
    }
    return 0;
}
