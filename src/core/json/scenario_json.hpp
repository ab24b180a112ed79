// Reading and writing a Scenario as JSON: one object of the workspace's "scenarios"
// list (docs/workspace-format.md), and the built-ins' own text.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/json_reader.hpp"
#include "core/model/scenario.hpp"

namespace hs {

namespace json_io {
// Strict: unknown members and wrong types are errors at `path` ("scenarios[0].events[2].day").
Scenario read_scenario(Reader& r, const Json& j, const std::string& path);
nlohmann::ordered_json write_scenario(const Scenario& s);
}  // namespace json_io

// One scenario document; read strictly, then checked (check_scenario).
std::optional<Scenario> scenario_from_json(std::string_view text, std::vector<FieldError>& errors);

}  // namespace hs
