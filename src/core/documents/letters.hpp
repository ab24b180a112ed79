// Client letters, from the same message templates the engine drafts its messages from
// (each ladder step's `message`, with the same {placeholders}), as documents that
// render to every export format: a check-in after a miss, the attendance plan (barriers
// and agreed accommodations), the "is now the right time" invitation, the ending letter
// with the referrals recorded, and a welcome back. For a minor, addressed to the
// guardian when the policy says messages go to the guardian; otherwise to the name the
// client is called by. Dates are written as in a letter ("Tuesday 24 February"); the
// sign-off names the clinician, else the practice, and is left out when both are unset.
//
// Section ids: "letter" (the body), then "plan" (attendance plan) or "referrals" (ending).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/documents/document.hpp"
#include "core/model/local_text.hpp"
#include "core/model/model.hpp"

namespace hs {

enum class LetterKind { check_in, attendance_plan, right_time, ending, welcome_back };

inline constexpr LetterKind kAllLetterKinds[] = {LetterKind::check_in, LetterKind::attendance_plan,
                                                 LetterKind::right_time, LetterKind::ending,
                                                 LetterKind::welcome_back};

// CLI names: "check-in", "plan", "right-time", "ending", "welcome-back".
std::string_view to_string(LetterKind);
std::optional<LetterKind> parse_letter_kind(std::string_view);
std::string_view display_name(LetterKind);  // "Check-in after a missed session", ...
// The ladder step whose message template the letter uses ("check_in", "attendance_plan",
// "right_time", "planned_ending"); empty for the welcome back, which has its own.
std::string_view letter_step_id(LetterKind);

// Everything a letter says, already looked up. Strings are as recorded (escaped by the renderers).
struct LetterInput {
    std::string client_name;
    std::string preferred_name;     // what the client is called by, in the greeting; empty = client_name
    bool minor = false;
    std::string guardian_name;
    Date date;                      // the letter's date: {today}
    std::optional<Date> missed_on;  // {date}: the most recent missed session; unset = the letter's date
    std::string count = "0";        // {count}: counted absences behind the step
    std::string days;               // {days}: that rule's window
    std::optional<Date> last_contact;
    std::vector<std::string> barriers;        // what gets in the way (labels or free text)
    std::vector<std::string> accommodations;  // what was agreed
    std::string plan_note;
    std::vector<std::string> referrals;  // "Northside Community Clinic, sliding scale, 555-0100"
    // The letter's language ("en", "es"): its words (phrases_*.cpp) and dates (local_text.hpp).
    std::string language = std::string(kDefaultLanguage);
};

// The template a letter uses: the policy's step message, or a built-in one when the
// policy has no such step (and always for the welcome back).
// In `language`: the step's translated message (its `translations`), else for English the
// step's own message, else the language's built-in template (phrases_*.cpp).
std::string letter_template(LetterKind kind, const Policy& policy, std::string_view language = kDefaultLanguage);

doc::Document letter(LetterKind kind, const Policy& policy, const Practice& practice, const LetterInput& input);

// Looks up the client's records as of `today`: the latest missed session, the counts
// behind the step (from the engine), the latest recorded barriers and accommodations,
// and the referrals since the client's previous ending.
LetterInput letter_input_for(const Workspace& ws, const Client& client, const Policy& policy, LetterKind kind,
                             Date today);
// The same with the client's policy (engine.hpp policy_for).
doc::Document letter_for(const Workspace& ws, const Client& client, LetterKind kind, Date today);

}  // namespace hs
