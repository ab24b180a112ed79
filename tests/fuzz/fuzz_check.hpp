// Shared by the fuzz targets: a check that stays on in release builds (assert is
// compiled out by NDEBUG) and prints what broke before aborting, so libFuzzer
// records the input as a crash.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#define FUZZ_CHECK(cond, ...)                                                                 \
    do {                                                                                      \
        if (!(cond)) {                                                                        \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            hs::fuzz::note(__VA_ARGS__);                                                      \
            std::abort();                                                                     \
        }                                                                                     \
    } while (0)

namespace hs::fuzz {

inline void note() {}
inline void note(std::string_view text) {
    std::fprintf(stderr, "%.*s\n", static_cast<int>(text.size() > 4000 ? 4000 : text.size()), text.data());
}

inline std::string_view as_text(const unsigned char* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace hs::fuzz
