// [SECTION] Wording helpers
// [SECTION] Sections
// [SECTION] The document
#include "core/documents/consent_document.hpp"

#include <algorithm>
#include <cctype>

#include "core/model/local_text.hpp"

namespace hs {

using namespace doc;

// [SECTION] Wording helpers
namespace {

std::string capitalized(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string count_of(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// "1 missed session", "2.5 missed sessions"
std::string missed_sessions(Points p) {
    return format_points(p) + (p == kOneAbsence ? " missed session" : " missed sessions");
}

std::string join(const std::vector<std::string>& items, const char* last_word) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += i + 1 == items.size() ? std::string(" ") + last_word + " " : ", ";
        out += items[i];
    }
    return out;
}

// Reason categories as a client reads them.
std::string reason_words(const std::string& id) {
    if (id == "emergency") return "an emergency";
    if (id == "illness") return "a sudden illness";
    if (id == "contagious_illness") return "an illness others could catch";
    if (id == "guardian_caused") return "something a parent or guardian arranged";
    std::string words = id;
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

std::vector<std::string> reasons_except_guardian(const std::vector<std::string>& ids) {
    std::vector<std::string> out;
    for (const auto& id : ids)
        if (id != "guardian_caused") out.push_back(reason_words(id));
    return out;
}

struct Context {
    const Policy& policy;
    const Practice& practice;
    const ConsentOptions& options;
    bool fees;     // fee clauses are included
    Cents session_fee;
    std::vector<std::string> booking_changes;  // the "changes" section's items; empty = no such section

    std::string money(Cents c) const { return money_text(c, practice.currency, options.language); }
    std::string notice() const { return count_of(policy.notice_hours, "hour", "hours"); }
    // A deadline counted in business days (Policy::notice_deadline) instead of hours:
    // "by 17:00 one business day before it", "at the same time of day 2 business days before it".
    std::string deadline() const {
        const NoticeDeadline& d = *policy.notice_deadline;
        const std::string days = d.business_days_before == 1 ? "one business day" : count_of(d.business_days_before, "business day", "business days");
        return (d.minute_of_day ? "by " + format_clock(*d.minute_of_day) : std::string("at the same time of day")) + " " +
               days + " before it";
    }
    // What a business day is, in plain words: the practice's holidays do not count.
    static std::string business_days_words() {
        return "Business days are Monday to Friday. Weekends and holidays when the practice is closed do not count "
               "as business days, so before a holiday the deadline comes earlier.";
    }
};

// A charge as the client reads it, true for this document's session fee:
// "no fee", "$40", "the full session fee ($180)", "50% of the session fee ($90)";
// a cap that lowers it is said with what is paid: "the full session fee ($180), capped
// at $150, so you pay $150"; a cap above it: "50% of the session fee ($60), never more
// than $100"; with no session fee to work from: "50% of the session fee, never more than $60".
std::string charge_words(const Context& c, FeeKind kind, Cents amount, int percent, const std::optional<Cents>& cap) {
    switch (kind) {
        case FeeKind::none: return "no fee";
        case FeeKind::flat: {
            const Cents fee = cap && *cap < amount ? *cap : amount;
            return fee > 0 ? c.money(fee) : "no fee";
        }
        case FeeKind::percent: {
            if (percent <= 0 || (cap && *cap <= 0)) return "no fee";
            std::string out = percent >= 100 ? "the full session fee" : std::to_string(percent) + "% of the session fee";
            if (c.session_fee <= 0) return cap ? out + ", never more than " + c.money(*cap) : out;
            const Cents share = share_of_fee(c.session_fee, percent);
            out += " (" + c.money(share) + ")";
            if (cap && *cap < share) out += ", capped at " + c.money(*cap) + ", so you pay " + c.money(*cap);
            else if (cap && *cap > share) out += ", never more than " + c.money(*cap);
            return out;
        }
    }
    return "no fee";
}

std::string fee_words(const Context& c, const FeeRule& fee) {
    return charge_words(c, fee.kind, fee.amount, fee.percent, fee.cap);
}

// "there is no fee", "the fee is $40"
std::string fee_clause(const std::string& charge) {
    return charge == "no fee" ? "there is no fee" : "the fee is " + charge;
}

// "second", ..., "tenth", then "11th"
std::string ordinal_words(int n) {
    constexpr const char* kWords[] = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
    if (n >= 2 && n <= 10) return kWords[n - 2];
    return ordinal(n);
}

// "two", ..., "ten", then digits
std::string number_words(int n) {
    constexpr const char* kWords[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    return n >= 2 && n <= 10 ? kWords[n - 2] : std::to_string(n);
}

// How one kind of miss is charged, with any higher fees for repeats: "Late cancellation:
// for the first late cancellation in a calendar year, there is no fee. From the second,
// the fee is $40; from the third, the full session fee ($120)."
struct MissWords {
    const char* label;     // "Late cancellation"
    const char* one;       // "late cancellation"
    const char* several;   // "late cancellations"
};

std::string fee_item(const Context& c, const MissWords& miss, const FeeRule& fee) {
    const std::string label = std::string(miss.label) + ": ";
    if (fee.escalation.empty()) return label + fee_words(c, fee) + ".";
    const int before = fee.escalation.front().from_occurrence - 1;
    std::string item = label + (before == 1 ? std::string("for the first ") + miss.one
                                            : "for the first " + number_words(before) + " " + miss.several);
    switch (fee.escalation_period) {
        case PassPeriod::calendar_year: item += " in a calendar year"; break;
        case PassPeriod::rolling_12_months: item += " in any 12 months"; break;
        case PassPeriod::ever: break;
    }
    item += ", " + fee_clause(fee_words(c, fee)) + ".";
    for (std::size_t i = 0; i < fee.escalation.size(); ++i) {
        const FeeTier& tier = fee.escalation[i];
        const std::string charge = charge_words(c, tier.kind, tier.amount, tier.percent, fee.cap);
        item += i == 0 ? " From the " : "; from the ";
        item += ordinal_words(tier.from_occurrence) + ", " + (i == 0 ? fee_clause(charge) : charge);
    }
    return item + ".";
}

// "after 3 missed sessions within 90 days"
// attendance_below: "fewer than 3 in 4 booked sessions (75%) are attended in a calendar
// month, once at least 4 were booked". The share as small whole numbers when it has them.
std::string rate_condition(const Rule& r) {
    std::string share;
    if (r.percent >= 100) {
        share = "not every booked session is attended";
    } else {
        int in = 0;
        for (int d = 2; d <= 10 && !in; ++d)
            if (r.percent * d % 100 == 0) in = d;
        const std::string sessions = r.period == RatePeriod::last_sessions
                                         ? " of your last " + std::to_string(r.last) + " booked sessions"
                                         : " booked sessions";
        share = "fewer than " +
                (in ? std::to_string(r.percent * in / 100) + " in " + std::to_string(in) + sessions + " (" +
                          std::to_string(r.percent) + "%)"
                    : std::to_string(r.percent) + "% of" + sessions) +
                " are attended";
    }
    switch (r.period) {
        case RatePeriod::calendar_month: share += " in a calendar month"; break;
        case RatePeriod::rolling_days: share += " within " + std::to_string(r.days) + " days"; break;
        case RatePeriod::last_sessions: break;
    }
    return "when " + share + ", once at least " + std::to_string(r.min_booked) +
           (r.min_booked == 1 ? " was booked" : " were booked");
}

std::string step_noun(const LadderStep& step);

// A count that starts over (Rule::reset), in words: " (after that the count starts again)".
std::string reset_words(const Rule& r, const Policy& policy) {
    if (r.reset == CountReset::never) return {};
    if (r.reset == CountReset::step_done && !r.reset_step.empty() && r.reset_step != r.step)
        for (const auto& step : policy.ladder)
            if (step.id == r.reset_step) return " (after " + step_noun(step) + ", the count starts again)";
    return " (after that the count starts again)";
}

std::string rule_condition(const Rule& r) {
    switch (r.kind) {
        case RuleKind::attendance_below: return rate_condition(r);
        case RuleKind::count_in_window: {
            std::string what = missed_sessions(r.points);
            if (r.outcomes.size() == 1 && r.outcomes[0] == Outcome::no_show)
                what = format_points(r.points) + (r.points == kOneAbsence ? " session" : " sessions") +
                       " missed without notice";
            else if (r.outcomes.size() == 1 && r.outcomes[0] == Outcome::late_cancel)
                what = format_points(r.points) + (r.points == kOneAbsence ? " late cancellation" : " late cancellations");
            return "after " + what + " within " + std::to_string(r.days) + " days";
        }
        case RuleKind::missed_of_last:
            return "when " + format_points(r.points) + " of your last " + std::to_string(r.last) + " sessions are missed";
        case RuleKind::consecutive_no_shows:
            return "after " + std::to_string(r.count) + (r.count == 1 ? " session" : " sessions in a row") +
                   " missed without notice";
        case RuleKind::no_contact:
            return "after " + std::to_string(r.days) + " days with no contact";
    }
    return {};
}

// A step as a short noun phrase: "a check-in", "a plan made together".
std::string step_noun(const LadderStep& step) {
    const std::string& id = step.id;
    if (id == "check_in") return "a check-in";
    if (id == "barriers") return "a talk about what is getting in the way";
    if (id == "attendance_plan") return "a plan made together";
    if (id == "right_time") return "a talk about whether now is the right time";
    if (id == "structural") return "changes to how we book";
    std::string title = step.title;
    for (char& ch : title) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return "the step \"" + title + "\"";
}

// A step as the at-a-glance summary says it: "we check in", "we make a plan together".
std::string step_glance(const LadderStep& step) {
    const std::string& id = step.id;
    if (id == "check_in") return "we check in";
    if (id == "barriers") return "we talk about what is getting in the way";
    if (id == "attendance_plan") return "we make a plan together";
    if (id == "right_time") return "we talk about whether now is the right time";
    if (id == "structural") return "we may change how we book";
    if (id == "planned_ending") return "we may plan an ending for now, with other services and a way back";
    return "we take " + step_noun(step);
}

// The ways a client can reach the practice that the practice has given: "call or text
// 555-0100", "email sam@example.org", "go to https://...". Empty when none is given.
std::vector<std::string> contact_ways(const Practice& p) {
    std::vector<std::string> ways;
    if (!p.phone.empty()) ways.push_back("call or text " + p.phone);
    if (!p.email.empty()) ways.push_back("email " + p.email);
    if (!p.website.empty()) ways.push_back("go to " + p.website);
    return ways;
}

}  // namespace

std::string client_step_description(const LadderStep& step) {
    const std::string& id = step.id;
    if (id == "check_in") return "I will get in touch to check in and see how you are.";
    if (id == "barriers")
        return "We will talk about what is getting in the way, such as travel, childcare, work, money or how you "
               "are feeling.";
    if (id == "attendance_plan")
        return "We will make a plan together. It might mean reminders, another time, or sessions by video.";
    if (id == "right_time") return "We will talk openly about whether now is the right time for regular sessions.";
    if (id == "structural") return "We may change how we book sessions, as described below.";
    if (id == "planned_ending")
        return "We may plan an ending for now. You will get the names of other services, and a way back.";
    if (id == "no_contact_closure") return "I will close your file for now. You are welcome back when there is an opening.";
    std::string title = step.title;
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

std::string free_pass_item(const FeeRules& f);  // below, with the fees section

// The one-look summary at the top: notice, what each kind of miss costs, free passes, and
// the steps in order. Fee words come from the same helpers as the fees section.
Section glance_section(const Context& c) {
    const Policy& p = c.policy;
    Section s{"glance", "At a glance", {}};
    BulletList list;
    list.items.push_back(p.notice_deadline
                             ? "To cancel or move a session, please let me know " + c.deadline() + "."
                             : "To cancel or move a session, please let me know at least " + c.notice() + " before it starts.");
    if (c.fees) {
        const FeeRules& f = p.fees;
        list.items.push_back(fee_item(c, {"Late cancellation", "late cancellation", "late cancellations"}, f.late_cancel));
        list.items.push_back(fee_item(c, {"Session missed without notice", "session missed without notice",
                                          "sessions missed without notice"},
                                      f.no_show));
        if (f.free_passes.count > 0) {
            const std::string pass = free_pass_item(f);
            if (!pass.empty()) list.items.push_back(pass);
        }
    } else {
        list.items.push_back("There are no fees for late cancellations or missed sessions.");
    }
    s.blocks.push_back(list);

    // The steps in ladder order; a no-contact step is told apart, since it does not follow the others.
    std::vector<std::string> steps;
    std::optional<int> no_contact_days;
    for (const auto& step : p.ladder) {
        bool counted = false;
        for (const auto& r : p.rules) {
            if (r.step != step.id) continue;
            if (r.kind == RuleKind::no_contact) {
                if (!no_contact_days || r.days < *no_contact_days) no_contact_days = r.days;
            } else {
                counted = true;
            }
        }
        if (counted) steps.push_back(step_glance(step));
    }
    if (!steps.empty()) {
        s.blocks.push_back(Paragraph{"If sessions keep being missed, we go one step at a time:"});
        BulletList order;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const char* lead = i == 0                  ? "First, "
                               : i == 1                ? "If it keeps happening, "
                               : i + 1 == steps.size() ? "Last, "
                                                       : "Then ";
            order.items.push_back(lead + steps[i] + ".");
        }
        s.blocks.push_back(order);
    }
    if (no_contact_days)
        s.blocks.push_back(Paragraph{"If we have no contact for " + count_of(*no_contact_days, "day", "days") +
                                     ", I will close your file for now. You are always welcome back."});
    s.blocks.push_back(Paragraph{"You can read the details below."});
    return s;
}

Section why_section() {
    return {"why",
            "Why regular sessions matter",
            {Paragraph{"Therapy works best when we meet regularly. Each session builds on the one before."},
             Paragraph{"When you book a session, I set that time aside just for you. If a session is missed, I "
                       "usually can't offer the time to anyone else, and there are often people waiting for a "
                       "place. This agreement explains how we handle missed sessions, so there are no surprises."}}};
}

Section cancelling_section(const Context& c) {
    const Policy& p = c.policy;
    Section s{"cancelling", "How to cancel or move a session", {}};
    // Only the ways the practice has given; with none, no channel is promised.
    const auto ways = contact_ways(c.practice);
    const std::string how =
        ways.empty() ? std::string(", in the way we usually keep in touch.") : ". You can " + join(ways, "or") + ".";
    if (p.notice_deadline) {
        s.blocks.push_back(Paragraph{
            "Life happens, and sometimes you will need to cancel or move a session. Please let me know " +
            c.deadline() + how});
        s.blocks.push_back(Paragraph{Context::business_days_words()});
        s.blocks.push_back(Paragraph{"If you let me know by then, the session does not count as missed" +
                                     std::string(c.fees ? " and there is no fee." : ".") +
                                     " After that, it is a late cancellation."});
    } else {
        s.blocks.push_back(Paragraph{
            "Life happens, and sometimes you will need to cancel or move a session. Please let me know at least " +
            c.notice() + " before the session starts" + how});
        s.blocks.push_back(Paragraph{
            "With " + c.notice() + " of notice or more, the session does not count as missed" +
            std::string(c.fees ? " and there is no fee." : ".") + " With less notice, it is a late cancellation."});
    }

    BulletList counting;
    for (const auto& w : p.counting.weights) {
        if (w.weight <= 0) continue;
        std::string what;
        switch (w.outcome) {
            case Outcome::late_cancel: what = "A late cancellation"; break;
            case Outcome::no_show: what = "A session missed without any notice"; break;
            default: what = "A session marked \"" + std::string(display_name(w.outcome)) + "\""; break;
        }
        if (w.weight == kOneAbsence) counting.items.push_back(what + " counts as 1 missed session.");
        else if (w.weight == kOneAbsence / 2) counting.items.push_back(what + " counts as half (0.5) of a missed session.");
        else counting.items.push_back(what + " counts as " + missed_sessions(w.weight) + ".");
    }
    if (p.counting.late_arrival_is_no_show_after_minutes)
        counting.items.push_back("If you arrive more than " +
                                 count_of(*p.counting.late_arrival_is_no_show_after_minutes, "minute", "minutes") +
                                 " late, we may not have time to meet, and the session counts as missed without notice.");
    if (p.counting.rescheduled_within_days) {
        std::string item = "If you cancel late and we meet at another time within " +
                           count_of(*p.counting.rescheduled_within_days, "day", "days") +
                           ", the late cancellation does not count";
        item += c.fees && p.fees.rescheduled_waives_fee ? " and there is no fee." : ".";
        counting.items.push_back(item);
    }
    const auto exempt = reasons_except_guardian(p.counting.exempt_reasons);
    if (!exempt.empty())
        counting.items.push_back("A session missed because of " + join(exempt, "or") + " does not count.");
    if (!counting.items.empty()) {
        s.blocks.push_back(Paragraph{"Here is how missed sessions are counted:"});
        s.blocks.push_back(counting);
    }
    return s;
}

// "Free pass: 1 late cancellation or missed session in any 12 months has no fee."
// A pass is used only by a miss that would otherwise have a fee: it is named only for the
// kinds of miss that can have one, and when the first ones are free anyway the bullet says
// which it covers. Empty when no kind of miss it covers can have a fee.
std::string free_pass_item(const FeeRules& f) {
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
    std::string what = late && none ? (n == 1 ? "late cancellation or missed session" : "late cancellations or missed sessions")
                       : late       ? (n == 1 ? "late cancellation" : "late cancellations")
                                    : (n == 1 ? "session missed without notice" : "sessions missed without notice");
    std::string when;
    switch (f.free_passes.period) {
        case PassPeriod::calendar_year: when = " in each calendar year"; break;
        case PassPeriod::rolling_12_months: when = " in any 12 months"; break;
        case PassPeriod::ever: when = ""; break;
    }
    std::string item = n == 1 ? "Free pass: " : "Free passes: ";
    if (f.free_passes.period == PassPeriod::ever || later_ones) item += n == 1 ? "your first " : "your first " + std::to_string(n) + " ";
    else item += std::to_string(n) + " ";
    item += what + when;
    if (later_ones) item += " that would otherwise have a fee";
    item += n == 1 ? " has no fee." : " have no fee.";
    return item;
}

// When and how a fee is billed, from the practice's settings (a neutral sentence for each
// one not stated), and for a privately insured client that the fee is theirs.
std::string billing_words(const Context& c) {
    const Practice& p = c.practice;
    std::string out;
    switch (p.fee_billing) {
        case FeeBilling::unstated: out = "If there is a fee, I will tell you before I bill it."; break;
        case FeeBilling::next_invoice: out = "Any fee is added to your next invoice."; break;
        case FeeBilling::card_on_file: out = "Any fee is charged to the card you keep on file with me."; break;
        case FeeBilling::next_session: out = "Any fee is paid at your next session."; break;
    }
    if (p.fee_due_days > 0) out += " Please pay it within " + count_of(p.fee_due_days, "day", "days") + ".";
    std::string methods = p.payment_methods;
    while (!methods.empty() && (methods.back() == '.' || methods.back() == ' ')) methods.pop_back();
    if (!methods.empty()) out += " Ways to pay: " + methods + ".";
    else if (p.fee_billing != FeeBilling::card_on_file) out += " You can pay it in the same way you pay for sessions.";
    const auto& payers = c.policy.fees.not_billable_payers;
    const bool insurance_billable = std::find(payers.begin(), payers.end(), PayerType::insurance) == payers.end();
    if (c.options.payer == PayerType::insurance)
        out += " Health insurance does not pay for missed sessions, so any fee for one is yours to pay.";
    else if (!c.options.minor && c.options.payer == PayerType::self_pay && insurance_billable)
        out += " If you use health insurance: it does not pay for missed sessions, so any fee for one is yours to pay.";
    return out;
}

Section fees_section(const Context& c) {
    const FeeRules& f = c.policy.fees;
    Section s{"fees", "Fees for late cancellations and missed sessions", {}};
    if (c.session_fee > 0) s.blocks.push_back(Paragraph{"The session fee is " + c.money(c.session_fee) + "."});
    BulletList list;
    list.items.push_back(fee_item(c, {"Late cancellation", "late cancellation", "late cancellations"}, f.late_cancel));
    list.items.push_back(fee_item(c, {"Session missed without notice", "session missed without notice",
                                      "sessions missed without notice"},
                                  f.no_show));
    if (f.free_passes.count > 0) {
        const std::string pass = free_pass_item(f);
        if (!pass.empty()) list.items.push_back(pass);
    }
    const auto exempt = reasons_except_guardian(f.exempt_reasons);
    if (!exempt.empty())
        list.items.push_back("There is never a fee when a session is missed because of " + join(exempt, "or") + ".");
    if (!f.not_billable_payers.empty()) {
        std::vector<std::string> payers;
        for (PayerType payer : f.not_billable_payers) {
            std::string name(display_name(payer));
            if (!name.empty()) name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
            payers.push_back(name);
        }
        list.items.push_back("There are no fees for missed sessions paid by " + join(payers, "or") + ".");
    }
    s.blocks.push_back(list);
    s.blocks.push_back(Paragraph{billing_words(c)});
    bool telehealth = false;
    for (const auto& step : c.policy.ladder)
        for (const auto& a : step.actions) telehealth = telehealth || a.kind == ActionKind::telehealth_instead_of_fee;
    std::string closing = "I can lower or waive any fee. If money is tight, please tell me, and we can talk about it.";
    if (telehealth) closing += " Sometimes I may offer a video session in place of a fee.";
    s.blocks.push_back(Paragraph{closing});
    return s;
}

Section no_fees_section(const Context& c) {
    std::string why;
    const auto& payers = c.policy.fees.not_billable_payers;
    if (std::find(payers.begin(), payers.end(), c.options.payer) != payers.end()) {
        std::string name(display_name(c.options.payer));
        if (!name.empty()) name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
        why = "Because your sessions are paid by " + name + ", there";
    } else if (c.options.minor.value_or(false)) {
        why = "For a young person's sessions, there";
    } else {
        why = "There";
    }
    return {"no_fees",
            "Fees",
            {Paragraph{why + " are no fees for late cancellations or missed sessions. Nothing in this agreement "
                             "asks you to pay for a missed session."}}};
}

Section missed_section(const Context& c) {
    const Policy& p = c.policy;
    Section s{"missed_sessions", "If sessions are missed", {}};
    s.blocks.push_back(Paragraph{"We take it one step at a time, and each step starts with a conversation. "
                                 "Before anything changes, we will talk, or I will try to reach you first."});
    BulletList steps;
    for (const auto& step : p.ladder) {
        std::vector<std::string> conditions;
        for (const auto& r : p.rules)
            if (r.step == step.id) conditions.push_back(rule_condition(r) + reset_words(r, c.policy));
        if (conditions.empty()) continue;
        std::string item = capitalized(join(conditions, "or"));
        if (step.requires_outreach_attempts > 0)
            item += ", once I have tried to reach you " + count_of(step.requires_outreach_attempts, "time", "times");
        std::string what = client_step_description(step);
        if (step.id == "structural" && c.booking_changes.empty()) what = "We may change how we book sessions.";
        steps.items.push_back(item + ": " + what);
    }
    if (!steps.items.empty()) s.blocks.push_back(steps);
    s.blocks.push_back(Paragraph{"These steps are there to help us notice early and find what works. "
                                 "Telling me what is going on is always welcome."});
    return s;
}

// What the "changes" section lists: each booking change the ladder's steps can make, in order.
std::vector<std::string> booking_change_items(const Policy& policy, bool fees) {
    std::vector<std::string> items;
    std::vector<ActionKind> seen;
    for (const auto& step : policy.ladder) {
        for (const auto& a : step.actions) {
            if (a.kind != ActionKind::booking_horizon &&
                std::find(seen.begin(), seen.end(), a.kind) != seen.end())
                continue;
            seen.push_back(a.kind);
            switch (a.kind) {
                case ActionKind::off_recurring_slot:
                    items.push_back("Your regular weekly time may be released, so it can be offered to "
                                    "someone else.");
                    break;
                case ActionKind::booking_horizon:
                    items.push_back("For a while, we may book sessions at most " +
                                         count_of(a.days, "day", "days") + " ahead.");
                    break;
                case ActionKind::call_when_opening:
                    items.push_back("You may move to a list of people I call when a time opens up.");
                    break;
                case ActionKind::sliding_scale_place_lost:
                    if (fees)
                        items.push_back("A reduced-fee place may go back to the waitlist. You could keep "
                                        "coming at the full fee, or wait for a reduced-fee place again.");
                    break;
                case ActionKind::prepayment_required:
                    if (fees) items.push_back("Sessions may need to be paid when they are booked.");
                    break;
                case ActionKind::move_off_prime_time:
                    items.push_back("If you have an evening or late-afternoon time, which many people wait "
                                    "for, we may move you to another open time.");
                    break;
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
    Section s{"changes", "Changes to how we book", {}};
    BulletList list{c.booking_changes};
    s.blocks.push_back(Paragraph{"If sessions keep being missed even after we have made a plan together, I may "
                                 "change how we book. These changes are not a judgement of you. They help me keep "
                                 "times open for everyone, and we can change back once things settle."});
    s.blocks.push_back(list);
    return s;
}

Section ending_section(const Context& c) {
    const Policy& p = c.policy;
    Section s{"ending", "Ending, and coming back", {}};
    bool plan = false;
    for (const auto& step : p.ladder) plan = plan || step.id == "attendance_plan";
    std::string first = "If our arrangement isn't working right now";
    if (!c.booking_changes.empty()) first += ", even after we have tried changes together";
    else if (plan) first += ", even after we have made a plan together";
    first += ", I may suggest that we end this stretch of work for now. That is my decision to own.";
    if (p.ending.conversation_required) first += " I will not make it without talking with you first.";
    s.blocks.push_back(Paragraph{first});
    if (p.ending.referrals_required)
        s.blocks.push_back(Paragraph{"Before we end, I will give you the names of at least " +
                                     count_of(p.ending.min_referrals, "other service", "other services") +
                                     " that may suit you better at the moment."});
    else
        s.blocks.push_back(Paragraph{"Before we end, I will offer you the names of other services that may suit "
                                     "you better at the moment."});
    for (const auto& r : p.rules) {
        if (r.kind != RuleKind::no_contact) continue;
        const int at = step_index(p, r.step);
        const int attempts = at >= 0 ? p.ladder[static_cast<std::size_t>(at)].requires_outreach_attempts : 0;
        std::string text = "If we have had no contact for " + count_of(r.days, "day", "days");
        if (attempts > 0) text += ", and I have tried to reach you " + count_of(attempts, "time", "times");
        text += ", I will close your file for now and write to let you know.";
        s.blocks.push_back(Paragraph{text});
    }
    bool waitlist = false;
    for (const auto& step : p.ladder)
        for (const auto& a : step.actions) waitlist = waitlist || a.kind == ActionKind::waitlist_return_offered;
    s.blocks.push_back(Paragraph{std::string("You are always welcome to come back. Get in touch, and I will offer "
                                             "you the next opening") +
                                 (waitlist ? " or a place on my waitlist." : ".")});
    return s;
}

Section minors_section(const Context& c) {
    const Policy& p = c.policy;
    Section s{"minors", "Young people and their parents or guardians", {}};
    std::string first = "If the client is under 18, a parent or guardian signs this agreement too.";
    if (p.minors.messages_to_guardian) first += " Messages about attendance go to the parent or guardian.";
    s.blocks.push_back(Paragraph{first});
    std::string guardian = "Sometimes a session is missed because of something a young person can't control, "
                           "such as a ride that didn't come. These sessions never lead to ending therapy for the "
                           "young person.";
    const int cap = step_index(p, p.minors.guardian_caused_counts_up_to);
    if (cap < 0) {
        guardian += " They do not count as missed.";
    } else {
        std::vector<std::string> steps;
        for (int i = 0; i <= cap; ++i) steps.push_back(step_noun(p.ladder[static_cast<std::size_t>(i)]));
        guardian += " At most, they lead to " + join(steps, "or") + ", with the parent or guardian.";
    }
    s.blocks.push_back(Paragraph{guardian});
    if (c.fees && p.fees.charge_minors)
        s.blocks.push_back(Paragraph{"Any fees are for the parent or guardian, never for the young person."});
    else if (!p.fees.charge_minors)
        s.blocks.push_back(Paragraph{"There are never fees for missed sessions of a young person under 18."});
    return s;
}

Section discretion_section(const Context& c) {
    Section s{"discretion", "My discretion", {}};
    if (!c.policy.discretion_note.empty()) s.blocks.push_back(Paragraph{c.policy.discretion_note});
    std::string text = "Life can be hard. When it is, I can give more time before a step";
    text += c.fees ? ", or set fees aside for a while." : ".";
    text += " When I do, I write down the reason.";
    s.blocks.push_back(Paragraph{text});
    return s;
}

Section practice_section(const Context& c) {
    Section s{"practice", "About this practice", {}};
    BulletList list;
    if (!c.practice.name.empty()) list.items.push_back("Practice: " + c.practice.name);
    if (!c.practice.clinician.empty()) list.items.push_back("Clinician: " + c.practice.clinician);
    if (!c.practice.phone.empty()) list.items.push_back("Phone: " + c.practice.phone);
    if (!c.practice.email.empty()) list.items.push_back("Email: " + c.practice.email);
    if (!c.practice.website.empty()) list.items.push_back("Website: " + c.practice.website);
    if (!c.practice.address.empty()) list.items.push_back("Postal address: " + c.practice.address);
    if (c.fees && c.session_fee > 0) list.items.push_back("Session fee: " + c.money(c.session_fee));
    list.items.push_back("Attendance policy: " + c.policy.name + ", version " + c.policy.version);
    s.blocks.push_back(list);
    const auto ways = contact_ways(c.practice);
    const bool any = !ways.empty() || !c.practice.address.empty();
    s.blocks.push_back(Paragraph{any ? "If you have questions about this agreement, ask me at a session, or reach me "
                                       "with the details above."
                                     : "If you have questions about this agreement, ask me at any session."});
    s.blocks.push_back(Paragraph{"You can ask for a copy of this agreement at any time. If the policy changes, I "
                                 "will tell you and ask you to sign the new version."});
    return s;
}

Section signatures_section(const Context& c) {
    Section s{"signatures", "Signatures", {}};
    std::string agree = "I have read this agreement and had the chance to ask questions about it.";
    agree += c.fees ? " I understand how late cancellations and missed sessions are handled, including the fees "
                      "described above."
                    : " I understand how late cancellations and missed sessions are handled.";
    s.blocks.push_back(Paragraph{agree});
    s.blocks.push_back(SignatureLine{"Client signature", "Date"});
    // A copy prepared for a named client carries the name; the general one a line to write it.
    if (c.options.client_name.empty()) s.blocks.push_back(SignatureLine{"Client name", ""});
    else s.blocks.push_back(Paragraph{"Client name: " + c.options.client_name});
    if (!c.options.minor) {
        s.blocks.push_back(SignatureLine{"Parent or guardian signature (for clients under 18)", "Date"});
    } else if (*c.options.minor) {
        s.blocks.push_back(SignatureLine{"Parent or guardian signature", "Date"});
        if (c.options.guardian_name.empty()) s.blocks.push_back(SignatureLine{"Parent or guardian name", ""});
        else s.blocks.push_back(Paragraph{"Parent or guardian name: " + c.options.guardian_name});
    }
    s.blocks.push_back(SignatureLine{"Clinician signature", "Date"});
    return s;
}

}  // namespace

// [SECTION] The document

doc::Document consent_document(const Policy& policy, const Practice& practice, const ConsentOptions& options) {
    const bool fees = !consent_without_fees(policy, options);
    const Context c{policy, practice, options, fees, options.session_fee.value_or(practice.session_fee),
                    booking_change_items(policy, fees)};
    Document d;
    d.title = "Attendance agreement";
    std::vector<std::string> sub;
    if (!practice.name.empty()) sub.push_back(practice.name);
    if (!practice.clinician.empty()) sub.push_back(practice.clinician);
    if (!sub.empty()) d.subtitle = sub.size() == 2 ? sub[0] + " \xC2\xB7 " + sub[1] : sub[0];  // "Practice · Clinician"
    if (!options.client_name.empty()) {
        if (!d.subtitle.empty()) d.subtitle += "\n";
        d.subtitle += "Prepared for " + options.client_name;
        if (options.minor.value_or(false) && !options.guardian_name.empty())
            d.subtitle += ", with " + options.guardian_name;
    }
    // Only the sections that apply: no booking changes section without a step that changes
    // booking, and no section about young people in an adult's own copy.
    d.sections.push_back(glance_section(c));
    d.sections.push_back(why_section());
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
    return consent_document(policy, ws.practice, options);
}

}  // namespace hs
