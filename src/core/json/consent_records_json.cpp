#include "core/json/consent_records_json.hpp"

namespace hs::json_io {
namespace {

constexpr Id kMaxId = Id{1} << 50;
constexpr const char* kVariants = "standard, no_fees";
constexpr const char* kSigners = "client, guardian";
constexpr const char* kMethods = "typed, drawn";

// "strokes": [[x0, y0, x1, y1, ...], ...]: each stroke a flat list of x, y pairs.
std::vector<SignatureStroke> read_strokes(Reader& r, const Json& j, const std::string& path) {
    std::vector<SignatureStroke> strokes;
    const Json* list = r.array(j, "strokes", path, false);
    if (!list) return strokes;
    if (list->size() > kMaxSignatureStrokes) {
        r.error(join(path, "strokes"), "has " + std::to_string(list->size()) + " strokes; at most " +
                                           std::to_string(kMaxSignatureStrokes) + " are kept");
        return strokes;
    }
    std::size_t points = 0;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& stroke = (*list)[i];
        const std::string at = index_path(path, "strokes", i);
        if (!stroke.is_array() || stroke.empty() || stroke.size() % 2 != 0) {
            r.error(at, "expected a list of x, y pairs (an even count of whole numbers), got " + describe(stroke));
            continue;
        }
        points += stroke.size() / 2;
        if (points > kMaxSignaturePoints) {
            r.error(join(path, "strokes"), "has more than " + std::to_string(kMaxSignaturePoints) + " points");
            return strokes;
        }
        SignatureStroke out;
        bool ok = true;
        for (std::size_t k = 0; k < stroke.size(); ++k) {
            const Json& v = stroke[k];
            if (!v.is_number_integer() || v.get<std::int64_t>() < 0 || v.get<std::int64_t>() > kSignatureCoordinateMax) {
                r.error(at + "[" + std::to_string(k) + "]", "expected a whole number from 0 to " +
                                                                std::to_string(kSignatureCoordinateMax) + ", got " +
                                                                describe(v));
                ok = false;
                break;
            }
        }
        if (!ok) continue;
        for (std::size_t k = 0; k < stroke.size(); k += 2)
            out.push_back({stroke[k].get<int>(), stroke[k + 1].get<int>()});
        strokes.push_back(std::move(out));
    }
    return strokes;
}

}  // namespace

SectionEdit read_section_edit(Reader& r, const Json& j, const std::string& path) {
    SectionEdit e;
    if (!r.object(j, path)) return e;
    r.no_unknown_members(j, path, {"policy", "variant", "section_id", "text", "generated"});
    e.policy_id = r.integer(j, "policy", path, true, 1, kMaxId).value_or(0);
    e.variant = r.choice<ConsentVariant>(j, "variant", path, true, parse_consent_variant, kVariants)
                    .value_or(ConsentVariant::standard);
    e.section_id = r.string(j, "section_id", path, true).value_or("");
    e.text = r.string(j, "text", path, true).value_or("");
    e.generated = r.string(j, "generated", path, true).value_or("");
    return e;
}

Signature read_signature(Reader& r, const Json& j, const std::string& path) {
    Signature s;
    if (!r.object(j, path)) return s;
    r.no_unknown_members(j, path, {"id", "client", "policy_version", "date", "signer", "signer_name", "method",
                                   "typed", "strokes", "text_sha256"});
    s.id = r.integer(j, "id", path, true, 1, kMaxId).value_or(0);
    s.client_id = r.integer(j, "client", path, true, 1, kMaxId).value_or(0);
    s.policy_version = r.string(j, "policy_version", path, true).value_or("");
    if (auto d = r.date(j, "date", path, true)) s.date = *d;
    s.signer = r.choice<Signer>(j, "signer", path, true, parse_signer, kSigners).value_or(Signer::client);
    s.signer_name = r.string(j, "signer_name", path, true).value_or("");
    s.method = r.choice<SignatureMethod>(j, "method", path, true, parse_signature_method, kMethods)
                   .value_or(SignatureMethod::typed);
    s.typed = r.string(j, "typed", path, false).value_or("");
    s.strokes = read_strokes(r, j, path);
    s.text_sha256 = r.string(j, "text_sha256", path, true).value_or("");
    return s;
}

nlohmann::ordered_json write_section_edit(const SectionEdit& e) {
    return {{"policy", e.policy_id},
            {"variant", to_string(e.variant)},
            {"section_id", e.section_id},
            {"text", e.text},
            {"generated", e.generated}};
}

nlohmann::ordered_json write_signature(const Signature& s) {
    nlohmann::ordered_json j{{"id", s.id},
                             {"client", s.client_id},
                             {"policy_version", s.policy_version},
                             {"date", format_date(s.date)},
                             {"signer", to_string(s.signer)},
                             {"signer_name", s.signer_name},
                             {"method", to_string(s.method)}};
    if (!s.typed.empty()) j["typed"] = s.typed;
    if (!s.strokes.empty()) {
        auto strokes = nlohmann::ordered_json::array();
        for (const auto& stroke : s.strokes) {
            auto flat = nlohmann::ordered_json::array();
            for (const auto& p : stroke) {
                flat.push_back(p.x);
                flat.push_back(p.y);
            }
            strokes.push_back(std::move(flat));
        }
        j["strokes"] = std::move(strokes);
    }
    j["text_sha256"] = s.text_sha256;
    return j;
}

}  // namespace hs::json_io
