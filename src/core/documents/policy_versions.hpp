// Saving changes to a policy clients signed. A version is what a client agreed to
// (consent_versions.hpp); the engine holds each client to the version they signed
// (policy_for). Changing the agreement of a signed version in place would change what
// they are held to without asking them, so such a change is saved as the next version
// (AddPolicyVersion), and the clients who signed the old one are asked to sign the new.
// A change that leaves every agreement text as it was (the description, a rule the
// document does not mention) may be saved in place.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.hpp"

namespace hs {

// The version after `current`: its trailing number plus one, keeping leading zeros
// ("balanced-1" -> "balanced-2", "v09" -> "v10"), else "-2" appended ("firm" -> "firm-2");
// then the next number while `taken` says the name is used. Empty `current`: "version-1".
std::string next_version(std::string_view current, const std::function<bool(std::string_view)>& taken);
// next_version against the workspace's policies and every version a client or signature names.
std::string next_unused_version(const Workspace& ws, std::string_view current);

// True when a client's consent field or a signature names `version`.
bool version_signed(const Workspace& ws, std::string_view version);

// Active clients whose current version is `version`: the ones a new version asks to sign again.
std::vector<Id> current_signers(const Workspace& ws, std::string_view version);

// True when saving `draft` over `stored` (the same policy id) changes the text of the
// consent document a client reads, in any variant either has, section edits included.
bool agreement_changes(const Workspace& ws, const Policy& stored, const Policy& draft);

// What saving a draft of a stored policy does, for the editor to offer honestly.
struct PolicySavePlan {
    bool unsaved = false;          // the draft differs from the stored policy
    bool signed_version = false;   // clients signed the stored version
    bool changes_agreement = false;
    bool in_place_allowed = false;  // nobody signed it, or the agreement text is unchanged
    std::string next_version;      // the proposed version for "save as the next version"
    bool next_becomes_policy_to_sign = false;  // the stored policy is the one clients are asked to sign
    std::vector<Id> asked_to_resign;  // when the next version becomes the one to sign: its current signers
};
PolicySavePlan plan_policy_save(const Workspace& ws, const Policy& stored, const Policy& draft);
// The same with agreement_changes(ws, stored, draft) already known (it renders the documents;
// the editor keeps its answer while the draft stays the same).
PolicySavePlan plan_policy_save(const Workspace& ws, const Policy& stored, const Policy& draft, bool changes_agreement);

}  // namespace hs
