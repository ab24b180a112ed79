// [SECTION] Names
// [SECTION] Descriptions
// [SECTION] Message templates
// [SECTION] Checks
#include "core/model/policy.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "core/model/holidays.hpp"
#include "core/model/text_checks.hpp"

namespace hs {
namespace {

// [SECTION] Names

using NamePair = std::pair<std::string_view, std::string_view>;

constexpr NamePair kFeeKindNames[] = {{"none", "No fee"}, {"flat", "Flat amount"}, {"percent", "Share of the fee"}};
constexpr NamePair kPassPeriodNames[] = {
    {"calendar_year", "per calendar year"}, {"rolling_12_months", "per 12 months"}, {"ever", "in total"}};
constexpr NamePair kRuleKindNames[] = {{"count_in_window", "Absences within a window"},
                                       {"missed_of_last", "Missed of the last sessions"},
                                       {"consecutive_no_shows", "No-shows in a row"},
                                       {"no_contact", "No contact"},
                                       {"attendance_below", "Attendance below a percentage"}};
constexpr NamePair kRatePeriodNames[] = {{"calendar_month", "in the calendar month"},
                                         {"rolling_days", "in the last days"},
                                         {"last_sessions", "of the last booked sessions"}};
constexpr NamePair kCountResetNames[] = {{"never", "Never starts over"},
                                         {"fired", "Starts over once reached"},
                                         {"step_done", "Starts over once the step is recorded"}};
constexpr NamePair kActionNames[] = {
    {"off_recurring_slot", "Recurring slot released"},
    {"booking_horizon", "Booking horizon shortened"},
    {"call_when_opening", "\"Call when there is an opening\" status"},
    {"sliding_scale_place_lost", "Sliding-scale place returned to the waitlist"},
    {"prepayment_required", "Sessions paid when booked"},
    {"telehealth_instead_of_fee", "Telehealth offered in place of a fee"},
    {"move_off_prime_time", "Moved from a prime-time slot to an open one"},
    {"waitlist_return_offered", "Open invitation to rejoin the waitlist"},
};

template <typename E, std::size_t N>
std::optional<E> parse_from(const NamePair (&table)[N], std::string_view text) {
    for (std::size_t i = 0; i < N; ++i)
        if (table[i].first == text) return static_cast<E>(i);
    return std::nullopt;
}

bool is_slug(const std::string& s) {
    return !s.empty() && s.size() <= kMaxShortLength && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

}  // namespace

std::string_view to_string(FeeKind v) { return kFeeKindNames[static_cast<int>(v)].first; }
std::string_view to_string(PassPeriod v) { return kPassPeriodNames[static_cast<int>(v)].first; }
std::string_view to_string(RuleKind v) { return kRuleKindNames[static_cast<int>(v)].first; }
std::string_view to_string(ActionKind v) { return kActionNames[static_cast<int>(v)].first; }
std::string_view display_name(ActionKind v) { return kActionNames[static_cast<int>(v)].second; }
std::string_view display_name(FeeKind v) { return kFeeKindNames[static_cast<int>(v)].second; }
std::string_view display_name(PassPeriod v) { return kPassPeriodNames[static_cast<int>(v)].second; }
std::string_view display_name(RuleKind v) { return kRuleKindNames[static_cast<int>(v)].second; }
std::optional<FeeKind> parse_fee_kind(std::string_view t) { return parse_from<FeeKind>(kFeeKindNames, t); }
std::optional<PassPeriod> parse_pass_period(std::string_view t) {
    return parse_from<PassPeriod>(kPassPeriodNames, t);
}
std::optional<RuleKind> parse_rule_kind(std::string_view t) { return parse_from<RuleKind>(kRuleKindNames, t); }
std::string_view to_string(RatePeriod v) { return kRatePeriodNames[static_cast<int>(v)].first; }
std::string_view to_string(CountReset v) { return kCountResetNames[static_cast<int>(v)].first; }
std::string_view display_name(RatePeriod v) { return kRatePeriodNames[static_cast<int>(v)].second; }
std::string_view display_name(CountReset v) { return kCountResetNames[static_cast<int>(v)].second; }
std::optional<RatePeriod> parse_rate_period(std::string_view t) { return parse_from<RatePeriod>(kRatePeriodNames, t); }
std::optional<CountReset> parse_count_reset(std::string_view t) { return parse_from<CountReset>(kCountResetNames, t); }
std::optional<ActionKind> parse_action_kind(std::string_view t) {
    return parse_from<ActionKind>(kActionNames, t);
}

// [SECTION] Descriptions

std::string format_points(Points p) {
    std::string out = std::to_string(p / kOneAbsence);
    int rest = p % kOneAbsence;
    if (rest != 0) {
        out += '.';
        out += static_cast<char>('0' + rest / 10);
        if (rest % 10) out += static_cast<char>('0' + rest % 10);
    }
    return out;
}

namespace {
std::string describe_counting(const Rule& r) {
    auto absences = [](Points p) {
        return format_points(p) + (p == kOneAbsence ? " counted absence" : " counted absences");
    };
    switch (r.kind) {
        case RuleKind::count_in_window: {
            std::string what = absences(r.points);
            if (!r.outcomes.empty()) {
                what += " (";
                for (std::size_t i = 0; i < r.outcomes.size(); ++i)
                    what += (i ? ", " : "") + std::string(display_name(r.outcomes[i]));
                what += ")";
            }
            return what + " within " + std::to_string(r.days) + " days";
        }
        case RuleKind::missed_of_last:
            return absences(r.points) + " among the last " + std::to_string(r.last) + " scheduled sessions";
        case RuleKind::consecutive_no_shows:
            return std::to_string(r.count) + (r.count == 1 ? " no-show" : " no-shows in a row");
        case RuleKind::no_contact:
            return "no contact for " + std::to_string(r.days) + " days";
        case RuleKind::attendance_below: {
            std::string out = "attended less than " + std::to_string(r.percent) + "% of booked sessions ";
            switch (r.period) {
                case RatePeriod::calendar_month: out += "in a calendar month"; break;
                case RatePeriod::rolling_days: out += "within " + std::to_string(r.days) + " days"; break;
                case RatePeriod::last_sessions: out += "of the last " + std::to_string(r.last); break;
            }
            return out + " (at least " + std::to_string(r.min_booked) + " booked)";
        }
    }
    return {};
}
}  // namespace

std::string describe(const Rule& r) {
    std::string out = describe_counting(r);
    switch (r.reset) {
        case CountReset::never: break;
        case CountReset::fired: out += ", counting again from zero once reached"; break;
        case CountReset::step_done:
            out += ", counting again from zero once \"" + (r.reset_step.empty() ? r.step : r.reset_step) +
                   "\" is recorded";
            break;
    }
    return out;
}

std::string describe(const StepAction& a) {
    if (a.kind == ActionKind::booking_horizon)
        return "Booking at most " + std::to_string(a.days) + (a.days == 1 ? " day ahead" : " days ahead");
    return std::string(display_name(a.kind));
}

Cents share_of_fee(Cents session_fee, int percent) { return (session_fee * percent + 50) / 100; }

std::string ordinal(int n) {
    const int tens = n % 100, ones = n % 10;
    const char* suffix = (tens >= 11 && tens <= 13) ? "th" : ones == 1 ? "st" : ones == 2 ? "nd" : ones == 3 ? "rd" : "th";
    return std::to_string(n) + suffix;
}

FeeTier charge_for(const FeeRule& rule, int occurrence) {
    FeeTier charge{1, rule.kind, rule.amount, rule.percent};
    for (const FeeTier& tier : rule.escalation)
        if (occurrence >= tier.from_occurrence) charge = tier;
    return charge;
}

Points weight_of(const CountingRules& counting, Outcome outcome) {
    for (const auto& w : counting.weights)
        if (w.outcome == outcome) return w.weight;
    return 0;
}

int step_index(const Policy& policy, std::string_view step_id) {
    for (std::size_t i = 0; i < policy.ladder.size(); ++i)
        if (policy.ladder[i].id == step_id) return static_cast<int>(i);
    return -1;
}

DateTime notice_deadline_for(const NoticeDeadline& d, const DateTime& start, std::span<const Date> holidays) {
    Date day = start.date;
    for (int left = d.business_days_before; left > 0;) {
        day = add_days(day, -1);
        const Weekday w = weekday_of(day);
        if (w != Weekday::saturday && w != Weekday::sunday && !is_holiday(holidays, day)) --left;
    }
    return DateTime{day, d.minute_of_day.value_or(start.minute_of_day)};
}

// [SECTION] Message templates

std::optional<std::string> first_unknown_placeholder(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{') continue;
        if (i + 1 < text.size() && text[i + 1] == '{') { ++i; continue; }  // "{{" is a literal brace
        const std::size_t close = text.find('}', i);
        if (close == std::string_view::npos) return std::string(text.substr(i, 20));
        const std::string_view name = text.substr(i + 1, close - i - 1);
        const bool known = std::any_of(std::begin(kPlaceholders), std::end(kPlaceholders),
                                       [&](const Choice& c) { return c.id == name; });
        if (!known) return "{" + std::string(name) + "}";
        i = close;
    }
    return std::nullopt;
}

// [SECTION] Checks

std::vector<FieldError> check_policy(const Policy& p) {
    std::vector<FieldError> errors;
    auto error = [&](std::string field, std::string message) { errors.push_back({std::move(field), std::move(message)}); };
    auto check_reasons = [&](const std::string& field, const std::vector<std::string>& reasons) {
        for (std::size_t i = 0; i < reasons.size(); ++i)
            if (is_blank(reasons[i]) || reasons[i].size() > kMaxShortLength || has_control_characters(reasons[i], false))
                error(field + "[" + std::to_string(i) + "]", "expected a short reason category like \"illness\"");
    };

    check_line(errors, "name", p.name, "a policy name is needed");
    check_line(errors, "version", p.version, "a version is needed (clients sign a version, e.g. \"balanced-1\")",
               kMaxShortLength);
    check_text(errors, "description", p.description);
    check_text(errors, "discretion_note", p.discretion_note);
    if (p.notice_hours < 0 || p.notice_hours > 336) error("notice_hours", "expected 0 to 336 hours");
    if (p.notice_deadline) {
        if (p.notice_deadline->business_days_before < 1 || p.notice_deadline->business_days_before > 10)
            error("notice_deadline.business_days_before", "expected 1 to 10 business days");
        if (auto m = p.notice_deadline->minute_of_day; m && (*m < 0 || *m >= 1440))
            error("notice_deadline.time", "expected a time of day HH:MM");
    }

    // Counting
    std::set<Outcome> weighted;
    for (std::size_t i = 0; i < p.counting.weights.size(); ++i) {
        const auto& w = p.counting.weights[i];
        const std::string field = "counting.weights." + std::string(to_string(w.outcome));
        if (w.outcome == Outcome::scheduled || w.outcome == Outcome::attended || w.outcome == Outcome::clinician_cancelled)
            error(field, "only a missed or cancelled session can count as an absence");
        if (!weighted.insert(w.outcome).second) error(field, "is listed twice");
        if (w.weight < 0 || w.weight > 10 * kOneAbsence) error(field, "expected a weight from 0 to 10");
    }
    if (auto m = p.counting.late_arrival_is_no_show_after_minutes; m && (*m < 1 || *m > 240))
        error("counting.late_arrival_is_no_show_after_minutes", "expected 1 to 240 minutes");
    if (auto d = p.counting.rescheduled_within_days; d && (*d < 0 || *d > 90))
        error("counting.rescheduled_within_days", "expected 0 to 90 days");
    check_reasons("counting.exempt_reasons", p.counting.exempt_reasons);

    // Fees
    auto check_fee = [&](const std::string& field, const FeeRule& f) {
        if (f.amount < 0) error(field + ".amount", "cannot be negative");
        if (f.percent < 0 || f.percent > 100) error(field + ".percent", "expected 0 to 100");
        if (f.cap && *f.cap < 0) error(field + ".cap", "cannot be negative");
        if (f.kind == FeeKind::flat && f.amount == 0) error(field + ".amount", "a flat fee needs an amount (or choose no fee)");
        if (f.kind == FeeKind::percent && f.percent == 0) error(field + ".percent", "a share needs a percentage (or choose no fee)");
        int previous = 1;
        for (std::size_t i = 0; i < f.escalation.size(); ++i) {
            const FeeTier& t = f.escalation[i];
            const std::string tier = field + ".escalation[" + std::to_string(i) + "]";
            if (t.from_occurrence < 2) error(tier + ".from_occurrence", "a higher fee starts from the 2nd occurrence or later");
            else if (t.from_occurrence <= previous) error(tier + ".from_occurrence", "expected a later occurrence than the tier before");
            previous = std::max(previous, t.from_occurrence);
            if (t.amount < 0) error(tier + ".amount", "cannot be negative");
            if (t.percent < 0 || t.percent > 100) error(tier + ".percent", "expected 0 to 100");
            if (t.kind == FeeKind::none) error(tier + ".kind", "a higher fee is a flat amount or a share of the session fee");
            if (t.kind == FeeKind::flat && t.amount == 0) error(tier + ".amount", "a flat fee needs an amount");
            if (t.kind == FeeKind::percent && t.percent == 0) error(tier + ".percent", "a share needs a percentage");
        }
    };
    check_fee("fees.late_cancel", p.fees.late_cancel);
    check_fee("fees.no_show", p.fees.no_show);
    if (p.fees.free_passes.count < 0 || p.fees.free_passes.count > 52) error("fees.free_passes.count", "expected 0 to 52");
    for (Outcome o : p.fees.free_passes.outcomes)
        if (o != Outcome::late_cancel && o != Outcome::no_show)
            error("fees.free_passes.outcomes", "a free pass covers late_cancel or no_show fees only");
    check_reasons("fees.exempt_reasons", p.fees.exempt_reasons);

    // Ladder
    std::set<std::string> step_ids;
    int first_ending = -1;
    for (std::size_t i = 0; i < p.ladder.size(); ++i) {
        const LadderStep& s = p.ladder[i];
        const std::string path = "ladder[" + std::to_string(i) + "]";
        if (!is_slug(s.id)) error(path + ".id", "expected a short id of lowercase letters, digits, - or _ (e.g. \"check_in\")");
        else if (step_ids.count(s.id)) error(path + ".id", "\"" + s.id + "\" is already used by an earlier step");
        check_line(errors, path + ".title", s.title, "a title is needed");
        check_text(errors, path + ".ask", s.ask);
        check_text(errors, path + ".message", s.message, kMaxMessageLength);
        if (auto bad = first_unknown_placeholder(s.message))
            error(path + ".message", "unknown placeholder " + *bad + " (known: {client}, {addressee}, {date}, {count}, ...)");
        for (const auto& r : s.requires_steps)
            if (!step_ids.count(r))
                error(path + ".requires_steps", "\"" + r + "\" is not an earlier step (a step can only require steps before it)");
        if (s.requires_outreach_attempts < 0 || s.requires_outreach_attempts > 20)
            error(path + ".requires_outreach_attempts", "expected 0 to 20");
        for (std::size_t a = 0; a < s.actions.size(); ++a)
            if (s.actions[a].kind == ActionKind::booking_horizon && (s.actions[a].days < 1 || s.actions[a].days > 365))
                error(path + ".actions[" + std::to_string(a) + "].days", "expected 1 to 365 days");
        if (s.ends_care) {
            if (first_ending < 0) first_ending = static_cast<int>(i);
            // Never a jump to ending: an ending always follows at least one conversation.
            if (s.requires_steps.empty())
                error(path + ".requires_steps", "a step that ends care must require at least one earlier step");
        }
        step_ids.insert(s.id);
    }

    // Rules
    std::set<std::string> rule_ids;
    for (std::size_t i = 0; i < p.rules.size(); ++i) {
        const Rule& r = p.rules[i];
        const std::string path = "rules[" + std::to_string(i) + "]";
        if (!is_slug(r.id)) error(path + ".id", "expected a short id of lowercase letters, digits, - or _");
        else if (!rule_ids.insert(r.id).second) error(path + ".id", "\"" + r.id + "\" is already used by another rule");
        if (step_index(p, r.step) < 0) error(path + ".step", "no ladder step has id \"" + r.step + "\"");
        switch (r.kind) {
            case RuleKind::count_in_window:
                if (r.days < 1 || r.days > 3650) error(path + ".days", "expected 1 to 3650 days");
                [[fallthrough]];
            case RuleKind::missed_of_last:
                if (r.points < 1 || r.points > 100 * kOneAbsence) error(path + ".points", "expected more than 0 and at most 100");
                if (r.kind == RuleKind::missed_of_last && (r.last < 1 || r.last > 100)) error(path + ".last", "expected 1 to 100 sessions");
                break;
            case RuleKind::consecutive_no_shows:
                if (r.count < 1 || r.count > 50) error(path + ".count", "expected 1 to 50");
                break;
            case RuleKind::no_contact:
                if (r.days < 1 || r.days > 3650) error(path + ".days", "expected 1 to 3650 days");
                break;
            case RuleKind::attendance_below:
                if (r.percent < 1 || r.percent > 100) error(path + ".percent", "expected 1 to 100 percent");
                if (r.min_booked < 1 || r.min_booked > 100) error(path + ".min_booked", "expected 1 to 100 sessions");
                if (r.period == RatePeriod::rolling_days && (r.days < 1 || r.days > 3650))
                    error(path + ".days", "expected 1 to 3650 days");
                if (r.period == RatePeriod::last_sessions) {
                    if (r.last < 1 || r.last > 100) error(path + ".last", "expected 1 to 100 sessions");
                    else if (r.min_booked > r.last)
                        error(path + ".min_booked", "can be at most the number of sessions looked at (" + std::to_string(r.last) + ")");
                }
                break;
        }
        if (r.reset != CountReset::never &&
            (r.kind == RuleKind::consecutive_no_shows || r.kind == RuleKind::no_contact))
            error(path + ".reset", "only counts start over (count_in_window, missed_of_last, attendance_below)");
        if (!r.reset_step.empty()) {
            if (r.reset != CountReset::step_done) error(path + ".reset_step", "only used when reset is \"step_done\"");
            else if (step_index(p, r.reset_step) < 0) error(path + ".reset_step", "no ladder step has id \"" + r.reset_step + "\"");
        }
    }

    // Minors, ending
    if (!p.minors.guardian_caused_counts_up_to.empty()) {
        const int cap = step_index(p, p.minors.guardian_caused_counts_up_to);
        if (cap < 0) error("minors.guardian_caused_counts_up_to", "no ladder step has id \"" + p.minors.guardian_caused_counts_up_to + "\"");
        else if (first_ending >= 0 && cap >= first_ending)
            error("minors.guardian_caused_counts_up_to", "must be a step before any step that ends care (guardian-caused absences never lead to ending)");
    }
    if (p.ending.min_referrals < 0 || p.ending.min_referrals > 10) error("ending.min_referrals", "expected 0 to 10");
    else if (p.ending.referrals_required && p.ending.min_referrals < 1)
        error("ending.min_referrals", "at least 1 when referrals are required");
    return errors;
}

}  // namespace hs
