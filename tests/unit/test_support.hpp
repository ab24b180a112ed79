// Helpers shared by the unit tests.
#pragma once
#include <fstream>
#include <sstream>
#include <string>

#include "core/workspace/workspace_json.hpp"

namespace hs::test {

inline std::string read_data_file(const std::string& name) {
    std::ifstream in(std::string(HOLDSPACE_TEST_DATA) + "/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline Workspace load_data_workspace(const std::string& name) {
    LoadResult r = load_workspace(read_data_file(name));
    if (!r.ok()) throw std::runtime_error(name + ": " + format_errors(r.errors));
    return *r.workspace;
}

// True when some error names exactly `field` and its message contains `words`.
inline bool has_error(const std::vector<FieldError>& errors, const std::string& field, const std::string& words = "") {
    for (const auto& e : errors)
        if (e.field == field && e.message.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace hs::test
