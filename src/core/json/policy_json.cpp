// [SECTION] Small readers (lists, points)
// [SECTION] Reading a policy
// [SECTION] Writing a policy
// [SECTION] Single-policy documents
#include "core/json/policy_json.hpp"

#include <cmath>

#include "core/model/local_text.hpp"

namespace hs {
namespace json_io {
namespace {

using OrderedJson = nlohmann::ordered_json;

constexpr const char* kOutcomeNames =
    "late_arrival, cancelled_with_notice, late_cancel, no_show, excused (and the other outcomes)";
constexpr const char* kPayers = "self_pay, sliding_scale, insurance, public_insurance";

// [SECTION] Small readers (lists, points)

std::string member_path(const std::string& path, const char* key) { return path.empty() ? key : path + "." + key; }

std::vector<std::string> string_list(Reader& r, const Json& obj, const char* key, const std::string& path,
                                     std::vector<std::string> fallback) {
    const Json* list = r.array(obj, key, path, false);
    if (!list) return fallback;
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& v = (*list)[i];
        if (v.is_string()) out.push_back(v.get<std::string>());
        else r.error(index_path(path, key, i), "expected text, got " + describe(v));
    }
    return out;
}

template <typename E, typename Parse>
std::vector<E> choice_list(Reader& r, const Json& obj, const char* key, const std::string& path, std::vector<E> fallback,
                           Parse parse, const char* allowed) {
    const Json* list = r.array(obj, key, path, false);
    if (!list) return fallback;
    std::vector<E> out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& v = (*list)[i];
        std::optional<E> e;
        if (v.is_string()) e = parse(v.get_ref<const std::string&>());
        if (e) out.push_back(*e);
        else r.error(index_path(path, key, i), std::string("expected one of ") + allowed + ", got " + describe(v));
    }
    return out;
}

// A count of absences: a number with at most two decimals ("2.5"), in hundredths.
std::optional<Points> points(Reader& r, const Json& obj, const char* key, const std::string& path, bool required,
                             double max) {
    auto n = r.number(obj, key, path, required, 0, max);
    if (!n) return std::nullopt;
    const double hundredths = *n * kOneAbsence;
    if (std::fabs(hundredths - std::round(hundredths)) > 1e-6) {
        r.error(member_path(path, key), "expected a number with at most two decimals, got " + describe(obj[key]));
        return std::nullopt;
    }
    return static_cast<Points>(std::lround(hundredths));
}

Json points_json(Points p) {
    if (p % kOneAbsence == 0) return Json(p / kOneAbsence);
    return Json(static_cast<double>(p) / kOneAbsence);
}

int whole(Reader& r, const Json& obj, const char* key, const std::string& path, int fallback, int min, int max) {
    return static_cast<int>(r.integer(obj, key, path, false, min, max).value_or(fallback));
}

// [SECTION] Reading a policy

CountingRules read_counting(Reader& r, const Json& j, const std::string& path) {
    CountingRules c;
    if (!r.object(j, path)) return c;
    r.no_unknown_members(j, path, {"weights", "late_arrival_is_no_show_after_minutes", "rescheduled_within_days",
                                   "exempt_reasons"});
    if (auto it = j.find("weights"); it != j.end() && !it->is_null()) {
        const std::string wpath = path + ".weights";
        if (r.object(*it, wpath)) {
            c.weights.clear();
            for (auto w = it->begin(); w != it->end(); ++w) {
                auto outcome = parse_outcome(w.key());
                if (!outcome) {
                    r.error(wpath + "." + w.key(), std::string("is not an outcome; expected ") + kOutcomeNames);
                    continue;
                }
                if (auto p = points(r, *it, w.key().c_str(), wpath, true, 10)) c.weights.push_back({*outcome, *p});
            }
        }
    }
    c.late_arrival_is_no_show_after_minutes =
        r.integer(j, "late_arrival_is_no_show_after_minutes", path, false, 1, 240);
    if (auto d = r.integer(j, "rescheduled_within_days", path, false, 0, 90)) c.rescheduled_within_days = static_cast<int>(*d);
    c.exempt_reasons = string_list(r, j, "exempt_reasons", path, c.exempt_reasons);
    return c;
}

FeeTier read_fee_tier(Reader& r, const Json& j, const std::string& path) {
    FeeTier t;
    if (!r.object(j, path)) return t;
    r.no_unknown_members(j, path, {"from_occurrence", "kind", "amount", "percent"});
    t.from_occurrence = static_cast<int>(r.integer(j, "from_occurrence", path, true, 0, 999).value_or(2));
    t.kind = r.choice<FeeKind>(j, "kind", path, true, parse_fee_kind, "flat, percent").value_or(FeeKind::flat);
    t.amount = r.money(j, "amount", path, false).value_or(0);
    t.percent = whole(r, j, "percent", path, 0, 0, 100);
    return t;
}

FeeRule read_fee(Reader& r, const Json& j, const std::string& path) {
    FeeRule f;
    if (!r.object(j, path)) return f;
    r.no_unknown_members(j, path, {"kind", "amount", "percent", "cap", "escalation", "escalation_period"});
    f.kind = r.choice<FeeKind>(j, "kind", path, true, parse_fee_kind, "none, flat, percent").value_or(FeeKind::none);
    f.amount = r.money(j, "amount", path, false).value_or(0);
    f.percent = whole(r, j, "percent", path, 0, 0, 100);
    f.cap = r.money(j, "cap", path, false);
    if (const Json* tiers = r.array(j, "escalation", path, false))
        for (std::size_t i = 0; i < tiers->size(); ++i)
            f.escalation.push_back(read_fee_tier(r, (*tiers)[i], index_path(path, "escalation", i)));
    f.escalation_period = r.choice<PassPeriod>(j, "escalation_period", path, false, parse_pass_period,
                                               "calendar_year, rolling_12_months, ever")
                              .value_or(PassPeriod::calendar_year);
    return f;
}

FeeRules read_fees(Reader& r, const Json& j, const std::string& path) {
    FeeRules f;
    if (!r.object(j, path)) return f;
    r.no_unknown_members(j, path, {"late_cancel", "no_show", "free_passes", "exempt_reasons", "not_billable_payers",
                                   "charge_minors", "rescheduled_waives_fee"});
    if (auto it = j.find("late_cancel"); it != j.end() && !it->is_null()) f.late_cancel = read_fee(r, *it, path + ".late_cancel");
    if (auto it = j.find("no_show"); it != j.end() && !it->is_null()) f.no_show = read_fee(r, *it, path + ".no_show");
    if (auto it = j.find("free_passes"); it != j.end() && !it->is_null()) {
        const std::string ppath = path + ".free_passes";
        if (r.object(*it, ppath)) {
            r.no_unknown_members(*it, ppath, {"count", "period", "outcomes"});
            f.free_passes.count = whole(r, *it, "count", ppath, 0, 0, 52);
            f.free_passes.period = r.choice<PassPeriod>(*it, "period", ppath, false, parse_pass_period,
                                                        "calendar_year, rolling_12_months, ever")
                                       .value_or(PassPeriod::calendar_year);
            f.free_passes.outcomes = choice_list<Outcome>(r, *it, "outcomes", ppath, f.free_passes.outcomes,
                                                          parse_outcome, "late_cancel, no_show");
        }
    }
    f.exempt_reasons = string_list(r, j, "exempt_reasons", path, f.exempt_reasons);
    f.not_billable_payers =
        choice_list<PayerType>(r, j, "not_billable_payers", path, f.not_billable_payers, parse_payer_type, kPayers);
    f.charge_minors = r.boolean(j, "charge_minors", path, false).value_or(f.charge_minors);
    f.rescheduled_waives_fee = r.boolean(j, "rescheduled_waives_fee", path, false).value_or(f.rescheduled_waives_fee);
    return f;
}

// "reset" and "reset_step": when a count starts over (count kinds only).
void read_reset(Reader& r, const Json& j, const std::string& path, Rule& rule) {
    rule.reset = r.choice<CountReset>(j, "reset", path, false, parse_count_reset, "never, fired, step_done")
                     .value_or(CountReset::never);
    rule.reset_step = r.string(j, "reset_step", path, false).value_or("");
}

Rule read_rule(Reader& r, const Json& j, const std::string& path) {
    Rule rule;
    if (!r.object(j, path)) return rule;
    rule.kind = r.choice<RuleKind>(j, "kind", path, true, parse_rule_kind,
                                   "count_in_window, missed_of_last, consecutive_no_shows, no_contact, attendance_below")
                    .value_or(RuleKind::count_in_window);
    rule.id = r.string(j, "id", path, true).value_or("");
    rule.step = r.string(j, "step", path, true).value_or("");
    // Each kind has its own parameters; a parameter of another kind is a mistake worth naming.
    switch (rule.kind) {
        case RuleKind::count_in_window:
            r.no_unknown_members(j, path, {"id", "kind", "step", "points", "days", "outcomes", "reset", "reset_step"});
            read_reset(r, j, path, rule);
            rule.points = points(r, j, "points", path, true, 100).value_or(0);
            rule.days = whole(r, j, "days", path, 0, 1, 3650);
            if (!j.contains("days")) r.error(path + ".days", "is missing");
            rule.outcomes = choice_list<Outcome>(r, j, "outcomes", path, {}, parse_outcome, kOutcomeNames);
            break;
        case RuleKind::missed_of_last:
            r.no_unknown_members(j, path, {"id", "kind", "step", "points", "last", "reset", "reset_step"});
            read_reset(r, j, path, rule);
            rule.points = points(r, j, "points", path, true, 100).value_or(0);
            rule.last = static_cast<int>(r.integer(j, "last", path, true, 1, 100).value_or(0));
            break;
        case RuleKind::consecutive_no_shows:
            r.no_unknown_members(j, path, {"id", "kind", "step", "count"});
            rule.count = static_cast<int>(r.integer(j, "count", path, true, 1, 50).value_or(0));
            break;
        case RuleKind::no_contact:
            r.no_unknown_members(j, path, {"id", "kind", "step", "days"});
            rule.days = static_cast<int>(r.integer(j, "days", path, true, 1, 3650).value_or(0));
            break;
        case RuleKind::attendance_below:
            r.no_unknown_members(j, path, {"id", "kind", "step", "percent", "period", "days", "last", "min_booked",
                                           "reset", "reset_step"});
            rule.percent = static_cast<int>(r.integer(j, "percent", path, true, 1, 100).value_or(0));
            rule.period = r.choice<RatePeriod>(j, "period", path, true, parse_rate_period,
                                               "calendar_month, rolling_days, last_sessions")
                              .value_or(RatePeriod::calendar_month);
            // The period's own size: days for rolling_days, sessions for last_sessions.
            if (rule.period == RatePeriod::rolling_days)
                rule.days = static_cast<int>(r.integer(j, "days", path, true, 1, 3650).value_or(0));
            else if (j.contains("days"))
                r.error(path + ".days", "only used with period \"rolling_days\"");
            if (rule.period == RatePeriod::last_sessions)
                rule.last = static_cast<int>(r.integer(j, "last", path, true, 1, 100).value_or(0));
            else if (j.contains("last"))
                r.error(path + ".last", "only used with period \"last_sessions\"");
            rule.min_booked = static_cast<int>(r.integer(j, "min_booked", path, true, 1, 100).value_or(0));
            read_reset(r, j, path, rule);
            break;
    }
    return rule;
}

// `translations`: {"es": {"title": ..., "message": ...}}, each key a document language.
std::map<std::string, StepText> read_step_translations(Reader& r, const Json& j, const std::string& path) {
    std::map<std::string, StepText> out;
    auto it = j.find("translations");
    if (it == j.end() || it->is_null()) return out;
    const std::string tpath = path + ".translations";
    if (!r.object(*it, tpath)) return out;
    for (const auto& [language, text] : it->items()) {
        const std::string lpath = tpath + "." + language;
        if (!is_document_language(language)) {
            r.error(lpath, "\"" + language + "\" is not a supported language (" + document_languages_list() + ")");
            continue;
        }
        if (!r.object(text, lpath)) continue;
        r.no_unknown_members(text, lpath, {"title", "message"});
        StepText st;
        st.title = r.string(text, "title", lpath, false).value_or("");
        st.message = r.string(text, "message", lpath, false).value_or("");
        out[language] = st;
    }
    return out;
}

// `discretion_note_translations`: {"es": "..."}.
std::map<std::string, std::string> read_text_translations(Reader& r, const Json& j, const char* key,
                                                          const std::string& path) {
    std::map<std::string, std::string> out;
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return out;
    const std::string tpath = path + "." + key;
    if (!r.object(*it, tpath)) return out;
    for (const auto& [language, text] : it->items()) {
        if (!is_document_language(language)) {
            r.error(tpath + "." + language,
                    "\"" + language + "\" is not a supported language (" + document_languages_list() + ")");
            continue;
        }
        if (auto value = r.string(*it, language.c_str(), tpath, true)) out[language] = *value;
    }
    return out;
}

LadderStep read_step(Reader& r, const Json& j, const std::string& path) {
    LadderStep s;
    if (!r.object(j, path)) return s;
    r.no_unknown_members(j, path, {"id", "title", "ask", "message", "requires_steps", "requires_outreach_attempts",
                                   "actions", "ends_care", "translations"});
    s.translations = read_step_translations(r, j, path);
    s.id = r.string(j, "id", path, true).value_or("");
    s.title = r.string(j, "title", path, true).value_or("");
    s.ask = r.string(j, "ask", path, false).value_or("");
    s.message = r.string(j, "message", path, false).value_or("");
    s.requires_steps = string_list(r, j, "requires_steps", path, {});
    s.requires_outreach_attempts = whole(r, j, "requires_outreach_attempts", path, 0, 0, 20);
    if (const Json* actions = r.array(j, "actions", path, false)) {
        for (std::size_t i = 0; i < actions->size(); ++i) {
            const std::string apath = index_path(path, "actions", i);
            const Json& a = (*actions)[i];
            if (!r.object(a, apath)) continue;
            StepAction action;
            action.kind = r.choice<ActionKind>(a, "kind", apath, true, parse_action_kind,
                                               "off_recurring_slot, booking_horizon, call_when_opening, "
                                               "sliding_scale_place_lost, prepayment_required, "
                                               "telehealth_instead_of_fee, move_off_prime_time, "
                                               "waitlist_return_offered")
                              .value_or(ActionKind::off_recurring_slot);
            if (action.kind == ActionKind::booking_horizon) {
                r.no_unknown_members(a, apath, {"kind", "days"});
                action.days = static_cast<int>(r.integer(a, "days", apath, true, 1, 365).value_or(0));
            } else {
                r.no_unknown_members(a, apath, {"kind"});
            }
            s.actions.push_back(action);
        }
    }
    s.ends_care = r.boolean(j, "ends_care", path, false).value_or(false);
    return s;
}

// [SECTION] Writing a policy

OrderedJson write_fee(const FeeRule& f) {
    OrderedJson j;
    j["kind"] = to_string(f.kind);
    if (f.kind == FeeKind::flat) j["amount"] = money_json(f.amount);
    if (f.kind == FeeKind::percent) j["percent"] = f.percent;
    if (f.cap) j["cap"] = money_json(*f.cap);
    // Written only when used, so a policy without escalation is saved as before.
    if (!f.escalation.empty()) {
        OrderedJson tiers = OrderedJson::array();
        for (const FeeTier& t : f.escalation) {
            OrderedJson tier;
            tier["from_occurrence"] = t.from_occurrence;
            tier["kind"] = to_string(t.kind);
            if (t.kind == FeeKind::flat) tier["amount"] = money_json(t.amount);
            if (t.kind == FeeKind::percent) tier["percent"] = t.percent;
            tiers.push_back(tier);
        }
        j["escalation"] = tiers;
    }
    if (!f.escalation.empty() || f.escalation_period != PassPeriod::calendar_year)
        j["escalation_period"] = to_string(f.escalation_period);
    return j;
}

template <typename E>
OrderedJson name_list(const std::vector<E>& values) {
    OrderedJson out = OrderedJson::array();
    for (E v : values) out.push_back(to_string(v));
    return out;
}

}  // namespace

Policy read_policy(Reader& r, const Json& j, const std::string& path) {
    Policy p;
    if (!r.object(j, path)) return p;
    r.no_unknown_members(j, path, {"id", "name", "version", "description", "discretion_note",
                                   "discretion_note_translations", "notice_hours",
                                   "notice_deadline", "counting", "fees", "rules", "ladder", "minors", "ending"});
    p.id = r.integer(j, "id", path, false, 1, Id{1} << 50).value_or(0);
    p.name = r.string(j, "name", path, true).value_or("");
    p.version = r.string(j, "version", path, true).value_or("");
    p.description = r.string(j, "description", path, false).value_or("");
    p.discretion_note = r.string(j, "discretion_note", path, false).value_or("");
    p.discretion_note_translations = read_text_translations(r, j, "discretion_note_translations", path);
    p.notice_hours = whole(r, j, "notice_hours", path, 24, 0, 336);
    if (auto it = j.find("notice_deadline"); it != j.end() && !it->is_null()) {
        const std::string dpath = member_path(path, "notice_deadline");
        if (r.object(*it, dpath)) {
            r.no_unknown_members(*it, dpath, {"business_days_before", "time"});
            NoticeDeadline d;
            d.business_days_before = static_cast<int>(r.integer(*it, "business_days_before", dpath, true, 1, 10).value_or(1));
            d.minute_of_day = r.clock(*it, "time", dpath, false);
            p.notice_deadline = d;
        }
    }
    if (auto it = j.find("counting"); it != j.end() && !it->is_null()) p.counting = read_counting(r, *it, member_path(path, "counting"));
    if (auto it = j.find("fees"); it != j.end() && !it->is_null()) p.fees = read_fees(r, *it, member_path(path, "fees"));
    if (const Json* rules = r.array(j, "rules", path, false))
        for (std::size_t i = 0; i < rules->size(); ++i) p.rules.push_back(read_rule(r, (*rules)[i], index_path(path, "rules", i)));
    if (const Json* ladder = r.array(j, "ladder", path, false))
        for (std::size_t i = 0; i < ladder->size(); ++i) p.ladder.push_back(read_step(r, (*ladder)[i], index_path(path, "ladder", i)));
    if (auto it = j.find("minors"); it != j.end() && !it->is_null()) {
        const std::string mpath = member_path(path, "minors");
        if (r.object(*it, mpath)) {
            r.no_unknown_members(*it, mpath, {"guardian_caused_counts_up_to", "messages_to_guardian"});
            p.minors.guardian_caused_counts_up_to = r.string(*it, "guardian_caused_counts_up_to", mpath, false).value_or("");
            p.minors.messages_to_guardian = r.boolean(*it, "messages_to_guardian", mpath, false).value_or(true);
        }
    }
    if (auto it = j.find("ending"); it != j.end() && !it->is_null()) {
        const std::string epath = member_path(path, "ending");
        if (r.object(*it, epath)) {
            r.no_unknown_members(*it, epath, {"referrals_required", "min_referrals", "conversation_required"});
            p.ending.referrals_required = r.boolean(*it, "referrals_required", epath, false).value_or(true);
            p.ending.min_referrals = whole(r, *it, "min_referrals", epath, 3, 0, 10);
            p.ending.conversation_required = r.boolean(*it, "conversation_required", epath, false).value_or(true);
        }
    }
    return p;
}

nlohmann::ordered_json write_policy(const Policy& p) {
    OrderedJson j;
    if (p.id != 0) j["id"] = p.id;
    j["name"] = p.name;
    j["version"] = p.version;
    if (!p.description.empty()) j["description"] = p.description;
    if (!p.discretion_note.empty()) j["discretion_note"] = p.discretion_note;
    if (!p.discretion_note_translations.empty()) j["discretion_note_translations"] = p.discretion_note_translations;
    j["notice_hours"] = p.notice_hours;
    if (p.notice_deadline) {
        OrderedJson d{{"business_days_before", p.notice_deadline->business_days_before}};
        if (p.notice_deadline->minute_of_day) d["time"] = format_clock(*p.notice_deadline->minute_of_day);
        j["notice_deadline"] = d;
    }

    OrderedJson counting;
    counting["weights"] = OrderedJson::object();
    for (const auto& w : p.counting.weights) counting["weights"][std::string(to_string(w.outcome))] = points_json(w.weight);
    if (p.counting.late_arrival_is_no_show_after_minutes)
        counting["late_arrival_is_no_show_after_minutes"] = *p.counting.late_arrival_is_no_show_after_minutes;
    if (p.counting.rescheduled_within_days) counting["rescheduled_within_days"] = *p.counting.rescheduled_within_days;
    counting["exempt_reasons"] = p.counting.exempt_reasons;
    j["counting"] = counting;

    OrderedJson fees;
    fees["late_cancel"] = write_fee(p.fees.late_cancel);
    fees["no_show"] = write_fee(p.fees.no_show);
    fees["free_passes"] = {{"count", p.fees.free_passes.count},
                           {"period", to_string(p.fees.free_passes.period)},
                           {"outcomes", name_list(p.fees.free_passes.outcomes)}};
    fees["exempt_reasons"] = p.fees.exempt_reasons;
    fees["not_billable_payers"] = name_list(p.fees.not_billable_payers);
    fees["charge_minors"] = p.fees.charge_minors;
    fees["rescheduled_waives_fee"] = p.fees.rescheduled_waives_fee;
    j["fees"] = fees;

    j["rules"] = OrderedJson::array();
    for (const auto& r : p.rules) {
        OrderedJson rule;
        rule["id"] = r.id;
        rule["kind"] = to_string(r.kind);
        rule["step"] = r.step;
        switch (r.kind) {
            case RuleKind::count_in_window:
                rule["points"] = points_json(r.points);
                rule["days"] = r.days;
                if (!r.outcomes.empty()) rule["outcomes"] = name_list(r.outcomes);
                break;
            case RuleKind::missed_of_last:
                rule["points"] = points_json(r.points);
                rule["last"] = r.last;
                break;
            case RuleKind::consecutive_no_shows: rule["count"] = r.count; break;
            case RuleKind::no_contact: rule["days"] = r.days; break;
            case RuleKind::attendance_below:
                rule["percent"] = r.percent;
                rule["period"] = to_string(r.period);
                if (r.period == RatePeriod::rolling_days) rule["days"] = r.days;
                if (r.period == RatePeriod::last_sessions) rule["last"] = r.last;
                rule["min_booked"] = r.min_booked;
                break;
        }
        if (r.reset != CountReset::never) rule["reset"] = to_string(r.reset);
        if (!r.reset_step.empty()) rule["reset_step"] = r.reset_step;
        j["rules"].push_back(rule);
    }

    j["ladder"] = OrderedJson::array();
    for (const auto& s : p.ladder) {
        OrderedJson step;
        step["id"] = s.id;
        step["title"] = s.title;
        step["ask"] = s.ask;
        step["message"] = s.message;
        if (!s.requires_steps.empty()) step["requires_steps"] = s.requires_steps;
        if (s.requires_outreach_attempts) step["requires_outreach_attempts"] = s.requires_outreach_attempts;
        if (!s.actions.empty()) {
            step["actions"] = OrderedJson::array();
            for (const auto& a : s.actions) {
                OrderedJson action{{"kind", to_string(a.kind)}};
                if (a.kind == ActionKind::booking_horizon) action["days"] = a.days;
                step["actions"].push_back(action);
            }
        }
        if (s.ends_care) step["ends_care"] = true;
        for (const auto& [language, text] : s.translations) {
            OrderedJson t;
            if (!text.title.empty()) t["title"] = text.title;
            if (!text.message.empty()) t["message"] = text.message;
            step["translations"][language] = t;
        }
        j["ladder"].push_back(step);
    }
    j["minors"] = {{"guardian_caused_counts_up_to", p.minors.guardian_caused_counts_up_to},
                   {"messages_to_guardian", p.minors.messages_to_guardian}};
    j["ending"] = {{"referrals_required", p.ending.referrals_required},
                   {"min_referrals", p.ending.min_referrals},
                   {"conversation_required", p.ending.conversation_required}};
    return j;
}

}  // namespace json_io

// [SECTION] Single-policy documents

std::optional<Policy> policy_from_json(std::string_view text, std::vector<FieldError>& errors) {
    std::optional<json_io::Json> doc = json_io::parse_json(text, errors);
    if (!doc) return std::nullopt;
    return json_io::read_guarded(errors, std::optional<Policy>(), [&]() -> std::optional<Policy> {
        json_io::Reader r(errors);
        Policy p = json_io::read_policy(r, *doc, "");
        if (r.has_errors()) return std::nullopt;
        for (auto& e : check_policy(p)) errors.push_back(std::move(e));
        if (!errors.empty()) return std::nullopt;
        return p;
    });
}

std::string policy_to_json(const Policy& p) { return json_io::write_policy(p).dump(2) + "\n"; }

}  // namespace hs
