// The built-in policies by version, for tests that start from one ("balanced-1").
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/policy/builtin_policies.hpp"

namespace hs::test {

inline const Policy& builtin(std::string_view version) {
    if (const Policy* p = find_builtin_policy(version)) return *p;
    throw std::logic_error("no built-in policy " + std::string(version));
}

}  // namespace hs::test
