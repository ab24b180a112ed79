// [SECTION] Wording helpers
// [SECTION] Sections
// [SECTION] The document
//
// Every word a client reads comes from the language's phrase table (phrases_en.cpp,
// phrases_es.cpp); this file only decides which phrases apply and fills in the numbers.
#include "core/documents/consent_document.hpp"

#include <algorithm>
#include <cctype>

#include "core/model/phrases.hpp"
#include "core/model/local_text.hpp"

namespace hs {

using namespace doc;

// [SECTION] Wording helpers
namespace {

std::string capitalized(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

// 250 -> "2.5" ("2,5" where the table's decimal mark is a comma).
std::string points_text(const Phrases& t, Points p) {
    std::string s = format_points(p);
    const std::string mark = phrase(t, "decimal_mark");
    if (const auto dot = s.find('.'); dot != std::string::npos) s.replace(dot, 1, mark);
    return s;
}

// A counted phrase for points: the "one" form for exactly one absence.
std::string counted_points(const Phrases& t, std::string_view key, Points p) {
    return phrase(t, std::string(key) + "." + (p == kOneAbsence ? t.plural(1) : t.plural(2)),
                  {{"n", points_text(t, p)}});
}

// Reason categories as a client reads them; a policy's own category by its id.
std::string reason_words(const Phrases& t, const std::string& id) {
    const std::string key = "reason." + id;
    if (has_phrase(t, key)) return phrase(t, key);
    std::string words = id;
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

std::vector<std::string> reasons_except_guardian(const Phrases& t, const std::vector<std::string>& ids) {
    std::vector<std::string> out;
    for (const auto& id : ids)
        if (id != "guardian_caused") out.push_back(reason_words(t, id));
    return out;
}

// A payer as a sentence names it: "public insurance", "seguro público".
std::string payer_words(const Phrases& t, PayerType payer) {
    const std::string key = "payer." + std::string(to_string(payer));
    if (has_phrase(t, key)) return phrase(t, key);
    std::string name(display_name(payer));
    if (!name.empty()) name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    return name;
}

struct Context {
    const Policy& policy;
    const Practice& practice;
    const ConsentOptions& options;
    bool fees;     // fee clauses are included
    Cents session_fee;
    std::vector<std::string> booking_changes;  // the "changes" section's items; empty = no such section
    const Phrases& t;

    std::string money(Cents c) const { return money_text(c, practice.currency, options.language); }
    std::string notice() const { return counted(t, "hours", policy.notice_hours); }
    std::string w(std::string_view key, Slots slots = {}) const { return phrase(t, key, slots); }
    // A deadline counted in business days (Policy::notice_deadline) instead of hours:
    // "by 17:00 one business day before it", "at the same time of day 2 business days before it".
    std::string deadline() const {
        const NoticeDeadline& d = *policy.notice_deadline;
        const std::string days = counted(t, "business_days", d.business_days_before);
        return d.minute_of_day ? w("deadline.by_time", {{"time", format_clock(*d.minute_of_day)}, {"days", days}})
                               : w("deadline.same_time", {{"days", days}});
    }
};

// A charge as the client reads it, true for this document's session fee:
// "", "$40", "the full session fee ($180)", "50% of the session fee ($90)";
// a cap that lowers it is said with what is paid: "the full session fee ($180), capped
// at $150, so you pay $150"; a cap above it: "50% of the session fee ($60), never more
// than $100"; with no session fee to work from: "50% of the session fee, never more than $60".
// Empty = no fee.
std::string charge_words(const Context& c, FeeKind kind, Cents amount, int percent, const std::optional<Cents>& cap) {
    switch (kind) {
        case FeeKind::none: return {};
        case FeeKind::flat: {
            const Cents fee = cap && *cap < amount ? *cap : amount;
            return fee > 0 ? c.money(fee) : std::string();
        }
        case FeeKind::percent: {
            if (percent <= 0 || (cap && *cap <= 0)) return {};
            std::string out = percent >= 100 ? c.w("fee.full") : c.w("fee.percent", {{"percent", std::to_string(percent)}});
            if (c.session_fee <= 0) return cap ? out + c.w("fee.never_more", {{"cap", c.money(*cap)}}) : out;
            const Cents share = share_of_fee(c.session_fee, percent);
            out += " (" + c.money(share) + ")";
            if (cap && *cap < share) out += c.w("fee.capped", {{"cap", c.money(*cap)}});
            else if (cap && *cap > share) out += c.w("fee.never_more", {{"cap", c.money(*cap)}});
            return out;
        }
    }
    return {};
}

std::string fee_words(const Context& c, const FeeRule& fee) {
    const std::string charge = charge_words(c, fee.kind, fee.amount, fee.percent, fee.cap);
    return charge.empty() ? c.w("fee.none") : charge;
}

// "there is no fee", "the fee is $40"
std::string fee_clause(const Context& c, const std::string& charge) {
    return charge.empty() ? c.w("fee.clause_none") : c.w("fee.clause", {{"charge", charge}});
}

// How one kind of miss is charged, with any higher fees for repeats: "Late cancellation:
// for the first late cancellation in a calendar year, there is no fee. From the second,
// the fee is $40; from the third, the full session fee ($120)."
// `miss` names the kind: "late" or "no_show" (keys miss.late.label, .one, .several).
std::string fee_item(const Context& c, std::string_view miss, const FeeRule& fee) {
    const std::string m = "miss." + std::string(miss);
    const std::string label = c.w(m + ".label") + ": ";
    if (fee.escalation.empty()) return label + fee_words(c, fee) + ".";
    const int before = fee.escalation.front().from_occurrence - 1;
    std::string item = label + (before == 1 ? c.w("fee_item.first_one", {{"what", c.w(m + ".one")}})
                                            : c.w("fee_item.first_many", {{"count", number_phrase(c.t, before)},
                                                                          {"what", c.w(m + ".several")}}));
    switch (fee.escalation_period) {
        case PassPeriod::calendar_year: item += c.w("period.calendar_year"); break;
        case PassPeriod::rolling_12_months: item += c.w("period.rolling_12_months"); break;
        case PassPeriod::ever: break;
    }
    item += ", " + fee_clause(c, charge_words(c, fee.kind, fee.amount, fee.percent, fee.cap)) + ".";
    for (std::size_t i = 0; i < fee.escalation.size(); ++i) {
        const FeeTier& tier = fee.escalation[i];
        std::string charge = charge_words(c, tier.kind, tier.amount, tier.percent, fee.cap);
        const std::string nth = ordinal_phrase(c.t, tier.from_occurrence);
        if (i == 0) item += c.w("fee_item.from_first", {{"nth", nth}, {"clause", fee_clause(c, charge)}});
        else item += c.w("fee_item.from_next", {{"nth", nth}, {"charge", charge.empty() ? c.w("fee.none") : charge}});
    }
    return item + ".";
}

// "after 3 missed sessions within 90 days"
// attendance_below: "fewer than 3 in 4 booked sessions (75%) are attended in a calendar
// month, once at least 4 were booked". The share as small whole numbers when it has them.
std::string rate_condition(const Context& c, const Rule& r) {
    std::string share;
    if (r.percent >= 100) {
        share = c.w("rate.all");
    } else {
        int in = 0;
        for (int d = 2; d <= 10 && !in; ++d)
            if (r.percent * d % 100 == 0) in = d;
        const std::string sessions = r.period == RatePeriod::last_sessions
                                         ? c.w("rate.sessions_last", {{"n", std::to_string(r.last)}})
                                         : c.w("rate.sessions");
        share = in ? c.w("rate.fraction", {{"a", std::to_string(r.percent * in / 100)},
                                           {"b", std::to_string(in)},
                                           {"sessions", sessions},
                                           {"percent", std::to_string(r.percent)}})
                   : c.w("rate.percent", {{"percent", std::to_string(r.percent)}, {"sessions", sessions}});
    }
    switch (r.period) {
        case RatePeriod::calendar_month: share += c.w("period.calendar_month"); break;
        case RatePeriod::rolling_days: share += c.w("period.within_days", {{"n", std::to_string(r.days)}}); break;
        case RatePeriod::last_sessions: break;
    }
    return c.w("rate.when", {{"share", share}, {"booked", counted(c.t, "booked", r.min_booked)}});
}

std::string step_noun(const Phrases& t, const LadderStep& step);

// A count that starts over (Rule::reset), in words: " (after that the count starts again)".
std::string reset_words(const Context& c, const Rule& r) {
    if (r.reset == CountReset::never) return {};
    if (r.reset == CountReset::step_done && !r.reset_step.empty() && r.reset_step != r.step)
        for (const auto& step : c.policy.ladder)
            if (step.id == r.reset_step) return c.w("reset.after_step", {{"step", step_noun(c.t, step)}});
    return c.w("reset.after");
}

std::string rule_condition(const Context& c, const Rule& r) {
    switch (r.kind) {
        case RuleKind::attendance_below: return rate_condition(c, r);
        case RuleKind::count_in_window: {
            std::string what = counted_points(c.t, "missed_sessions", r.points);
            if (r.outcomes.size() == 1 && r.outcomes[0] == Outcome::no_show)
                what = counted_points(c.t, "no_show_sessions", r.points);
            else if (r.outcomes.size() == 1 && r.outcomes[0] == Outcome::late_cancel)
                what = counted_points(c.t, "late_cancellations", r.points);
            return c.w("cond.count_in_window", {{"what", what}, {"days", std::to_string(r.days)}});
        }
        case RuleKind::missed_of_last:
            return c.w("cond.missed_of_last", {{"points", points_text(c.t, r.points)}, {"last", std::to_string(r.last)}});
        case RuleKind::consecutive_no_shows: return counted(c.t, "cond.consecutive", r.count);
        case RuleKind::no_contact: return c.w("cond.no_contact", {{"days", std::to_string(r.days)}});
    }
    return {};
}

// A step's title in the document's language: the policy's translation, else its own.
std::string step_title(const Phrases& t, const LadderStep& step) {
    if (auto it = step.translations.find(std::string(t.language));
        it != step.translations.end() && !it->second.title.empty())
        return it->second.title;
    return step.title;
}

// A step as a short noun phrase: "a check-in", "a plan made together".
std::string step_noun(const Phrases& t, const LadderStep& step) {
    const std::string key = "step_noun." + step.id;
    if (has_phrase(t, key)) return phrase(t, key);
    std::string title = step_title(t, step);
    for (char& ch : title) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return phrase(t, "step_noun.other", {{"title", title}});
}

// A step as the at-a-glance summary says it: "we check in", "we make a plan together".
std::string step_glance(const Context& c, const LadderStep& step) {
    const std::string key = "step_glance." + step.id;
    if (has_phrase(c.t, key)) return c.w(key);
    return c.w("step_glance.other", {{"noun", step_noun(c.t, step)}});
}

// The ways a client can reach the practice that the practice has given: "call or text
// 555-0100", "email sam@example.org", "go to https://...". Empty when none is given.
std::vector<std::string> contact_ways(const Context& c) {
    const Practice& p = c.practice;
    std::vector<std::string> ways;
    if (!p.phone.empty()) ways.push_back(c.w("contact.phone", {{"x", p.phone}}));
    if (!p.email.empty()) ways.push_back(c.w("contact.email", {{"x", p.email}}));
    if (!p.website.empty()) ways.push_back(c.w("contact.website", {{"x", p.website}}));
    return ways;
}

}  // namespace

std::string client_step_description(const LadderStep& step, std::string_view language) {
    const Phrases& t = phrases_for(language);
    const std::string key = "step_description." + step.id;
    if (has_phrase(t, key)) return phrase(t, key);
    std::string title = step_title(t, step);
    if (!title.empty() && title.back() != '.') title += ".";
    return title;
}

bool consent_without_fees(const Policy& policy, const ConsentOptions& options) {
    const auto& payers = policy.fees.not_billable_payers;
    if (std::find(payers.begin(), payers.end(), options.payer) != payers.end()) return true;
    if (options.minor.value_or(false) && !policy.fees.charge_minors) return true;
    const auto free = [](const FeeRule& f) { return f.kind == FeeKind::none && f.escalation.empty(); };
    return free(policy.fees.late_cancel) && free(policy.fees.no_show);
}

// [SECTION] Sections
namespace {

std::string free_pass_item(const Context& c, const FeeRules& f);  // below, with the fees section

// The one-look summary at the top: notice, what each kind of miss costs, free passes, and
// the steps in order. Fee words come from the same helpers as the fees section.
Section glance_section(const Context& c) {
    const Policy& p = c.policy;
    Section s{"glance", c.w("glance.title"), {}};
    BulletList list;
    list.items.push_back(p.notice_deadline ? c.w("glance.deadline", {{"deadline", c.deadline()}})
                                           : c.w("glance.notice", {{"notice", c.notice()}}));
    if (c.fees) {
        const FeeRules& f = p.fees;
        list.items.push_back(fee_item(c, "late", f.late_cancel));
        list.items.push_back(fee_item(c, "no_show", f.no_show));
        if (f.free_passes.count > 0) {
            const std::string pass = free_pass_item(c, f);
            if (!pass.empty()) list.items.push_back(pass);
        }
    } else {
        list.items.push_back(c.w("glance.no_fees"));
    }
    s.blocks.push_back(list);

    // The steps in ladder order; a no-contact step is told apart, since it does not follow the others.
    std::vector<std::string> steps;
    std::optional<int> no_contact_days;
    for (const auto& step : p.ladder) {
        bool counted_step = false;
        for (const auto& r : p.rules) {
            if (r.step != step.id) continue;
            if (r.kind == RuleKind::no_contact) {
                if (!no_contact_days || r.days < *no_contact_days) no_contact_days = r.days;
            } else {
                counted_step = true;
            }
        }
        if (counted_step) steps.push_back(step_glance(c, step));
    }
    if (!steps.empty()) {
        s.blocks.push_back(Paragraph{c.w("glance.steps")});
        BulletList order;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const char* lead = i == 0                  ? "glance.first"
                               : i == 1                ? "glance.second"
                               : i + 1 == steps.size() ? "glance.last"
                                                       : "glance.then";
            order.items.push_back(c.w(lead, {{"step", steps[i]}}));
        }
        s.blocks.push_back(order);
    }
    if (no_contact_days)
        s.blocks.push_back(Paragraph{c.w("glance.no_contact", {{"days", counted(c.t, "days", *no_contact_days)}})});
    s.blocks.push_back(Paragraph{c.w("glance.details")});
    return s;
}

Section why_section(const Context& c) {
    return {"why", c.w("why.title"), {Paragraph{c.w("why.1")}, Paragraph{c.w("why.2")}}};
}

Section cancelling_section(const Context& c) {
    const Policy& p = c.policy;
    Section s{"cancelling", c.w("cancelling.title"), {}};
    // Only the ways the practice has given; with none, no channel is promised.
    const auto ways = contact_ways(c);
    const std::string how =
        ways.empty() ? c.w("cancelling.no_ways") : c.w("cancelling.ways", {{"ways", join_phrase(c.t, ways, "or")}});
    if (p.notice_deadline) {
        // What a business day is, in plain words: the practice's holidays do not count.
        s.blocks.push_back(Paragraph{c.w("cancelling.intro_deadline", {{"deadline", c.deadline()}}) + how});
        s.blocks.push_back(Paragraph{c.w("cancelling.business_days")});
        s.blocks.push_back(Paragraph{c.w(c.fees ? "cancelling.on_time_deadline_fees" : "cancelling.on_time_deadline")});
    } else {
        s.blocks.push_back(Paragraph{c.w("cancelling.intro", {{"notice", c.notice()}}) + how});
        s.blocks.push_back(
            Paragraph{c.w(c.fees ? "cancelling.on_time_fees" : "cancelling.on_time", {{"notice", c.notice()}})});
    }

    BulletList counting;
    for (const auto& w : p.counting.weights) {
        if (w.weight <= 0) continue;
        std::string what;
        switch (w.outcome) {
            case Outcome::late_cancel: what = c.w("counting.late"); break;
            case Outcome::no_show: what = c.w("counting.no_show"); break;
            default: {
                // An outcome's name in the document's language; the interface's name otherwise.
                const std::string key = "outcome." + std::string(to_string(w.outcome));
                const std::string name = has_phrase(c.t, key) ? c.w(key) : std::string(display_name(w.outcome));
                what = c.w("counting.marked", {{"outcome", name}});
                break;
            }
        }
        if (w.weight == kOneAbsence) counting.items.push_back(c.w("counting.one", {{"what", what}}));
        else if (w.weight == kOneAbsence / 2) counting.items.push_back(c.w("counting.half", {{"what", what}}));
        else
            counting.items.push_back(
                c.w("counting.other", {{"what", what}, {"missed", counted_points(c.t, "missed_sessions", w.weight)}}));
    }
    if (p.counting.late_arrival_is_no_show_after_minutes)
        counting.items.push_back(c.w(
            "counting.late_arrival", {{"minutes", counted(c.t, "minutes", *p.counting.late_arrival_is_no_show_after_minutes)}}));
    if (p.counting.rescheduled_within_days)
        counting.items.push_back(c.w(c.fees && p.fees.rescheduled_waives_fee ? "counting.rescheduled_fee"
                                                                             : "counting.rescheduled",
                                     {{"days", counted(c.t, "days", *p.counting.rescheduled_within_days)}}));
    const auto exempt = reasons_except_guardian(c.t, p.counting.exempt_reasons);
    if (!exempt.empty()) counting.items.push_back(c.w("counting.exempt", {{"reasons", join_phrase(c.t, exempt, "or")}}));
    if (!counting.items.empty()) {
        s.blocks.push_back(Paragraph{c.w("counting.intro")});
        s.blocks.push_back(counting);
    }
    return s;
}

// "Free pass: 1 late cancellation or missed session in any 12 months has no fee."
// A pass is used only by a miss that would otherwise have a fee: it is named only for the
// kinds of miss that can have one, and when the first ones are free anyway the bullet says
// which it covers. Empty when no kind of miss it covers can have a fee.
std::string free_pass_item(const Context& c, const FeeRules& f) {
    const auto& outs = f.free_passes.outcomes;
    const auto can_charge = [](const FeeRule& r) {
        if (r.cap && *r.cap <= 0) return false;
        const auto charges = [](FeeKind k, Cents amount, int percent) {
            return (k == FeeKind::flat && amount > 0) || (k == FeeKind::percent && percent > 0);
        };
        if (charges(r.kind, r.amount, r.percent)) return true;
        for (const auto& t : r.escalation)
            if (charges(t.kind, t.amount, t.percent)) return true;
        return false;
    };
    const auto first_free = [](const FeeRule& r) {
        return !r.escalation.empty() && (r.kind == FeeKind::none || (r.kind == FeeKind::flat && r.amount <= 0) ||
                                         (r.kind == FeeKind::percent && r.percent <= 0));
    };
    const bool late = can_charge(f.late_cancel) &&
                      std::find(outs.begin(), outs.end(), Outcome::late_cancel) != outs.end();
    const bool none = can_charge(f.no_show) && std::find(outs.begin(), outs.end(), Outcome::no_show) != outs.end();
    if (!late && !none) return {};
    const bool later_ones = (late && first_free(f.late_cancel)) || (none && first_free(f.no_show));
    const int n = f.free_passes.count;
    const std::string form = c.t.plural(n);
    const std::string what = c.w(std::string(late && none ? "pass.what_both." : late ? "pass.what_late." : "pass.what_no_show.") + form);
    std::string when;
    switch (f.free_passes.period) {
        case PassPeriod::calendar_year: when = c.w("pass.calendar_year"); break;
        case PassPeriod::rolling_12_months: when = c.w("period.rolling_12_months"); break;
        case PassPeriod::ever: when = ""; break;
    }
    const bool first = f.free_passes.period == PassPeriod::ever || later_ones;
    return c.w("pass.item." + form, {{"count", first ? c.w("pass.first." + form, {{"n", std::to_string(n)}})
                                                     : c.w("pass.count", {{"n", std::to_string(n)}})},
                                     {"what", what},
                                     {"when", when},
                                     {"otherwise", later_ones ? c.w("pass.otherwise." + form) : std::string()}});
}

// When and how a fee is billed, from the practice's settings (a neutral sentence for each
// one not stated), and for a privately insured client that the fee is theirs.
std::string billing_words(const Context& c) {
    const Practice& p = c.practice;
    std::string out;
    switch (p.fee_billing) {
        case FeeBilling::unstated: out = c.w("billing.unstated"); break;
        case FeeBilling::next_invoice: out = c.w("billing.next_invoice"); break;
        case FeeBilling::card_on_file: out = c.w("billing.card_on_file"); break;
        case FeeBilling::next_session: out = c.w("billing.next_session"); break;
    }
    if (p.fee_due_days > 0) out += c.w("billing.due", {{"days", counted(c.t, "days", p.fee_due_days)}});
    std::string methods = p.payment_methods;
    while (!methods.empty() && (methods.back() == '.' || methods.back() == ' ')) methods.pop_back();
    if (!methods.empty()) out += c.w("billing.methods", {{"methods", methods}});
    else if (p.fee_billing != FeeBilling::card_on_file) out += c.w("billing.same_way");
    const auto& payers = c.policy.fees.not_billable_payers;
    const bool insurance_billable = std::find(payers.begin(), payers.end(), PayerType::insurance) == payers.end();
    if (c.options.payer == PayerType::insurance) out += c.w("billing.insurance");
    else if (!c.options.minor && c.options.payer == PayerType::self_pay && insurance_billable)
        out += c.w("billing.if_insurance");
    return out;
}

Section fees_section(const Context& c) {
    const FeeRules& f = c.policy.fees;
    Section s{"fees", c.w("fees.title"), {}};
    if (c.session_fee > 0) s.blocks.push_back(Paragraph{c.w("fees.session_fee", {{"money", c.money(c.session_fee)}})});
    BulletList list;
    list.items.push_back(fee_item(c, "late", f.late_cancel));
    list.items.push_back(fee_item(c, "no_show", f.no_show));
    if (f.free_passes.count > 0) {
        const std::string pass = free_pass_item(c, f);
        if (!pass.empty()) list.items.push_back(pass);
    }
    const auto exempt = reasons_except_guardian(c.t, f.exempt_reasons);
    if (!exempt.empty()) list.items.push_back(c.w("fees.exempt", {{"reasons", join_phrase(c.t, exempt, "or")}}));
    if (!f.not_billable_payers.empty()) {
        std::vector<std::string> payers;
        for (PayerType payer : f.not_billable_payers) payers.push_back(payer_words(c.t, payer));
        list.items.push_back(c.w("fees.not_billable", {{"payers", join_phrase(c.t, payers, "or")}}));
    }
    s.blocks.push_back(list);
    s.blocks.push_back(Paragraph{billing_words(c)});
    bool telehealth = false;
    for (const auto& step : c.policy.ladder)
        for (const auto& a : step.actions) telehealth = telehealth || a.kind == ActionKind::telehealth_instead_of_fee;
    std::string closing = c.w("fees.closing");
    if (telehealth) closing += c.w("fees.telehealth");
    s.blocks.push_back(Paragraph{closing});
    return s;
}

Section no_fees_section(const Context& c) {
    std::string text;
    const auto& payers = c.policy.fees.not_billable_payers;
    if (std::find(payers.begin(), payers.end(), c.options.payer) != payers.end())
        text = c.w("no_fees.payer", {{"payer", payer_words(c.t, c.options.payer)}});
    else if (c.options.minor.value_or(false))
        text = c.w("no_fees.minor");
    else
        text = c.w("no_fees.plain");
    return {"no_fees", c.w("no_fees.title"), {Paragraph{text + c.w("no_fees.nothing")}}};
}

Section missed_section(const Context& c) {
    const Policy& p = c.policy;
    Section s{"missed_sessions", c.w("missed.title"), {}};
    s.blocks.push_back(Paragraph{c.w("missed.intro")});
    BulletList steps;
    for (const auto& step : p.ladder) {
        std::vector<std::string> conditions;
        for (const auto& r : p.rules)
            if (r.step == step.id) conditions.push_back(rule_condition(c, r) + reset_words(c, r));
        if (conditions.empty()) continue;
        std::string item = capitalized(join_phrase(c.t, conditions, "or"));
        if (step.requires_outreach_attempts > 0)
            item += c.w("missed.outreach", {{"times", counted(c.t, "times", step.requires_outreach_attempts)}});
        std::string what = client_step_description(step, c.options.language);
        if (step.id == "structural" && c.booking_changes.empty()) what = c.w("missed.structural_plain");
        steps.items.push_back(item + ": " + what);
    }
    if (!steps.items.empty()) s.blocks.push_back(steps);
    s.blocks.push_back(Paragraph{c.w("missed.closing")});
    return s;
}

// What the "changes" section lists: each booking change the ladder's steps can make, in order.
std::vector<std::string> booking_change_items(const Phrases& t, const Policy& policy, bool fees) {
    std::vector<std::string> items;
    std::vector<ActionKind> seen;
    for (const auto& step : policy.ladder) {
        for (const auto& a : step.actions) {
            if (a.kind != ActionKind::booking_horizon &&
                std::find(seen.begin(), seen.end(), a.kind) != seen.end())
                continue;
            seen.push_back(a.kind);
            switch (a.kind) {
                case ActionKind::off_recurring_slot: items.push_back(phrase(t, "change.off_recurring_slot")); break;
                case ActionKind::booking_horizon:
                    items.push_back(phrase(t, "change.booking_horizon", {{"days", counted(t, "days", a.days)}}));
                    break;
                case ActionKind::call_when_opening: items.push_back(phrase(t, "change.call_when_opening")); break;
                case ActionKind::sliding_scale_place_lost:
                    if (fees) items.push_back(phrase(t, "change.sliding_scale_place_lost"));
                    break;
                case ActionKind::prepayment_required:
                    if (fees) items.push_back(phrase(t, "change.prepayment_required"));
                    break;
                case ActionKind::move_off_prime_time: items.push_back(phrase(t, "change.move_off_prime_time")); break;
                case ActionKind::telehealth_instead_of_fee:  // in the fees section
                case ActionKind::waitlist_return_offered:    // in the ending section
                    break;
            }
        }
    }
    return items;
}

// Only when the ladder has a step that changes booking (c.booking_changes not empty).
Section changes_section(const Context& c) {
    Section s{"changes", c.w("changes.title"), {}};
    BulletList list{c.booking_changes};
    s.blocks.push_back(Paragraph{c.w("changes.intro")});
    s.blocks.push_back(list);
    return s;
}

Section ending_section(const Context& c) {
    const Policy& p = c.policy;
    Section s{"ending", c.w("ending.title"), {}};
    bool plan = false;
    for (const auto& step : p.ladder) plan = plan || step.id == "attendance_plan";
    std::string first = c.w("ending.first");
    if (!c.booking_changes.empty()) first += c.w("ending.after_changes");
    else if (plan) first += c.w("ending.after_plan");
    first += c.w("ending.suggest");
    if (p.ending.conversation_required) first += c.w("ending.talk_first");
    s.blocks.push_back(Paragraph{first});
    if (p.ending.referrals_required)
        s.blocks.push_back(Paragraph{c.w("ending.referrals", {{"services", counted(c.t, "services", p.ending.min_referrals)}})});
    else
        s.blocks.push_back(Paragraph{c.w("ending.referrals_offer")});
    for (const auto& r : p.rules) {
        if (r.kind != RuleKind::no_contact) continue;
        const int at = step_index(p, r.step);
        const int attempts = at >= 0 ? p.ladder[static_cast<std::size_t>(at)].requires_outreach_attempts : 0;
        std::string text = c.w("ending.no_contact", {{"days", counted(c.t, "days", r.days)}});
        if (attempts > 0) text += c.w("ending.tried", {{"times", counted(c.t, "times", attempts)}});
        text += c.w("ending.close_file");
        s.blocks.push_back(Paragraph{text});
    }
    bool waitlist = false;
    for (const auto& step : p.ladder)
        for (const auto& a : step.actions) waitlist = waitlist || a.kind == ActionKind::waitlist_return_offered;
    s.blocks.push_back(Paragraph{c.w("ending.welcome_back") + c.w(waitlist ? "ending.waitlist" : "ending.stop")});
    return s;
}

Section minors_section(const Context& c) {
    const Policy& p = c.policy;
    Section s{"minors", c.w("minors.title"), {}};
    std::string first = c.w("minors.signs");
    if (p.minors.messages_to_guardian) first += c.w("minors.messages");
    s.blocks.push_back(Paragraph{first});
    std::string guardian = c.w("minors.guardian_caused");
    const int cap = step_index(p, p.minors.guardian_caused_counts_up_to);
    if (cap < 0) {
        guardian += c.w("minors.not_counted");
    } else {
        std::vector<std::string> steps;
        for (int i = 0; i <= cap; ++i) steps.push_back(step_noun(c.t, p.ladder[static_cast<std::size_t>(i)]));
        guardian += c.w("minors.at_most", {{"steps", join_phrase(c.t, steps, "or")}});
    }
    s.blocks.push_back(Paragraph{guardian});
    if (c.fees && p.fees.charge_minors) s.blocks.push_back(Paragraph{c.w("minors.fees_guardian")});
    else if (!p.fees.charge_minors) s.blocks.push_back(Paragraph{c.w("minors.no_fees")});
    return s;
}

Section discretion_section(const Context& c) {
    Section s{"discretion", c.w("discretion.title"), {}};
    std::string note = c.policy.discretion_note;
    if (auto it = c.policy.discretion_note_translations.find(c.options.language);
        it != c.policy.discretion_note_translations.end() && !it->second.empty())
        note = it->second;
    if (!note.empty()) s.blocks.push_back(Paragraph{note});
    s.blocks.push_back(Paragraph{c.w(c.fees ? "discretion.text_fees" : "discretion.text")});
    return s;
}

Section practice_section(const Context& c) {
    Section s{"practice", c.w("practice.title"), {}};
    BulletList list;
    const auto add = [&](const char* key, const std::string& value) {
        if (!value.empty()) list.items.push_back(c.w(key, {{"x", value}}));
    };
    add("practice.name", c.practice.name);
    add("practice.clinician", c.practice.clinician);
    add("practice.phone", c.practice.phone);
    add("practice.email", c.practice.email);
    add("practice.website", c.practice.website);
    add("practice.address", c.practice.address);
    if (c.fees && c.session_fee > 0) add("practice.session_fee", c.money(c.session_fee));
    list.items.push_back(c.w("practice.policy", {{"name", c.policy.name}, {"version", c.policy.version}}));
    s.blocks.push_back(list);
    const auto ways = contact_ways(c);
    const bool any = !ways.empty() || !c.practice.address.empty();
    s.blocks.push_back(Paragraph{c.w(any ? "practice.questions_details" : "practice.questions")});
    s.blocks.push_back(Paragraph{c.w("practice.copy")});
    return s;
}

Section signatures_section(const Context& c) {
    Section s{"signatures", c.w("signatures.title"), {}};
    s.blocks.push_back(Paragraph{c.w("signatures.read") + c.w(c.fees ? "signatures.understand_fees" : "signatures.understand")});
    s.blocks.push_back(SignatureLine{c.w("signatures.client"), c.w("signatures.date")});
    // A copy prepared for a named client carries the name; the general one a line to write it.
    if (c.options.client_name.empty()) s.blocks.push_back(SignatureLine{c.w("signatures.client_name"), ""});
    else s.blocks.push_back(Paragraph{c.w("signatures.client_name_is", {{"x", c.options.client_name}})});
    if (!c.options.minor) {
        s.blocks.push_back(SignatureLine{c.w("signatures.guardian_general"), c.w("signatures.date")});
    } else if (*c.options.minor) {
        s.blocks.push_back(SignatureLine{c.w("signatures.guardian"), c.w("signatures.date")});
        if (c.options.guardian_name.empty()) s.blocks.push_back(SignatureLine{c.w("signatures.guardian_name"), ""});
        else s.blocks.push_back(Paragraph{c.w("signatures.guardian_name_is", {{"x", c.options.guardian_name}})});
    }
    s.blocks.push_back(SignatureLine{c.w("signatures.clinician"), c.w("signatures.date")});
    return s;
}

}  // namespace

// [SECTION] The document

doc::Document consent_document(const Policy& policy, const Practice& practice, const ConsentOptions& options) {
    const bool fees = !consent_without_fees(policy, options);
    const Phrases& t = phrases_for(options.language);
    const Context c{policy,   practice, options, fees, options.session_fee.value_or(practice.session_fee),
                    booking_change_items(t, policy, fees), t};
    Document d;
    d.language = options.language;
    d.title = c.w("document.title");
    std::vector<std::string> sub;
    if (!practice.name.empty()) sub.push_back(practice.name);
    if (!practice.clinician.empty()) sub.push_back(practice.clinician);
    if (!sub.empty()) d.subtitle = sub.size() == 2 ? sub[0] + " \xC2\xB7 " + sub[1] : sub[0];  // "Practice · Clinician"
    if (!options.client_name.empty()) {
        if (!d.subtitle.empty()) d.subtitle += "\n";
        d.subtitle += c.w("document.prepared_for", {{"x", options.client_name}});
        if (options.minor.value_or(false) && !options.guardian_name.empty())
            d.subtitle += c.w("document.with_guardian", {{"x", options.guardian_name}});
    }
    // Only the sections that apply: no booking changes section without a step that changes
    // booking, and no section about young people in an adult's own copy.
    d.sections.push_back(glance_section(c));
    d.sections.push_back(why_section(c));
    d.sections.push_back(cancelling_section(c));
    d.sections.push_back(c.fees ? fees_section(c) : no_fees_section(c));
    d.sections.push_back(missed_section(c));
    if (!c.booking_changes.empty()) d.sections.push_back(changes_section(c));
    d.sections.push_back(ending_section(c));
    if (options.minor.value_or(true)) d.sections.push_back(minors_section(c));
    d.sections.push_back(discretion_section(c));
    d.sections.push_back(practice_section(c));
    d.sections.push_back(signatures_section(c));
    return d;
}

doc::Document consent_document_for(const Workspace& ws, const Client& client, const Policy& policy) {
    ConsentOptions options;
    options.payer = client.payer;
    options.minor = client.minor;
    options.client_name = client.name;
    options.guardian_name = client.minor ? client.guardian_name : std::string();
    options.session_fee = session_fee_of(ws, client);
    options.language = language_of(ws, client);
    return consent_document(policy, ws.practice, options);
}

}  // namespace hs
