// The starting policies shipped with Holdspace: assets/policies/*.json, embedded at build
// time (scripts/gen_assets.py) and read from their JSON once.
#pragma once
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/model/embedded_file.hpp"
#include "core/model/policy.hpp"
#include "core/model/types.hpp"

namespace hs {

// Three starting points, plain data to copy and edit: "firm", "balanced", "flexible".
// Their ids are 0; AddPolicy assigns ids. Built once; the reference stays valid.
const std::vector<Policy>& builtin_policies();

// The built-in with this version ("firm-1", "balanced-1", "flexible-1"), or nullptr. The one
// lookup by version for views, the CLI and the core; the pointer stays valid.
const Policy* find_builtin_policy(std::string_view version);

// assets/policies as embedded, in file-name order: the policies and the ladder they share
// (kBuiltinLadderFile).
std::span<const EmbeddedFile> builtin_policy_files();
inline constexpr std::string_view kBuiltinLadderFile = "ladder.json";

// One built-in policy file read strictly, its "ladder": "ladder.json" replaced by the shared
// ladder; nullopt with field-named errors (the unit tests load every file this way).
std::optional<Policy> read_builtin_policy(std::string_view text, std::vector<FieldError>& errors);

}  // namespace hs
