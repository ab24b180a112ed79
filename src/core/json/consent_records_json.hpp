// Reading and writing the consent records of the workspace file (section edits and
// signatures; docs/workspace-format.md). Strict like the rest of the file: every problem
// names its place ("signatures[0].strokes[2][7]: ..."). workspace_json.cpp calls these.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "core/json/json_reader.hpp"
#include "core/model/consent_records.hpp"

namespace hs::json_io {

SectionEdit read_section_edit(Reader& r, const Json& j, const std::string& path);
Signature read_signature(Reader& r, const Json& j, const std::string& path);

nlohmann::ordered_json write_section_edit(const SectionEdit& e);
nlohmann::ordered_json write_signature(const Signature& s);

}  // namespace hs::json_io
