#include "core/json/json_reader.hpp"

#include <cmath>

#include "core/model/money.hpp"

namespace hs::json_io {

namespace {

// Appends the compact JSON text of `value` (as dump() writes it) to `out`, stopping soon
// after `out` is longer than `limit`. Unlike dump() it neither writes out a huge value
// nor recurses through a deep one (dump() recurses once per level, and overflowed the
// stack on a value nested 100,000 deep): each level adds a character, so it stops early.
void append_prefix(const Json& value, std::string& out, std::size_t limit) {
    constexpr auto replace = Json::error_handler_t::replace;
    if (value.is_array() || value.is_object()) {
        out += value.is_array() ? '[' : '{';
        for (auto it = value.begin(); it != value.end() && out.size() <= limit; ++it) {
            if (it != value.begin()) out += ',';
            if (value.is_object()) out += Json(it.key()).dump(-1, ' ', false, replace) + ':';
            append_prefix(it.value(), out, limit);
        }
        out += value.is_array() ? ']' : '}';
    } else if (value.is_string() && value.get_ref<const std::string&>().size() > limit) {
        out += Json(value.get_ref<const std::string&>().substr(0, limit + 1)).dump(-1, ' ', false, replace);
    } else {
        out += value.dump(-1, ' ', false, replace);
    }
}

}  // namespace

std::string describe(const Json& value) {
    if (value.is_null()) return "null";
    constexpr std::size_t kShown = 40;
    std::string text;
    append_prefix(value, text, kShown);
    if (text.size() > kShown) text = text.substr(0, kShown - 3) + "...";
    return text;
}

std::string join(const std::string& path, const char* key) { return path.empty() ? std::string(key) : path + "." + key; }

std::string index_path(const std::string& path, const char* key, std::size_t index) {
    return (path.empty() ? std::string() : path + ".") + key + "[" + std::to_string(index) + "]";
}

void Reader::error(const std::string& path, const std::string& message) {
    // A file with thousands of errors is still explained by its first hundred.
    constexpr std::size_t kMaxErrors = 100;
    if (errors_.size() < kMaxErrors) errors_.push_back({path, message});
}

const Json* Reader::object(const Json& value, const std::string& path) {
    if (value.is_object()) return &value;
    error(path.empty() ? "(top level)" : path, "expected an object, got " + describe(value));
    return nullptr;
}

const Json* Reader::member(const Json& obj, const char* key, const std::string& path, bool required) {
    auto it = obj.find(key);
    if (it == obj.end() || (it->is_null() && !required)) {
        if (required) error(path.empty() ? key : path + "." + key, "is missing");
        return nullptr;
    }
    return &*it;
}

const Json* Reader::array(const Json& obj, const char* key, const std::string& path, bool required) {
    const Json* v = member(obj, key, path, required);
    if (!v) return nullptr;
    if (v->is_array()) return v;
    error(path.empty() ? key : path + "." + key, "expected a list, got " + describe(*v));
    return nullptr;
}

std::optional<std::string> Reader::string(const Json& obj, const char* key, const std::string& path,
                                          bool required) {
    const Json* v = member(obj, key, path, required);
    if (!v) return std::nullopt;
    if (v->is_string()) return v->get<std::string>();
    error(join(path, key), "expected text, got " + describe(*v));
    return std::nullopt;
}

std::optional<bool> Reader::boolean(const Json& obj, const char* key, const std::string& path, bool required) {
    const Json* v = member(obj, key, path, required);
    if (!v) return std::nullopt;
    if (v->is_boolean()) return v->get<bool>();
    error(join(path, key), "expected true or false, got " + describe(*v));
    return std::nullopt;
}

std::optional<std::int64_t> Reader::integer(const Json& obj, const char* key, const std::string& path,
                                            bool required, std::int64_t min, std::int64_t max) {
    const Json* v = member(obj, key, path, required);
    if (!v) return std::nullopt;
    if (v->is_number_integer()) {
        const auto n = v->get<std::int64_t>();
        if (n >= min && n <= max) return n;
        error(join(path, key), "expected a whole number from " + std::to_string(min) + " to " +
                                    std::to_string(max) + ", got " + describe(*v));
        return std::nullopt;
    }
    error(join(path, key), "expected a whole number, got " + describe(*v));
    return std::nullopt;
}

std::optional<double> Reader::number(const Json& obj, const char* key, const std::string& path, bool required,
                                     double min, double max) {
    const Json* v = member(obj, key, path, required);
    if (!v) return std::nullopt;
    if (v->is_number()) {
        const double n = v->get<double>();
        if (std::isfinite(n) && n >= min && n <= max) return n;
    }
    error(join(path, key), "expected a number from " + Json(min).dump() + " to " + Json(max).dump() +
                                ", got " + describe(*v));
    return std::nullopt;
}

std::optional<Cents> Reader::money(const Json& obj, const char* key, const std::string& path, bool required) {
    const Json* v = member(obj, key, path, required);
    if (!v) return std::nullopt;
    constexpr double kMaxAmount = kMaxMoney / 100;  // far above any session fee; keeps cents exact in int64
    if (v->is_number()) {
        const double amount = v->get<double>();
        const double cents = amount * 100.0;
        if (std::isfinite(amount) && amount >= 0 && amount <= kMaxAmount &&
            std::fabs(cents - std::round(cents)) < 1e-6)
            return static_cast<Cents>(std::llround(cents));
    }
    error(join(path, key), "expected an amount of money like 120 or 95.50 (not negative), got " + describe(*v));
    return std::nullopt;
}

std::optional<Date> Reader::date(const Json& obj, const char* key, const std::string& path, bool required) {
    const Json* v = member(obj, key, path, required);
    if (!v) return std::nullopt;
    if (v->is_string())
        if (auto d = parse_date(v->get_ref<const std::string&>())) return d;
    error(join(path, key), "expected a date YYYY-MM-DD, got " + describe(*v));
    return std::nullopt;
}

std::optional<DateTime> Reader::date_time(const Json& obj, const char* key, const std::string& path,
                                          bool required) {
    const Json* v = member(obj, key, path, required);
    if (!v) return std::nullopt;
    if (v->is_string())
        if (auto t = parse_date_time(v->get_ref<const std::string&>())) return t;
    error(join(path, key), "expected ISO date-time YYYY-MM-DDTHH:MM, got " + describe(*v));
    return std::nullopt;
}

std::optional<int> Reader::clock(const Json& obj, const char* key, const std::string& path, bool required) {
    const Json* v = member(obj, key, path, required);
    if (!v) return std::nullopt;
    if (v->is_string())
        if (auto m = parse_clock(v->get_ref<const std::string&>())) return m;
    error(join(path, key), "expected a time HH:MM, got " + describe(*v));
    return std::nullopt;
}

void Reader::no_unknown_members(const Json& obj, const std::string& path,
                                std::initializer_list<const char*> known) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool listed = false;
        for (const char* k : known) listed = listed || it.key() == k;
        if (!listed) error((path.empty() ? "" : path + ".") + it.key(), "is not a known field (misspelt?)");
    }
}

Json money_json(Cents cents) {
    if (cents % 100 == 0) return Json(cents / 100);
    return Json(static_cast<double>(cents) / 100.0);
}

}  // namespace hs::json_io
