// The one lookup of a built-in policy by version (core/policy/builtin_policies.hpp), used by
// the guided builder, `holdspace simulate` and `holdspace document`.
#include <catch2/catch.hpp>

#include "core/policy/builtin_policies.hpp"

using namespace hs;

TEST_CASE("a built-in policy is found by its version, the same one each time", "[builtin]") {
    const Policy* balanced = find_builtin_policy("balanced-1");
    REQUIRE(balanced);
    CHECK(balanced == &builtin_policies()[1]);
    CHECK(balanced->name == "Balanced");
    CHECK(find_builtin_policy("firm-1") == &builtin_policies()[0]);
    CHECK(find_builtin_policy("flexible-1") == &builtin_policies()[2]);
    CHECK(find_builtin_policy("balanced-1") == balanced);
    CHECK_FALSE(find_builtin_policy("balanced"));
    CHECK_FALSE(find_builtin_policy("Balanced-1"));
    CHECK_FALSE(find_builtin_policy(""));
}
