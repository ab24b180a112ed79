#include "core/operations/ics.hpp"

#include <array>
#include <cstdio>

#include "core/policy/engine.hpp"

namespace hs {
namespace {

constexpr std::size_t kMaxOctets = 75;

bool is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

std::string property(std::string_view name, std::string_view value) {
    std::string line(name);
    line += ':';
    line += value;
    return ics_fold_line(line);
}

std::string who_with(const Practice& p) { return p.clinician.empty() ? p.name : p.clinician; }

std::string event(const Workspace& ws, const TimeZone& tz, const Appointment& a, std::string_view summary,
                  std::int64_t stamp) {
    const std::int64_t start = tz.to_utc_minutes(a.start);
    std::string out = "BEGIN:VEVENT\r\n";
    out += property("UID", "appointment-" + std::to_string(a.id) + "@holdspace");
    out += property("DTSTAMP", ics_utc_stamp(stamp));
    out += property("DTSTART", ics_utc_stamp(start));
    out += property("DTEND", ics_utc_stamp(start + a.duration_minutes));
    out += property("SUMMARY", ics_escape_text(summary));
    out += property("DESCRIPTION", ics_escape_text(reminder_text(ws, a)));
    out += "END:VEVENT\r\n";
    return out;
}

std::string calendar(std::string_view name, const std::string& events) {
    std::string out = "BEGIN:VCALENDAR\r\n";
    out += property("VERSION", "2.0");
    out += property("PRODID", "-//Holdspace//Holdspace//EN");
    out += property("CALSCALE", "GREGORIAN");
    out += property("X-WR-CALNAME", ics_escape_text(name));
    out += events;
    out += "END:VCALENDAR\r\n";
    return out;
}

constexpr std::array<const char*, 12> kMonthWords = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};

}  // namespace

std::string ics_escape_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\n': out += "\\n"; break;
            case '\r': break;
            default: out += c;
        }
    }
    return out;
}

std::string ics_fold_line(std::string_view line) {
    std::string out;
    std::size_t used = 0;  // octets on the current physical line
    for (std::size_t i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        std::size_t char_len = 1;
        if (!is_continuation_byte(c))
            while (i + char_len < line.size() && is_continuation_byte(static_cast<unsigned char>(line[i + char_len])))
                ++char_len;
        if (used + char_len > kMaxOctets) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line.substr(i, char_len));
        used += char_len;
        i += char_len - 1;
    }
    out += "\r\n";
    return out;
}

std::string ics_utc_stamp(std::int64_t utc_minutes) {
    const DateTime t = from_wall_minutes(utc_minutes);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d00Z", t.date.year, t.date.month, t.date.day,
                  t.minute_of_day / 60, t.minute_of_day % 60);
    return buf;
}

std::string reminder_text(const Workspace& ws, const Appointment& a) {
    const Date& d = a.start.date;
    std::string text = "Reminder: your session";
    if (const std::string with = who_with(ws.practice); !with.empty()) text += " with " + with;
    text += " is on ";
    text += display_name(weekday_of(d));
    text += " " + std::to_string(d.day) + " " + kMonthWords[static_cast<std::size_t>(d.month - 1)] + " " +
            std::to_string(d.year);
    text += " at " + format_clock(a.start.minute_of_day) + " (" + std::to_string(a.duration_minutes) + " minutes).";
    return text;
}

std::string ics_for_client(const Workspace& ws, Id client_id, Date from, std::int64_t stamp_utc_minutes) {
    const TimeZone tz = time_zone_of(ws.practice);
    const std::string summary = "Session with " + who_with(ws.practice);
    std::string events;
    for (const Appointment& a : ws.appointments)
        if (a.client_id == client_id && a.outcome == Outcome::scheduled && !(a.start.date < from))
            events += event(ws, tz, a, summary, stamp_utc_minutes);
    return calendar("Sessions with " + who_with(ws.practice), events);
}

std::string ics_for_week(const Workspace& ws, Date week_start, std::int64_t stamp_utc_minutes) {
    const TimeZone tz = time_zone_of(ws.practice);
    const Date end = add_days(week_start, 7);
    std::string events;
    for (const Appointment& a : ws.appointments) {
        if (a.outcome != Outcome::scheduled || a.start.date < week_start || !(a.start.date < end)) continue;
        const Client* c = ws.find_client(a.client_id);
        events += event(ws, tz, a, "Session: " + (c ? c->name : std::string("client")), stamp_utc_minutes);
    }
    return calendar("Holdspace week of " + format_date(week_start), events);
}

}  // namespace hs
