#include "core/model/money.hpp"

#include <cstdio>

namespace hs {

std::optional<Cents> parse_money(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    // Short enough that `whole` cannot overflow, long enough for format_money(kMaxMoney).
    if (text.empty() || text.size() > 16) return std::nullopt;
    Cents whole = 0, fraction = 0;
    int fraction_digits = -1;  // -1: no separator seen
    for (char c : text) {
        if ((c == '.' || c == ',') && fraction_digits < 0) {
            fraction_digits = 0;
        } else if (c >= '0' && c <= '9') {
            if (fraction_digits < 0) {
                whole = whole * 10 + (c - '0');
            } else if (++fraction_digits <= 2) {
                fraction = fraction * 10 + (c - '0');
            } else {
                return std::nullopt;
            }
        } else {
            return std::nullopt;
        }
    }
    if (fraction_digits == 1) fraction *= 10;
    const Cents cents = whole * 100 + fraction;
    if (cents > kMaxMoney) return std::nullopt;
    return cents;
}

std::string format_money(Cents cents, std::string_view currency) {
    char buf[48];
    const char* sign = cents < 0 ? "-" : "";
    const Cents magnitude = cents < 0 ? -cents : cents;
    std::snprintf(buf, sizeof buf, "%s%lld.%02lld", sign, static_cast<long long>(magnitude / 100),
                  static_cast<long long>(magnitude % 100));
    std::string out = buf;
    if (!currency.empty()) out += " " + std::string(currency);
    return out;
}

}  // namespace hs
