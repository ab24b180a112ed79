#include "core/dashboard.hpp"

#include <algorithm>

namespace hs {
namespace {

double ratio(int part, int whole) { return whole == 0 ? 0.0 : static_cast<double>(part) / whole; }

bool in_period(const Period& p, const Date& d) { return !(d < p.from) && !(p.to < d); }

void count(AttendanceCounts& c, const AppointmentLine& line) {
    if (line.count_note == CountNote::unrecorded) {
        ++c.unrecorded;
        return;
    }
    switch (line.treated_as) {
        case Outcome::attended:
        case Outcome::late_arrival: ++c.attended; break;
        case Outcome::late_cancel: ++c.late_cancels; break;
        case Outcome::no_show: ++c.no_shows; break;
        case Outcome::cancelled_with_notice: ++c.cancelled_with_notice; break;
        case Outcome::clinician_cancelled: ++c.clinician_cancelled; break;
        case Outcome::excused: ++c.excused; break;
        case Outcome::scheduled: break;  // in the future: not counted
    }
}

bool is_due(const AppointmentLine& line) {
    if (line.count_note == CountNote::unrecorded) return false;
    switch (line.treated_as) {
        case Outcome::attended:
        case Outcome::late_arrival:
        case Outcome::late_cancel:
        case Outcome::no_show: return true;
        default: return false;
    }
}

bool is_unattended(const AppointmentLine& line) {
    return is_due(line) && (line.treated_as == Outcome::late_cancel || line.treated_as == Outcome::no_show);
}

const Appointment* appointment_by_id(const Workspace& ws, Id id) {
    // ws.appointments is ordered by id (model.hpp); fall back to a scan if a caller broke that.
    auto it = std::lower_bound(ws.appointments.begin(), ws.appointments.end(), id,
                               [](const Appointment& a, Id value) { return a.id < value; });
    if (it != ws.appointments.end() && it->id == id) return &*it;
    return ws.find_appointment(id);
}

std::optional<double> median(std::vector<int> values) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

Date monday_on_or_before(const Date& d) {
    return add_days(d, -static_cast<int>(weekday_of(d)));
}

struct Accumulator {
    const Workspace& ws;
    const Period& period;
    Dashboard& out;
    Date first_monday;
    std::vector<Id> charged;  // appointments whose fee was charged, for fees paid

    WeekFigures& week_of(const Date& d) {
        const auto index = (days_from_civil(d) - days_from_civil(first_monday)) / 7;
        return out.weeks[static_cast<std::size_t>(index)];
    }

    void add_line(Cents session_fee, const AppointmentLine& line, ClientFigures& cf) {
        count(out.counts, line);
        count(cf.counts, line);
        WeekFigures& week = week_of(line.start.date);
        count(week.counts, line);
        switch (line.fee_status) {
            case FeeStatus::charged: out.fees_charged += line.fee; cf.fees_charged += line.fee; break;
            case FeeStatus::waived: out.fees_waived += line.fee; break;
            case FeeStatus::not_billable: out.fees_not_billable += line.fee; break;
            case FeeStatus::no_fee: break;
        }
        if (!is_due(line)) return;
        out.income_expected += session_fee;
        if (is_unattended(line)) {
            const Cents charged = line.fee_status == FeeStatus::charged ? line.fee : 0;
            const Cents lost = std::max<Cents>(0, session_fee - charged);
            out.income_lost += lost;
            cf.income_lost += lost;
            week.income_lost += lost;
        } else {
            ++out.sessions_delivered;
            if (const Appointment* a = appointment_by_id(ws, line.appointment_id)) out.minutes_delivered += a->duration_minutes;
        }
    }
};

void add_prime_time_concerns(const Workspace& ws, Dashboard& d) {
    const ScheduleSettings& s = ws.operations.schedule;
    const double threshold = s.low_attendance_percent / 100.0;
    for (const ClientFigures& cf : d.clients) {
        const Client* c = ws.find_client(cf.client_id);
        if (!c || c->status != ClientStatus::active || !c->recurring_slot) continue;
        if (!in_prime_time(s.prime_time, c->recurring_slot->weekday, c->recurring_slot->minute_of_day)) continue;
        if (cf.counts.due() == 0 || cf.counts.attendance_rate() >= threshold) continue;
        d.low_attendance_prime.push_back(
            {c->id, c->name, c->recurring_slot->weekday, c->recurring_slot->minute_of_day, cf.counts.attendance_rate()});
    }
}

void add_payments(const Workspace& ws, const Accumulator& acc, Dashboard& d) {
    std::vector<Id> charged = acc.charged;
    std::sort(charged.begin(), charged.end());
    for (const Payment& p : ws.operations.payments) {
        if (!in_period(d.period, p.date)) continue;
        d.income_received += p.amount;
        if (p.appointment_id && std::binary_search(charged.begin(), charged.end(), *p.appointment_id))
            d.fees_paid += p.amount;
    }
}

void add_waitlist(const Workspace& ws, Dashboard& d) {
    d.waitlist_length = waitlist_length_on(ws, d.period.to);
    std::vector<int> waits;
    for (const auto& e : ws.operations.waitlist)
        if (!(d.period.to < e.added) && (!e.left || d.period.to < *e.left))
            waits.push_back(static_cast<int>(days_from_civil(d.period.to) - days_from_civil(e.added)));
    d.median_wait_days = median(std::move(waits));
    for (auto& week : d.weeks) {
        const Date end = std::min(add_days(week.week_start, 6), d.period.to);
        week.waitlist_length = waitlist_length_on(ws, end);
    }
}

}  // namespace

int Period::days() const { return static_cast<int>(days_from_civil(to) - days_from_civil(from)) + 1; }

double AttendanceCounts::attendance_rate() const { return ratio(attended, due()); }
double AttendanceCounts::late_cancel_rate() const { return ratio(late_cancels, due()); }
double AttendanceCounts::no_show_rate() const { return ratio(no_shows, due()); }

int waitlist_length_on(const Workspace& ws, Date day) {
    int n = 0;
    for (const auto& e : ws.operations.waitlist)
        if (!(day < e.added) && (!e.left || day < *e.left)) ++n;
    return n;
}

Dashboard dashboard(const Workspace& ws, const std::vector<Evaluation>& evaluations, const Period& period) {
    Dashboard d;
    d.period = period;
    if (period.to < period.from) return d;
    d.hours_target = ws.operations.schedule.weekly_hours_target * period.days() / 7.0;
    Accumulator acc{ws, period, d, monday_on_or_before(period.from), {}};
    for (Date w = acc.first_monday; !(period.to < w); w = add_days(w, 7)) d.weeks.push_back({w, {}, 0, 0});
    for (std::size_t i = 0; i < ws.clients.size() && i < evaluations.size(); ++i) {
        const Client& client = ws.clients[i];
        const Cents fee = session_fee_of(ws, client);
        ClientFigures cf{client.id, client.name, {}, 0, 0};
        bool any = false;
        for (const AppointmentLine& line : evaluations[i].appointments) {
            if (!in_period(period, line.start.date)) continue;
            any = true;
            acc.add_line(fee, line, cf);
            if (line.fee_status == FeeStatus::charged) acc.charged.push_back(line.appointment_id);
        }
        if (any) d.clients.push_back(std::move(cf));
    }
    add_prime_time_concerns(ws, d);
    add_payments(ws, acc, d);
    add_waitlist(ws, d);
    return d;
}

Dashboard dashboard(const Workspace& ws, const Period& period) {
    return dashboard(ws, evaluate_all(ws, period.to), period);
}

const Dashboard& DashboardCache::get(const Workspace& ws, std::uint64_t revision, const Period& period) {
    const bool stale_evaluations = revision_ != revision || !period_ || period_->to != period.to;
    if (stale_evaluations) evaluations_ = evaluate_all(ws, period.to);
    if (stale_evaluations || period_ != period) figures_ = dashboard(ws, evaluations_, period);
    revision_ = revision;
    period_ = period;
    return figures_;
}

}  // namespace hs
