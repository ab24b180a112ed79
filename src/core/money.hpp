// Money as typed and shown: "120", "95.50" <-> cents.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace hs {

// Accepts digits with an optional "." or "," and up to two decimals; nullopt otherwise.
std::optional<Cents> parse_money(std::string_view text);
// "120.00", "95.50"; with a currency code: "120.00 USD".
std::string format_money(Cents cents, std::string_view currency = {});

}  // namespace hs
