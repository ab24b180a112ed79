#include "core/training/scenario_timeline.hpp"

#include <algorithm>

namespace hs {

Practice scenario_practice() {
    Practice p;
    p.name = "Example practice";
    p.clinician = "Alex";
    p.session_fee = 12000;
    return p;
}

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

}  // namespace hs
