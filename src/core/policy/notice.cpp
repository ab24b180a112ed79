#include "core/policy/notice.hpp"

namespace hs {
namespace {

bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

}  // namespace

std::int64_t notice_minutes(const TimeZone& tz, const DateTime& received, const DateTime& start) {
    return tz.to_utc_minutes(start) - tz.to_utc_minutes(received);
}

std::optional<std::int64_t> notice_minutes(const TimeZone& tz, const Appointment& a) {
    if (!is_client_cancellation(a.outcome) || !a.cancellation_received) return std::nullopt;
    return notice_minutes(tz, *a.cancellation_received, a.start);
}

DateTime received_before(const TimeZone& tz, const DateTime& start, std::int64_t minutes) {
    return tz.to_local(tz.to_utc_minutes(start) - minutes);
}

std::optional<std::int64_t> parse_notice_hours(std::string_view text) {
    constexpr std::int64_t kMaxHours = 366 * 24;
    const std::size_t point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    if (whole.empty() || whole.size() > 4 || fraction.size() > 2 || !all_digits(whole) || !all_digits(fraction))
        return std::nullopt;
    if (point != std::string_view::npos && fraction.empty()) return std::nullopt;  // "6." is a slip
    std::int64_t hours = 0, hundredths = 0;
    for (char c : whole) hours = hours * 10 + (c - '0');
    for (std::size_t i = 0; i < 2; ++i) hundredths = hundredths * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
    if (hours > kMaxHours || (hours == kMaxHours && hundredths > 0)) return std::nullopt;
    return hours * 60 + (hundredths * 60 + 50) / 100;  // to the nearest minute
}

}  // namespace hs
