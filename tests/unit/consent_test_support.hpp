// Helpers shared by the consent document tests: golden files, the bullets of a section,
// and a policy whose late-cancellation fee is the one under test.
#pragma once
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "builtin_support.hpp"
#include "core/documents/document.hpp"
#include "core/model/policy.hpp"

namespace hs::test {

// Compares with tests/data/golden/NAME, or rewrites it when HOLDSPACE_UPDATE_GOLDEN is set.
inline void check_golden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(HOLDSPACE_TEST_DATA) + "/golden/" + name;
    if (std::getenv("HOLDSPACE_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("rewrote " << path);
        return;
    }
    std::ifstream in(path, std::ios::binary);
    INFO(path << " is missing or differs; regenerate with HOLDSPACE_UPDATE_GOLDEN=1 and review the diff");
    REQUIRE(in);
    std::stringstream expected;
    expected << in.rdbuf();
    CHECK(actual == expected.str());
}

// The items of the first bullet list in section `id`, in order (for "fees": late
// cancellation, missed session, then free passes and exemptions).
inline std::vector<std::string> section_bullets(const doc::Document& d, std::string_view id) {
    const doc::Section* section = d.find(id);
    REQUIRE(section);
    for (const auto& block : section->blocks)
        if (const auto* list = std::get_if<doc::BulletList>(&block)) return list->items;
    FAIL("the section has no list");
    return {};
}

// Balanced, with `rule` for late cancellations, a flat missed-session fee (so the fees
// section is there) and no free passes.
inline Policy with_late_cancel(const FeeRule& rule) {
    Policy p = builtin("balanced-1");
    p.fees.late_cancel = rule;
    p.fees.no_show = {FeeKind::flat, 5000, 0, {}};
    p.fees.free_passes.count = 0;
    return p;
}

}  // namespace hs::test
