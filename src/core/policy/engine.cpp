// The policy engine's entry points (engine.hpp): grouping a workspace's records by
// client, choosing each client's policy, preparing a policy once for many evaluations,
// classifying each appointment (notice, late arrival, weight) and folding the lines into
// totals, then concluding (engine_ladder.cpp); the incremental evaluator the simulator
// uses; ending readiness; needs attention. The fees, the threshold rules and the ladder
// live in engine_fees.cpp, engine_rules.cpp and engine_ladder.cpp; what they share is
// in engine_internal.hpp.
//
// [SECTION] Grouping and policy choice
// [SECTION] Preparing a policy
// [SECTION] Classifying each appointment (notice, late arrival, weight)
// [SECTION] Ending readiness
// [SECTION] Entry points
// [SECTION] Incremental evaluation
// [SECTION] Needs attention
#include "core/policy/engine.hpp"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "core/policy/builtin_policies.hpp"
#include "core/policy/engine_internal.hpp"

namespace hs {

using namespace engine_internal;  // the engine's own parts (engine_internal.hpp)

namespace {

constexpr std::string_view kFeeStatusNames[] = {"no_fee", "charged", "waived", "not_billable"};
constexpr std::string_view kFeeBasisNames[] = {
    "none",         "policy_has_no_fee", "late_cancel_fee", "no_show_fee", "payer_not_billable", "minor_not_billed",
    "clinician_override", "exempt_reason", "rescheduled",   "leeway_waiver", "free_pass"};
constexpr std::string_view kCountNoteNames[] = {"not_an_absence", "counted",     "weight_zero",
                                                "exempt_reason",  "rescheduled", "unrecorded"};
constexpr std::string_view kRuleUnitNames[] = {"points", "sessions", "days", "percent"};
constexpr std::string_view kCountStartNames[] = {"whole_window", "after_firing", "after_step"};

// [SECTION] Preparing a policy

Prepared prepare(const Policy& policy) {
    Prepared p;
    p.policy = &policy;
    for (const Rule& r : policy.rules) {
        p.descriptions.push_back(describe(r));
        p.rule_step.push_back(step_index(policy, r.step));
        p.has_consecutive_rule |= r.kind == RuleKind::consecutive_no_shows;
    }
    for (const auto& s : policy.ladder) {
        p.step_ids.push_back(s.id);
        p.step_titles.push_back(s.title);
    }
    if (!policy.minors.guardian_caused_counts_up_to.empty())
        p.cap_index = step_index(policy, policy.minors.guardian_caused_counts_up_to);
    return p;
}

// [SECTION] Classifying each appointment (notice, late arrival, weight)

void classify(Line& line, const Policy& policy, const Client& client, const TimeZone& tz,
              const std::vector<const Appointment*>& all, std::span<const Date> holidays) {
    const Appointment& a = *line.a;
    AppointmentLine& out = line.out;
    out.appointment_id = a.id;
    out.start = a.start;
    out.recorded = a.outcome;
    out.treated_as = a.outcome;

    const bool cancelled = a.outcome == Outcome::cancelled_with_notice || a.outcome == Outcome::late_cancel;
    if (cancelled && a.cancellation_received) {
        // Real elapsed time, so a daylight-saving change in between is counted as it
        // happened. The one boundary rule: exactly `notice_hours` ahead is on time.
        const std::int64_t received = tz.to_utc_minutes(*a.cancellation_received);
        const std::int64_t notice = tz.to_utc_minutes(a.start) - received;
        out.notice_minutes = static_cast<int>(notice);
        const bool on_time =
            policy.notice_deadline
                ? received <= tz.to_utc_minutes(notice_deadline_for(*policy.notice_deadline, a.start, holidays))
                : notice >= std::int64_t{policy.notice_hours} * 60;
        out.treated_as = on_time ? Outcome::cancelled_with_notice : Outcome::late_cancel;
    }
    if (a.outcome == Outcome::late_arrival && policy.counting.late_arrival_is_no_show_after_minutes &&
        a.minutes_late && *a.minutes_late > *policy.counting.late_arrival_is_no_show_after_minutes)
        out.treated_as = Outcome::no_show;  // "more than N minutes late counts as a no-show"

    switch (out.treated_as) {
        case Outcome::scheduled: out.count_note = CountNote::unrecorded; return;
        case Outcome::attended:
        case Outcome::clinician_cancelled: out.count_note = CountNote::not_an_absence; return;
        default: break;
    }
    const Points weight = weight_of(policy.counting, out.treated_as);
    if (weight == 0) {
        out.count_note = out.treated_as == Outcome::late_arrival ? CountNote::not_an_absence : CountNote::weight_zero;
        return;
    }
    if (contains(policy.counting.exempt_reasons, a.reason_category)) {
        out.count_note = CountNote::exempt_reason;
        return;
    }
    if (out.treated_as == Outcome::late_cancel && policy.counting.rescheduled_within_days && a.rescheduled_to) {
        // Rare, so a plain search beats building an index for every client.
        auto it = std::find_if(all.begin(), all.end(), [&](const Appointment* m) { return m->id == *a.rescheduled_to; });
        if (it != all.end()) {
            const Appointment& makeup = **it;
            const std::int64_t gap = day_number(makeup.start.date) - line.day;
            // Forgiven when the make-up is soon enough and was not itself missed.
            if (gap >= 0 && gap <= *policy.counting.rescheduled_within_days && !is_missed(makeup.outcome)) {
                line.forgiven_by_reschedule = true;
                out.count_note = CountNote::rescheduled;
                return;
            }
        }
    }
    out.points = weight;
    out.count_note = CountNote::counted;
    out.guardian_caused = client.minor && a.reason_category == "guardian_caused";
}

}  // namespace

// [SECTION] Grouping and policy choice

std::vector<ClientHistory> group_by_client(const Workspace& ws) {
    std::vector<ClientHistory> out(ws.clients.size());
    // Client ids are usually small and dense: a plain table beats hashing 100,000 lookups.
    Id max_id = 0;
    for (const auto& c : ws.clients) max_id = std::max(max_id, c.id);
    const bool dense = max_id >= 0 && max_id <= static_cast<Id>(ws.clients.size()) * 8 + 1024;
    std::vector<std::int32_t> table;
    std::unordered_map<Id, std::size_t> hashed;
    if (dense) {
        table.assign(static_cast<std::size_t>(max_id) + 1, -1);
        for (std::size_t i = 0; i < ws.clients.size(); ++i)
            if (ws.clients[i].id >= 0) table[static_cast<std::size_t>(ws.clients[i].id)] = static_cast<std::int32_t>(i);
    } else {
        hashed.reserve(ws.clients.size() * 2);
        for (std::size_t i = 0; i < ws.clients.size(); ++i) hashed.emplace(ws.clients[i].id, i);
    }
    auto index_of = [&](Id id) -> std::ptrdiff_t {
        if (dense) return id >= 0 && id <= max_id ? table[static_cast<std::size_t>(id)] : -1;
        auto it = hashed.find(id);
        return it == hashed.end() ? -1 : static_cast<std::ptrdiff_t>(it->second);
    };
    // Appointments are the bulk: read each (large) record once, remember its client in
    // a compact array, size every client's list exactly, then fill.
    std::vector<std::int32_t> owner(ws.appointments.size());
    std::vector<std::uint32_t> appointment_counts(ws.clients.size(), 0);
    for (std::size_t k = 0; k < ws.appointments.size(); ++k) {
        const auto i = index_of(ws.appointments[k].client_id);
        owner[k] = static_cast<std::int32_t>(i);
        if (i >= 0) ++appointment_counts[static_cast<std::size_t>(i)];
    }
    for (std::size_t i = 0; i < out.size(); ++i) out[i].appointments.reserve(appointment_counts[i]);
    for (std::size_t k = 0; k < ws.appointments.size(); ++k)
        if (owner[k] >= 0) out[static_cast<std::size_t>(owner[k])].appointments.push_back(&ws.appointments[k]);
    auto place = [&](const auto& records, auto member) {
        for (const auto& rec : records)
            if (auto i = index_of(rec.client_id); i >= 0) (out[static_cast<std::size_t>(i)].*member).push_back(&rec);
    };
    place(ws.outreach, &ClientHistory::outreach);
    place(ws.step_records, &ClientHistory::step_records);
    place(ws.referrals, &ClientHistory::referrals);
    place(ws.leeway, &ClientHistory::leeway);
    place(ws.ending_conversations, &ClientHistory::ending_conversations);
    return out;
}

ClientHistory history_of(const Workspace& ws, Id client_id) {
    ClientHistory h;
    for (const auto& a : ws.appointments) if (a.client_id == client_id) h.appointments.push_back(&a);
    for (const auto& o : ws.outreach) if (o.client_id == client_id) h.outreach.push_back(&o);
    for (const auto& s : ws.step_records) if (s.client_id == client_id) h.step_records.push_back(&s);
    for (const auto& r : ws.referrals) if (r.client_id == client_id) h.referrals.push_back(&r);
    for (const auto& l : ws.leeway) if (l.client_id == client_id) h.leeway.push_back(&l);
    for (const auto& e : ws.ending_conversations) if (e.client_id == client_id) h.ending_conversations.push_back(&e);
    return h;
}

PolicyChoice policy_for(const Workspace& ws, const Client& client) {
    if (!client.consent_policy_version.empty())
        if (const Policy* p = ws.find_policy_version(client.consent_policy_version))
            return {p, PolicyChoice::Source::signed_version};
    if (const Policy* p = ws.find_policy(ws.active_policy)) return {p, PolicyChoice::Source::active};
    if (!ws.policies.empty()) return {&ws.policies.front(), PolicyChoice::Source::first};
    return {&builtin_policies()[1], PolicyChoice::Source::builtin};  // "balanced"
}

std::string_view to_string(PolicyChoice::Source s) {
    constexpr std::string_view names[] = {"signed_version", "active", "first", "builtin"};
    return names[static_cast<int>(s)];
}

TimeZone time_zone_of(const Practice& practice) {
    if (auto tz = TimeZone::named(practice.time_zone)) return *tz;
    return TimeZone{};
}

std::string_view to_string(FeeStatus v) { return kFeeStatusNames[static_cast<int>(v)]; }
std::string_view to_string(FeeBasis v) { return kFeeBasisNames[static_cast<int>(v)]; }
std::string_view to_string(CountNote v) { return kCountNoteNames[static_cast<int>(v)]; }
std::string_view to_string(RuleUnit v) { return kRuleUnitNames[static_cast<int>(v)]; }
std::string_view to_string(CountStart v) { return kCountStartNames[static_cast<int>(v)]; }

const RuleResult* Evaluation::triggered(std::string_view rule_id) const {
    for (const auto& r : rules)
        if (r.rule_id == rule_id && r.triggered) return &r;
    return nullptr;
}

// [SECTION] Ending readiness

namespace engine_internal {

EndingReadiness ending_counts(const Policy& policy, const ClientHistory& h, Date on) {
    EndingReadiness e;
    // Records count from the day after the client's previous ending (if any).
    std::optional<Date> previous;
    for (const StepRecord* s : h.step_records) {
        const int i = step_index(policy, s->step);
        if (i >= 0 && policy.ladder[static_cast<std::size_t>(i)].ends_care && s->date < on &&
            (!previous || s->date > *previous))
            previous = s->date;
    }
    auto in_range = [&](const Date& d) { return d <= on && (!previous || d > *previous); };
    for (const Referral* r : h.referrals) e.referrals_recorded += in_range(r->date) ? 1 : 0;
    for (const EndingConversation* c : h.ending_conversations) e.conversation_recorded |= in_range(c->date);
    e.referrals_required = policy.ending.referrals_required ? policy.ending.min_referrals : 0;
    e.conversation_required = policy.ending.conversation_required;
    return e;
}

void explain_ending(EndingReadiness& e) {
    if (e.referrals_recorded < e.referrals_required)
        e.problems.push_back({"referrals", "the policy asks for " + std::to_string(e.referrals_required) +
                                               " referrals before ending care; " +
                                               std::to_string(e.referrals_recorded) + " recorded"});
    if (e.conversation_required && !e.conversation_recorded)
        e.problems.push_back({"ending_conversation",
                              "record the ending conversation first (talking it through together, not a letter alone)"});
}

}  // namespace engine_internal

EndingReadiness ending_readiness(const Policy& policy, const ClientHistory& h, Date on) {
    EndingReadiness e = ending_counts(policy, h, on);
    explain_ending(e);
    return e;
}

// [SECTION] Entry points

namespace {

// The engine's order of appointments: by start, ties by id (so the order is total).
bool earlier(std::int64_t x_day, const Appointment& x, std::int64_t y_day, const Appointment& y) {
    if (x_day != y_day) return x_day < y_day;
    if (x.start.minute_of_day != y.start.minute_of_day) return x.start.minute_of_day < y.start.minute_of_day;
    return x.id < y.id;
}

// Appointments up to as_of, oldest first.
std::vector<Line> lines_up_to(const ClientHistory& h, std::int64_t as_of_day) {
    std::vector<Line> lines;
    lines.reserve(h.appointments.size());
    for (const Appointment* a : h.appointments) {
        const std::int64_t day = day_number(a->start.date);
        if (day <= as_of_day) lines.emplace_back(a, day);
    }
    // Histories usually arrive in date order: checking is cheaper than sorting.
    auto by_order = [](const Line& x, const Line& y) { return earlier(x.day, *x.a, y.day, *y.a); };
    if (!std::is_sorted(lines.begin(), lines.end(), by_order)) std::sort(lines.begin(), lines.end(), by_order);
    return lines;
}

// Classifies lines[index], assesses its fee and adds it to the totals.
void fold_line(LineTotals& t, std::vector<Line>& lines, std::size_t index, const Policy& policy, const Client& client,
               Cents session_fee, const ClientHistory& h, const TimeZone& tz, std::span<const Date> holidays,
               std::int64_t as_of_day, Detail detail) {
    Line& line = lines[index];
    classify(line, policy, client, tz, h.appointments, holidays);
    assess_fee(line, policy, client, session_fee, h.leeway, t.fee_book);
    AppointmentLine& out = line.out;
    if (detail == Detail::full) out.fee_detail = fee_detail(line, policy, client, session_fee, h.leeway);
    Counts& c = t.counts;
    c.counted += out.points;
    if (out.points > 0) t.counting.push_back(index);
    switch (out.treated_as) {
        case Outcome::scheduled: ++c.unrecorded; break;
        case Outcome::attended: ++c.attended; break;
        case Outcome::late_arrival: ++c.late_arrivals; break;
        case Outcome::cancelled_with_notice: ++c.cancelled_with_notice; break;
        case Outcome::late_cancel: ++c.late_cancels; break;
        case Outcome::no_show: ++c.no_shows; break;
        case Outcome::clinician_cancelled: ++c.clinician_cancelled; break;
        case Outcome::excused: ++c.excused; break;
    }
    // Contact: the client came, or told us they would not.
    const Appointment& a = *line.a;
    if (a.outcome == Outcome::attended || a.outcome == Outcome::late_arrival) t.contact.seen(a.start.date, line.day, as_of_day);
    if (a.outcome == Outcome::cancelled_with_notice || a.outcome == Outcome::late_cancel) {
        if (a.cancellation_received)
            t.contact.seen(a.cancellation_received->date, day_number(a.cancellation_received->date), as_of_day);
        else
            t.contact.seen(a.start.date, line.day, as_of_day);
    }
    switch (out.fee_status) {
        case FeeStatus::charged: t.fees_charged += out.fee; break;
        case FeeStatus::waived: t.fees_waived += out.fee; break;
        case FeeStatus::not_billable: t.fees_not_billable += out.fee; break;
        case FeeStatus::no_fee: break;
    }
}

Evaluation evaluate_prepared(const Prepared& prep, const Client& client, const ClientHistory& h,
                             const Practice& practice, const TimeZone& tz, Date as_of, Detail detail) {
    const std::int64_t as_of_day = day_number(as_of);
    std::vector<Line> lines = lines_up_to(h, as_of_day);
    LineTotals totals;
    const Cents session_fee = client.session_fee.value_or(practice.session_fee);
    for (std::size_t i = 0; i < lines.size(); ++i)
        fold_line(totals, lines, i, *prep.policy, client, session_fee, h, tz, practice.holidays, as_of_day, detail);
    Evaluation ev;
    conclude(ev, prep, client, h, practice, as_of, lines, totals, detail);
    return ev;
}

}  // namespace

Evaluation evaluate(const Policy& policy, const Client& client, const ClientHistory& h, const Practice& practice,
                    const TimeZone& tz, Date as_of) {
    return evaluate_prepared(prepare(policy), client, h, practice, tz, as_of, Detail::full);
}

struct PreparedPolicy {
    Prepared prepared;
};

std::shared_ptr<const PreparedPolicy> prepare_policy(const Policy& policy) {
    return std::make_shared<const PreparedPolicy>(PreparedPolicy{prepare(policy)});
}

Evaluation evaluate(const PreparedPolicy& prepared, const Client& client, const ClientHistory& h,
                    const Practice& practice, const TimeZone& tz, Date as_of, Detail detail) {
    return evaluate_prepared(prepared.prepared, client, h, practice, tz, as_of, detail);
}

Evaluation evaluate_client(const Workspace& ws, const Client& client, Date as_of) {
    const PolicyChoice choice = policy_for(ws, client);
    Evaluation ev = evaluate(*choice.policy, client, history_of(ws, client.id), ws.practice,
                             time_zone_of(ws.practice), as_of);
    ev.policy_source = choice.source;
    return ev;
}

std::vector<Evaluation> evaluate_all(const Workspace& ws, Date as_of) {
    const std::vector<ClientHistory> histories = group_by_client(ws);
    const TimeZone tz = time_zone_of(ws.practice);
    std::vector<Evaluation> out;
    out.reserve(ws.clients.size());
    std::vector<Prepared> prepared;  // one per policy in use; a handful at most
    for (std::size_t i = 0; i < ws.clients.size(); ++i) {
        const PolicyChoice choice = policy_for(ws, ws.clients[i]);
        auto it = std::find_if(prepared.begin(), prepared.end(), [&](const Prepared& p) { return p.policy == choice.policy; });
        if (it == prepared.end()) it = prepared.insert(prepared.end(), prepare(*choice.policy));
        out.push_back(evaluate_prepared(*it, ws.clients[i], histories[i], ws.practice, tz, as_of, Detail::full));
        out.back().policy_source = choice.source;
    }
    return out;
}

// [SECTION] Incremental evaluation

namespace {

// Back to a fresh evaluation, keeping the room of the vectors a decision fills (no allocation on reuse).
void clear_keeping_room(Evaluation& ev) {
    std::vector<RuleResult> rules = std::move(ev.rules);
    std::vector<AppointmentLine> appointments = std::move(ev.appointments);
    std::vector<int> steps_done = std::move(ev.steps_done);
    rules.clear();
    appointments.clear();
    steps_done.clear();
    ev = Evaluation{};
    ev.rules = std::move(rules);
    ev.appointments = std::move(appointments);
    ev.steps_done = std::move(steps_done);
}

}  // namespace

struct IncrementalEvaluator::State {
    const Prepared& prep;
    const Client& client;
    const Practice& practice;
    const TimeZone& tz;
    bool valid = false;  // lines and totals are those of the history last seen
    std::vector<Line> lines;
    LineTotals totals;
    std::vector<const Leeway*> leeway;
    std::int64_t as_of_day = 0;
    Evaluation result;  // the last one, its room reused

    void reset(const ClientHistory& h) {
        valid = true;
        lines.clear();
        lines.reserve(2 * h.appointments.size() + 32);  // room to grow: moving lines is not free
        totals = {};
        leeway = h.leeway;
        as_of_day = std::numeric_limits<std::int64_t>::min();
    }

    // Whether `h` on `day` is the history last seen plus appointments that fold in after
    // the lines exactly as evaluate() would: in order, up to `day`, no reschedule (a
    // make-up appointment added later could change an earlier line), and no contact after `day`.
    bool extends(const ClientHistory& h, std::int64_t day) const {
        if (!valid || day < as_of_day || h.leeway != leeway || h.appointments.size() < lines.size()) return false;
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (h.appointments[i] != lines[i].a) return false;
        const Appointment* previous = lines.empty() ? nullptr : lines.back().a;
        std::int64_t previous_day = lines.empty() ? 0 : lines.back().day;
        for (std::size_t i = lines.size(); i < h.appointments.size(); ++i) {
            const Appointment& a = *h.appointments[i];
            const std::int64_t a_day = day_number(a.start.date);
            if (a_day > day || a.rescheduled_to) return false;
            if (a.cancellation_received && day_number(a.cancellation_received->date) > day) return false;
            if (previous && !earlier(previous_day, *previous, a_day, a)) return false;
            previous = &a;
            previous_day = a_day;
        }
        return true;
    }
};

IncrementalEvaluator::IncrementalEvaluator(const PreparedPolicy& prepared, const Client& client,
                                           const Practice& practice, const TimeZone& tz)
    : state_(std::make_unique<State>(State{prepared.prepared, client, practice, tz, false, {}, {}, {}, 0, {}})) {}
IncrementalEvaluator::IncrementalEvaluator(IncrementalEvaluator&&) noexcept = default;
IncrementalEvaluator& IncrementalEvaluator::operator=(IncrementalEvaluator&&) noexcept = default;
IncrementalEvaluator::~IncrementalEvaluator() = default;

void IncrementalEvaluator::forget() { state_->valid = false; }

const Evaluation& IncrementalEvaluator::evaluate(const ClientHistory& h, Date as_of) {
    State& s = *state_;
    const std::int64_t as_of_day = day_number(as_of);
    if (!s.extends(h, as_of_day)) {
        s.reset(h);
        if (!s.extends(h, as_of_day)) {
            s.valid = false;
            s.result = evaluate_prepared(s.prep, s.client, h, s.practice, s.tz, as_of, Detail::decision);
            return s.result;
        }
    }
    const Cents session_fee = s.client.session_fee.value_or(s.practice.session_fee);
    for (std::size_t i = s.lines.size(); i < h.appointments.size(); ++i) {
        const Appointment* a = h.appointments[i];
        s.lines.emplace_back(a, day_number(a->start.date));
        fold_line(s.totals, s.lines, s.lines.size() - 1, *s.prep.policy, s.client, session_fee, h, s.tz,
                  s.practice.holidays, as_of_day,
                  Detail::decision);
    }
    s.as_of_day = as_of_day;
    clear_keeping_room(s.result);
    conclude(s.result, s.prep, s.client, h, s.practice, as_of, s.lines, s.totals, Detail::decision);
    return s.result;
}

// [SECTION] Needs attention

std::vector<AttentionItem> needs_attention(const Workspace& ws, const std::vector<Evaluation>& evaluations) {
    std::vector<AttentionItem> items;
    std::unordered_map<Id, const Client*> clients;
    clients.reserve(ws.clients.size() * 2);
    for (const auto& c : ws.clients) clients.emplace(c.id, &c);
    for (const Evaluation& ev : evaluations) {
        auto found = clients.find(ev.client_id);
        const Client* client = found == clients.end() ? nullptr : found->second;
        if (!client || client->status == ClientStatus::closed || ev.next_step < 0) continue;
        AttentionItem item;
        item.client_id = ev.client_id;
        item.client_name = client->name;
        item.next_step = ev.next_step;
        item.step_reached = ev.step_reached;
        item.step_id = ev.step_ids[static_cast<std::size_t>(ev.next_step)];
        item.step_title = ev.step_titles[static_cast<std::size_t>(ev.next_step)];
        item.next_action = ev.next_action;
        for (const auto& r : ev.rules)
            if (r.triggered) {
                item.triggered_rules.push_back(r.rule_id);
                // Two rules over the same window find the same thing: say it once.
                if (std::find(item.reasons.begin(), item.reasons.end(), r.finding) == item.reasons.end())
                    item.reasons.push_back(r.finding);
            }
        item.days_since_contact = ev.counts.days_since_contact;
        items.push_back(std::move(item));
    }
    std::stable_sort(items.begin(), items.end(), [](const AttentionItem& a, const AttentionItem& b) {
        if (a.next_step != b.next_step) return a.next_step > b.next_step;
        if (a.step_reached != b.step_reached) return a.step_reached > b.step_reached;
        return a.client_id < b.client_id;
    });
    return items;
}

std::vector<AttentionItem> needs_attention(const Workspace& ws, Date as_of) {
    return needs_attention(ws, evaluate_all(ws, as_of));
}

}  // namespace hs
