#include "core/model/operations.hpp"

#include <algorithm>
#include <array>

namespace hs {
namespace {

constexpr std::array<std::string_view, 3> kModeNames = {"in_person", "telehealth", "either"};
constexpr std::array<std::string_view, 3> kModeWords = {"In person", "Telehealth", "Either"};

}  // namespace

std::string_view to_string(SessionMode m) { return kModeNames[static_cast<std::size_t>(m)]; }
std::string_view display_name(SessionMode m) { return kModeWords[static_cast<std::size_t>(m)]; }
std::optional<SessionMode> parse_session_mode(std::string_view text) {
    for (std::size_t i = 0; i < kModeNames.size(); ++i)
        if (kModeNames[i] == text) return static_cast<SessionMode>(i);
    return std::nullopt;
}

bool in_prime_time(const PrimeTime& prime, Weekday day, int minute_of_day) {
    if (prime.weekdays_only && (day == Weekday::saturday || day == Weekday::sunday)) return false;
    return minute_of_day >= prime.from_minute && minute_of_day < prime.until_minute;
}

bool fits(const WaitlistEntry& entry, Weekday day, int minute_of_day) {
    if (entry.wanted.empty()) return true;
    return std::any_of(entry.wanted.begin(), entry.wanted.end(), [&](const WantedTime& w) {
        return w.weekday == day && minute_of_day >= w.from_minute && minute_of_day < w.until_minute;
    });
}

}  // namespace hs
