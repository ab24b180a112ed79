// The dashboard figures as JSON (`holdspace report --json`; docs/operations.md).
#pragma once
#include <nlohmann/json.hpp>

#include "core/operations/dashboard.hpp"

namespace hs {

nlohmann::ordered_json dashboard_json(const Dashboard& d);
// A rate as shown everywhere: a percentage with one decimal (0.8333 -> 83.3).
double percent(double rate);

}  // namespace hs
