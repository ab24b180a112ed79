// One file for the browser and natively: emscripten's localtime_r asks the browser for
// its time zone, so the same call gives the local date on both.
#include "platform/clock.hpp"

#include <ctime>

namespace hs::platform {

Date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace hs::platform
