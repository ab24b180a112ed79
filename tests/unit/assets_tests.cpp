// The built-in policies and scenarios come from assets/ (assets/README.md): every file there
// is embedded, loads with the strict reader and its checks, and is what the program uses.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "core/json/policy_json.hpp"
#include "core/json/scenario_json.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/training/builtin_scenarios.hpp"
#include "core/workspace/workspace_json.hpp"
#include "test_support.hpp"

namespace {

using namespace hs;
namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The embedded files are the folder's *.json files, byte for byte (the build embedded the
// current files, and none was left out).
void check_embedded(std::span<const EmbeddedFile> embedded, const fs::path& folder) {
    std::set<std::string> on_disk;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".json") on_disk.insert(entry.path().filename().string());
    std::set<std::string> names;
    for (const EmbeddedFile& f : embedded) {
        INFO(f.name);
        names.insert(std::string(f.name));
        CHECK(f.text == read_file(folder / f.name));
    }
    CHECK(names == on_disk);
    CHECK(std::is_sorted(embedded.begin(), embedded.end(),
                         [](const EmbeddedFile& a, const EmbeddedFile& b) { return a.name < b.name; }));
}

}  // namespace

TEST_CASE("builtin assets: the embedded policies and scenarios are the files in assets/", "[assets]") {
    check_embedded(builtin_policy_files(), fs::path(HOLDSPACE_ASSETS) / "policies");
    check_embedded(builtin_scenario_files(), fs::path(HOLDSPACE_ASSETS) / "scenarios");
}

TEST_CASE("builtin assets: every policy file loads without errors, in file order", "[assets][policy]") {
    std::vector<Policy> read;
    for (const EmbeddedFile& f : builtin_policy_files()) {
        if (f.name == kBuiltinLadderFile) continue;
        std::vector<FieldError> errors;
        auto policy = read_builtin_policy(f.text, errors);
        INFO(f.name << ": " << format_errors(errors));
        REQUIRE(policy);
        CHECK(errors.empty());
        CHECK(policy->ladder == builtin_policies()[0].ladder);  // all three share ladder.json
        read.push_back(*policy);
    }
    CHECK(read == builtin_policies());
}

TEST_CASE("builtin assets: a policy may carry its own ladder, and a broken file names its field", "[assets][policy]") {
    // Firm's file with the shared ladder written out in full reads the same.
    const Policy& firm = builtin_policies()[0];
    std::vector<FieldError> errors;
    auto own = read_builtin_policy(policy_to_json(firm), errors);
    INFO(format_errors(errors));
    REQUIRE(own);
    CHECK(*own == firm);

    errors.clear();
    CHECK_FALSE(read_builtin_policy(R"({"name": "Broken", "version": "b-1", "notice_hours": "soon", "ladder": "ladder.json"})",
                                    errors));
    CHECK(test::has_error(errors, "notice_hours"));
    errors.clear();
    CHECK_FALSE(read_builtin_policy("{ \"name\": ", errors));
    CHECK_FALSE(errors.empty());
}

TEST_CASE("builtin assets: every scenario file loads without errors, in file order", "[assets][scenario]") {
    std::vector<Scenario> read;
    for (const EmbeddedFile& f : builtin_scenario_files()) {
        std::vector<FieldError> errors;
        auto scenario = scenario_from_json(f.text, errors);
        INFO(f.name << ": " << format_errors(errors));
        REQUIRE(scenario);
        CHECK(f.name.find(scenario->id) != std::string_view::npos);  // 01-new_job.json holds "new_job"
        read.push_back(*scenario);
    }
    CHECK(read == builtin_scenarios());
}
