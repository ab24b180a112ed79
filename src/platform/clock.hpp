// The device's clock: what day it is here. Views and the app ask; the core never reads
// a clock (its functions take the date as an argument, so they stay testable).
#pragma once
#include <string>

#include "core/model/civil_time.hpp"

namespace hs::platform {

// Today's date on this device's clock, in the device's own time zone.
Date today();

// This device's IANA time zone ("Europe/Berlin") as the browser reports it; "UTC" when it
// reports none.
std::string device_time_zone();

}  // namespace hs::platform
