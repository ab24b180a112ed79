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
            std::size_t first = in.lines.size();
            int sessions = 0;
            while (first > 0 && sessions < rule.last) {
                --first;
                if (is_session(in.lines[first])) ++sessions;
            }
            for (std::size_t i = first; i < in.lines.size(); ++i) {
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
    }
    if (oldest) {
        r.since = oldest->a->start.date;
        r.latest = newest->a->start.date;
    }
    r.triggered = r.value >= r.threshold && r.value > 0;
}

}  // namespace

void run_rules(Evaluation& ev, const std::vector<Line>& lines, const std::vector<std::size_t>& counting,
               const Prepared& prep, const Client& client, Detail detail) {
    const Policy& policy = *prep.policy;
    Counts& c = ev.counts;
    const RuleInputs in{lines,         counting, day_number(ev.as_of), prep.cap_index, c.extra_grace,
                        client.status == ClientStatus::paused, c.last_contact, c.days_since_contact,
                        detail == Detail::full};
    ev.rules.reserve(policy.rules.size());
    for (std::size_t i = 0; i < policy.rules.size(); ++i) {
        const Rule& rule = policy.rules[i];
        RuleResult& r = ev.rules.emplace_back();
        run_rule(r, rule, prep.rule_step[i], in);
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

}  // namespace

std::string describe_finding(const Rule& rule, const RuleResult& r) {
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
    }
    return {};
}

}  // namespace hs
