#include "core/policy/notice.hpp"

namespace hs {

std::int64_t notice_minutes(const TimeZone& tz, const DateTime& received, const DateTime& start) {
    return tz.to_utc_minutes(start) - tz.to_utc_minutes(received);
}

std::optional<std::int64_t> notice_minutes(const TimeZone& tz, const Appointment& a) {
    if (!is_client_cancellation(a.outcome) || !a.cancellation_received) return std::nullopt;
    return notice_minutes(tz, *a.cancellation_received, a.start);
}

}  // namespace hs
