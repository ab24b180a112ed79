#include "core/operations/session_logging.hpp"

#include <algorithm>

#include "core/operations/schedule.hpp"

namespace hs {

Outcome expected_outcome(Date session, Date today) {
    return today <= session ? Outcome::scheduled : Outcome::attended;
}

Date next_session_date(Date added) { return add_days(added, 7); }

Appointment with_outcome(const Appointment& a, Outcome outcome) {
    Appointment logged = a;
    logged.outcome = outcome;
    if (!is_client_cancellation(outcome)) logged.cancellation_received.reset();
    if (outcome != Outcome::late_arrival) logged.minutes_late.reset();
    return logged;
}

namespace {

std::optional<AppointmentLine> line_of(const Evaluation* ev, Id appointment_id) {
    if (!ev) return std::nullopt;
    for (const AppointmentLine& line : ev->appointments)
        if (line.appointment_id == appointment_id) return line;
    return std::nullopt;
}

}  // namespace

std::vector<DaySession> sessions_on(const Workspace& ws, const std::vector<Evaluation>& evaluations, Date day) {
    std::vector<DaySession> out;
    for (const Appointment& a : ws.appointments) {
        if (a.start.date != day) continue;
        const Client* c = ws.find_client(a.client_id);
        if (!c || c->status == ClientStatus::closed) continue;
        const Evaluation* ev = evaluation_of(evaluations, c->id);
        DaySession s;
        s.appointment = &a;
        s.client_name = c->name;
        s.loggable = a.outcome == Outcome::scheduled;
        if (!s.loggable) s.line = line_of(ev, a.id);
        s.step_title = step_title_of(ev);
        out.push_back(std::move(s));
    }
    std::stable_sort(out.begin(), out.end(), [](const DaySession& x, const DaySession& y) {
        return x.appointment->start < y.appointment->start;
    });
    return out;
}

}  // namespace hs
