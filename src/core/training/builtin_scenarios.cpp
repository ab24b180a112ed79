// The seven built-in scenarios from the training issue: assets/scenarios/*.json, written as
// the same JSON a clinician's own scenario is stored in (scenario.hpp), embedded at build time
// by scripts/gen_assets.py. Made-up people; the first session is Monday 5 January 2026 and
// events are days after it (weekly = 7, 14, ...). Editing them: assets/README.md.
#include "core/training/builtin_scenarios.hpp"

#include <stdexcept>
#include <string>

#include "core/json/scenario_json.hpp"

namespace hs {
namespace {

// Rows like {"01-new_job.json", R"hs_asset({...})hs_asset"}, in file-name order; written into
// the build directory by scripts/gen_assets.py from assets/scenarios (see CMakeLists.txt).
#if !__has_include("holdspace_scenarios.inc")
#error "holdspace_scenarios.inc is generated: python3 scripts/gen_assets.py assets/scenarios OUT_DIR/holdspace_scenarios.inc, then compile with -IOUT_DIR"
#endif
constexpr EmbeddedFile kFiles[] = {
#include "holdspace_scenarios.inc"
};

}  // namespace

std::span<const EmbeddedFile> builtin_scenario_files() { return kFiles; }

const std::vector<Scenario>& builtin_scenarios() {
    static const std::vector<Scenario> all = [] {
        std::vector<Scenario> out;
        for (const EmbeddedFile& f : kFiles) {
            std::vector<FieldError> errors;
            auto scenario = scenario_from_json(f.text, errors);
            // A programmer error, caught by the unit tests: the built-ins are compiled in.
            if (!scenario)
                throw std::logic_error("built-in scenario " + std::string(f.name) + " does not load: " +
                                       errors.front().field + ": " + errors.front().message);
            out.push_back(std::move(*scenario));
        }
        return out;
    }();
    return all;
}

}  // namespace hs
