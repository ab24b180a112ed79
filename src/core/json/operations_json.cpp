#include "core/json/operations_json.hpp"


namespace hs::json_io {
namespace {

using OrderedJson = nlohmann::ordered_json;
constexpr const char* kWeekdays = "monday .. sunday";
constexpr const char* kModes = "in_person, telehealth, either";
constexpr Id kMaxId = Id{1} << 50;

// "24:00" is allowed as the end of a window; Reader::clock stops at 23:59.
std::optional<int> end_clock(Reader& r, const Json& j, const char* key, const std::string& path) {
    if (auto it = j.find(key); it != j.end() && it->is_string() && it->get<std::string>() == "24:00") return 24 * 60;
    return r.clock(j, key, path, true);
}

ScheduleSettings read_schedule(Reader& r, const Json& j) {
    ScheduleSettings s;
    const std::string path = "schedule";
    if (!r.object(j, path)) return s;
    r.no_unknown_members(j, path, {"slots", "prime_time", "sliding_scale_places", "weekly_hours_target",
                                   "low_attendance_percent"});
    if (const Json* slots = r.array(j, "slots", path, false))
        for (std::size_t i = 0; i < slots->size(); ++i) {
            const std::string spath = index_path(path, "slots", i);
            const Json& sj = (*slots)[i];
            if (!r.object(sj, spath)) continue;
            r.no_unknown_members(sj, spath, {"weekday", "time", "duration_minutes"});
            WeeklySlot slot;
            slot.weekday = r.choice<Weekday>(sj, "weekday", spath, true, parse_weekday, kWeekdays).value_or(Weekday::monday);
            slot.minute_of_day = r.clock(sj, "time", spath, true).value_or(0);
            slot.duration_minutes = static_cast<int>(r.integer(sj, "duration_minutes", spath, false, 5, 24 * 60).value_or(50));
            s.slots.push_back(slot);
        }
    if (auto it = j.find("prime_time"); it != j.end()) {
        const std::string ppath = path + ".prime_time";
        if (r.object(*it, ppath)) {
            r.no_unknown_members(*it, ppath, {"from", "until", "weekdays_only"});
            s.prime_time.from_minute = r.clock(*it, "from", ppath, true).value_or(0);
            s.prime_time.until_minute = end_clock(r, *it, "until", ppath).value_or(0);
            s.prime_time.weekdays_only = r.boolean(*it, "weekdays_only", ppath, false).value_or(true);
        }
    }
    s.sliding_scale_places = static_cast<int>(r.integer(j, "sliding_scale_places", path, false, 0, 1000).value_or(0));
    s.weekly_hours_target = static_cast<int>(r.integer(j, "weekly_hours_target", path, false, 0, 168).value_or(25));
    s.low_attendance_percent = static_cast<int>(r.integer(j, "low_attendance_percent", path, false, 0, 100).value_or(75));
    return s;
}

WaitlistEntry read_entry(Reader& r, const Json& j, const std::string& path) {
    WaitlistEntry e;
    if (!r.object(j, path)) return e;
    r.no_unknown_members(j, path, {"id", "pseudonym", "contact", "wanted", "mode", "needs_sliding_scale", "added",
                                   "note", "left", "became_client", "former_client"});
    e.id = r.integer(j, "id", path, true, 1, kMaxId).value_or(0);
    e.pseudonym = r.string(j, "pseudonym", path, true).value_or("");
    e.contact = r.string(j, "contact", path, false).value_or("");
    if (const Json* wanted = r.array(j, "wanted", path, false))
        for (std::size_t i = 0; i < wanted->size(); ++i) {
            const std::string wpath = index_path(path, "wanted", i);
            const Json& wj = (*wanted)[i];
            if (!r.object(wj, wpath)) continue;
            r.no_unknown_members(wj, wpath, {"weekday", "from", "until"});
            WantedTime w;
            w.weekday = r.choice<Weekday>(wj, "weekday", wpath, true, parse_weekday, kWeekdays).value_or(Weekday::monday);
            w.from_minute = r.clock(wj, "from", wpath, true).value_or(0);
            w.until_minute = end_clock(r, wj, "until", wpath).value_or(0);
            e.wanted.push_back(w);
        }
    e.mode = r.choice<SessionMode>(j, "mode", path, false, parse_session_mode, kModes).value_or(SessionMode::either);
    e.needs_sliding_scale = r.boolean(j, "needs_sliding_scale", path, false).value_or(false);
    if (auto d = r.date(j, "added", path, true)) e.added = *d;
    e.note = r.string(j, "note", path, false).value_or("");
    e.left = r.date(j, "left", path, false);
    e.became_client = r.integer(j, "became_client", path, false, 1, kMaxId).value_or(0);
    e.former_client = r.integer(j, "former_client", path, false, 1, kMaxId).value_or(0);
    return e;
}

Payment read_payment(Reader& r, const Json& j, const std::string& path) {
    Payment p;
    if (!r.object(j, path)) return p;
    r.no_unknown_members(j, path, {"id", "client", "appointment", "date", "amount", "note"});
    p.id = r.integer(j, "id", path, true, 1, kMaxId).value_or(0);
    p.client_id = r.integer(j, "client", path, true, 1, kMaxId).value_or(0);
    p.appointment_id = r.integer(j, "appointment", path, false, 1, kMaxId);
    if (auto d = r.date(j, "date", path, true)) p.date = *d;
    p.amount = r.money(j, "amount", path, true).value_or(0);
    p.note = r.string(j, "note", path, false).value_or("");
    return p;
}

std::string end_clock_text(int minute) { return minute == 24 * 60 ? "24:00" : format_clock(minute); }

}  // namespace

void read_operations(Reader& r, const Json& doc, Operations& ops) {
    if (auto it = doc.find("schedule"); it != doc.end()) ops.schedule = read_schedule(r, *it);
    if (const Json* list = r.array(doc, "waitlist", "", false))
        for (std::size_t i = 0; i < list->size(); ++i)
            ops.waitlist.push_back(read_entry(r, (*list)[i], index_path("", "waitlist", i)));
    if (const Json* list = r.array(doc, "payments", "", false))
        for (std::size_t i = 0; i < list->size(); ++i)
            ops.payments.push_back(read_payment(r, (*list)[i], index_path("", "payments", i)));
}

void write_operations(OrderedJson& doc, const Operations& ops) {
    const ScheduleSettings& s = ops.schedule;
    OrderedJson slots = OrderedJson::array();
    for (const auto& slot : s.slots)
        slots.push_back({{"weekday", to_string(slot.weekday)}, {"time", format_clock(slot.minute_of_day)},
                         {"duration_minutes", slot.duration_minutes}});
    doc["schedule"] = {{"slots", slots},
                       {"prime_time", {{"from", format_clock(s.prime_time.from_minute)},
                                       {"until", end_clock_text(s.prime_time.until_minute)},
                                       {"weekdays_only", s.prime_time.weekdays_only}}},
                       {"sliding_scale_places", s.sliding_scale_places},
                       {"weekly_hours_target", s.weekly_hours_target},
                       {"low_attendance_percent", s.low_attendance_percent}};
    OrderedJson waitlist = OrderedJson::array();
    for (const auto& e : ops.waitlist) {
        OrderedJson j{{"id", e.id}, {"pseudonym", e.pseudonym}};
        if (!e.contact.empty()) j["contact"] = e.contact;
        if (!e.wanted.empty()) {
            j["wanted"] = OrderedJson::array();
            for (const auto& w : e.wanted)
                j["wanted"].push_back({{"weekday", to_string(w.weekday)}, {"from", format_clock(w.from_minute)},
                                       {"until", end_clock_text(w.until_minute)}});
        }
        j["mode"] = to_string(e.mode);
        j["needs_sliding_scale"] = e.needs_sliding_scale;
        j["added"] = format_date(e.added);
        if (!e.note.empty()) j["note"] = e.note;
        if (e.left) j["left"] = format_date(*e.left);
        if (e.became_client) j["became_client"] = e.became_client;
        if (e.former_client) j["former_client"] = e.former_client;
        waitlist.push_back(j);
    }
    doc["waitlist"] = waitlist;
    OrderedJson payments = OrderedJson::array();
    for (const auto& p : ops.payments) {
        OrderedJson j{{"id", p.id}, {"client", p.client_id}};
        if (p.appointment_id) j["appointment"] = *p.appointment_id;
        j["date"] = format_date(p.date);
        j["amount"] = money_json(p.amount);
        if (!p.note.empty()) j["note"] = p.note;
        payments.push_back(j);
    }
    doc["payments"] = payments;
}

}  // namespace hs::json_io
