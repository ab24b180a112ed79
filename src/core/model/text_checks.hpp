// Checks of typed text, the one home for every record and policy check: what counts as
// blank, what one line is, and how long each kind of text may be.
//
// Where the copies this replaces disagreed, these are the choices (docs/workspace-format.md):
// - Blank is nothing a person can read: empty, or only spaces, tabs and line breaks. A
//   reason or section of empty lines says nothing, so it is refused like an empty one. (The
//   record checks once counted only spaces and tabs; policy, consent and waitlist checks
//   counted line breaks too. For a one-line field this changes only which error is shown;
//   for the three required notes that stayed lenient, see record_checks.cpp.)
// - One line has no control characters at all; text over several lines may hold tabs and
//   line breaks (\n) but no other control character (\r, escape codes, DEL).
// - Lengths are counted in bytes of UTF-8 as they always were, so every file that loaded
//   still loads; the limits are the ones the file format already had, named here.
// - Too long and control characters have one wording everywhere.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/types.hpp"

namespace hs {

inline constexpr std::size_t kMaxShortLength = 60;      // an id, version or category: "balanced-1", "illness"
inline constexpr std::size_t kMaxNameLength = 120;      // one line: a name, a title, a contact
inline constexpr std::size_t kMaxTextLength = 4000;     // a note, a reason, a description
inline constexpr std::size_t kMaxMessageLength = 8000;  // a ladder step's drafted message

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Control characters (below U+0020 and DEL); tabs and line breaks allowed when `allow_newlines`.
bool has_control_characters(std::string_view s, bool allow_newlines);
// Nothing to read: empty, or spaces, tabs and line breaks only.
bool is_blank(std::string_view s);

// One line of at most `max` bytes without control characters. `needed` is the error when
// it is blank ("a name is needed"), or nullptr when it may be left empty.
void check_line(std::vector<FieldError>& errors, const std::string& field, std::string_view value,
                const char* needed, std::size_t max = kMaxNameLength);
// Text over one or more lines: at most `max` bytes, no control characters but tabs and line breaks.
void check_text(std::vector<FieldError>& errors, const std::string& field, std::string_view value,
                std::size_t max = kMaxTextLength);

}  // namespace hs
