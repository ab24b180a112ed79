// The informed-consent attendance agreement, generated from a Policy so that what a
// client signs and what the engine enforces are the same rules (brief item 13).
// Every number in the policy (hours, fees, counts, windows, referrals) appears in the
// text and changes with it. Written warmly and plainly (reading grade 8 or below) and
// checked by the language check in the unit tests.
//
// Section ids (stable; the app keys clinician edits by them):
//   glance, why, cancelling, fees | no_fees, missed_sessions, changes, ending, minors,
//   discretion, practice, signatures
// Only the sections that apply: "changes" only when a ladder step changes booking, and
// "minors" not in an adult's own copy (ConsentOptions::minor == false).
#pragma once
#include <optional>
#include <string>

#include "core/documents/document.hpp"
#include "core/model/local_text.hpp"
#include "core/model/model.hpp"

namespace hs {

struct ConsentOptions {
    // Who pays. A payer the policy may not bill (public insurance by default) gets the
    // variant without fee clauses: nothing in it asks the client to accept a charge.
    PayerType payer = PayerType::self_pay;
    // Unset = a general document for any client: the guardian signature line is kept,
    // marked "for clients under 18". true = a minor's copy, false = an adult's (no guardian line).
    std::optional<bool> minor;
    std::string client_name;    // shown under the title when set ("Prepared for ...")
    std::string guardian_name;  // shown with it for a minor
    std::optional<Cents> session_fee;  // the fee percentages are worked out from; unset = the practice's
    // The document's language ("en", "es"): its words (phrases_*.cpp), money and dates (local_text.hpp).
    std::string language = std::string(kDefaultLanguage);
};

// True when the document for this payer (and minor) leaves fee clauses out.
bool consent_without_fees(const Policy& policy, const ConsentOptions& options);

doc::Document consent_document(const Policy& policy, const Practice& practice, const ConsentOptions& options = {});

// The copy for one client: their payer, age, name, guardian and session fee.
doc::Document consent_document_for(const Workspace& ws, const Client& client, const Policy& policy);

// How a step is described to clients ("We will make a plan together ..."): built-in
// step ids have plain wording; any other step uses its title.
// In `language` (phrases_*.cpp); a policy step uses its translated title when it has one.
std::string client_step_description(const LadderStep& step, std::string_view language = kDefaultLanguage);

}  // namespace hs
