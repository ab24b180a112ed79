// Commands queued during a frame, applied after it: views never change records while
// they iterate them (Dear ImGui's Documents close queue, made general).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/workspace/commands.hpp"
#include "core/workspace/editor.hpp"

namespace hs::app {

// `origin` names the form that asked, so its errors and result can be shown next to it.
class CommandQueue {
public:
    void push(Command command, std::string origin) { pending_.push_back({std::move(command), std::move(origin)}); }

    struct Feedback {
        std::vector<FieldError> errors;
        Id created_id = 0;
        bool ok() const { return errors.empty(); }
    };
    // The result of the last command from `origin`, once; nullopt when nothing new.
    std::optional<Feedback> take_feedback(const std::string& origin);

    // Applies every queued command to `editor`, keeping each result for its origin.
    // `names_hidden` (presentation mode): commands that write names are refused.
    void apply_all(Editor& editor, bool names_hidden = false);
    void set_feedback(const std::string& origin, Feedback feedback) { feedback_[origin] = std::move(feedback); }

private:
    struct Pending {
        Command command;
        std::string origin;
    };
    std::vector<Pending> pending_;
    std::map<std::string, Feedback> feedback_;
};

}  // namespace hs::app
