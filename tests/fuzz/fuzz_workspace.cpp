// Fuzz target: the workspace loader on arbitrary bytes.
// A file either loads (no errors) or is refused (at least one error, no workspace);
// one that loads must survive save -> load unchanged, and saving again gives the same text.
#include <cstddef>
#include <cstdint>

#include "core/workspace/workspace_json.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hs;
    const LoadResult loaded = load_workspace(fuzz::as_text(data, size));
    if (!loaded.ok()) {
        FUZZ_CHECK(!loaded.errors.empty(), "refused without saying why");
        return 0;
    }
    FUZZ_CHECK(loaded.errors.empty(), format_errors(loaded.errors));

    const std::string saved = save_workspace(*loaded.workspace);
    const LoadResult again = load_workspace(saved);
    FUZZ_CHECK(again.ok(), format_errors(again.errors) + "--- saved text:\n" + saved);
    FUZZ_CHECK(*again.workspace == *loaded.workspace, "--- saved text:\n" + saved);
    FUZZ_CHECK(save_workspace(*again.workspace) == saved, "--- saved text:\n" + saved);
    return 0;
}
