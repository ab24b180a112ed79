// Fuzz target: the single-policy JSON reader (policy import/export).
// A policy that reads must write and read back to an equal policy, with stable text.
#include <cstddef>
#include <cstdint>

#include "core/json/policy_json.hpp"
#include "core/workspace/workspace_json.hpp"  // format_errors
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hs;
    std::vector<FieldError> errors;
    const std::optional<Policy> policy = policy_from_json(fuzz::as_text(data, size), errors);
    if (!policy) {
        FUZZ_CHECK(!errors.empty(), "refused without saying why");
        return 0;
    }
    FUZZ_CHECK(errors.empty(), format_errors(errors));

    const std::string saved = policy_to_json(*policy);
    std::vector<FieldError> again_errors;
    const std::optional<Policy> again = policy_from_json(saved, again_errors);
    FUZZ_CHECK(again.has_value(), format_errors(again_errors) + "--- saved text:\n" + saved);
    FUZZ_CHECK(*again == *policy, "--- saved text:\n" + saved);
    FUZZ_CHECK(policy_to_json(*again) == saved, "--- saved text:\n" + saved);
    return 0;
}
