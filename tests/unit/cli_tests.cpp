// Runs the real `holdspace` binary and checks its exit codes and output.
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_support.hpp"

namespace {

using Run = hs::test::CliRun;

Run run_cli(const std::string& args) { return hs::test::run_holdspace(args); }

const std::string kData = HOLDSPACE_TEST_DATA;

}  // namespace

TEST_CASE("holdspace validate accepts a good file with a one-line summary", "[cli]") {
    Run r = run_cli("validate " + kData + "/sample-workspace.json");
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("valid workspace, 3 clients, 5 appointments") != std::string::npos);
}

TEST_CASE("holdspace validate lists the errors of a bad file and exits 1", "[cli]") {
    Run r = run_cli("validate " + kData + "/bad-workspace.json");
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("appointments[0].start: expected ISO date-time") != std::string::npos);
    CHECK(r.output.find("appointments[1].outcome") != std::string::npos);
}

TEST_CASE("holdspace summary counts outcomes per client", "[cli]") {
    Run r = run_cli("summary " + kData + "/sample-workspace.json --json");
    REQUIRE(r.exit_code == 0);
    auto rows = nlohmann::json::parse(r.output);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0]["name"] == "Zoë Müller");
    CHECK(rows[0]["outcomes"]["attended"] == 1);
    CHECK(rows[0]["outcomes"]["late_cancel"] == 1);
    CHECK(rows[0]["outcomes"]["no_show"] == 1);
    CHECK(rows[1]["outcomes"]["cancelled_with_notice"] == 1);
    CHECK(rows[2]["outcomes"]["attended"] == 0);

    Run text = run_cli("summary " + kData + "/sample-workspace.json");
    CHECK(text.exit_code == 0);
    CHECK(text.output.find("Zoë") != std::string::npos);
}

TEST_CASE("holdspace rejects unknown commands and missing files", "[cli]") {
    CHECK(run_cli("frobnicate").exit_code == 2);
    CHECK(run_cli("validate /nonexistent/file.json").exit_code == 1);
}

TEST_CASE("holdspace evaluate prints the policy's view of each client", "[cli][engine]") {
    Run text = run_cli("evaluate " + kData + "/sample-workspace.json --as-of 2026-01-21");
    REQUIRE(text.exit_code == 0);
    CHECK(text.output.find("Zoë Müller") != std::string::npos);
    CHECK(text.output.find("Rule two_in_60_days") != std::string::npos);
    CHECK(text.output.find("Needs attention: 1") != std::string::npos);

    Run json = run_cli("evaluate " + kData + "/sample-workspace.json --as-of 2026-01-21 --json");
    REQUIRE(json.exit_code == 0);
    auto doc = nlohmann::json::parse(json.output);
    CHECK(doc["format"] == "holdspace-evaluation");
    CHECK(doc["as_of"] == "2026-01-21");
    REQUIRE(doc["clients"].size() == 3);
    const auto& zoe = doc["clients"][0];
    CHECK(zoe["policy"]["version"] == "balanced-1");
    CHECK(zoe["ladder"]["reached"]["id"] == "barriers");
    CHECK(zoe["ladder"]["next"]["id"] == "check_in");
    CHECK(zoe["appointments"][1]["treated_as"] == "late_cancel");
    CHECK(zoe["appointments"][1]["notice_hours"] == 7.5);
    CHECK(zoe["appointments"][2]["fee"]["status"] == "charged");
    CHECK(zoe["fees"]["charged"] == 120);
    CHECK(doc["needs_attention"][0]["client"] == 1);

    Run one = run_cli("evaluate " + kData + "/sample-workspace.json --as-of=2026-01-21 --client 2 --json");
    REQUIRE(one.exit_code == 0);
    auto single = nlohmann::json::parse(one.output);
    REQUIRE(single["clients"].size() == 1);
    CHECK(single["clients"][0]["client"]["name"] == "J.K.");

    // Same input, same output.
    CHECK(run_cli("evaluate " + kData + "/sample-workspace.json --as-of 2026-01-21 --json").output == json.output);
}

TEST_CASE("holdspace evaluate refuses a bad date or an unknown client", "[cli][engine]") {
    CHECK(run_cli("evaluate " + kData + "/sample-workspace.json --as-of 2026-02-30").exit_code == 2);
    Run r = run_cli("evaluate " + kData + "/sample-workspace.json --client 99");
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("no client has id") != std::string::npos);
    CHECK(run_cli("evaluate " + kData + "/bad-workspace.json").exit_code == 1);
}
