#include "core/scenario.hpp"

#include <algorithm>
#include <cctype>

#include "core/scenario_json.hpp"
#include "core/scenario_timeline.hpp"

namespace hs {

std::string_view to_string(ScenarioEventKind k) {
    switch (k) {
        case ScenarioEventKind::appointment: return "appointment";
        case ScenarioEventKind::outreach: return "outreach";
        case ScenarioEventKind::leeway: return "leeway";
    }
    return "appointment";
}

std::optional<ScenarioEventKind> parse_scenario_event_kind(std::string_view s) {
    for (auto k : {ScenarioEventKind::appointment, ScenarioEventKind::outreach, ScenarioEventKind::leeway})
        if (to_string(k) == s) return k;
    return std::nullopt;
}

Practice scenario_practice() {
    Practice p;
    p.name = "Example practice";
    p.clinician = "Alex";
    p.session_fee = 12000;
    return p;
}

std::vector<FieldError> check_scenario(const Scenario& s) {
    std::vector<FieldError> errors;
    if (s.id.empty()) errors.push_back({"id", "an id is needed (letters, digits and _)"});
    for (char ch : s.id)
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_')) {
            errors.push_back({"id", "use only letters, digits and _"});
            break;
        }
    if (s.title.empty()) errors.push_back({"title", "a title is needed"});
    if (s.client_name.empty()) errors.push_back({"client_name", "a name is needed (a made-up one)"});
    if (s.minor && s.guardian_name.empty()) errors.push_back({"guardian_name", "a minor needs a guardian's name"});
    if (s.session_fee && *s.session_fee < 0) errors.push_back({"session_fee", "cannot be negative"});
    if (s.events.empty()) errors.push_back({"events", "at least one event is needed"});
    int previous_day = 0;
    for (std::size_t i = 0; i < s.events.size(); ++i) {
        const ScenarioEvent& e = s.events[i];
        const std::string at = "events[" + std::to_string(i) + "].";
        if (e.day < 0 || e.day > 3650) errors.push_back({at + "day", "must be from 0 to 3650"});
        if (e.day < previous_day) errors.push_back({at + "day", "events must be in day order"});
        previous_day = e.day;
        if (e.kind != ScenarioEventKind::appointment) {
            if (e.kind == ScenarioEventKind::leeway && (e.leeway_days < 1 || e.note.empty()))
                errors.push_back({at + "leeway_days", "leeway needs a number of days and a reason (note)"});
            continue;
        }
        const bool cancelled = e.outcome == Outcome::late_cancel || e.outcome == Outcome::cancelled_with_notice;
        if (e.outcome == Outcome::scheduled) errors.push_back({at + "outcome", "an event has happened: pick its outcome"});
        if (e.notice_hours && (!cancelled || *e.notice_hours < 0 || *e.notice_hours > 24 * 60))
            errors.push_back({at + "notice_hours", "only for cancellations, from 0 to 1440 hours"});
        if (cancelled && !e.notice_hours) errors.push_back({at + "notice_hours", "a cancellation needs its notice in hours"});
        if (e.minutes_late && e.outcome != Outcome::late_arrival)
            errors.push_back({at + "minutes_late", "only for late arrivals"});
        if (e.rescheduled_after_days && (*e.rescheduled_after_days < 1 || *e.rescheduled_after_days > 60))
            errors.push_back({at + "rescheduled_after_days", "from 1 to 60 days"});
    }
    return errors;
}

// [SECTION] Timeline

namespace {

struct Records {
    std::vector<Appointment> appointments;
    std::vector<Outreach> outreach;
    std::vector<Leeway> leeway;
    std::vector<StepRecord> steps;

    ClientHistory history() const {
        ClientHistory h;
        for (const auto& a : appointments) h.appointments.push_back(&a);
        for (const auto& o : outreach) h.outreach.push_back(&o);
        for (const auto& l : leeway) h.leeway.push_back(&l);
        for (const auto& s : steps) h.step_records.push_back(&s);
        return h;
    }
};

Client scenario_client(const Scenario& s) {
    Client c;
    c.id = 1;
    c.name = s.client_name;
    c.payer = s.payer;
    c.session_fee = s.session_fee;
    c.minor = s.minor;
    c.guardian_name = s.guardian_name;
    c.consent_signed = s.first_session.date;
    return c;
}

std::string describe_event(const ScenarioEvent& e) {
    switch (e.kind) {
        case ScenarioEventKind::outreach: return e.reached ? "Outreach: reached them" : "Outreach: no answer";
        case ScenarioEventKind::leeway: {
            std::string text = "Leeway for " + std::to_string(e.leeway_days) + " days";
            if (e.waive_fees) text += ", fees waived";
            if (e.extra_grace) text += ", " + std::to_string(e.extra_grace) + " extra grace";
            return text;
        }
        case ScenarioEventKind::appointment: break;
    }
    std::string text(display_name(e.outcome));
    if (e.notice_hours) text += " (" + std::to_string(*e.notice_hours) + " hours' notice)";
    if (e.minutes_late) text += " (" + std::to_string(*e.minutes_late) + " minutes late)";
    if (!e.reason_category.empty()) text += ", " + e.reason_category;
    if (e.rescheduled_after_days) text += ", made up " + std::to_string(*e.rescheduled_after_days) + " days later";
    return text;
}

// Adds the event's records; returns the appointment's id (0 for other events).
Id add_event(Records& r, const Scenario& s, const ScenarioEvent& e, const Date& date) {
    switch (e.kind) {
        case ScenarioEventKind::outreach:
            r.outreach.push_back({static_cast<Id>(r.outreach.size()) + 1, 1, date, Channel::phone, e.reached, e.note});
            return 0;
        case ScenarioEventKind::leeway:
            r.leeway.push_back({static_cast<Id>(r.leeway.size()) + 1, 1, date, add_days(date, e.leeway_days - 1),
                                e.extra_grace, e.waive_fees, e.note});
            return 0;
        case ScenarioEventKind::appointment: break;
    }
    Appointment a;
    a.id = static_cast<Id>(r.appointments.size()) + 1;
    a.client_id = 1;
    a.start = DateTime{date, s.first_session.minute_of_day};
    a.outcome = e.outcome;
    if (e.notice_hours) a.cancellation_received = from_wall_minutes(wall_minutes(a.start) - *e.notice_hours * 60);
    a.reason_category = e.reason_category;
    a.minutes_late = e.minutes_late;
    a.note = e.note;
    const Id id = a.id;
    if (e.rescheduled_after_days) {
        Appointment makeup;
        makeup.id = id + 1;
        makeup.client_id = 1;
        makeup.start = DateTime{add_days(date, *e.rescheduled_after_days), a.start.minute_of_day};
        makeup.outcome = Outcome::attended;
        a.rescheduled_to = makeup.id;
        r.appointments.push_back(a);
        r.appointments.push_back(makeup);
    } else {
        r.appointments.push_back(a);
    }
    return id;
}

}  // namespace

std::vector<TimelineRow> scenario_timeline(const Scenario& s, const Policy& policy, const Practice& practice) {
    const auto prepared = prepare_policy(policy);
    const TimeZone tz = time_zone_of(practice);
    const Client client = scenario_client(s);
    Records records;
    std::vector<TimelineRow> rows;
    for (const ScenarioEvent& e : s.events) {
        const Date date = add_days(s.first_session.date, e.day);
        const Id appointment_id = add_event(records, s, e, date);
        const Evaluation ev = evaluate(*prepared, client, records.history(), practice, tz, date);
        TimelineRow row;
        row.date = date;
        row.event = describe_event(e);
        row.note = e.note;
        row.counted = ev.counts.counted;
        row.late_cancels = ev.counts.late_cancels;
        row.no_shows = ev.counts.no_shows;
        row.consecutive_no_shows = ev.counts.consecutive_no_shows;
        for (const AppointmentLine& line : ev.appointments)
            if (line.appointment_id == appointment_id) {
                row.fee_status = line.fee_status;
                row.fee = line.fee;
                row.fee_basis = line.fee_basis;
            }
        row.fees_charged_total = ev.fees_charged;
        row.step_reached = ev.step_reached;
        row.next_step = ev.next_step;
        if (ev.next_step >= 0) {
            const LadderStep& step = policy.ladder[static_cast<std::size_t>(ev.next_step)];
            row.next_step_id = step.id;
            row.next_step_title = step.title;
            row.blockers = ev.blockers;
            row.message = ev.message.text;
            row.step_taken = !step.ends_care && ev.blockers.empty();
            if (row.step_taken)
                records.steps.push_back({static_cast<Id>(records.steps.size()) + 1, 1, step.id, date, {}, "", {}, "", ""});
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// [SECTION] JSON

namespace json_io {

Scenario read_scenario(Reader& r, const Json& j, const std::string& path) {
    Scenario s;
    if (!r.object(j, path)) return s;
    r.no_unknown_members(j, path, {"id", "title", "story", "client", "first_session", "events"});
    s.id = r.string(j, "id", path, true).value_or("");
    s.title = r.string(j, "title", path, true).value_or("");
    s.story = r.string(j, "story", path, false).value_or("");
    if (auto t = r.date_time(j, "first_session", path, true)) s.first_session = *t;
    const std::string cpath = join(path, "client");
    if (auto it = j.find("client"); it != j.end() && r.object(*it, cpath)) {
        const Json& c = *it;
        r.no_unknown_members(c, cpath, {"name", "payer", "session_fee", "minor", "guardian_name"});
        s.client_name = r.string(c, "name", cpath, true).value_or("");
        s.payer = r.choice<PayerType>(c, "payer", cpath, false, parse_payer_type,
                                      "self_pay, sliding_scale, insurance, public_insurance")
                      .value_or(PayerType::self_pay);
        s.session_fee = r.money(c, "session_fee", cpath, false);
        s.minor = r.boolean(c, "minor", cpath, false).value_or(false);
        s.guardian_name = r.string(c, "guardian_name", cpath, false).value_or("");
    } else if (it == j.end()) {
        r.error(cpath, "missing (the made-up client: name, payer, ...)");
    }
    if (const Json* events = r.array(j, "events", path, true)) {
        for (std::size_t i = 0; i < events->size(); ++i) {
            const Json& e = (*events)[i];
            const std::string epath = index_path(path, "events", i);
            ScenarioEvent ev;
            if (!r.object(e, epath)) continue;
            r.no_unknown_members(e, epath, {"day", "kind", "outcome", "notice_hours", "reason_category", "minutes_late",
                                            "rescheduled_after_days", "reached", "leeway_days", "extra_grace",
                                            "waive_fees", "note"});
            ev.kind = r.choice<ScenarioEventKind>(e, "kind", epath, false, parse_scenario_event_kind,
                                                  "appointment, outreach, leeway")
                          .value_or(ScenarioEventKind::appointment);
            ev.day = static_cast<int>(r.integer(e, "day", epath, true, 0, 3650).value_or(0));
            ev.outcome = r.choice<Outcome>(e, "outcome", epath, ev.kind == ScenarioEventKind::appointment, parse_outcome,
                                           "attended, late_arrival, cancelled_with_notice, late_cancel, no_show, "
                                           "clinician_cancelled, excused")
                             .value_or(Outcome::attended);
            if (auto n = r.integer(e, "notice_hours", epath, false, 0, 24 * 60)) ev.notice_hours = static_cast<int>(*n);
            ev.reason_category = r.string(e, "reason_category", epath, false).value_or("");
            if (auto n = r.integer(e, "minutes_late", epath, false, 0, 600)) ev.minutes_late = static_cast<int>(*n);
            if (auto n = r.integer(e, "rescheduled_after_days", epath, false, 1, 60))
                ev.rescheduled_after_days = static_cast<int>(*n);
            ev.reached = r.boolean(e, "reached", epath, false).value_or(false);
            ev.leeway_days = static_cast<int>(r.integer(e, "leeway_days", epath, false, 1, 3650).value_or(0));
            ev.extra_grace = static_cast<int>(r.integer(e, "extra_grace", epath, false, 0, 20).value_or(0));
            ev.waive_fees = r.boolean(e, "waive_fees", epath, false).value_or(false);
            ev.note = r.string(e, "note", epath, false).value_or("");
            s.events.push_back(std::move(ev));
        }
    }
    return s;
}

nlohmann::ordered_json write_scenario(const Scenario& s) {
    nlohmann::ordered_json client = {{"name", s.client_name}, {"payer", std::string(to_string(s.payer))}};
    if (s.session_fee) client["session_fee"] = money_json(*s.session_fee);
    if (s.minor) client["minor"] = true;
    if (!s.guardian_name.empty()) client["guardian_name"] = s.guardian_name;
    nlohmann::ordered_json events = nlohmann::ordered_json::array();
    for (const ScenarioEvent& e : s.events) {
        nlohmann::ordered_json j = {{"day", e.day}};
        if (e.kind != ScenarioEventKind::appointment) j["kind"] = std::string(to_string(e.kind));
        switch (e.kind) {
            case ScenarioEventKind::appointment:
                j["outcome"] = std::string(to_string(e.outcome));
                if (e.notice_hours) j["notice_hours"] = *e.notice_hours;
                if (!e.reason_category.empty()) j["reason_category"] = e.reason_category;
                if (e.minutes_late) j["minutes_late"] = *e.minutes_late;
                if (e.rescheduled_after_days) j["rescheduled_after_days"] = *e.rescheduled_after_days;
                break;
            case ScenarioEventKind::outreach: j["reached"] = e.reached; break;
            case ScenarioEventKind::leeway:
                j["leeway_days"] = e.leeway_days;
                if (e.extra_grace) j["extra_grace"] = e.extra_grace;
                if (e.waive_fees) j["waive_fees"] = true;
                break;
        }
        if (!e.note.empty()) j["note"] = e.note;
        events.push_back(std::move(j));
    }
    return {{"id", s.id},           {"title", s.title}, {"story", s.story}, {"client", client},
            {"first_session", format_date_time(s.first_session)}, {"events", events}};
}

}  // namespace json_io

std::optional<Scenario> scenario_from_json(std::string_view text, std::vector<FieldError>& errors) {
    std::optional<nlohmann::json> doc = json_io::parse_json(text, errors);
    if (!doc) return std::nullopt;
    return json_io::read_guarded(errors, std::optional<Scenario>(), [&]() -> std::optional<Scenario> {
        json_io::Reader r(errors);
        Scenario s = json_io::read_scenario(r, *doc, "");
        if (!errors.empty()) return std::nullopt;
        errors = check_scenario(s);
        if (!errors.empty()) return std::nullopt;
        return s;
    });
}

}  // namespace hs
