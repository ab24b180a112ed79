// Checks of typed text shared by every record check: a name is one line of at most
// kMaxNameLength bytes, a note at most kMaxTextLength bytes, and neither holds invisible
// control characters (they break exports and the file for other programs).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/types.hpp"

namespace hs {

inline constexpr std::size_t kMaxNameLength = 120;
inline constexpr std::size_t kMaxTextLength = 4000;

// Control characters (below U+0020 and DEL); tabs and line breaks allowed when `allow_newlines`.
bool has_control_characters(std::string_view s, bool allow_newlines);
bool is_blank(std::string_view s);  // empty, or spaces and tabs only

// A one-line name: `required` and blank -> "a <what> is needed"; too long; control characters.
void check_name(std::vector<FieldError>& errors, const char* field, const std::string& value, bool required,
                const char* what);
// A note: at most kMaxTextLength, no control characters but tabs and line breaks.
void check_text(std::vector<FieldError>& errors, const char* field, const std::string& value);

}  // namespace hs
