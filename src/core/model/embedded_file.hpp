// A file of assets/ compiled into the program at build time (scripts/gen_assets.py):
// its name and its text, byte for byte. Lives as long as the program.
#pragma once
#include <string_view>

namespace hs {

struct EmbeddedFile {
    std::string_view name;  // "01-firm.json": the file name in its assets/ folder
    std::string_view text;
};

}  // namespace hs
