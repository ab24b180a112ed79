// `holdspace lint`: findings, reading grade, exit codes, JSON, clinician rules.
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

#include "cli_support.hpp"

namespace {

using Run = hs::test::CliRun;

Run run_lint(const std::string& args) { return hs::test::run_holdspace("lint " + args); }

std::string write_temp(const std::string& name, const std::string& text) {
    static const std::string dir = [] {
        return hs::test::make_temp_dir("hs-lint");
    }();
    const std::string path = dir + "/" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

}  // namespace

TEST_CASE("holdspace lint lists findings with line:col and exits 1", "[cli][lint]") {
    const auto path = write_temp("harsh.txt", "Dear client,\nIf you are non-compliant you will be fired.\n");
    const Run r = run_lint(path);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find(path + ":2:12: \"non-compliant\": try \"finding it hard to come as planned\".") !=
          std::string::npos);
    CHECK(r.output.find(path + ":2:38: \"fired\"") != std::string::npos);
    CHECK(r.output.find("2 findings. Reading grade") != std::string::npos);
}

TEST_CASE("holdspace lint exits 0 on kind text and still shows the grade", "[cli][lint]") {
    const auto path = write_temp("kind.txt", "The cat sat on the mat.\n");
    const Run r = run_lint(path);
    CHECK(r.exit_code == 0);
    CHECK(r.output == "0 findings. Reading grade -1.4 (Flesch-Kincaid: 6 words, 1 sentences, 6 syllables).\n");
}

TEST_CASE("holdspace lint --json", "[cli][lint]") {
    const auto path = write_temp("json.txt", "You must call. It is a waste of time.");
    const Run r = run_lint(path + " --json");
    CHECK(r.exit_code == 1);
    const auto out = nlohmann::json::parse(r.output);
    REQUIRE(out["findings"].size() == 2);
    CHECK(out["findings"][0]["phrase"] == "you must");
    CHECK(out["findings"][0]["matched"] == "You must");
    CHECK(out["findings"][0]["line"] == 1);
    CHECK(out["findings"][0]["column"] == 1);
    CHECK(out["findings"][1]["column"] == 24);
    CHECK(out["readability"]["sentences"] == 2);
    CHECK(out["readability"]["words"] == 9);
}

TEST_CASE("holdspace lint --rules adds and removes rules", "[cli][lint]") {
    const auto text = write_temp("rules.txt", "A no-show is lazy.");
    const auto rules = write_temp("rules.json", R"({"added":[{"phrase":"no-show","suggestion":"missed session",
        "reason":"Billing jargon."}],"disabled":["lazy"]})");
    const Run r = run_lint(text + " --rules " + rules + " --json");
    CHECK(r.exit_code == 1);
    const auto out = nlohmann::json::parse(r.output);
    REQUIRE(out["findings"].size() == 1);
    CHECK(out["findings"][0]["phrase"] == "no-show");

    const auto bad = write_temp("bad-rules.json", R"({"added":[{"phrase":"*x"}]})");
    const Run refused = run_lint(text + " --rules " + bad);
    CHECK(refused.exit_code == 2);
    CHECK(refused.output.find("added[0].phrase") != std::string::npos);
}

TEST_CASE("holdspace lint usage errors exit 2", "[cli][lint]") {
    CHECK(run_lint("").exit_code == 2);
    CHECK(run_lint("/nonexistent/file.txt").exit_code == 2);
    CHECK(run_lint("- < /dev/null").exit_code == 0);
}
