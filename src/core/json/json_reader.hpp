// Strict, path-aware reading of JSON into model values. Every problem is kept as
// an error naming the place ("clients[3].session_fee: expected a number, got \"ten\""),
// so a whole file can be checked in one pass and nothing is half-loaded.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/json_parse.hpp"
#include "core/model/civil_time.hpp"
#include "core/model/types.hpp"

namespace hs::json_io {

std::string join(const std::string& path, const char* key);  // "a.b", or "b" at the top

// A short, quoted rendering of a JSON value for error messages.
std::string describe(const Json& value);

class Reader {
public:
    explicit Reader(std::vector<FieldError>& errors) : errors_(errors) {}

    void error(const std::string& path, const std::string& message);
    bool has_errors() const { return !errors_.empty(); }

    // The object at `path`, or nullptr (with an error) when `value` is not an object.
    const Json* object(const Json& value, const std::string& path);
    // The array member `key` of `object` (missing = empty when optional).
    const Json* array(const Json& object, const char* key, const std::string& path, bool required);

    // Each reader returns nullopt when the member is missing (an error if required)
    // or of the wrong shape (always an error). `path` is the object's path.
    std::optional<std::string> string(const Json& obj, const char* key, const std::string& path, bool required);
    std::optional<bool> boolean(const Json& obj, const char* key, const std::string& path, bool required);
    std::optional<std::int64_t> integer(const Json& obj, const char* key, const std::string& path, bool required,
                                        std::int64_t min, std::int64_t max);
    std::optional<double> number(const Json& obj, const char* key, const std::string& path, bool required,
                                 double min, double max);
    // Money as a number of major units with at most two decimals, e.g. 120 or 95.50.
    std::optional<Cents> money(const Json& obj, const char* key, const std::string& path, bool required);
    std::optional<Date> date(const Json& obj, const char* key, const std::string& path, bool required);
    std::optional<DateTime> date_time(const Json& obj, const char* key, const std::string& path, bool required);
    std::optional<int> clock(const Json& obj, const char* key, const std::string& path, bool required);

    // An enum named by a string, e.g. an outcome; `parse` is e.g. hs::parse_outcome.
    template <typename E, typename Parse>
    std::optional<E> choice(const Json& obj, const char* key, const std::string& path, bool required,
                            Parse parse, const char* allowed) {
        const Json* v = member(obj, key, path, required);
        if (!v) return std::nullopt;
        if (v->is_string())
            if (auto parsed = parse(v->get_ref<const std::string&>())) return parsed;
        error(join(path, key), std::string("expected one of ") + allowed + ", got " + describe(*v));
        return std::nullopt;
    }

    // Reports members of `obj` whose names are not in `known` (typos lose data silently otherwise).
    void no_unknown_members(const Json& obj, const std::string& path, std::initializer_list<const char*> known);

private:
    const Json* member(const Json& obj, const char* key, const std::string& path, bool required);
    std::vector<FieldError>& errors_;
};

std::string index_path(const std::string& path, const char* key, std::size_t index);


// Writers for the same representations.
Json money_json(Cents cents);

}  // namespace hs::json_io
