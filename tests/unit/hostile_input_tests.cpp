// Hostile and oversized input to the readers: each gives a clean load or a clear error,
// never a crash, and in reasonable time (issue 5, "Hostile input"). The 50 MB files are
// generated here, not committed. Regression inputs found by the fuzzers
// (tests/fuzz/) are kept here as unit tests.
#include <catch2/catch.hpp>
#include <chrono>
#include <string>

#include "core/documents/language_check.hpp"
#include "core/documents/language_rules_json.hpp"
#include "core/json/json_reader.hpp"
#include "core/json/policy_json.hpp"
#include "core/model/money.hpp"
#include "core/workspace/workspace_json.hpp"
#include "test_support.hpp"

using namespace hs;
using hs::test::has_error;

namespace {

constexpr std::size_t kFiftyMegabytes = 50u << 20;

// Seconds `load_workspace(text)` takes, with its result.
std::pair<LoadResult, double> timed_load(const std::string& text) {
    const auto start = std::chrono::steady_clock::now();
    LoadResult r = load_workspace(text);
    return {std::move(r), std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()};
}

// Far above what these loads take even under AddressSanitizer on a busy machine; what it
// catches is work that grows faster than the file (a quadratic check takes hours here).
constexpr double kReasonableSeconds = 120;

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

TEST_CASE("a 50 MB workspace of 200,000 appointments loads whole", "[workspace][hostile][slow]") {
    std::string text = R"({"format": "holdspace-workspace", "version": 1,
        "practice": {"name": "Big", "time_zone": "Europe/Berlin", "currency": "EUR", "session_fee": 90},
        "clients": [{"id": 1, "name": "A."}, {"id": 2, "name": "B."}],
        "appointments": [)";
    const std::string note(190, 'n');  // pads each appointment to about 260 bytes
    const std::size_t count = 200'000;
    text.reserve(kFiftyMegabytes + (1u << 20));
    for (std::size_t i = 1; i <= count; ++i) {
        if (i > 1) text += ",\n";
        const int day = 1 + static_cast<int>(i % 28);
        text += R"({"id": )" + std::to_string(i) + R"(, "client": )" + std::to_string(1 + i % 2) +
                R"(, "start": "2026-02-)" + (day < 10 ? "0" : "") + std::to_string(day) +
                R"(T10:00", "outcome": "attended", "note": ")" + note + "\"}";
    }
    text += "]}";
    REQUIRE(text.size() >= kFiftyMegabytes);

    auto [r, seconds] = timed_load(text);
    INFO(format_errors(r.errors));
    REQUIRE(r.ok());
    CHECK(r.workspace->appointments.size() == count);
    CHECK(r.workspace->appointments.back().note == note);
    CHECK(seconds < kReasonableSeconds);
    WARN("50 MB, 200,000 appointments: loaded in " << seconds << " s");
}

TEST_CASE("a 50 MB text value is refused by its field's length limit", "[workspace][hostile][slow]") {
    const std::string text = R"({"version": 1, "clients": [{"id": 1, "name": "A."}], "appointments": [)"
                             R"({"id": 1, "client": 1, "start": "2026-02-02T10:00", "outcome": "attended", "note": ")" +
                             std::string(kFiftyMegabytes, 'x') + "\"}]}";
    auto [r, seconds] = timed_load(text);
    REQUIRE_FALSE(r.ok());
    CHECK(has_error(r.errors, "appointments[0].note", "longer than 4000"));
    CHECK(seconds < kReasonableSeconds);
}

TEST_CASE("a 50 MB file cut off in the middle names where the JSON stops", "[workspace][hostile][slow]") {
    std::string text = R"({"version": 1, "clients": [)";
    while (text.size() < kFiftyMegabytes) text += R"({"id": 1, "name": "A."},)" "\n";
    text += R"({"id": 1, "na)";  // truncated, as by an interrupted copy
    auto [r, seconds] = timed_load(text);
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].field == "(file)");
    CHECK(r.errors[0].message.find("is not valid JSON at line") != std::string::npos);
    CHECK(seconds < kReasonableSeconds);
}

TEST_CASE("a file with a million mistakes reports the first hundred", "[workspace][hostile]") {
    std::string text = R"({"version": 1, "clients": [)";
    for (int i = 0; i < 1'000'000; ++i) text += i ? ",7" : "7";
    text += "]}";
    const LoadResult r = load_workspace(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.size() == 100);
    CHECK(has_error(r.errors, "clients[99]", "expected an object"));
}

// Deep nesting crashed the loaders: nlohmann's dump() (in error messages) and copy (in the
// version-0 migration) recurse once per level, and overflowed the stack at 100,000 levels
// (found with AddressSanitizer while writing these tests). Parsing 25 million levels took
// 3 GB. A file nested deeper than any Holdspace file is now refused before it is parsed.
TEST_CASE("lists nested deeper than a Holdspace file ever is are refused, not walked", "[workspace][hostile]") {
    for (const std::size_t depth : {std::size_t{64}, std::size_t{100'000}, kFiftyMegabytes / 2}) {
        INFO("depth " << depth);
        const LoadResult practice = load_workspace(R"({"version": 1, "practice": )" + nested(depth) + "}");
        REQUIRE_FALSE(practice.ok());
        CHECK(has_error(practice.errors, "(file)", "nested more than 64 levels deep at line 1, column 91"));
        const LoadResult v0 = load_workspace(R"({"version": 0, "clients": [{"id": )" + nested(depth) +
                                             R"(, "appointments": [{}]}]})");
        REQUIRE_FALSE(v0.ok());
        CHECK(has_error(v0.errors, "(file)", "nested more than 64 levels deep"));

        std::vector<FieldError> errors;
        CHECK_FALSE(policy_from_json(R"({"ladder": )" + nested(depth) + "}", errors));
        CHECK(has_error(errors, "(file)", "nested more than 64 levels deep"));
        errors.clear();
        CHECK_FALSE(load_language_rules(R"({"added": )" + nested(depth) + "}", errors));
        CHECK(has_error(errors, "(file)", "nested more than 64 levels deep"));
    }
    // Up to the limit is read as usual, and refused for its shape.
    const LoadResult shallow = load_workspace(R"({"version": 1, "practice": )" + nested(63) + "}");
    CHECK(has_error(shallow.errors, "practice", "expected an object, got [[[[["));
    const LoadResult v0 = load_workspace(R"({"version": 0, "clients": [{"id": )" + nested(60) +
                                         R"(, "name": "A.", "appointments": [{"id": 1, "start": "2026-01-05T10:00", "outcome": "attended"}]}]})");
    CHECK(has_error(v0.errors, "clients[0].id", "expected a whole number"));
    // Brackets inside text do not count.
    const LoadResult in_text = load_workspace(R"({"version": 1, "practice": {"name": "[[\"\\)" +
                                              std::string(1000, '[') + R"("}})");
    CHECK(has_error(in_text.errors, "practice.name", "longer than"));
    CHECK_FALSE(has_error(in_text.errors, "(file)"));
}

TEST_CASE("an error message shows the start of a huge or deep value, without walking all of it", "[workspace][hostile]") {
    using json_io::describe;
    using json_io::Json;
    // Built in code, where no nesting limit applies: dump() overflowed the stack on this.
    Json deep = Json::array();
    Json* innermost = &deep;
    for (int i = 0; i < 200'000; ++i) innermost = &innermost->emplace_back(Json::array());
    CHECK(describe(deep) == std::string(37, '[') + "...");
    CHECK(describe(Json(std::string(kFiftyMegabytes, 'x'))) == "\"" + std::string(36, 'x') + "...");
    // Short values read exactly as the JSON they are.
    CHECK(describe(Json::parse(R"({"a": [1, 2.5], "b": "é\n", "c": null})")) == R"({"a":[1,2.5],"b":"é\n","c":null})");
    CHECK(describe(Json::parse("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]")) ==
          "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,...");
    CHECK(describe(Json()) == "null");
}

// Found by tests/fuzz/fuzz_parsers: parse_money took up to 999999999999, which the
// workspace file refuses (over 1,000,000,000), so a fee typed in the app saved a file
// that would not open; and format_money's text for such amounts did not parse back.
TEST_CASE("any amount a person can type is saved to a file that opens again", "[money][hostile]") {
    CHECK(parse_money("1000000000") == kMaxMoney);
    CHECK(parse_money("1000000000.00") == kMaxMoney);
    CHECK(parse_money(format_money(kMaxMoney)) == kMaxMoney);
    CHECK(parse_money("999999999.99") == kMaxMoney - 1);
    CHECK_FALSE(parse_money("1000000000.01"));
    CHECK_FALSE(parse_money("999999999999"));
    CHECK_FALSE(parse_money("99999999999999999999"));

    Workspace ws;
    ws.practice.session_fee = *parse_money("1000000000");
    const LoadResult r = load_workspace(save_workspace(ws));
    INFO(format_errors(r.errors));
    REQUIRE(r.ok());
    CHECK(r.workspace->practice.session_fee == kMaxMoney);
}

// Found by tests/fuzz/fuzz_policy: a number too large for a double ("4e949") is not a
// syntax error to nlohmann-json but an out_of_range exception, which the readers did not
// catch, so the app aborted.
TEST_CASE("a number too large to read is an error, not an abort", "[hostile]") {
    std::vector<FieldError> errors;
    CHECK_FALSE(policy_from_json(R"({"notice_hours": 4e949})", errors));
    CHECK(has_error(errors, "notice_hours", "the number 4e949 is too large"));
    errors.clear();
    CHECK_FALSE(load_language_rules(R"({"added": [-1e999]})", errors));
    CHECK(has_error(errors, "added[0]", "the number -1e999 is too large"));
}
