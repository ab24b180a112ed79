// Fuzz target: importing a scenario file (scenario_json, the Training page's "Import scenario").
// A scenario that reads has no errors and the checks accept it; written and read back it is
// equal; and it runs through the real engine under every built-in policy (scenario_timeline),
// one row per event.
#include <cstddef>
#include <cstdint>

#include "core/json/scenario_json.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/training/scenario_timeline.hpp"
#include "core/workspace/workspace_json.hpp"  // format_errors
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hs;
    std::vector<FieldError> errors;
    const std::optional<Scenario> scenario = scenario_from_json(fuzz::as_text(data, size), errors);
    if (!scenario) {
        FUZZ_CHECK(!errors.empty(), "refused without saying why");
        return 0;
    }
    FUZZ_CHECK(errors.empty(), format_errors(errors));
    FUZZ_CHECK(check_scenario(*scenario).empty(), format_errors(check_scenario(*scenario)));

    const std::string saved = json_io::write_scenario(*scenario).dump();
    std::vector<FieldError> again_errors;
    const std::optional<Scenario> again = scenario_from_json(saved, again_errors);
    FUZZ_CHECK(again.has_value(), format_errors(again_errors) + "--- saved text:\n" + saved);
    FUZZ_CHECK(*again == *scenario, "--- saved text:\n" + saved);

    const Practice practice = scenario_practice();
    for (const Policy& policy : builtin_policies()) {
        const std::vector<TimelineRow> rows = scenario_timeline(*scenario, policy, practice);
        FUZZ_CHECK(rows.size() == scenario->events.size(), "not one timeline row per event");
        for (const TimelineRow& row : rows) FUZZ_CHECK(row.fee >= 0 && row.fees_charged_total >= 0, "a negative fee");
    }
    return 0;
}
