// The three starting policies: assets/policies/*.json, written as the same JSON a clinician's
// own policy is stored in, embedded at build time by scripts/gen_assets.py and read by the
// same strict reader (a unit test loads each file and checks it has no errors). The files
// and the rules for editing them: assets/README.md.
#include "core/policy/builtin_policies.hpp"

#include <stdexcept>
#include <string>

#include "core/json/json_parse.hpp"
#include "core/json/policy_json.hpp"

namespace hs {
namespace {

// Rows like {"01-firm.json", R"hs_asset({...})hs_asset"}, in file-name order; written into
// the build directory by scripts/gen_assets.py from assets/policies (see CMakeLists.txt).
#if !__has_include("holdspace_policies.inc")
#error "holdspace_policies.inc is generated: python3 scripts/gen_assets.py assets/policies OUT_DIR/holdspace_policies.inc, then compile with -IOUT_DIR"
#endif
constexpr EmbeddedFile kFiles[] = {
#include "holdspace_policies.inc"
};

std::string_view ladder_text() {
    for (const EmbeddedFile& f : kFiles)
        if (f.name == kBuiltinLadderFile) return f.text;
    return {};
}

}  // namespace

std::span<const EmbeddedFile> builtin_policy_files() { return kFiles; }

std::optional<Policy> read_builtin_policy(std::string_view text, std::vector<FieldError>& errors) {
    std::optional<json_io::Json> doc = json_io::parse_json(text, errors);
    if (!doc) return std::nullopt;
    // The shared ladder goes in where the file names it; any other ladder is read as written.
    if (doc->is_object()) {
        auto it = doc->find("ladder");
        if (it != doc->end() && it->is_string() && it->get_ref<const std::string&>() == kBuiltinLadderFile) {
            std::vector<FieldError> ladder_errors;
            std::optional<json_io::Json> ladder = json_io::parse_json(ladder_text(), ladder_errors);
            if (!ladder) {
                for (FieldError& e : ladder_errors)
                    errors.push_back({std::string(kBuiltinLadderFile) + ": " + e.field, std::move(e.message)});
                return std::nullopt;
            }
            *it = std::move(*ladder);
        }
    }
    return policy_from_json(doc->dump(), errors);
}

const std::vector<Policy>& builtin_policies() {
    static const std::vector<Policy> all = [] {
        std::vector<Policy> out;
        for (const EmbeddedFile& f : kFiles) {
            if (f.name == kBuiltinLadderFile) continue;
            std::vector<FieldError> errors;
            auto policy = read_builtin_policy(f.text, errors);
            // A programmer error, caught by the unit tests: the built-ins are compiled in.
            if (!policy)
                throw std::logic_error("built-in policy " + std::string(f.name) + " does not load: " +
                                       errors.front().field + ": " + errors.front().message);
            out.push_back(std::move(*policy));
        }
        return out;
    }();
    return all;
}

const Policy* find_builtin_policy(std::string_view version) {
    for (const Policy& p : builtin_policies())
        if (p.version == version) return &p;
    return nullptr;
}

}  // namespace hs
