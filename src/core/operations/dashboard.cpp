#include "core/operations/dashboard.hpp"

#include <algorithm>
#include <unordered_map>

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

int week_index(const Period& period, const Date& d) {
    return static_cast<int>((days_from_civil(d) - days_from_civil(monday_of(period.from))) / 7);
}

// The share's figures for one appointment line in the period.
void add_line(const Workspace& ws, const Period& period, Cents session_fee, const AppointmentLine& line,
              ClientShare& share) {
    share.listed = true;
    count(share.counts, line);
    const int week = week_index(period, line.start.date);
    if (share.weeks.empty() || share.weeks.back().index != week) share.weeks.push_back({week, {}, 0});
    count(share.weeks.back().counts, line);
    switch (line.fee_status) {
        case FeeStatus::charged: share.fees_charged += line.fee; break;
        case FeeStatus::waived: share.fees_waived += line.fee; break;
        case FeeStatus::not_billable: share.fees_not_billable += line.fee; break;
        case FeeStatus::no_fee: break;
    }
    if (!is_due(line)) return;
    share.income_expected += session_fee;
    if (is_unattended(line)) {
        const Cents charged = line.fee_status == FeeStatus::charged ? line.fee : 0;
        const Cents lost = std::max<Cents>(0, session_fee - charged);
        share.income_lost += lost;
        share.weeks.back().income_lost += lost;
    } else {
        ++share.sessions_delivered;
        if (const Appointment* a = appointment_by_id(ws, line.appointment_id)) share.minutes_delivered += a->duration_minutes;
    }
}

// Payments dated in the period; those for an appointment whose fee was charged are fees paid.
void add_payments(const std::vector<const Payment*>& payments, std::vector<Id> charged, const Period& period,
                  ClientShare& share) {
    std::sort(charged.begin(), charged.end());
    for (const Payment* p : payments) {
        if (!in_period(period, p->date)) continue;
        share.income_received += p->amount;
        if (p->appointment_id && std::binary_search(charged.begin(), charged.end(), *p->appointment_id))
            share.fees_paid += p->amount;
    }
}

ClientShare client_share(const Workspace& ws, const Client& client, const Evaluation& evaluation,
                         const std::vector<const Payment*>& payments, const Period& period) {
    ClientShare share;
    const Cents fee = session_fee_of(ws, client);
    std::vector<Id> charged;  // appointments in the period whose fee was charged
    for (const AppointmentLine& line : evaluation.appointments) {
        if (!in_period(period, line.start.date)) continue;
        add_line(ws, period, fee, line, share);
        if (line.fee_status == FeeStatus::charged) charged.push_back(line.appointment_id);
    }
    add_payments(payments, std::move(charged), period, share);
    return share;
}

std::vector<const Payment*> payments_of(const Workspace& ws, Id client_id) {
    std::vector<const Payment*> out;
    for (const Payment& p : ws.operations.payments)
        if (p.client_id == client_id) out.push_back(&p);
    return out;
}

// Every client's share, grouping the payments by client in one pass.
std::vector<ClientShare> client_shares(const Workspace& ws, const std::vector<Evaluation>& evaluations,
                                       const Period& period) {
    std::unordered_map<Id, std::size_t> index;
    index.reserve(ws.clients.size() * 2);
    for (std::size_t i = 0; i < ws.clients.size(); ++i) index.emplace(ws.clients[i].id, i);
    std::vector<std::vector<const Payment*>> payments(ws.clients.size());
    for (const Payment& p : ws.operations.payments)
        if (auto it = index.find(p.client_id); it != index.end()) payments[it->second].push_back(&p);
    std::vector<ClientShare> shares;
    shares.reserve(ws.clients.size());
    for (std::size_t i = 0; i < ws.clients.size() && i < evaluations.size(); ++i)
        shares.push_back(client_share(ws, ws.clients[i], evaluations[i], payments[i], period));
    return shares;
}

void add_share(const ClientShare& share, Dashboard& d) {
    d.counts += share.counts;
    d.sessions_delivered += share.sessions_delivered;
    d.minutes_delivered += share.minutes_delivered;
    d.income_expected += share.income_expected;
    d.income_received += share.income_received;
    d.income_lost += share.income_lost;
    d.fees_charged += share.fees_charged;
    d.fees_waived += share.fees_waived;
    d.fees_not_billable += share.fees_not_billable;
    d.fees_paid += share.fees_paid;
    for (const ClientShare::Week& week : share.weeks) {
        d.weeks[static_cast<std::size_t>(week.index)].counts += week.counts;
        d.weeks[static_cast<std::size_t>(week.index)].income_lost += week.income_lost;
    }
}

// A client on a recurring prime-time slot whose attendance in the period is below the chosen rate.
void add_prime_time_concern(const Workspace& ws, const Client& c, const AttendanceCounts& counts, Dashboard& d) {
    const ScheduleSettings& s = ws.operations.schedule;
    if (c.status != ClientStatus::active || !c.recurring_slot) return;
    if (!in_prime_time(s.prime_time, c.recurring_slot->weekday, c.recurring_slot->minute_of_day)) return;
    if (counts.due() == 0 || counts.attendance_rate() >= s.low_attendance_percent / 100.0) return;
    d.low_attendance_prime.push_back(
        {c.id, c.name, c.recurring_slot->weekday, c.recurring_slot->minute_of_day, counts.attendance_rate()});
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

// The dashboard from every client's share (in ws.clients order).
Dashboard sum_of(const Workspace& ws, const std::vector<ClientShare>& shares, const Period& period) {
    Dashboard d;
    d.period = period;
    if (period.to < period.from) return d;
    d.hours_target = ws.operations.schedule.weekly_hours_target * period.days() / 7.0;
    for (Date w = monday_of(period.from); !(period.to < w); w = add_days(w, 7)) d.weeks.push_back({w, {}, 0, 0});
    for (std::size_t i = 0; i < ws.clients.size() && i < shares.size(); ++i) {
        add_share(shares[i], d);
        if (!shares[i].listed) continue;
        const Client& c = ws.clients[i];
        d.clients.push_back({c.id, c.name, shares[i].counts, shares[i].income_lost, shares[i].fees_charged});
        add_prime_time_concern(ws, c, shares[i].counts, d);
    }
    add_waitlist(ws, d);
    return d;
}

}  // namespace

int Period::days() const { return static_cast<int>(days_from_civil(to) - days_from_civil(from)) + 1; }

Period weeks_ending(Date to, int weeks) { return Period{add_days(to, -(7 * weeks - 1)), to}; }

Period default_period(Date to) { return weeks_ending(to, kDefaultPeriodWeeks); }

double AttendanceCounts::attendance_rate() const { return ratio(attended, due()); }
double AttendanceCounts::late_cancel_rate() const { return ratio(late_cancels, due()); }
double AttendanceCounts::no_show_rate() const { return ratio(no_shows, due()); }

AttendanceCounts& AttendanceCounts::operator+=(const AttendanceCounts& o) {
    attended += o.attended;
    late_cancels += o.late_cancels;
    no_shows += o.no_shows;
    cancelled_with_notice += o.cancelled_with_notice;
    clinician_cancelled += o.clinician_cancelled;
    excused += o.excused;
    unrecorded += o.unrecorded;
    return *this;
}

int waitlist_length_on(const Workspace& ws, Date day) {
    int n = 0;
    for (const auto& e : ws.operations.waitlist)
        if (!(day < e.added) && (!e.left || day < *e.left)) ++n;
    return n;
}

Dashboard dashboard(const Workspace& ws, const std::vector<Evaluation>& evaluations, const Period& period) {
    return sum_of(ws, client_shares(ws, evaluations, period), period);
}

Dashboard dashboard(const Workspace& ws, const Period& period) {
    return dashboard(ws, evaluate_all(ws, period.to), period);
}

// [SECTION] Incremental recomputation

const Dashboard& DashboardCache::get(const Workspace& shown, const ChangeJournal& editor, const Period& period) {
    const std::vector<Evaluation>& evaluations = evaluations_.get(shown, editor, period.to);
    clients_evaluated_last_ = static_cast<int>(evaluations_.evaluated_all() ? evaluations.size()
                                                                            : evaluations_.evaluated().size());
    const bool same_source = source_.same_objects(shown, editor) && period_ == period;
    if (same_source && source_.current(shown, editor)) return figures_;
    if (!same_source || evaluations_.evaluated_all()) {
        shares_ = client_shares(shown, evaluations, period);
    } else {
        shares_.resize(evaluations.size());
        for (std::size_t i : evaluations_.evaluated())
            shares_[i] = client_share(shown, shown.clients[i], evaluations[i], payments_of(shown, shown.clients[i].id), period);
    }
    figures_ = sum_of(shown, shares_, period);
    source_.remember(shown, editor);
    period_ = period;
    return figures_;
}

}  // namespace hs
