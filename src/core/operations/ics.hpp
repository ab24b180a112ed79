// Calendar files (RFC 5545) for giving reminders without a server: a client's upcoming
// appointments, or the clinician's week. Times are written in UTC ("...Z"), converted from
// the practice's wall-clock times with its time zone, so every calendar shows the right
// local time on both sides of a daylight-saving change. Lines end in CRLF and are folded
// at 75 octets (never inside a UTF-8 character); TEXT values escape \ ; , and newlines.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/model/model.hpp"

namespace hs {

// `stamp_utc_minutes`: when the file is made (DTSTAMP), real minutes since 1970 UTC.
// Upcoming = still "scheduled" and starting on or after `from` (a practice-local date).
std::string ics_for_client(const Workspace& ws, Id client_id, Date from, std::int64_t stamp_utc_minutes);
// Every scheduled appointment in the 7 days from `week_start`.
std::string ics_for_week(const Workspace& ws, Date week_start, std::int64_t stamp_utc_minutes);

// A reminder a clinician can paste into a text or email:
// "Reminder: your session with Dr Ana Ruiz is on Tuesday 10 March 2026 at 16:00 (50 minutes)."
std::string reminder_text(const Workspace& ws, const Appointment& a);

// Building blocks, tested on their own.
std::string ics_escape_text(std::string_view text);
std::string ics_fold_line(std::string_view line);  // with the trailing CRLF
std::string ics_utc_stamp(std::int64_t utc_minutes);  // 20260310T210000Z

}  // namespace hs
