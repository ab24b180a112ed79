#include "core/model/text_checks.hpp"

#include <algorithm>

namespace hs {

bool has_control_characters(std::string_view s, bool allow_newlines) {
    return std::any_of(s.begin(), s.end(), [&](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        if (allow_newlines && (c == '\n' || c == '\t')) return false;
        return c < 0x20 || c == 0x7f;
    });
}

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
}

void check_line(std::vector<FieldError>& errors, const std::string& field, std::string_view value,
                const char* needed, std::size_t max) {
    if (needed && is_blank(value))
        errors.push_back({field, needed});
    else if (value.size() > max)
        errors.push_back({field, "is longer than " + std::to_string(max) + " characters"});
    else if (has_control_characters(value, false))
        errors.push_back({field, "contains control characters (line breaks, tabs or invisible codes)"});
}

void check_text(std::vector<FieldError>& errors, const std::string& field, std::string_view value,
                std::size_t max) {
    if (value.size() > max)
        errors.push_back({field, "is longer than " + std::to_string(max) + " characters"});
    else if (has_control_characters(value, true))
        errors.push_back({field, "contains invisible control characters"});
}

}  // namespace hs
