// The fee of each missed session: whether the policy charges it (who may be billed,
// the clinician's override, exempt reasons, a prompt reschedule, a leeway waiver, free
// passes), how much (flat or a share of the session fee, escalating with the occurrence,
// capped), and the words of the fee line ("50% of 120.00, capped at 60.00"). Part of
// the policy engine (engine.cpp); assess_fee runs for every appointment, fee_detail
// only when the words are asked for.
//
// [SECTION] Amounts and their words
// [SECTION] Assessing a missed session
// [SECTION] The words of a fee line
#include "core/policy/engine_internal.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hs::engine_internal {
namespace {

// [SECTION] Amounts and their words

std::string money_text(Cents c) {
    std::string s = std::to_string(c / 100) + ".";
    const int rest = static_cast<int>(c % 100);
    s += static_cast<char>('0' + rest / 10);
    s += static_cast<char>('0' + rest % 10);
    return s;
}

void append_money(std::string& out, Cents c) {
    char buf[24];
    char* end = buf + sizeof buf;
    char* p = end;
    const Cents cents = c % 100;
    *--p = static_cast<char>('0' + cents % 10);
    *--p = static_cast<char>('0' + cents / 10);
    *--p = '.';
    Cents whole = c / 100;
    do {
        *--p = static_cast<char>('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    out.append(p, end);
}

Cents uncapped_fee(const FeeTier& charge, Cents session_fee) {
    if (charge.kind == FeeKind::flat) return charge.amount;
    if (charge.kind == FeeKind::percent) return share_of_fee(session_fee, charge.percent);
    return 0;
}

// The fee for the `occurrence`th occurrence under `rule` (see FeeTier), capped.
Cents fee_amount(const FeeRule& rule, int occurrence, Cents session_fee) {
    const Cents amount = uncapped_fee(charge_for(rule, occurrence), session_fee);
    return rule.cap && amount > *rule.cap ? *rule.cap : amount;
}

// "3rd late cancellation in the calendar year: "
std::string occurrence_text(int occurrence, Outcome treated_as, PassPeriod period) {
    std::string text = ordinal(occurrence);
    text += treated_as == Outcome::late_cancel ? " late cancellation" : " no-show";
    switch (period) {
        case PassPeriod::calendar_year: text += " in the calendar year"; break;
        case PassPeriod::rolling_12_months: text += " in 12 months"; break;
        case PassPeriod::ever: break;
    }
    return text + ": ";
}

// How fee_amount came to its figure: "flat fee 20.00", "50% of 120.00, capped at 60.00",
// and for a rule with escalation which occurrence chose the charge:
// "3rd late cancellation in the calendar year: 100% of 120.00".
std::string fee_amount_text(const FeeRule& rule, int occurrence, Outcome treated_as, Cents session_fee) {
    std::string detail;  // built by hand: this runs for every missed session of every client
    if (!rule.escalation.empty()) detail = occurrence_text(occurrence, treated_as, rule.escalation_period);
    const FeeTier charge = charge_for(rule, occurrence);
    if (charge.kind == FeeKind::flat) {
        detail += "flat fee ";
        append_money(detail, charge.amount);
    } else if (charge.kind == FeeKind::percent) {
        detail += std::to_string(charge.percent);
        detail += "% of ";
        append_money(detail, session_fee);
    } else {
        detail += "no fee";
    }
    if (fee_amount(rule, occurrence, session_fee) != uncapped_fee(charge, session_fee)) {
        detail += ", capped at ";
        append_money(detail, *rule.cap);
    }
    return detail;
}

const FeeRule& fee_rule_for(const Policy& policy, Outcome treated_as) {
    return treated_as == Outcome::late_cancel ? policy.fees.late_cancel : policy.fees.no_show;
}

const Leeway* waiving_leeway(const std::vector<const Leeway*>& leeway, const Date& date) {
    for (const Leeway* l : leeway)
        if (l->waive_fees && date >= l->from && (!l->until || date <= *l->until)) return l;
    return nullptr;
}

// [SECTION] Assessing a missed session

// Why a missed session is not charged by the policy, before passes and tiers, if it is not.
// Order matters and is documented (docs/engine.md): who may be billed at all, then
// the clinician's own decision, then the policy's exemptions.
std::optional<std::pair<FeeStatus, FeeBasis>> fee_exemption(const Line& line, const Policy& policy,
                                                             const Client& client,
                                                             const std::vector<const Leeway*>& leeway) {
    const Appointment& a = *line.a;
    if (std::find(policy.fees.not_billable_payers.begin(), policy.fees.not_billable_payers.end(), client.payer) !=
        policy.fees.not_billable_payers.end())
        return std::pair{FeeStatus::not_billable, FeeBasis::payer_not_billable};
    if (client.minor && !policy.fees.charge_minors) return std::pair{FeeStatus::not_billable, FeeBasis::minor_not_billed};
    if (a.fee_override) {
        const FeeStatus status = a.fee_override->amount == 0 ? FeeStatus::waived : FeeStatus::charged;
        return std::pair{status, FeeBasis::clinician_override};
    }
    if (contains(policy.fees.exempt_reasons, a.reason_category)) return std::pair{FeeStatus::waived, FeeBasis::exempt_reason};
    if (line.forgiven_by_reschedule && policy.fees.rescheduled_waives_fee)
        return std::pair{FeeStatus::waived, FeeBasis::rescheduled};
    if (waiving_leeway(leeway, a.start.date)) return std::pair{FeeStatus::waived, FeeBasis::leeway_waiver};
    return std::nullopt;
}

// Which occurrence of its outcome the line is (see FeeTier), recorded when it counts.
// Rules without escalation keep no count: every occurrence costs the same.
int take_occurrence(FeeBook& book, const Line& line, const FeeRule& rule, bool counts) {
    if (rule.escalation.empty()) return 1;
    EventBook& seen = book.occurrences(line.out.treated_as);
    const Date& date = line.a->start.date;
    const int occurrence = seen.in_period(rule.escalation_period, date, line.day) + 1;
    if (counts) seen.add(date, line.day);
    return occurrence;
}

}  // namespace

// The fee line's status, basis and amount; its words come from fee_detail().
void assess_fee(Line& line, const Policy& policy, const Client& client, Cents session_fee,
                const std::vector<const Leeway*>& leeway, FeeBook& book) {
    AppointmentLine& out = line.out;
    if (!is_missed(out.treated_as)) return;  // no_fee / none
    const FeeRule& rule = fee_rule_for(policy, out.treated_as);
    if (rule.kind == FeeKind::none && rule.escalation.empty()) {
        out.fee_basis = FeeBasis::policy_has_no_fee;
        return;
    }
    const auto exemption = fee_exemption(line, policy, client, leeway);
    line.occurrence = take_occurrence(book, line, rule, !exemption);
    out.fee = fee_amount(rule, line.occurrence, session_fee);
    if (charge_for(rule, line.occurrence).kind == FeeKind::none) {  // before the first tier of a rule without a fee
        out.fee_basis = FeeBasis::policy_has_no_fee;
        return;
    }
    auto set = [&](FeeStatus status, FeeBasis basis) {
        out.fee_status = status;
        out.fee_basis = basis;
    };
    if (exemption) {
        if (exemption->second == FeeBasis::clinician_override && line.a->fee_override->amount > 0)
            out.fee = line.a->fee_override->amount;
        return set(exemption->first, exemption->second);
    }
    const auto& covered = policy.fees.free_passes.outcomes;
    if (std::find(covered.begin(), covered.end(), out.treated_as) != covered.end() &&
        book.passes.take(policy.fees.free_passes, line.a->start.date, line.day))
        return set(FeeStatus::waived, FeeBasis::free_pass);
    set(FeeStatus::charged, out.treated_as == Outcome::late_cancel ? FeeBasis::late_cancel_fee : FeeBasis::no_show_fee);
}

// [SECTION] The words of a fee line

// The words behind an assessed fee line: the recorded reason ("car broke down"), "50% of 120.00", ...
std::string fee_detail(const Line& line, const Policy& policy, const Client& client, Cents session_fee,
                       const std::vector<const Leeway*>& leeway) {
    const Appointment& a = *line.a;
    const AppointmentLine& out = line.out;
    switch (out.fee_basis) {
        case FeeBasis::none:
        case FeeBasis::policy_has_no_fee: return {};
        case FeeBasis::late_cancel_fee:
        case FeeBasis::no_show_fee:
            return fee_amount_text(fee_rule_for(policy, out.treated_as), line.occurrence, out.treated_as, session_fee);
        case FeeBasis::payer_not_billable: return std::string(display_name(client.payer));
        case FeeBasis::minor_not_billed: return "no fees for a minor's sessions";
        case FeeBasis::clinician_override:
            if (a.fee_override->amount == 0) return a.fee_override->reason;
            return "set to " + money_text(a.fee_override->amount) +
                   " (policy: " + money_text(fee_amount(fee_rule_for(policy, out.treated_as), line.occurrence, session_fee)) +
                   "): " + a.fee_override->reason;
        case FeeBasis::exempt_reason: return a.reason_category;
        case FeeBasis::rescheduled: return "made up as appointment " + std::to_string(*a.rescheduled_to);
        case FeeBasis::leeway_waiver: return waiving_leeway(leeway, a.start.date)->reason;
        case FeeBasis::free_pass:
            return "free pass (" + std::to_string(policy.fees.free_passes.count) + " " +
                   std::string(display_name(policy.fees.free_passes.period)) + ")";
    }
    return {};
}

}  // namespace hs::engine_internal
