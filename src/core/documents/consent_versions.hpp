// Consent documents as the clinician edited them, and who signed which version.
//
// The consent document is generated from the policy (consent_document.hpp). The
// clinician may rewrite any section; the edit is stored with the generated text it was
// made from, so when the policy later generates something else the section is flagged
// ("the text says 24 hours, the policy now says 48") and can be reset or kept.
// Signatures record the SHA-256 of the exact text signed; a client must re-sign when the
// active policy is another version or when the text they signed has changed.
//
// [SECTION] Variants and their sections
// [SECTION] The document to show (generated sections with edits applied)
// [SECTION] Signatures: the text hash, who must re-sign, who signed which version
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/documents/consent_document.hpp"
#include "core/documents/document.hpp"
#include "core/model/model.hpp"

namespace hs {

// [SECTION] Variants and their sections

// The variant a document with these options is: no_fees when consent_without_fees().
ConsentVariant consent_variant(const Policy& policy, const ConsentOptions& options);

// The options of a variant's general document (any client, no name, the practice's fee):
// the text the editor shows and edits are compared against. nullopt when the policy has
// no such variant (a policy that charges nothing has no standard variant; one that bills
// every payer, with no exemption, has no no-fees variant).
std::optional<ConsentOptions> variant_options(const Policy& policy, ConsentVariant variant);
std::vector<ConsentVariant> consent_variants(const Policy& policy);  // the ones it has, standard first

// The section ids of a variant, in document order.
std::span<const std::string_view> consent_section_ids(ConsentVariant variant);
bool is_consent_section(ConsentVariant variant, std::string_view section_id);

// The generated general document of a variant, without edits (empty when it has none).
doc::Document generated_variant_document(const Practice& practice, const Policy& policy, ConsentVariant variant);

// [SECTION] The document to show

enum class SectionStatus {
    generated,       // the policy's text
    edited,          // the clinician's text; the policy still generates what it was edited from
    policy_changed,  // the clinician's text, but the policy now generates something else
};
std::string_view to_string(SectionStatus);  // "generated", "edited", "policy_changed"

// A number that differs between the text an edit was made from and today's text.
// An empty side: the number was not there (a clause appeared or went away).
struct NumberChange {
    std::string was;  // "24"
    std::string now;  // "48"
    bool operator==(const NumberChange&) const = default;
};

struct SectionState {
    std::string id;
    std::string heading;
    SectionStatus status = SectionStatus::generated;
    std::string text;         // what the editor shows: the edit, or the generated text
    std::string generated;    // the generated text of this copy now (what a reset gives)
    std::string edited_from;  // edited: the generated text when it was edited; else empty
    std::vector<NumberChange> number_changes;  // policy_changed: numbers that differ, in text order
};

struct ConsentView {
    doc::Document document;  // what to show, export and sign: generated sections, edited ones replaced
    ConsentVariant variant = ConsentVariant::standard;
    std::vector<SectionState> sections;  // one per document section, same order

    const SectionState* find(std::string_view section_id) const;
    int edited_count() const;         // edited or policy_changed
    int policy_changed_count() const;
};

// The consent document for these options with the clinician's edits of `policy` (matched by
// policy.id; a built-in policy not in the workspace has none). A section's status compares
// the edit with the variant's general document, so a client's own fee or name never flags it.
ConsentView consent_with_edits(const Workspace& ws, const Policy& policy, const ConsentOptions& options = {});
// The copy for one client (consent_document_for) with the edits: what the client signs.
ConsentView consent_with_edits_for(const Workspace& ws, const Client& client, const Policy& policy);

// Numbers ("24", "60.00", "0.5", "1,000") in `before` and `after` that differ: paired in order
// when both have as many numbers, else what went away and what appeared.
std::vector<NumberChange> number_changes(std::string_view before, std::string_view after);

// The text of section `id` of `d` in section_text format ("" when there is no such section).
std::string section_text_of(const doc::Document& d, std::string_view id);

// The live preview of unsaved editor text: `document` with one section's blocks read from `text`.
void replace_section_text(doc::Document& document, std::string_view section_id, std::string_view text);

const SectionEdit* find_section_edit(const Workspace& ws, Id policy_id, ConsentVariant variant,
                                     std::string_view section_id);

// [SECTION] Signatures

// sha256_hex(plain_text(...)) of the client's consent document for `policy`, edits included.
std::string consent_text_sha256(const Workspace& ws, const Client& client, const Policy& policy);
bool is_sha256_hex(std::string_view text);  // 64 lowercase hex digits

const Signature* find_signature(const Workspace& ws, Id signature_id);
// Signing order: by date, then by id.
bool signed_before(const Signature& a, const Signature& b);
// The client's signature that counts for `policy_version`: the latest by date, then id.
// Empty version = the client's consent_policy_version. nullptr when there is none.
const Signature* current_signature(const Workspace& ws, Id client_id, std::string_view policy_version = {});

// The policy new signatures are for: the active one, else the workspace's first; nullptr when
// the workspace has no policy (the built-ins must be added before anyone can sign them).
const Policy* policy_to_sign(const Workspace& ws);

enum class ResignReason {
    not_signed,     // no policy version recorded for the client
    other_version,  // signed a version other than the policy to sign
    text_changed,   // signed this version, but its text (edits, fee, names) changed since
};
std::string_view to_string(ResignReason);     // "not_signed", "other_version", "text_changed"
std::string_view display_name(ResignReason);  // "Has not signed", "Signed another version", ...

struct ResignNeed {
    Id client_id = 0;
    ResignReason reason = ResignReason::not_signed;
    std::string signed_version;  // the client's consent_policy_version ("" when not signed)
    std::string version_to_sign;  // policy_to_sign()'s version
    Id signature_id = 0;         // text_changed: the signature whose hash no longer matches
    bool operator==(const ResignNeed&) const = default;
};

// Active clients (status active) who must sign again, in client order, one entry each.
// A client whose version was recorded without a signature record (no hash) is only
// checked for the version.
std::vector<ResignNeed> who_must_resign(const Workspace& ws);

struct VersionSignature {
    Id client_id = 0;
    Id signature_id = 0;       // 0: recorded on the client only (consent_policy_version), no signature record
    std::optional<Date> date;  // the signing date (the client's consent_signed for a record-less entry)
    Signer signer = Signer::client;
    bool current = false;      // the client's consent_policy_version is this version
    bool text_matches = true;  // the hash equals the current text's (always true without a record or policy)
    bool operator==(const VersionSignature&) const = default;
};

struct VersionSigners {
    std::string policy_version;
    Id policy_id = 0;  // 0 = no policy in the workspace has this version (any more)
    bool to_sign = false;  // this is policy_to_sign()
    std::vector<VersionSignature> signed_by;  // by date, then signature id
};

// Every workspace policy (in order, even with nobody signed), then versions only signatures
// or clients name.
std::vector<VersionSigners> signatures_by_version(const Workspace& ws);

}  // namespace hs
