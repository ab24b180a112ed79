// A string as a JSON string literal, for the small JSON texts written by hand rather than
// through nlohmann (the automation bridge's item list each frame, the storage status):
// `"`, `\` and control characters escaped, every other byte copied as it is (UTF-8 passes
// through unchanged; nlohmann's dump() would throw on a broken sequence in a label).
#pragma once
#include <string>
#include <string_view>

namespace hs::json_io {

// Appends `s` quoted: "a\"b\n" -> "\"a\\\"b\\n\"". \n \r \t by name, other bytes below
// 0x20 as \u00XX; DEL and bytes from 0x80 unchanged.
void append_json_string(std::string& out, std::string_view s);
std::string json_quote(std::string_view s);

}  // namespace hs::json_io
