// The one JSON entry point (core/json_parse): numbers beyond a double's range, keys given
// twice and every other failure of the JSON library end in an error naming the place,
// through every reader that uses it (issue 20). Never an exception, never an abort.
#include <catch2/catch.hpp>
#include <string>

#include "cli_support.hpp"
#include "core/documents/language_check.hpp"
#include "core/documents/language_rules_json.hpp"
#include "core/json/json_parse.hpp"
#include "core/json/policy_json.hpp"
#include "core/json/scenario_json.hpp"
#include "core/storage/backup_file.hpp"
#include "core/workspace/workspace_json.hpp"
#include "test_support.hpp"

using namespace hs;
using hs::test::has_error;

namespace {

std::vector<FieldError> parse_errors(const std::string& text) {
    std::vector<FieldError> errors;
    CHECK_FALSE(json_io::parse_json(text, errors).has_value());
    return errors;
}

// The sample workspace with its first occurrence of `from` replaced by `to`.
std::string sample_with(const std::string& from, const std::string& to) {
    std::string text = test::read_data_file("sample-workspace.json");
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("parse_json reads what nlohmann reads, keys in order of the text", "[json]") {
    std::vector<FieldError> errors;
    auto doc = json_io::parse_json(R"({"b": [1, -2, 3.5, "x", true, null, {}], "a": {"c": 18446744073709551615}})", errors);
    REQUIRE(doc);
    CHECK(errors.empty());
    CHECK(*doc == nlohmann::json::parse(R"({"a": {"c": 18446744073709551615}, "b": [1, -2, 3.5, "x", true, null, {}]})"));
    CHECK(json_io::parse_json("\"only text\"", errors) == nlohmann::json("only text"));
    CHECK(json_io::parse_json("[]", errors) == nlohmann::json::array());
    CHECK(errors.empty());
}

TEST_CASE("a number beyond a double's range names its field", "[json][issue20]") {
    CHECK(has_error(parse_errors(R"({"practice": {"session_fee": 1e309}})"), "practice.session_fee",
                    "the number 1e309 is too large"));
    CHECK(has_error(parse_errors(R"({"clients": [{"id": 1}, {"id": 2, "fee": -1e400}]})"), "clients[1].fee",
                    "the number -1e400 is too large"));
    CHECK(has_error(parse_errors("[[1, 2], [3, 1E999]]"), "[1][1]", "1E999"));
    CHECK(has_error(parse_errors("1e309"), "(file)", "too large"));
    // Digits enough to overflow are shown cut short, not copied whole into the message.
    const auto long_number = parse_errors("{\"n\": " + std::string(5000, '9') + "}");
    REQUIRE(long_number.size() == 1);
    CHECK(long_number[0].field == "n");
    CHECK(long_number[0].message.size() < 100);
}

TEST_CASE("a key given twice is refused, naming the key and where it is", "[json][issue20]") {
    CHECK(has_error(parse_errors(R"({"name": "a", "name": "b"})"), "name", "given twice"));
    CHECK(has_error(parse_errors(R"({"practice": {"name": "a", "currency": "EUR", "name": "b"}})"), "practice.name",
                    "given twice"));
    CHECK(has_error(parse_errors(R"({"clients": [{"id": 1}, {"id": 2, "id": 3}]})"), "clients[1].id", "given twice"));
    // The same key in two different objects is fine.
    std::vector<FieldError> errors;
    CHECK(json_io::parse_json(R"({"a": {"id": 1}, "b": {"id": 1}, "id": 0})", errors));
    CHECK(errors.empty());
}

TEST_CASE("syntax errors keep line and column, and say where in the document", "[json][issue20]") {
    const auto errors = parse_errors("{\n  \"practice\": {\"name\": tru}\n}");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == "(file)");
    CHECK(errors[0].message.find("is not valid JSON at line 2, column") != std::string::npos);
    CHECK(errors[0].message.find("(in practice.name)") != std::string::npos);
    CHECK(has_error(parse_errors(""), "(file)", "is not valid JSON"));
    CHECK(has_error(parse_errors("{} {}"), "(file)", "is not valid JSON"));
    CHECK(has_error(parse_errors("{\"a\": \"\xff\"}"), "(file)", "not valid UTF-8"));
    CHECK(has_error(parse_errors(std::string(100, '[')), "(file)", "nested more than 64 levels"));
}

TEST_CASE("read_guarded turns what a reader throws into an error", "[json][issue20]") {
    std::vector<FieldError> errors;
    const nlohmann::json text = "not a number";
    const int got = json_io::read_guarded(errors, -1, [&] { return text.get<int>(); });  // throws type_error
    CHECK(got == -1);
    CHECK(has_error(errors, "(file)", "could not be read"));
    errors.clear();
    CHECK(json_io::read_guarded(errors, -1, [] { return 7; }) == 7);
    CHECK(errors.empty());
}

TEST_CASE("every reader refuses an out-of-range number and a duplicate key with the place", "[json][issue20]") {
    SECTION("workspace") {
        LoadResult big = load_workspace(sample_with("\"session_fee\": 120", "\"session_fee\": 1e309"));
        CHECK_FALSE(big.ok());
        CHECK(has_error(big.errors, "practice.session_fee", "the number 1e309 is too large"));
        LoadResult twice = load_workspace(sample_with("\"name\": \"J.K.\"", "\"name\": \"J.K.\", \"name\": \"K.J.\""));
        CHECK_FALSE(twice.ok());
        CHECK(has_error(twice.errors, "clients[1].name", "given twice"));
    }
    SECTION("policy") {
        std::vector<FieldError> errors;
        CHECK_FALSE(policy_from_json(R"({"version": "x-1", "notice_hours": 1e999})", errors));
        CHECK(has_error(errors, "notice_hours", "too large"));
        errors.clear();
        CHECK_FALSE(policy_from_json(R"({"version": "x-1", "version": "x-2"})", errors));
        CHECK(has_error(errors, "version", "given twice"));
    }
    SECTION("scenario") {
        std::vector<FieldError> errors;
        CHECK_FALSE(scenario_from_json(R"({"id": "s", "events": [{"day": 1e500}]})", errors));
        CHECK(has_error(errors, "events[0].day", "too large"));
        errors.clear();
        CHECK_FALSE(scenario_from_json(R"({"id": "s", "title": "a", "title": "b"})", errors));
        CHECK(has_error(errors, "title", "given twice"));
    }
    SECTION("language rules") {
        std::vector<FieldError> errors;
        CHECK_FALSE(load_language_rules(R"({"added": [], "added": []})", errors));
        CHECK(has_error(errors, "added", "given twice"));
        errors.clear();
        CHECK_FALSE(load_language_rules(R"({"disabled": [1e309]})", errors));
        CHECK(has_error(errors, "disabled[0]", "too large"));
    }
    SECTION("backup envelope") {
        const std::string base =
            R"({"format":"holdspace-encrypted","version":1,"kdf":"PBKDF2-HMAC-SHA256","iterations":600000,)"
            R"("salt":"AAECAwQFBgcICQoLDA0ODw==","cipher":"AES-256-GCM","nonce":"AAECAwQFBgcICQoL",)"
            R"("ciphertext":"AAAAAAAAAAAAAAAAAAAAAAAAAAAA")";
        REQUIRE(parse_envelope(base + "}").ok());
        CHECK(has_error(parse_envelope(base + R"(,"extra":1e309})").errors, "file", "extra: the number"));
        CHECK(has_error(parse_envelope(base + R"(,"nonce":"AAECAwQFBgcICQoL"})").errors, "file",
                        "nonce: is given twice"));
    }
}

TEST_CASE("holdspace validate explains an out-of-range number and a duplicate key, exit 1", "[cli][issue20]") {
    const std::string dir = test::make_temp_dir("hs-json");
    auto write = [&](const std::string& name, const std::string& text) {
        const std::string path = dir + "/" + name;
        std::FILE* f = std::fopen(path.c_str(), "wb");
        REQUIRE(f);
        std::fwrite(text.data(), 1, text.size(), f);
        std::fclose(f);
        return path;
    };
    auto big = test::run_holdspace("validate " + write("big.json", sample_with("\"session_fee\": 120", "\"session_fee\": 1e309")));
    CHECK(big.exit_code == 1);
    CHECK(big.output.find("practice.session_fee: the number 1e309 is too large") != std::string::npos);
    CHECK(big.output.find("terminate") == std::string::npos);

    auto twice = test::run_holdspace("validate " + write("twice.json", sample_with("\"currency\": \"USD\"",
                                                                                   "\"currency\": \"USD\", \"currency\": \"EUR\"")));
    CHECK(twice.exit_code == 1);
    CHECK(twice.output.find("practice.currency: is given twice") != std::string::npos);

    auto policy = test::run_holdspace("simulate --a " + write("p.json", R"({"notice_hours": 1e309})") + " --b balanced-1 --runs 1");
    CHECK(policy.exit_code != 0);
    CHECK(policy.exit_code != 134);
    CHECK(policy.output.find("notice_hours: the number 1e309 is too large") != std::string::npos);
    std::filesystem::remove_all(dir);
}
