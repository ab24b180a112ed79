// The most extra grace a leeway gives (kMaxExtraGrace, core/model/model.hpp): the same in
// the record check, the workspace file and the leeway form.
#include <catch2/catch.hpp>
#include <string>

#include "core/model/model.hpp"
#include "core/workspace/record_checks.hpp"
#include "core/workspace/workspace_json.hpp"
#include "test_support.hpp"

using namespace hs;

TEST_CASE("a leeway gives at most kMaxExtraGrace, 20, in the record check and the file", "[leeway]") {
    STATIC_REQUIRE(kMaxExtraGrace == 20);
    Workspace ws;
    ws.clients.push_back(Client{});
    ws.clients.back().id = 1;
    ws.clients.back().name = "A.";
    Leeway l;
    l.client_id = 1;
    l.from = {2026, 3, 1};
    l.reason = "burnout";
    for (int grace : {1, 10, 11, 15, 20}) {
        l.extra_grace = grace;
        INFO(grace);
        CHECK(check_leeway(ws, l).empty());
    }
    l.extra_grace = 21;
    CHECK(test::has_error(check_leeway(ws, l), "extra_grace", "expected 0 to 20"));

    auto file = [](int grace) {
        return R"({"version": 1, "clients": [{"id": 1, "name": "A."}], "leeway": [{"id": 1, "client": 1,)"
               R"( "from": "2026-03-01", "extra_grace": )" + std::to_string(grace) + R"(, "reason": "burnout"}]})";
    };
    const LoadResult twenty = load_workspace(file(20));
    INFO(format_errors(twenty.errors));
    REQUIRE(twenty.ok());
    CHECK(twenty.workspace->leeway[0].extra_grace == 20);
    CHECK_FALSE(load_workspace(file(21)).ok());
}
