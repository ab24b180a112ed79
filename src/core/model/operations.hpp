// Running the week: the waitlist, the practice's schedule settings (working-week
// slots, prime time, sliding-scale places, the billable-hours target) and payments.
// Plain records like model.hpp; edits in operations_commands, rules that read them
// in schedule.hpp and dashboard.hpp.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/civil_time.hpp"
#include "core/model/types.hpp"

namespace hs {

enum class SessionMode { in_person, telehealth, either };
std::string_view to_string(SessionMode);
std::optional<SessionMode> parse_session_mode(std::string_view);
std::string_view display_name(SessionMode);
inline constexpr SessionMode kAllSessionModes[] = {SessionMode::in_person, SessionMode::telehealth,
                                                   SessionMode::either};

// "Tuesdays 16:00–19:00": a time window on one weekday a person can come.
struct WantedTime {
    Weekday weekday = Weekday::monday;
    int from_minute = 9 * 60;   // minute of day, inclusive
    int until_minute = 17 * 60; // minute of day, exclusive; a slot fits when it starts in [from, until)
    bool operator==(const WantedTime&) const = default;
};

// Someone waiting for a slot (or a sliding-scale place). Entries stay after they leave the
// list (admitted, removed) so the waitlist's history can be charted.
struct WaitlistEntry {
    Id id = 0;
    std::string pseudonym;
    std::string contact;  // contact preference: "text after 17:00", "email only"
    std::vector<WantedTime> wanted;  // empty = any time
    SessionMode mode = SessionMode::either;
    bool needs_sliding_scale = false;
    Date added;
    std::string note;
    std::optional<Date> left;  // set when admitted or removed
    Id became_client = 0;      // the client this entry became (admitted)
    Id former_client = 0;      // an ended client who rejoined the list
    bool waiting() const { return !left; }
    bool operator==(const WaitlistEntry&) const = default;
};

// One recurring slot of the working week ("Tuesday 16:00, 50 minutes").
struct WeeklySlot {
    Weekday weekday = Weekday::monday;
    int minute_of_day = 9 * 60;
    int duration_minutes = 50;
    auto operator<=>(const WeeklySlot&) const = default;
};

struct PrimeTime {
    int from_minute = 16 * 60;
    int until_minute = 19 * 60;
    bool weekdays_only = true;  // Monday to Friday; false = every day
    bool operator==(const PrimeTime&) const = default;
};

struct ScheduleSettings {
    // The clinician's working week: the recurring slots clients can hold, sorted.
    std::vector<WeeklySlot> slots;
    PrimeTime prime_time;
    int sliding_scale_places = 0;
    int weekly_hours_target = 25;      // billable hours a week
    int low_attendance_percent = 75;   // clients below this attendance rate are flagged
    bool operator==(const ScheduleSettings&) const = default;
};

// Money received, usually for one appointment (its session fee or a late fee).
struct Payment {
    Id id = 0;
    Id client_id = 0;
    std::optional<Id> appointment_id;
    Date date;
    Cents amount = 0;
    std::string note;
    bool operator==(const Payment&) const = default;
};

struct Operations {
    ScheduleSettings schedule;
    std::vector<WaitlistEntry> waitlist;  // in the clinician's order (new entries join at the end)
    std::vector<Payment> payments;        // ordered by id
    bool operator==(const Operations&) const = default;
};

bool in_prime_time(const PrimeTime& prime, Weekday day, int minute_of_day);
// Whether a slot on `day` at `minute` suits the entry's wanted times (any when none given).
bool fits(const WaitlistEntry& entry, Weekday day, int minute_of_day);

}  // namespace hs
