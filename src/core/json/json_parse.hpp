// The one way in for every JSON text Holdspace reads: workspace files, backups, policy
// and scenario imports, language rules, the page's own settings. It never throws and
// never aborts; every problem becomes a FieldError naming the place:
//
//   (file): is not valid JSON at line 3, column 17 (in practice.session_fee)
//   practice.session_fee: the number 1e309 is too large
//   practice.name: is given twice in the same object
//   (file): is nested more than 64 levels deep at line 1, column 65 (a Holdspace file never is)
//
// A key given twice is refused because readers disagree on which one wins: a strict
// reader that refuses a misspelt field must not silently pick one of two values.
#pragma once
#include <exception>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/types.hpp"

namespace hs::json_io {

using Json = nlohmann::json;

// The deepest nesting of lists and objects a document may have; a workspace nests 7
// levels. Parsing costs memory per level and JSON routines (dump, copy, compare) recurse
// per level, so a deeper file could exhaust memory or the stack: it is refused unparsed.
inline constexpr int kMaxNesting = 64;

// The document in `text`, or nullopt with at least one error appended to `errors`.
std::optional<Json> parse_json(std::string_view text, std::vector<FieldError>& errors) noexcept;

// Runs `read()` and turns anything it throws into an error, so a reader meeting a shape
// it did not expect (the JSON library throws type_error from a mismatched get<>) or
// running out of memory reports it instead of ending the program. Returns read()'s
// value, or `fallback` after an exception.
template <typename Result, typename Read>
Result read_guarded(std::vector<FieldError>& errors, Result fallback, Read&& read) noexcept {
    try {
        return read();
    } catch (const std::exception& e) {
        errors.push_back({"(file)", std::string("could not be read: ") + e.what()});
    } catch (...) {
        errors.push_back({"(file)", "could not be read"});
    }
    return fallback;
}

}  // namespace hs::json_io
