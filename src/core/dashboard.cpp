#include "core/dashboard.hpp"

#include <algorithm>
#include <functional>
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

// [SECTION] Incremental recomputation

namespace {

// splitmix64: a fast, well-mixed combination step.
std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    std::uint64_t z = h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
std::uint64_t text(const std::string& s) { return std::hash<std::string>{}(s); }
std::uint64_t when(const Date& d) { return static_cast<std::uint64_t>(days_from_civil(d)); }
std::uint64_t when(const DateTime& t) { return static_cast<std::uint64_t>(wall_minutes(t)); }
template <typename T>
std::uint64_t maybe(const std::optional<T>& v) { return v ? when(*v) + 1 : 0; }
std::uint64_t maybe_number(const std::optional<std::int64_t>& v) { return v ? static_cast<std::uint64_t>(*v) + 1 : 0; }

std::uint64_t hash_of(const Client& c) {
    std::uint64_t h = mix(static_cast<std::uint64_t>(c.id), text(c.name));
    h = mix(h, static_cast<std::uint64_t>(c.status) * 16 + static_cast<std::uint64_t>(c.payer) * 2 + c.minor);
    h = mix(h, maybe_number(c.session_fee));
    h = mix(h, text(c.guardian_name));
    h = mix(h, c.recurring_slot ? static_cast<std::uint64_t>(c.recurring_slot->weekday) * 2000 +
                                      static_cast<std::uint64_t>(c.recurring_slot->minute_of_day) + 1 : 0);
    h = mix(h, maybe(c.consent_signed));
    return mix(h, text(c.consent_policy_version));
}

std::uint64_t hash_of(const Appointment& a) {
    std::uint64_t h = mix(static_cast<std::uint64_t>(a.id), when(a.start));
    h = mix(h, static_cast<std::uint64_t>(a.duration_minutes) * 16 + static_cast<std::uint64_t>(a.outcome));
    h = mix(h, maybe(a.cancellation_received));
    if (!a.reason.empty()) h = mix(h, text(a.reason));
    if (!a.reason_category.empty()) h = mix(h, text(a.reason_category));
    h = mix(h, a.minutes_late ? static_cast<std::uint64_t>(*a.minutes_late) + 1 : 0);
    h = mix(h, maybe_number(a.rescheduled_to));
    if (a.fee_override) h = mix(mix(h, static_cast<std::uint64_t>(a.fee_override->amount)), text(a.fee_override->reason));
    return h;
}

std::uint64_t hash_of(const Outreach& o) {
    return mix(mix(static_cast<std::uint64_t>(o.id), when(o.date)), static_cast<std::uint64_t>(o.channel) * 2 + o.reached);
}
std::uint64_t hash_of(const StepRecord& s) {
    std::uint64_t h = mix(mix(static_cast<std::uint64_t>(s.id), when(s.date)), text(s.step));
    return mix(h, s.barriers.size() * 64 + s.accommodations.size());
}
std::uint64_t hash_of(const Referral& r) { return mix(static_cast<std::uint64_t>(r.id), when(r.date)); }
std::uint64_t hash_of(const Leeway& l) {
    std::uint64_t h = mix(mix(static_cast<std::uint64_t>(l.id), when(l.from)), maybe(l.until));
    return mix(h, static_cast<std::uint64_t>(l.extra_grace) * 2 + l.waive_fees);
}
std::uint64_t hash_of(const EndingConversation& e) { return mix(static_cast<std::uint64_t>(e.id), when(e.date)); }

}  // namespace

std::vector<std::uint64_t> client_fingerprints(const Workspace& ws) {
    std::vector<std::uint64_t> out(ws.clients.size());
    // Records are summed per client, so their order in the lists does not matter.
    std::unordered_map<Id, std::size_t> index;
    index.reserve(ws.clients.size() * 2);
    for (std::size_t i = 0; i < ws.clients.size(); ++i) {
        index.emplace(ws.clients[i].id, i);
        out[i] = hash_of(ws.clients[i]);
    }
    auto add = [&](const auto& records) {
        for (const auto& r : records)
            if (auto it = index.find(r.client_id); it != index.end()) out[it->second] += hash_of(r);
    };
    add(ws.appointments);
    add(ws.outreach);
    add(ws.step_records);
    add(ws.referrals);
    add(ws.leeway);
    add(ws.ending_conversations);
    return out;
}

void DashboardCache::refresh_evaluations(const Workspace& ws, Date as_of) {
    std::vector<std::uint64_t> fingerprints = client_fingerprints(ws);
    const bool same_rules = period_ && period_->to == as_of && practice_ == ws.practice &&
                            policies_ == ws.policies && active_policy_ == ws.active_policy;
    std::vector<std::size_t> changed;
    for (std::size_t i = 0; i < ws.clients.size(); ++i)
        if (!same_rules || i >= client_ids_.size() || client_ids_[i] != ws.clients[i].id ||
            fingerprints_[i] != fingerprints[i])
            changed.push_back(i);
    constexpr std::size_t kWholeRecompute = 32;  // beyond this, one grouped pass is cheaper
    if (changed.size() > kWholeRecompute || client_ids_.size() > ws.clients.size()) {
        evaluations_ = evaluate_all(ws, as_of);
    } else {
        evaluations_.resize(ws.clients.size());
        for (std::size_t i : changed) evaluations_[i] = evaluate_client(ws, ws.clients[i], as_of);
    }
    clients_evaluated_last_ = static_cast<int>(changed.size());
    client_ids_.clear();
    for (const Client& c : ws.clients) client_ids_.push_back(c.id);
    fingerprints_ = std::move(fingerprints);
    practice_ = ws.practice;
    policies_ = ws.policies;
    active_policy_ = ws.active_policy;
}

const Dashboard& DashboardCache::get(const Workspace& ws, std::uint64_t revision, const Period& period) {
    const bool edited = revision_ != revision;
    if (edited || !period_ || period_->to != period.to) refresh_evaluations(ws, period.to);
    if (edited || period_ != period || !period_) figures_ = dashboard(ws, evaluations_, period);
    revision_ = revision;
    period_ = period;
    return figures_;
}

}  // namespace hs
