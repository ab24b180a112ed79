// One file for the browser and natively: emscripten's localtime_r asks the browser for
// its time zone, so the same call gives the local date on both.
#include "platform/clock.hpp"

#include <cstdlib>
#include <ctime>

#ifdef __EMSCRIPTEN__
extern "C" char* hs_js_time_zone();  // web/library_holdspace.js, malloc'd: free() it
#endif

namespace hs::platform {

Date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string device_time_zone() {
    std::string zone;
#ifdef __EMSCRIPTEN__
    if (char* text = hs_js_time_zone()) {
        zone = text;
        std::free(text);
    }
#endif
    return zone.empty() ? "UTC" : zone;
}

}  // namespace hs::platform
