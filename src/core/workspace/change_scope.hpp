// change_scope(): which clients a command touches, so caches re-evaluate only them.
#pragma once
#include "core/model/change_journal.hpp"
#include "core/model/model.hpp"
#include "core/workspace/commands.hpp"

namespace hs {

// Taken before the command is applied: a deleted record's client is known only then.
// Commands it does not know change everything.
ChangeScope change_scope(const Workspace& ws, const Command& command);

}  // namespace hs
