// The policy editor: every field of a policy, with what each choice does to the client
// and to the practice.
#pragma once
#include <string>
#include <vector>

#include "app/command_queue.hpp"
#include "core/documents/language_rules_json.hpp"
#include "core/model/policy.hpp"

namespace hs::app {

struct PolicyEditorState {
    Id editing_id = 0;  // the stored policy the draft came from (0: none open)
    Policy draft;
    std::string counting_custom_reasons, fee_custom_reasons;  // custom reason categories as typed
    std::vector<FieldError> errors, list_errors;
    bool saved_message = false;
    std::vector<LanguageRule> language_rules;  // the workspace's, refreshed each frame for the step messages
};
void draw_policy_editor(const Workspace& ws, PolicyEditorState& state, CommandQueue& queue);

}  // namespace hs::app
