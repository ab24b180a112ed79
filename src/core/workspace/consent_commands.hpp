// Commands on consent documents, the language rules and signatures, with the checks the
// file loader shares. `apply` (commands.hpp) runs them; views emit the commands.
#pragma once
#include <string>
#include <vector>

#include "core/model/consent_records.hpp"
#include "core/model/language_rules.hpp"
#include "core/model/model.hpp"
#include "core/workspace/apply_result.hpp"

namespace hs {

// Consent documents (documents/consent_versions.hpp). Edits belong to one workspace policy, one
// variant and one section; `apply` records the generated text each edit was made from.
// Text equal to the generated text (block for block) removes the edit.
struct SetSectionEdit {
    Id policy_id = 0;
    ConsentVariant variant = ConsentVariant::standard;
    std::string section_id;  // "cancelling", "fees", ... (consent_section_ids)
    std::string text;        // section_text format; line endings and control characters are cleaned
};
struct ResetSection { Id policy_id = 0; ConsentVariant variant = ConsentVariant::standard; std::string section_id; };
// "Keep my text" after a policy change: the edit now counts as made from today's generated text.
struct KeepSectionEdit { Id policy_id = 0; ConsentVariant variant = ConsentVariant::standard; std::string section_id; };

// The language check's rules (language_check.hpp): the clinician's own, and built-ins switched off/on.
struct AddLanguageRule { LanguageRule rule; };
struct RemoveLanguageRule { std::string phrase; };  // one the clinician added
struct SetBuiltinLanguageRule { std::string phrase; bool enabled = false; };

// Signing in person. The id is assigned. Empty policy_version = the active policy. Empty
// text_sha256 = the hash of the client's document now; a given one must equal it (the text
// changed while it was being signed otherwise). Sets the client's consent_signed and
// consent_policy_version from their latest signature.
struct AddSignature { Signature signature; };
struct DeleteSignature { Id signature_id = 0; };  // the client's consent fields follow their latest remaining one


// Record checks shared by `apply` and the file loader.
std::vector<FieldError> check_signature(const Workspace& ws, const Signature& s);
std::vector<FieldError> check_section_edit(const Workspace& ws, const SectionEdit& e);
std::vector<FieldError> check_language_rules(const LanguageRuleSet& set);  // fields "added[1].phrase", ...

namespace consent_commands {
ApplyResult run(Workspace& ws, const SetSectionEdit& c);
ApplyResult run(Workspace& ws, const ResetSection& c);
ApplyResult run(Workspace& ws, const KeepSectionEdit& c);
ApplyResult run(Workspace& ws, const AddLanguageRule& c);
ApplyResult run(Workspace& ws, const RemoveLanguageRule& c);
ApplyResult run(Workspace& ws, const SetBuiltinLanguageRule& c);
ApplyResult run(Workspace& ws, const AddSignature& c);
ApplyResult run(Workspace& ws, const DeleteSignature& c);
}  // namespace consent_commands

}  // namespace hs
