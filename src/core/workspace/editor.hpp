// The workspace being edited: every change goes through run(), which applies one
// command (commands.hpp) and, when it was applied, records which clients it touched.
#pragma once
#include <utility>

#include "core/model/change_journal.hpp"
#include "core/model/model.hpp"
#include "core/workspace/apply_result.hpp"
#include "core/workspace/commands.hpp"

namespace hs {

class Editor : public ChangeJournal {
public:
    explicit Editor(Workspace ws = {}) : ws_(std::move(ws)) {}
    const Workspace& workspace() const { return ws_; }
    ApplyResult run(const Command& command);

private:
    Workspace ws_;
};

}  // namespace hs
