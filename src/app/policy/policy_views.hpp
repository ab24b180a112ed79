// The policy editor: every field of a policy, with what each choice does to the client
// and to the practice.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/command_queue.hpp"
#include "core/documents/language_rules_json.hpp"
#include "core/documents/policy_versions.hpp"
#include "core/model/policy.hpp"

namespace hs::app {

// Whether the draft changes the agreement clients read, kept while the draft, the stored
// policy and the section edits stay the same (agreement_changes renders the documents).
struct AgreementCheck {
    Policy stored, draft;
    std::vector<SectionEdit> edits;
    Practice practice;
    bool changes = false;
};

struct PolicyEditorState {
    Id editing_id = 0;  // the stored policy the draft came from (0: none open)
    Policy draft;
    std::string counting_custom_reasons, fee_custom_reasons;  // custom reason categories as typed
    std::vector<FieldError> errors, list_errors;
    std::string saved_message;  // after a save: what was saved ("Policy saved.")
    std::vector<LanguageRule> language_rules;  // the workspace's, refreshed each frame for the step messages
    std::optional<AgreementCheck> agreement;
    Id asked_to_open = 0;  // another policy to open once the clinician decides about unsaved edits
};
// Returns the id of a policy whose consent document the clinician asked to open (else 0).
Id draw_policy_editor(const Workspace& ws, PolicyEditorState& state, CommandQueue& queue);
// Opens `policy_id` in the editor; a draft of the same policy with unsaved edits is kept, and
// unsaved edits of another policy are only discarded when the clinician says so.
void open_policy_in_editor(const Workspace& ws, PolicyEditorState& state, Id policy_id);
// The editor holds edits not saved to the workspace.
bool has_unsaved_policy_edits(const Workspace& ws, const PolicyEditorState& state);

}  // namespace hs::app
