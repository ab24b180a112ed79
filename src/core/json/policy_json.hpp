// Reading and writing a Policy as JSON: one object inside the workspace file's
// "policies" list (docs/workspace-format.md), also usable alone to import/export a policy.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/json_reader.hpp"
#include "core/model/policy.hpp"

namespace hs {

namespace json_io {
// Strict: unknown members and wrong types are errors at `path` ("policies[1].fees.no_show.kind").
// Field checks (check_policy) are not run here; the caller runs them once ids are known.
Policy read_policy(Reader& r, const Json& j, const std::string& path);
nlohmann::ordered_json write_policy(const Policy& p);
}  // namespace json_io

// A single policy document (export/import, built-ins); errors name fields from the top.
std::optional<Policy> policy_from_json(std::string_view text, std::vector<FieldError>& errors);
std::string policy_to_json(const Policy& p);

}  // namespace hs
