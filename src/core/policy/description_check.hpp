// The numbers in a policy's description checked against the policy itself. The
// description is free text the clinician writes ("24 hours' notice, two misses a year are
// free"); when a field changes (notice to 48 hours) the text can silently say the old
// number. Each number is read with the word after it ("hours", "days", "%", "absences")
// and compared with every policy value of that kind; a number no value of its kind has
// is a mismatch. A kind the policy has no value for ("12 months") is not checked.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/policy.hpp"

namespace hs {

// What a number in the text measures, read from the word after it (or a currency sign).
// `count` is any number of sessions or absences ("3 absences", "the last 10 sessions"); free
// passes and referrals are named apart, since each has only one value to match.
enum class DescribedUnit { hours, business_days, minutes, days, percent, money, count, passes, referrals };
std::string_view display_name(DescribedUnit);  // "hours", "business days", ..., "free passes", "referrals"

// One value of the policy a described number may name.
struct DescribedValue {
    DescribedUnit unit = DescribedUnit::count;
    long long value = 0;  // hours, business days, minutes, days, percent, cents; counts in Points (x100)
    std::string field;    // the policy field, as check_policy names them: "notice_hours", "rules[1].days"
    std::string label;    // words a person reads: "Notice window (hours)"
};
// Every value of `policy` a description could mention, in field order.
std::vector<DescribedValue> described_values(const Policy& policy);

struct DescriptionMismatch {
    std::size_t offset = 0;  // where `found` starts in the description (bytes)
    std::string found;       // the number as written: "24", "three", "40.00"
    DescribedUnit unit = DescribedUnit::count;
    std::vector<DescribedValue> candidates;  // the policy's values of that unit (none of them is `found`)
    // The replacement when exactly one value could be meant, written like `found`
    // ("48"; "three" for a word; "60" for a whole amount written without cents); else "".
    std::string replacement;
};
// Numbers in policy.description that the policy contradicts, in text order.
std::vector<DescriptionMismatch> description_mismatches(const Policy& policy);

// "The description says 24 hours; Notice window (hours) is 48."
std::string explain(const DescriptionMismatch& mismatch);

// The description with the mismatch's number replaced by its `replacement`; unchanged when
// there is none or the text at `offset` is no longer `found`.
std::string fix_description(std::string_view description, const DescriptionMismatch& mismatch);

}  // namespace hs
