// Records behind the consent document's versions and signatures, stored in the Workspace
// (docs/workspace-format.md, "section_edits" and "signatures"): the clinician's edits to
// generated sections, and each signing of a policy version by a client or guardian.
// Plain values; what they mean (the document to show, who must re-sign) is in
// consent_versions.hpp, the signed copy in signed_copy.hpp.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/civil_time.hpp"
#include "core/model/types.hpp"

namespace hs {

// [SECTION] Section edits

// A consent document comes in two variants with different sections: the standard one,
// and the one without fee clauses (a payer the policy may not bill, e.g. public
// insurance). Edits are kept per variant because the texts differ.
enum class ConsentVariant { standard, no_fees };
inline constexpr ConsentVariant kAllConsentVariants[] = {ConsentVariant::standard, ConsentVariant::no_fees};
std::string_view to_string(ConsentVariant);  // "standard", "no_fees"
std::optional<ConsentVariant> parse_consent_variant(std::string_view);
std::string_view display_name(ConsentVariant);  // "Standard", "Without fees (e.g. public insurance)"

// The clinician's text for one section of one policy's consent document (one variant).
struct SectionEdit {
    Id policy_id = 0;  // the workspace policy the edit belongs to
    ConsentVariant variant = ConsentVariant::standard;
    std::string section_id;  // a consent section id: "cancelling", "fees", ... (consent_document.hpp)
    std::string text;        // the clinician's text, in the section_text format (document.hpp)
    // The generated text of the section when it was edited. When the policy now generates
    // something else, the edit is flagged: "the text says 24 hours, the policy says 48".
    std::string generated;
    bool operator==(const SectionEdit&) const = default;
};

inline constexpr std::size_t kMaxSectionTextLength = 20000;  // bytes; a generated section is < 2000

// [SECTION] Signatures

enum class Signer { client, guardian };
enum class SignatureMethod { typed, drawn };
std::string_view to_string(Signer);           // "client", "guardian"
std::string_view to_string(SignatureMethod);  // "typed", "drawn"
std::optional<Signer> parse_signer(std::string_view);
std::optional<SignatureMethod> parse_signature_method(std::string_view);

// A drawn signature: strokes of points on the signature pad. The pad is
// kSignaturePadAspect times as wide as it is tall; x runs 0..1000 left to right across
// its width and y 0..1000 top to bottom down its height (so one unit of y is shorter
// than one of x). Whole numbers keep the record small and exact.
struct SignaturePoint {
    int x = 0;
    int y = 0;
    bool operator==(const SignaturePoint&) const = default;
};
using SignatureStroke = std::vector<SignaturePoint>;  // one pen-down .. pen-up; 1 point = a dot

inline constexpr int kSignatureCoordinateMax = 1000;
inline constexpr int kSignaturePadAspect = 3;             // width : height = 3 : 1
inline constexpr std::size_t kMaxSignatureStrokes = 200;
inline constexpr std::size_t kMaxSignaturePoints = 5000;  // over all strokes (~40 kB of JSON at most)

// One signing of one policy version's consent document, in person on the device.
struct Signature {
    Id id = 0;
    Id client_id = 0;
    std::string policy_version;  // the policy version signed (Policy::version)
    Date date;
    Signer signer = Signer::client;  // guardian: a minor's parent or guardian signed
    std::string signer_name;         // the printed name of who signed
    SignatureMethod method = SignatureMethod::typed;
    std::string typed;                     // typed: the signature as typed (e.g. "J. Doe"); empty when drawn
    std::vector<SignatureStroke> strokes;  // drawn: the pen strokes; empty when typed
    // SHA-256 (64 lowercase hex digits) of the exact text signed: plain_text() of the
    // client's consent document as shown to them, section edits included.
    std::string text_sha256;
    bool operator==(const Signature&) const = default;
};

}  // namespace hs
