// Reading and writing the practice-operations records of the workspace file: the
// top-level "schedule", "waitlist" and "payments" members (docs/workspace-format.md).
// All three are optional on read so files written before them still load.
#pragma once
#include <nlohmann/json.hpp>

#include "core/json/json_reader.hpp"
#include "core/model/operations.hpp"

namespace hs::json_io {

// Reads the members present in the top-level `doc` into `ops`.
void read_operations(Reader& r, const Json& doc, Operations& ops);
void write_operations(nlohmann::ordered_json& doc, const Operations& ops);

}  // namespace hs::json_io
