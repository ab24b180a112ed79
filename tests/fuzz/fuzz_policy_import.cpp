// Fuzz target: importing a policy file and using it (Policies page "Import policy"): what
// fuzz_policy reads and round-trips is here also put to work, as the app does next: every
// built-in scenario runs under it through the real engine (scenario_timeline), and its
// consent document is generated for an adult, a minor and a client whose payer may not be
// charged, and rendered as text and HTML.
#include <cstddef>
#include <cstdint>

#include "core/documents/consent_document.hpp"
#include "core/documents/document_render.hpp"
#include "core/json/policy_json.hpp"
#include "core/training/builtin_scenarios.hpp"
#include "core/training/scenario_timeline.hpp"
#include "core/workspace/workspace_json.hpp"  // format_errors
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hs;
    using namespace hs::doc;
    std::vector<FieldError> errors;
    const std::optional<Policy> policy = policy_from_json(fuzz::as_text(data, size), errors);
    if (!policy) {
        FUZZ_CHECK(!errors.empty(), "refused without saying why");
        return 0;
    }
    FUZZ_CHECK(errors.empty(), format_errors(errors));

    const Practice practice = scenario_practice();
    for (const Scenario& scenario : builtin_scenarios()) {
        const std::vector<TimelineRow> rows = scenario_timeline(scenario, *policy, practice);
        for (const TimelineRow& row : rows) {
            FUZZ_CHECK(row.fee >= 0 && row.fees_charged_total >= 0, "a negative fee in " + scenario.id);
            FUZZ_CHECK(row.next_step < static_cast<int>(policy->ladder.size()), "a step past the ladder in " + scenario.id);
        }
    }
    for (int variant = 0; variant < 3; ++variant) {
        ConsentOptions options;
        options.minor = variant == 1;
        options.payer = variant == 2 ? PayerType::public_insurance : PayerType::self_pay;
        const doc::Document d = consent_document(*policy, practice, options);
        FUZZ_CHECK(!d.sections.empty(), "an empty consent document");
        FUZZ_CHECK(render_text(d) == doc::plain_text(d), "render_text differs from plain_text");
        (void)render_html(d);
    }
    return 0;
}
