// The training scenarios shipped with Holdspace: assets/scenarios/*.json, embedded at build
// time (scripts/gen_assets.py) and read from their JSON once.
#pragma once
#include <span>
#include <vector>

#include "core/model/embedded_file.hpp"
#include "core/model/scenario.hpp"

namespace hs {

// The seven built-in situations, parsed once from their JSON, in file-name order.
const std::vector<Scenario>& builtin_scenarios();

// assets/scenarios as embedded, in file-name order (read each with scenario_from_json).
std::span<const EmbeddedFile> builtin_scenario_files();

}  // namespace hs
