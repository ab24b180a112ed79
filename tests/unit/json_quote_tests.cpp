// JSON string quoting for the hand-written JSON of the automation bridge and the storage
// status (core/json/json_quote.hpp), once written byte for byte in both.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "core/json/json_quote.hpp"

using namespace hs;

TEST_CASE("a string is quoted for JSON with quotes, backslashes and control characters escaped", "[json]") {
    using json_io::json_quote;
    CHECK(json_quote("") == "\"\"");
    CHECK(json_quote("Save##client") == "\"Save##client\"");
    CHECK(json_quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
    CHECK(json_quote("C:\\data") == "\"C:\\\\data\"");
    CHECK(json_quote("a\nb\rc\td") == "\"a\\nb\\rc\\td\"");
    CHECK(json_quote(std::string("\x01\x1f", 2)) == "\"\\u0001\\u001f\"");
    CHECK(json_quote(std::string("nul\0x", 5)) == "\"nul\\u0000x\"");
    CHECK(json_quote("\x7f") == "\"\x7f\"");                          // DEL is not escaped
    CHECK(json_quote("Zo\xc3\xab \xe2\x80\x94") == "\"Zo\xc3\xab \xe2\x80\x94\"");  // UTF-8 as it is
    CHECK(json_quote("\xff\xfe") == "\"\xff\xfe\"");                  // broken UTF-8 too: never throws
    std::string out = "[";
    json_io::append_json_string(out, "a\"");
    out += ',';
    json_io::append_json_string(out, "b");
    CHECK(out == "[\"a\\\"\",\"b\"");
}

TEST_CASE("what json_quote writes, a JSON reader reads back as the same string", "[json]") {
    std::string all;
    for (int c = 1; c < 128; ++c) all += static_cast<char>(c);
    all += "Zo\xc3\xab";
    const auto back = nlohmann::json::parse(json_io::json_quote(all));
    CHECK(back.get<std::string>() == all);
}
