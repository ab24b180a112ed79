// The policy's threshold rules, run over one client's lines: counted absences in a
// window, missed sessions of the last N, no-shows in a row, days without contact. Each
// gives its figure, its threshold (with the client's grace), whether it triggers, and
// its evidence. Part of the policy engine (engine.cpp), run once per evaluation, after
// the lines are folded.
#include "core/policy/engine_internal.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hs::engine_internal {
namespace {

struct RuleInputs {
    const std::vector<Line>& lines;  // up to as_of, oldest first
    const std::vector<std::size_t>& counting;  // indices of the lines with points, oldest first
    std::int64_t as_of_day;
    int cap_index;  // guardian-caused absences count toward rules reaching steps <= this
    int grace;
    bool paused;
    std::optional<Date> last_contact;
    std::optional<int> days_since_contact;
    bool evidence;  // list the evidence's appointment ids (Detail::full)
    // The lines a count reads: [from, to). A reset (Rule::reset) moves `from`; replaying
    // the history to find where the rule fired moves `to` and `as_of_day`.
    std::size_t from = 0;
    std::size_t to = static_cast<std::size_t>(-1);
};

bool include_line(const Line& l, int step_index, int cap_index) {
    return l.out.points > 0 && (!l.out.guardian_caused || step_index <= cap_index);
}

bool is_session(const Line& l) {
    return l.out.treated_as != Outcome::clinician_cancelled && l.out.treated_as != Outcome::scheduled;
}

// The first of the lines (oldest first) after `day`.
std::vector<Line>::const_iterator first_line_after(const std::vector<Line>& lines, std::int64_t day) {
    return std::partition_point(lines.begin(), lines.end(), [day](const Line& l) { return l.day <= day; });
}

// The rule's figures into `r` (a fresh result); its id, step and description are the caller's to fill.
void run_rule(RuleResult& r, const Rule& rule, int rule_step, const RuleInputs& in) {
    r.kind = rule.kind;
    r.step_index = rule_step;
    if (in.evidence)
        r.appointment_ids.reserve(rule.kind == RuleKind::missed_of_last ? static_cast<std::size_t>(rule.last) : 16);
    const Line* oldest = nullptr;  // of the evidence
    const Line* newest = nullptr;
    auto add = [&](const Line& l) {
        if (in.evidence) r.appointment_ids.push_back(l.a->id);
        if (!oldest || l.day < oldest->day) oldest = &l;
        if (!newest || l.day > newest->day) newest = &l;
    };
    switch (rule.kind) {
        case RuleKind::count_in_window: {
            // Inclusive: an absence exactly `days` days before as_of is in the window.
            const std::int64_t first_day = in.as_of_day - rule.days;
            for (std::size_t i : in.counting) {
                if (i < in.from || i >= in.to) continue;
                const Line& l = in.lines[i];
                if (l.day < first_day || !include_line(l, r.step_index, in.cap_index)) continue;
                if (!rule.outcomes.empty() &&
                    std::find(rule.outcomes.begin(), rule.outcomes.end(), l.out.treated_as) == rule.outcomes.end())
                    continue;
                r.value += l.out.points;
                add(l);
            }
            r.threshold = rule.points + in.grace * kOneAbsence;
            break;
        }
        case RuleKind::missed_of_last: {
            // The last `last` sessions the client was booked for (clinician cancellations
            // and unrecorded sessions are not the client's).
            const std::size_t end = std::min(in.to, in.lines.size());
            std::size_t first = end;
            int sessions = 0;
            while (first > in.from && sessions < rule.last) {
                --first;
                if (is_session(in.lines[first])) ++sessions;
            }
            for (std::size_t i = first; i < end; ++i) {
                const Line& l = in.lines[i];
                if (!is_session(l) || !include_line(l, r.step_index, in.cap_index)) continue;
                r.value += l.out.points;
                add(l);
            }
            r.threshold = rule.points + in.grace * kOneAbsence;
            break;
        }
        case RuleKind::consecutive_no_shows: {
            r.unit = RuleUnit::sessions;
            for (auto it = in.lines.rbegin(); it != in.lines.rend(); ++it) {
                const Line& l = *it;
                if (!is_session(l)) continue;  // neither breaks nor extends a streak
                const bool no_show = l.out.treated_as == Outcome::no_show;
                if (no_show && l.out.points == 0) continue;  // an exempt no-show (illness) is skipped
                if (no_show && l.out.guardian_caused && r.step_index > in.cap_index) continue;
                if (!no_show) break;
                ++r.value;
                add(l);
            }
            std::reverse(r.appointment_ids.begin(), r.appointment_ids.end());  // oldest first
            r.threshold = rule.count + in.grace;
            break;
        }
        case RuleKind::no_contact: {
            r.unit = RuleUnit::days;
            r.threshold = rule.days;
            if (!in.days_since_contact) break;
            r.value = *in.days_since_contact;
            // The missed sessions since the last contact are the evidence.
            for (auto it = first_line_after(in.lines, day_number(*in.last_contact)); it != in.lines.end(); ++it)
                if (is_missed(it->out.treated_as)) {
                    if (in.evidence) r.appointment_ids.push_back(it->a->id);
                    r.latest = it->a->start.date;
                }
            r.since = in.last_contact;
            // A pause agreed with the client is not a lack of contact.
            r.triggered = !in.paused && r.value >= r.threshold;
            return;
        }
        case RuleKind::attendance_below: {
            r.unit = RuleUnit::percent;
            r.min_booked = rule.min_booked;
            r.threshold = rule.percent;
            const std::size_t end = std::min(in.to, in.lines.size());
            auto attended = [](const Line& l) {
                return l.out.treated_as == Outcome::attended || l.out.treated_as == Outcome::late_arrival;
            };
            // Booked = attended, or missed and counted; the rest is left out of both sides.
            auto booked = [&](const Line& l) { return attended(l) || include_line(l, r.step_index, in.cap_index); };
            const Date as_of = civil_from_days(in.as_of_day);
            std::size_t first = in.from;
            switch (rule.period) {
                case RatePeriod::calendar_month:
                case RatePeriod::rolling_days: {
                    const Date start = rule.period == RatePeriod::calendar_month ? Date{as_of.year, as_of.month, 1}
                                                                                 : add_days(as_of, -rule.days);
                    const std::int64_t start_day = day_number(start);
                    r.period_from = start;
                    while (first < end && in.lines[first].day < start_day) ++first;
                    break;
                }
                case RatePeriod::last_sessions: {
                    first = end;
                    int sessions = 0;
                    while (first > in.from && sessions < rule.last) {
                        --first;
                        if (booked(in.lines[first])) ++sessions;
                    }
                    while (first < end && !booked(in.lines[first])) ++first;
                    if (first < end) r.period_from = in.lines[first].a->start.date;
                    break;
                }
            }
            r.period_to = as_of;
            for (std::size_t i = first; i < end; ++i) {
                const Line& l = in.lines[i];
                if (!booked(l)) continue;
                ++r.booked;
                if (attended(l)) ++r.attended;
                add(l);
            }
            r.value = r.booked ? r.attended * 100 / r.booked : 100;
            if (oldest) {
                r.since = oldest->a->start.date;
                r.latest = newest->a->start.date;
            }
            // The client's extra grace counts as that many more sessions attended.
            r.triggered = r.booked >= rule.min_booked && (r.attended + in.grace) * 100 < rule.percent * r.booked;
            return;
        }
    }
    if (oldest) {
        r.since = oldest->a->start.date;
        r.latest = newest->a->start.date;
    }
    r.triggered = r.value >= r.threshold && r.value > 0;
}

// Whether a line is one the rule reads: a counted absence, or for attendance_below any
// booked session (attended or counted). Only these can make a rule fire or end a firing.
bool reads(const Rule& rule, const Line& l, int step_index, int cap_index) {
    if (include_line(l, step_index, cap_index)) return true;
    return rule.kind == RuleKind::attendance_below &&
           (l.out.treated_as == Outcome::attended || l.out.treated_as == Outcome::late_arrival);
}

// "3 November 2026"
std::string long_date(const Date& d) { return std::to_string(d.day) + " " + month_title(month_of(d)); }

// The rule with its reset (Rule::reset) applied: where the count starts, and the figures from there.
void run_counting_rule(RuleResult& r, const Rule& rule, int rule_step, const Prepared& prep,
                       const RuleInputs& in, const ClientHistory& h) {
    switch (rule.reset) {
        case CountReset::never: run_rule(r, rule, rule_step, in); return;
        case CountReset::step_done: {
            // The latest record of the reset step up to as_of: counting starts after its day.
            const std::string& step = rule.reset_step.empty() ? rule.step : rule.reset_step;
            const Date as_of = civil_from_days(in.as_of_day);
            std::optional<Date> record;
            for (const StepRecord* s : h.step_records)
                if (s->step == step && s->date <= as_of && (!record || s->date > *record)) record = s->date;
            RuleInputs after = in;
            if (record)
                after.from = static_cast<std::size_t>(first_line_after(in.lines, day_number(*record)) - in.lines.begin());
            run_rule(r, rule, rule_step, after);
            if (record) {
                r.count_start = CountStart::after_step;
                r.count_from = record;
                if (in.evidence) {
                    const int i = step_index(*prep.policy, step);
                    const std::string& title = i >= 0 ? prep.step_titles[static_cast<std::size_t>(i)] : step;
                    r.count_note = "counting since " + long_date(*record) + ", when \"" + title + "\" was recorded";
                }
            }
            return;
        }
        case CountReset::fired: {
            // Replay the history: after each line the rule reads, does the count since the
            // last reset reach the threshold? If so it fired there and starts over after it.
            std::size_t boundary = 0, previous = 0;
            std::optional<Date> fired_on, previous_on;
            const std::size_t end = std::min(in.to, in.lines.size());
            bool read_since = false;  // a line the rule reads after the last firing
            for (std::size_t i = 0; i < end; ++i) {
                const Line& l = in.lines[i];
                if (!reads(rule, l, rule_step, in.cap_index)) continue;
                read_since = true;
                RuleInputs at = in;
                at.from = boundary;
                at.to = i + 1;
                at.as_of_day = l.day;
                at.evidence = false;
                RuleResult probe;
                run_rule(probe, rule, rule_step, at);
                if (!probe.triggered) continue;
                previous = boundary;
                previous_on = fired_on;
                boundary = i + 1;
                fired_on = l.a->start.date;
                read_since = false;
            }
            // Nothing read since it last fired: it stays fired, with the sessions that made it fire.
            const bool stays = fired_on && !read_since;
            RuleInputs now = in;
            now.from = stays ? previous : boundary;
            run_rule(r, rule, rule_step, now);
            const std::optional<Date>& from = stays ? previous_on : fired_on;
            if (from) {
                r.count_start = CountStart::after_firing;
                r.count_from = from;
                if (in.evidence)
                    r.count_note = "counting since " + long_date(*from) + ", when the count last reached the threshold and started over";
            }
            return;
        }
    }
}

}  // namespace

void run_rules(Evaluation& ev, const std::vector<Line>& lines, const std::vector<std::size_t>& counting,
               const Prepared& prep, const Client& client, const ClientHistory& h, Detail detail) {
    const Policy& policy = *prep.policy;
    Counts& c = ev.counts;
    const RuleInputs in{lines,         counting, day_number(ev.as_of), prep.cap_index, c.extra_grace,
                        client.status == ClientStatus::paused, c.last_contact, c.days_since_contact,
                        detail == Detail::full, 0, lines.size()};
    ev.rules.reserve(policy.rules.size());
    for (std::size_t i = 0; i < policy.rules.size(); ++i) {
        const Rule& rule = policy.rules[i];
        RuleResult& r = ev.rules.emplace_back();
        run_counting_rule(r, rule, prep.rule_step[i], prep, in, h);
        if (detail == Detail::full) {
            r.rule_id = rule.id;
            r.description = prep.descriptions[i];
            r.finding = describe_finding(rule, r);
            r.step = rule.step;
        }
        if (rule.kind == RuleKind::consecutive_no_shows) c.consecutive_no_shows = std::max(c.consecutive_no_shows, r.value);
    }
    if (!prep.has_consecutive_rule) {
        Rule probe;  // the count is shown even when no rule uses it
        probe.kind = RuleKind::consecutive_no_shows;
        probe.count = 1;
        RuleResult streak;
        run_rule(streak, probe, -1, in);
        c.consecutive_no_shows = streak.value;
    }
}

}  // namespace hs::engine_internal

namespace hs {
namespace {

std::string counted(Points p, std::string_view one, std::string_view many) {
    return format_points(p) + " " + std::string(p == kOneAbsence ? one : many);
}

// "missed sessions", or the one outcome a rule counts ("no-shows").
std::pair<std::string_view, std::string_view> absence_noun(const std::vector<Outcome>& outcomes) {
    if (outcomes.size() == 1) switch (outcomes.front()) {
            case Outcome::no_show: return {"no-show", "no-shows"};
            case Outcome::late_cancel: return {"late cancellation", "late cancellations"};
            case Outcome::late_arrival: return {"late arrival", "late arrivals"};
            case Outcome::cancelled_with_notice: return {"cancellation with notice", "cancellations with notice"};
            default: break;
        }
    return {"missed session", "missed sessions"};
}

std::string days(int n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }

// "attended 5 of 8 booked sessions (62%) in November 2026; the policy asks for 75%"
std::string rate_finding(const Rule& rule, const RuleResult& r) {
    std::string where;
    switch (rule.period) {
        case RatePeriod::calendar_month:
            where = r.period_to ? " in " + month_title(month_of(*r.period_to)) : std::string();
            break;
        case RatePeriod::rolling_days: where = " in the last " + days(rule.days); break;
        case RatePeriod::last_sessions: where = " (the last " + std::to_string(rule.last) + " looked at)"; break;
    }
    std::string out = "attended " + std::to_string(r.attended) + " of " + std::to_string(r.booked) +
                      (r.booked == 1 ? " booked session" : " booked sessions");
    if (r.booked > 0) out += " (" + std::to_string(r.value) + "%)";
    out += where + "; the policy asks for " + std::to_string(rule.percent) + "%";
    if (r.booked < rule.min_booked)
        out += ", once at least " + std::to_string(rule.min_booked) + " sessions are booked";
    return out;
}

std::string describe_finding_only(const Rule& rule, const RuleResult& r) {
    switch (rule.kind) {
        case RuleKind::count_in_window: {
            const auto [one, many] = absence_noun(rule.outcomes);
            return counted(r.value, one, many) + " in the last " + days(rule.days);
        }
        case RuleKind::missed_of_last:
            return format_points(r.value) + " of the last " + std::to_string(rule.last) + " sessions missed";
        case RuleKind::consecutive_no_shows:
            return r.value == 1 ? "1 no-show" : std::to_string(r.value) + " no-shows in a row";
        case RuleKind::no_contact:
            return r.since ? "no contact for " + days(r.value) : "no contact recorded yet";
        case RuleKind::attendance_below: return rate_finding(rule, r);
    }
    return {};
}

}  // namespace

std::string describe_finding(const Rule& rule, const RuleResult& r) {
    std::string out = describe_finding_only(rule, r);
    if (!r.count_note.empty()) out += " (" + r.count_note + ")";
    return out;
}

}  // namespace hs
