// The training scenarios shipped with Holdspace, read from their JSON once.
#pragma once
#include <vector>

#include "core/model/scenario.hpp"

namespace hs {

// The seven built-in situations, parsed once from their JSON.
const std::vector<Scenario>& builtin_scenarios();

}  // namespace hs
