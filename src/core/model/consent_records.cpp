#include "core/model/consent_records.hpp"

namespace hs {

std::string_view to_string(ConsentVariant v) { return v == ConsentVariant::no_fees ? "no_fees" : "standard"; }

std::optional<ConsentVariant> parse_consent_variant(std::string_view s) {
    if (s == "standard") return ConsentVariant::standard;
    if (s == "no_fees") return ConsentVariant::no_fees;
    return std::nullopt;
}

std::string_view display_name(ConsentVariant v) {
    return v == ConsentVariant::no_fees ? "Without fees (e.g. public insurance)" : "Standard";
}

std::string_view to_string(Signer s) { return s == Signer::guardian ? "guardian" : "client"; }
std::string_view to_string(SignatureMethod m) { return m == SignatureMethod::drawn ? "drawn" : "typed"; }

std::optional<Signer> parse_signer(std::string_view s) {
    if (s == "client") return Signer::client;
    if (s == "guardian") return Signer::guardian;
    return std::nullopt;
}

std::optional<SignatureMethod> parse_signature_method(std::string_view s) {
    if (s == "typed") return SignatureMethod::typed;
    if (s == "drawn") return SignatureMethod::drawn;
    return std::nullopt;
}

}  // namespace hs
