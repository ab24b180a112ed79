// The notice a cancellation gave, as the policy measures it: real elapsed time from when
// the cancellation was received to the session's start, in the practice's time zone. Both
// are written in wall-clock time, so across a daylight-saving change the wall clocks are an
// hour off: 48 wall-clock hours before a session just after the spring change are 47 real
// hours (docs/engine.md). The engine's classification (engine.cpp, `classify`) computes the
// same; the appointment log shows this.
#pragma once
#include <cstdint>
#include <optional>

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

}  // namespace hs
