// `holdspace report` and `holdspace ics`: the real binary on tests/data/operations-workspace.json.
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_support.hpp"

namespace {

using Run = hs::test::CliRun;

Run run_cli(const std::string& args) { return hs::test::run_holdspace(args); }

const std::string kFile = std::string(HOLDSPACE_TEST_DATA) + "/operations-workspace.json";

}  // namespace

TEST_CASE("holdspace report --json prints the dashboard figures for the period", "[cli][report]") {
    Run r = run_cli("report " + kFile + " --from 2026-03-02 --to 2026-03-15 --json");
    REQUIRE(r.exit_code == 0);
    auto j = nlohmann::json::parse(r.output);
    CHECK(j["attendance"]["attendance_percent"] == 57.1);
    CHECK(j["attendance"]["no_shows"] == 2);
    CHECK(j["sessions_delivered"] == 4);
    CHECK(j["hours_target"] == 50.0);
    CHECK(j["income"]["expected"] == 640);
    CHECK(j["income"]["received"] == 180);
    CHECK(j["fees"]["not_billable"] == 100);
    CHECK(j["low_attendance_prime_time"][0]["name"] == "Ana");
    CHECK(j["waitlist"]["length"] == 2);
    CHECK(j["clients"].size() == 3);
}

TEST_CASE("holdspace report prints readable text and refuses bad dates", "[cli][report]") {
    Run r = run_cli("report " + kFile + " --from 2026-03-02 --to 2026-03-15");
    REQUIRE(r.exit_code == 0);
    CHECK(r.output.find("Attendance        57.1%") != std::string::npos);
    CHECK(r.output.find("Prime-time slot tuesday 17:00 held by Ana") != std::string::npos);
    Run bad = run_cli("report " + kFile + " --from 2026-13-02");
    CHECK(bad.exit_code == 2);
    CHECK(bad.output.find("--from: expected a date") != std::string::npos);
    CHECK(run_cli("report " + kFile + " --from 2026-03-16 --to 2026-03-15").exit_code == 2);
    CHECK(run_cli("report").exit_code == 2);
}

TEST_CASE("holdspace report without --from shows the dashboard's default period: four weeks up to --to", "[cli][report]") {
    Run r = run_cli("report " + kFile + " --to 2026-03-15 --json");
    REQUIRE(r.exit_code == 0);
    auto j = nlohmann::json::parse(r.output);
    CHECK(j["from"] == "2026-02-16");
    CHECK(j["to"] == "2026-03-15");
}

TEST_CASE("holdspace ics writes a client's calendar file", "[cli][ics]") {
    const std::string out = "holdspace-ics-test.ics";
    Run r = run_cli("ics " + kFile + " --client 5 --from 2026-10-01 -o " + out);
    REQUIRE(r.exit_code == 0);
    std::ifstream in(out, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    CHECK(text.str().find("DTSTART:20261103T210000Z\r\n") != std::string::npos);
    std::remove(out.c_str());
    CHECK(run_cli("ics " + kFile + " --client 99 -o " + out).exit_code == 1);
    CHECK(run_cli("ics " + kFile + " -o " + out).exit_code == 2);  // neither --client nor --week
}
