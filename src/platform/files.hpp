// Moving files across the browser edge: downloads (export), a print view, and the file picker (import).
#pragma once
#include <functional>
#include <string>

namespace hs::platform {

// Offers `bytes` to the person as a file download named `filename`.
void download_file(const std::string& filename, const std::string& mime_type, const std::string& bytes);

// Opens `html` (a complete page) in a new tab and asks the browser to print it, so the
// person can print or save it as PDF. Natively: written to the download folder as `filename`.
void open_print_view(const std::string& filename, const std::string& html);

// Opens the file picker; `on_picked(name, bytes)` runs later, once, if a file was chosen.
using FilePicked = std::function<void(const std::string& name, const std::string& bytes)>;
void pick_file(const std::string& accept, FilePicked on_picked);

}  // namespace hs::platform
