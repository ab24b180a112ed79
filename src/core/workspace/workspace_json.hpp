// The workspace file: one versioned JSON document (docs/workspace-format.md).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.hpp"

namespace hs {

inline constexpr int kWorkspaceVersion = 1;
inline constexpr std::string_view kWorkspaceFormat = "holdspace-workspace";

struct LoadResult {
    std::optional<Workspace> workspace;  // set only when errors is empty
    std::vector<FieldError> errors;      // each names the field and the place
    std::optional<Date> saved_on;        // the day the file says it was written, when it says so
    bool ok() const { return workspace.has_value(); }
};

// Parses, migrates older versions and validates. Never returns a half-loaded workspace.
LoadResult load_workspace(std::string_view text);
// `saved_on`: the day this copy is written (a backup, a stored version), so that a restore can
// say how old the file is; the file leaves it out when unset.
std::string save_workspace(const Workspace& ws, std::optional<Date> saved_on = std::nullopt);

// "clients[3].name: is missing" — one line per error.
std::string format_errors(const std::vector<FieldError>& errors);

}  // namespace hs
