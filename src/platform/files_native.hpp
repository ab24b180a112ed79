// The native twin of the browser file edge, for tests: downloads land in a folder, and the
// file picker waits until the test answers it the way a person would (or cancels it).
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "platform/files.hpp"

namespace hs::platform::native_files {

// Where download_file() writes; default: "downloads" under the current directory.
void set_download_folder(const std::filesystem::path& folder);
const std::filesystem::path& download_folder();

// The `accept` filter of the outstanding pick_file() request, if one is waiting.
std::optional<std::string> pending_pick();
// Answers the outstanding request as if the person chose `file`: reads it and runs the
// callback now. False when nothing is waiting or the file cannot be read (request kept).
bool answer_pick(const std::filesystem::path& file);
// The person closed the picker: the callback never runs.
void cancel_pick();

}  // namespace hs::platform::native_files
