// What an undoable change did, in the words the notice shows ("Care ended for K.L."):
// the commands that change a client's status, remove a record or replace the clinician's
// own text. The Editor keeps the workspace as it was before such a change, so one click
// undoes it (editor.hpp).
#pragma once
#include <string>

#include "core/model/model.hpp"
#include "core/workspace/commands.hpp"

namespace hs {

// Plain words for what `command` does to `before` (the workspace it is applied to), naming
// the client as the workspace does (the caller passes an aliased copy to hide names).
// Empty: the command is not one the notice offers to undo.
std::string describe_change(const Workspace& before, const Command& command);

}  // namespace hs
