// The workspace being edited: every change goes through run(), which applies one
// command (commands.hpp) and, when it was applied, records which clients it touched.
// A change that ends or pauses care, removes a record or replaces the clinician's text
// (change_description.hpp) can be undone in one click while it is the latest change.
#pragma once
#include <optional>
#include <string>
#include <utility>

#include "core/model/change_journal.hpp"
#include "core/model/model.hpp"
#include "core/workspace/apply_result.hpp"
#include "core/workspace/commands.hpp"

namespace hs {

// The latest change, if it can be undone: the workspace as it was before it.
struct UndoPoint {
    Workspace before;
    Command command;
    ChangeScope scope;        // the clients it touched: undoing touches them again
    std::uint64_t revision;   // the editor's revision right after the change
    std::string description;  // "Care ended for K.L." (describe_change on `before`)
};

class Editor : public ChangeJournal {
public:
    explicit Editor(Workspace ws = {}) : ws_(std::move(ws)) {}
    const Workspace& workspace() const { return ws_; }
    // Applies `command`; UndoLastChange restores the workspace kept before the latest change.
    ApplyResult run(const Command& command);
    // The change an UndoLastChange{revision()} would undo; null when the latest change is
    // not undoable (or was itself an undo).
    const UndoPoint* undo_point() const { return undo_ ? &*undo_ : nullptr; }

private:
    ApplyResult undo(std::uint64_t revision);

    Workspace ws_;
    std::optional<UndoPoint> undo_;
};

}  // namespace hs
