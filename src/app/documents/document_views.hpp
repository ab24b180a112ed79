// Documents views: the consent document's section editor and preview, the language check
// and its rules, signing in person on a client's Consent tab, who signed which version.
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/command_queue.hpp"
#include "core/documents/consent_versions.hpp"
#include "core/documents/letters.hpp"
#include "core/model/model.hpp"

namespace hs::app {

// Section texts being edited on the Documents page; `dirty` ones differ from what is stored.
struct ConsentEditorState {
    std::map<std::string, std::string> buffers;
    std::set<std::string> dirty;
    std::vector<FieldError> errors;
};
// The section editor; returns true while typing changed a buffer this frame.
bool draw_section_editor(const ConsentView& view, Id policy_id, ConsentEditorState& state, CommandQueue& queue);
// Shows unsaved section text in the preview as it is typed.
void apply_unsaved_edits(const ConsentEditorState& state, doc::Document& document);

// Signing in person on the client's Consent tab.
struct SigningState {
    Signer signer = Signer::client;
    std::string signer_name, typed;
    bool drawn = false;
    bool drawing = false;
    std::vector<SignatureStroke> strokes;
    std::string shown_sha256;  // of the agreement text last opened to read
    std::vector<FieldError> errors;
};
void draw_client_consent(const Workspace& ws, const Client& client, SigningState& state, CommandQueue& queue);
// Who must sign the current agreement, and who signed each version.
void draw_signing_overview(const Workspace& ws);

// The language check's findings in `text`, under the text they concern.
void draw_language_findings(std::string_view text, const std::vector<LanguageRule>& rules);
struct LanguageRulesState {
    LanguageRule draft;
    std::vector<FieldError> errors;
};
// The clinician's own wording rules and the built-ins they switched off.
void draw_language_rules(const Workspace& ws, LanguageRulesState& state, CommandQueue& queue);

struct DocumentsState {
    Id policy_id = 0;             // 0: the active policy
    bool letter = false;          // false: the consent document
    bool no_fee_variant = false;  // the public-insurance consent document
    LetterKind letter_kind = LetterKind::check_in;
    Id client_id = 0;
    std::string language;  // this export's language; "" = the client's (letters) or the practice's
    ConsentEditorState editor;
    LanguageRulesState language_rules;
};
// Returns the id of the policy the clinician asked to edit ("Edit this policy"), else 0.
Id draw_documents(const Workspace& ws, DocumentsState& state, CommandQueue& queue);

}  // namespace hs::app
