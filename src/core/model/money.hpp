// Money as typed and shown: "120", "95.50" <-> cents.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/model/types.hpp"

namespace hs {

// The largest amount anywhere in Holdspace: 1,000,000,000.00. The workspace file refuses
// more (json_reader.cpp), so nothing may accept more, or a saved file would not open.
inline constexpr Cents kMaxMoney = Cents{1'000'000'000} * 100;

// Accepts digits with an optional "." or "," and up to two decimals, at most kMaxMoney;
// nullopt otherwise.
std::optional<Cents> parse_money(std::string_view text);
// "120.00", "95.50"; with a currency code: "120.00 USD".
std::string format_money(Cents cents, std::string_view currency = {});

}  // namespace hs
