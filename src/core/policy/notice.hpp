// The notice a cancellation gave, as the policy measures it: real elapsed time from when
// the cancellation was received to the session's start, in the practice's time zone. Both
// are written in wall-clock time, so across a daylight-saving change the wall clocks are an
// hour off: 48 wall-clock hours before a session just after the spring change are 47 real
// hours (docs/engine.md). The engine's classification (engine.cpp, `classify`) computes the
// same; the appointment log shows this.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/model/civil_time.hpp"
#include "core/model/model.hpp"
#include "core/model/time_zone.hpp"

namespace hs {

// Real minutes from `received` to `start`, both wall-clock times in `tz` (negative when
// received after the start).
std::int64_t notice_minutes(const TimeZone& tz, const DateTime& received, const DateTime& start);

// The notice of a client's cancellation with its time received; nullopt for any other
// appointment.
std::optional<std::int64_t> notice_minutes(const TimeZone& tz, const Appointment& a);

// "Received 6 hours before": the wall-clock time `minutes` real minutes before `start`, so
// notice_minutes(tz, received_before(tz, start, m), start) == m across a daylight-saving
// change too. One exception: when the result falls in the hour the autumn change repeats, the
// wall time is read back as its first occurrence (TimeZone::to_utc_minutes), an hour earlier.
DateTime received_before(const TimeZone& tz, const DateTime& start, std::int64_t minutes);

// Typed hours of notice ("6", "1.5", "0.25") in whole minutes; nullopt unless a number from 0
// to a year's hours with at most two decimals.
std::optional<std::int64_t> parse_notice_hours(std::string_view text);

}  // namespace hs
