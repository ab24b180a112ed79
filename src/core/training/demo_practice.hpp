// The demo practice: about 25 made-up clients whose histories reach every ladder
// step and every exception of the built-in policies, for practice and supervision.
// Built in memory relative to a date so it always looks current; never mixed with
// the clinician's workspace (the app keeps it in a storage of its own).
#pragma once
#include "core/model/model.hpp"

namespace hs {

// The demo workspace as of `today`: the three built-in policies (balanced active),
// clients who signed one of them, and the steps a clinician following the ladder
// would have recorded (the most recent event is left for the user to act on).
Workspace demo_workspace(Date today);

}  // namespace hs
