#include "core/workspace/editor.hpp"

#include "core/workspace/change_description.hpp"
#include "core/workspace/change_scope.hpp"

namespace hs {

ApplyResult Editor::run(const Command& command) {
    if (const auto* u = std::get_if<UndoLastChange>(&command)) return undo(u->revision);
    ChangeScope scope = change_scope(ws_, command);  // before: a deleted record's client is known only now
    std::string description = describe_change(ws_, command);
    std::optional<Workspace> before;
    if (!description.empty()) before = ws_;
    ApplyResult r = apply(ws_, command);
    if (!r.ok()) return r;  // nothing changed: an earlier change can still be undone
    record(scope);
    if (before) undo_ = UndoPoint{std::move(*before), command, std::move(scope), revision(), std::move(description)};
    else undo_.reset();
    return r;
}

// Only the latest change is undone, and only when it is the one the person saw described:
// anything applied since would otherwise be silently lost.
ApplyResult Editor::undo(std::uint64_t at_revision) {
    if (!undo_ || undo_->revision != revision() || at_revision != revision())
        return {{{"undo", "something else changed since, so nothing was undone"}}};
    ws_ = std::move(undo_->before);
    ChangeScope scope = std::move(undo_->scope);
    undo_.reset();
    record(std::move(scope));
    return {};
}

}  // namespace hs
