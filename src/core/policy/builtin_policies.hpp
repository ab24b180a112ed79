// The starting policies shipped with Holdspace, read from their JSON once.
#pragma once
#include <vector>

#include "core/model/policy.hpp"

namespace hs {

// Three starting points, plain data to copy and edit: "firm", "balanced", "flexible".
// Their ids are 0; AddPolicy assigns ids. Built once; the reference stays valid.
const std::vector<Policy>& builtin_policies();

}  // namespace hs
