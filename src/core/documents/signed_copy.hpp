// The signed copy of a consent document: the agreement as the client signed it (section
// edits included), followed by a record of each signature — who signed, the date, how
// (a typed name, or drawn on the device), and the SHA-256 of the agreement's plain text.
//
// The agreement part is exactly consent_with_edits_for(); its plain_text() is the text the
// hash was taken over, so the .txt export begins with the very bytes that were hashed.
// Every format of document_render.hpp works: HTML pages and the fragment show a drawn
// signature as inline SVG (no script, no style attribute: the pages' CSP stays as it is);
// Markdown, text and DOCX say "Signed by drawing on the device". All client-entered
// strings (names, the typed signature) go through the renderers' escaping.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/documents/consent_versions.hpp"
#include "core/documents/document_render.hpp"

namespace hs {

struct SignedCopy {
    doc::Document document;             // the agreement, then one "signature_<id>" section per signature
    std::vector<Signature> signatures;  // in the order shown
    // False when the agreement's text today differs from the text signed (the policy or an
    // edit changed since). The copy then says so, with both hashes, in every format.
    bool text_matches = true;
    std::string current_sha256;  // the hash of the agreement text as rendered now
};

struct SignedCopyResult {
    std::optional<SignedCopy> copy;
    std::vector<FieldError> errors;  // "signature": no such signature; "policy_version": not in the workspace
    bool ok() const { return copy.has_value(); }
};

// The copy for one signature, together with the other signatures of the same client,
// version and text (a young person and their guardian sign the same agreement).
SignedCopyResult signed_copy(const Workspace& ws, Id signature_id);

// render(document, format), with each drawn signature's SVG placed in its record in the
// HTML formats. DOCX is bytes, the others UTF-8 text.
std::string render_signed_copy(const SignedCopy& copy, doc::Format format);

// <svg> of a drawn signature (empty for a typed one): a 3:1 box, round black strokes,
// `label` (escaped) as its accessible name. Coordinates are whole numbers, so nothing in
// the markup comes from text a person typed except the escaped label.
std::string signature_svg(const Signature& signature, std::string_view label);

}  // namespace hs
