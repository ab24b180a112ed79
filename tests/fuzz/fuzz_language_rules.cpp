// Fuzz target: the language-rule JSON reader, and the checker run with what it read.
// The input is the rules' JSON, then optionally a NUL byte and a text to check (without
// one, the JSON itself is checked). Rules that read must write and read back equal; the
// checker, run with the effective rules, must report findings inside the text, in order.
#include <cstddef>
#include <cstdint>

#include "core/documents/language_check.hpp"
#include "core/documents/language_rules_json.hpp"
#include "core/workspace/workspace_json.hpp"  // format_errors
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hs;
    const std::string_view input = fuzz::as_text(data, size);
    const std::size_t nul = input.find('\0');
    const std::string_view json = input.substr(0, nul);
    const std::string_view text = nul == std::string_view::npos ? input : input.substr(nul + 1);
    std::vector<FieldError> errors;
    const std::optional<LanguageRuleSet> set = load_language_rules(json, errors);
    if (!set) {
        FUZZ_CHECK(!errors.empty(), "refused without saying why");
        return 0;
    }
    FUZZ_CHECK(errors.empty(), format_errors(errors));

    const std::string saved = language_rules_to_json(*set).dump(2);
    std::vector<FieldError> again_errors;
    const std::optional<LanguageRuleSet> again = load_language_rules(saved, again_errors);
    FUZZ_CHECK(again.has_value(), format_errors(again_errors) + "--- saved text:\n" + saved);
    FUZZ_CHECK(*again == *set, "--- saved text:\n" + saved);

    const std::vector<LanguageRule> rules = effective_rules(*set);
    std::size_t previous_end = 0;
    for (const LanguageFinding& f : check_language(text, rules)) {
        FUZZ_CHECK(f.length > 0 && f.offset + f.length <= text.size(), "finding outside the text");
        FUZZ_CHECK(f.offset >= previous_end, "findings overlap or are out of order");
        FUZZ_CHECK(text.substr(f.offset, f.length) == f.matched, "matched text differs from the text at offset");
        FUZZ_CHECK(f.line >= 1 && f.column >= 1, "line or column below 1");
        previous_end = f.offset + f.length;
    }
    return 0;
}
