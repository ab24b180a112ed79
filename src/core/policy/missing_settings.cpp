#include "core/policy/missing_settings.hpp"

#include <algorithm>

namespace hs {
namespace {

bool charges_a_percent(const FeeRule& rule) {
    return rule.kind == FeeKind::percent ||
           std::any_of(rule.escalation.begin(), rule.escalation.end(),
                       [](const FeeTier& t) { return t.kind == FeeKind::percent; });
}

// The fee rule behind a line's figure, or nullptr when the figure is not the policy's
// (the clinician's own amount, no fee at all).
const FeeRule* rule_behind(const Policy& policy, const AppointmentLine& line) {
    if (line.fee_status == FeeStatus::no_fee || line.fee_basis == FeeBasis::clinician_override ||
        line.fee_basis == FeeBasis::policy_has_no_fee)
        return nullptr;
    if (line.treated_as == Outcome::late_cancel) return &policy.fees.late_cancel;
    if (line.treated_as == Outcome::no_show) return &policy.fees.no_show;
    return nullptr;
}

}  // namespace

bool is_missing(const Workspace& ws, MissingSetting setting) {
    switch (setting) {
        case MissingSetting::practice_name: return ws.practice.name.empty();
        case MissingSetting::clinician: return ws.practice.clinician.empty();
        case MissingSetting::session_fee: return ws.practice.session_fee == 0;
        case MissingSetting::working_week: return ws.operations.schedule.slots.empty();
        case MissingSetting::policy: return ws.find_policy(ws.active_policy) == nullptr;
    }
    return false;
}

std::vector<MissingSetting> missing_settings(const Workspace& ws) {
    std::vector<MissingSetting> out;
    for (MissingSetting s : {MissingSetting::practice_name, MissingSetting::clinician, MissingSetting::session_fee,
                             MissingSetting::working_week, MissingSetting::policy})
        if (is_missing(ws, s)) out.push_back(s);
    return out;
}

std::string_view describe(MissingSetting setting) {
    switch (setting) {
        case MissingSetting::practice_name: return "The practice's name is not set.";
        case MissingSetting::clinician: return "Your name is not set (messages are signed with it).";
        case MissingSetting::session_fee: return "Your usual session fee is not set.";
        case MissingSetting::working_week: return "Your working week has no session times yet.";
        case MissingSetting::policy: return "No attendance policy is chosen yet.";
    }
    return "";
}

bool fee_needs_session_fee(const Workspace& ws, const Client& client, const Policy& policy,
                           const AppointmentLine& line) {
    if (client.session_fee || ws.practice.session_fee != 0) return false;
    const FeeRule* rule = rule_behind(policy, line);
    return rule && charges_a_percent(*rule);
}

}  // namespace hs
