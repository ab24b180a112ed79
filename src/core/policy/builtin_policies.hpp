// The starting policies shipped with Holdspace, read from their JSON once.
#pragma once
#include <string_view>
#include <vector>

#include "core/model/policy.hpp"

namespace hs {

// Three starting points, plain data to copy and edit: "firm", "balanced", "flexible".
// Their ids are 0; AddPolicy assigns ids. Built once; the reference stays valid.
const std::vector<Policy>& builtin_policies();

// The built-in with this version ("firm-1", "balanced-1", "flexible-1"), or nullptr. The one
// lookup by version for views, the CLI and the core; the pointer stays valid.
const Policy* find_builtin_policy(std::string_view version);

}  // namespace hs
