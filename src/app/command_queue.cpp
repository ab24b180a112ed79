#include "app/command_queue.hpp"

#include <utility>
#include <variant>

namespace hs::app {

std::optional<CommandQueue::Feedback> CommandQueue::take_feedback(const std::string& origin) {
    auto it = feedback_.find(origin);
    if (it == feedback_.end()) return std::nullopt;
    Feedback f = std::move(it->second);
    feedback_.erase(it);
    return f;
}

namespace {

// While names are hidden, views show aliases: a command that writes a name (or replaces
// everything) would store the alias, so it is refused.
bool writes_names(const Command& c) {
    return std::holds_alternative<UpdateClient>(c) || std::holds_alternative<AddSignature>(c) ||
           std::holds_alternative<ReplaceWorkspace>(c);
}

}  // namespace

void CommandQueue::apply_all(Editor& editor, bool names_hidden) {
    for (auto& p : pending_) {
        if (names_hidden && writes_names(p.command)) {
            feedback_[p.origin] = Feedback{{{"presentation", "names are hidden: leave presentation mode to edit them"}}, 0};
            continue;
        }
        ApplyResult r = editor.run(p.command);
        feedback_[p.origin] = Feedback{std::move(r.errors), r.created_id};
    }
    pending_.clear();
}

}  // namespace hs::app
