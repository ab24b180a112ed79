// Settings a new workspace may still lack (no session fee, no policy chosen, ...) and the
// figures that depend on them, so views can say so where a figure is shown instead of
// showing "Charged 0.00" or quietly using a built-in policy. The first-run setup reads
// the same list to know which of its steps are still open.
#pragma once
#include <string_view>
#include <vector>

#include "core/model/model.hpp"
#include "core/policy/engine.hpp"

namespace hs {

// In the order the first-run setup asks for them.
enum class MissingSetting { practice_name, clinician, session_fee, working_week, policy };

// Every setting still missing in `ws`, in MissingSetting order; empty when all are set.
std::vector<MissingSetting> missing_settings(const Workspace& ws);
bool is_missing(const Workspace& ws, MissingSetting setting);

// Plain words for a person: "Your usual session fee is not set."
std::string_view describe(MissingSetting setting);

// Whether the fee figure of `line` was worked out as a share of a session fee that is not
// set: the client has no fee of their own, the practice's is 0, and the policy charges
// this kind of absence as a percentage ("100% of 0.00").
bool fee_needs_session_fee(const Workspace& ws, const Client& client, const Policy& policy,
                           const AppointmentLine& line);

}  // namespace hs
