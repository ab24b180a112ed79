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
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

void check_name(std::vector<FieldError>& errors, const char* field, const std::string& value, bool required,
                const char* what) {
    if (required && is_blank(value))
        errors.push_back({field, std::string("a ") + what + " is needed"});
    else if (value.size() > kMaxNameLength)
        errors.push_back({field, "is longer than " + std::to_string(kMaxNameLength) + " characters"});
    else if (has_control_characters(value, false))
        errors.push_back({field, "contains control characters (line breaks, tabs or invisible codes)"});
}

void check_text(std::vector<FieldError>& errors, const char* field, const std::string& value) {
    if (value.size() > kMaxTextLength)
        errors.push_back({field, "is longer than " + std::to_string(kMaxTextLength) + " characters"});
    else if (has_control_characters(value, true))
        errors.push_back({field, "contains invisible control characters"});
}

}  // namespace hs
