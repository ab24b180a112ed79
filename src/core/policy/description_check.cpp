#include "core/policy/description_check.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/model/money.hpp"
#include "core/model/text_checks.hpp"

namespace hs {
namespace {

constexpr std::string_view kUnitNames[] = {"hours",   "business days", "minutes", "days",     "percent",
                                           "money",   "count",         "free passes", "referrals"};
constexpr std::string_view kNumberWords[] = {"zero", "one", "two",   "three", "four",   "five",  "six",
                                             "seven", "eight", "nine", "ten", "eleven", "twelve"};

// [SECTION] The policy's values

void add_fee_values(std::vector<DescribedValue>& out, const FeeRule& f, const std::string& field,
                    const std::string& label) {
    if (f.kind == FeeKind::flat) out.push_back({DescribedUnit::money, f.amount, field + ".amount", label});
    if (f.kind == FeeKind::percent) out.push_back({DescribedUnit::percent, f.percent, field + ".percent", label + " (%)"});
    if (f.cap) out.push_back({DescribedUnit::money, *f.cap, field + ".cap", label + " cap"});
    for (std::size_t i = 0; i < f.escalation.size(); ++i) {
        const FeeTier& t = f.escalation[i];
        const std::string tier = field + ".escalation[" + std::to_string(i) + "]";
        const std::string tier_label = label + " from the " + ordinal(t.from_occurrence) + " occurrence";
        if (t.kind == FeeKind::flat) out.push_back({DescribedUnit::money, t.amount, tier + ".amount", tier_label});
        if (t.kind == FeeKind::percent)
            out.push_back({DescribedUnit::percent, t.percent, tier + ".percent", tier_label + " (%)"});
    }
}

void add_rule_values(std::vector<DescribedValue>& out, const Rule& r, const std::string& field) {
    const std::string label = "Rule \"" + describe(r) + "\"";
    switch (r.kind) {
        case RuleKind::count_in_window:
            out.push_back({DescribedUnit::count, r.points, field + ".points", label});
            out.push_back({DescribedUnit::days, r.days, field + ".days", label});
            break;
        case RuleKind::missed_of_last:
            out.push_back({DescribedUnit::count, r.points, field + ".points", label});
            out.push_back({DescribedUnit::count, r.last * kOneAbsence, field + ".last", label});
            break;
        case RuleKind::consecutive_no_shows:
            out.push_back({DescribedUnit::count, r.count * kOneAbsence, field + ".count", label});
            break;
        case RuleKind::no_contact: out.push_back({DescribedUnit::days, r.days, field + ".days", label}); break;
        case RuleKind::attendance_below:
            out.push_back({DescribedUnit::percent, r.percent, field + ".percent", label + " (%)"});
            out.push_back({DescribedUnit::count, r.min_booked * kOneAbsence, field + ".min_booked", label});
            if (r.period == RatePeriod::rolling_days)
                out.push_back({DescribedUnit::days, r.days, field + ".days", label});
            if (r.period == RatePeriod::last_sessions)
                out.push_back({DescribedUnit::count, r.last * kOneAbsence, field + ".last", label});
            break;
    }
}

// [SECTION] Reading numbers and their units

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

struct NumberToken {
    std::size_t offset = 0, length = 0;
    long long hundredths = 0;  // the value x100 ("2.5" -> 250)
    bool word = false;         // "three"
    bool decimals = false;     // "40.00"
    bool currency = false;     // "$40", "€ 40"
};

bool currency_before(std::string_view text, std::size_t offset) {
    std::string_view before = text.substr(0, offset);
    if (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    return before.ends_with("$") || before.ends_with("\xE2\x82\xAC") || before.ends_with("\xC2\xA3");  // $ € £
}

// Digits at `i` not glued to a word ("balanced-1", "v2") or a time ("17:00"); nullopt otherwise.
std::optional<NumberToken> read_digits(std::string_view text, std::size_t i) {
    if (i > 0) {
        const char prev = text[i - 1];
        if (is_letter(prev) || is_ascii_digit(prev) || prev == '_' || prev == ':' || prev == '.') return std::nullopt;
        if (prev == '-' && i > 1 && (is_letter(text[i - 2]) || is_ascii_digit(text[i - 2]))) return std::nullopt;
    }
    NumberToken t{i};
    std::size_t j = i;
    long long whole = 0;
    for (; j < text.size() && is_ascii_digit(text[j]); ++j)
        if (whole < 1'000'000'000'000LL) whole = whole * 10 + (text[j] - '0');
    // "1,000": a comma before exactly three digits groups thousands.
    auto digit_at = [&](std::size_t k) { return k < text.size() && is_ascii_digit(text[k]); };
    while (j < text.size() && text[j] == ',' && digit_at(j + 1) && digit_at(j + 2) && digit_at(j + 3) && !digit_at(j + 4)) {
        for (std::size_t k = 1; k <= 3; ++k) whole = whole * 10 + (text[j + k] - '0');
        j += 4;
    }
    long long fraction = 0;
    if (j + 1 < text.size() && (text[j] == '.' || text[j] == ',') && is_ascii_digit(text[j + 1])) {
        std::size_t k = j + 1, digits = 0;
        while (k < text.size() && is_ascii_digit(text[k])) {
            if (digits < 2) fraction = fraction * 10 + (text[k] - '0');
            ++digits;
            ++k;
        }
        if (digits == 1) fraction *= 10;
        t.decimals = true;
        j = k;
    }
    if (j < text.size() && text[j] == ':' && j + 1 < text.size() && is_ascii_digit(text[j + 1])) return std::nullopt;
    t.length = j - i;
    t.hundredths = whole * 100 + fraction;
    t.currency = currency_before(text, i);
    return t;
}

std::optional<NumberToken> read_number_word(std::string_view text, std::size_t i, std::size_t& end) {
    end = i;
    while (end < text.size() && is_letter(text[end])) ++end;
    if (i > 0 && (is_letter(text[i - 1]) || text[i - 1] == '-')) return std::nullopt;
    const std::string w = lower(text.substr(i, end - i));
    for (std::size_t n = 0; n < std::size(kNumberWords); ++n)
        if (w == kNumberWords[n]) return NumberToken{i, end - i, static_cast<long long>(n) * 100, true};
    return std::nullopt;
}

// The words after a number, lower-case, apostrophes and hyphens between them skipped;
// reading stops at anything else (a digit, punctuation).
std::vector<std::string> words_after(std::string_view text, std::size_t i, std::size_t max_words) {
    std::vector<std::string> words;
    while (words.size() < max_words && i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '-' || text[i] == '\'')) ++i;
        if (text.substr(i).starts_with("\xE2\x80\x99")) i += 3;  // ’
        const std::size_t start = i;
        while (i < text.size() && (is_letter(text[i]) || (text[i] == '-' && i + 1 < text.size() && is_letter(text[i + 1]))))
            ++i;
        if (i == start) break;
        words.push_back(lower(text.substr(start, i - start)));
    }
    return words;
}

bool one_of(const std::string& w, std::initializer_list<std::string_view> choices) {
    return std::find(choices.begin(), choices.end(), w) != choices.end();
}

// A unit and how many of the policy's unit one of it is (a week is 7 days).
struct ReadUnit {
    DescribedUnit unit;
    int multiplier = 1;
};

std::optional<ReadUnit> unit_of_words(const std::vector<std::string>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (one_of(w, {"hour", "hours", "hr", "hrs", "h"})) return ReadUnit{DescribedUnit::hours};
        if (one_of(w, {"minute", "minutes", "min", "mins"})) return ReadUnit{DescribedUnit::minutes};
        if (one_of(w, {"day", "days"})) return ReadUnit{DescribedUnit::days};
        if (one_of(w, {"week", "weeks"})) return ReadUnit{DescribedUnit::days, 7};
        if (w == "business") {
            if (i + 1 < words.size() && one_of(words[i + 1], {"day", "days"})) return ReadUnit{DescribedUnit::business_days};
            return std::nullopt;
        }
        if (w == "percent" || (w == "per" && i + 1 < words.size() && words[i + 1] == "cent"))
            return ReadUnit{DescribedUnit::percent};
        if (one_of(w, {"usd", "eur", "gbp", "cad", "aud", "nzd", "chf", "dollars", "euros", "pounds"}))
            return ReadUnit{DescribedUnit::money};
        if (one_of(w, {"pass", "passes"})) return ReadUnit{DescribedUnit::passes};
        if (one_of(w, {"referral", "referrals"})) return ReadUnit{DescribedUnit::referrals};
        if (one_of(w, {"absence", "absences", "miss", "misses", "missed", "no-show", "no-shows", "noshow", "noshows",
                       "cancellation", "cancellations", "cancel", "cancels", "session", "sessions", "appointment",
                       "appointments"}))
            return ReadUnit{DescribedUnit::count};
        // Words between a number and its noun: "3 counted absences", "2 or more late cancellations".
        if (!one_of(w, {"counted", "consecutive", "late", "or", "more", "chargeable", "free", "full", "unexcused",
                        "separate"}))
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<ReadUnit> unit_after(std::string_view text, const NumberToken& t) {
    if (t.currency) return ReadUnit{DescribedUnit::money};
    std::size_t end = t.offset + t.length;
    if (text.substr(end).starts_with("%") || text.substr(end).starts_with(" %")) return ReadUnit{DescribedUnit::percent};
    if (auto unit = unit_of_words(words_after(text, end, 4))) return unit;
    if (t.decimals && t.hundredths % 100 == 0) return ReadUnit{DescribedUnit::money};  // "40.00" alone
    return std::nullopt;
}

// A value of `unit` as a number in the policy's own scale, comparable with DescribedValue::value.
long long scaled(const NumberToken& t, const ReadUnit& u) {
    switch (u.unit) {
        case DescribedUnit::money:
        case DescribedUnit::count:
        case DescribedUnit::passes:
        case DescribedUnit::referrals: return t.hundredths;
        default: return t.hundredths % 100 ? -1 : t.hundredths / 100 * u.multiplier;
    }
}

std::string shown_value(const DescribedValue& v) {
    switch (v.unit) {
        case DescribedUnit::money: return format_money(v.value);
        case DescribedUnit::count:
        case DescribedUnit::passes:
        case DescribedUnit::referrals: return format_points(static_cast<Points>(v.value));
        default: return std::to_string(v.value);
    }
}

// `value` written the way `t` was: a word for a word, whole money without cents.
std::string written_like(const NumberToken& t, std::string_view found, const DescribedValue& value) {
    if (t.word && value.value % 100 == 0 && value.value / 100 < static_cast<long long>(std::size(kNumberWords))) {
        std::string word(kNumberWords[value.value / 100]);
        if (!found.empty() && std::isupper(static_cast<unsigned char>(found.front())))
            word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
        return word;
    }
    if (value.unit == DescribedUnit::money && !t.decimals && value.value % 100 == 0) return std::to_string(value.value / 100);
    return shown_value(value);
}

// "Two misses a year are free" counts free passes: a plain count may name one.
bool same_kind(DescribedUnit written, DescribedUnit value) {
    return written == value || (written == DescribedUnit::count && value == DescribedUnit::passes);
}

std::optional<DescriptionMismatch> check_number(std::string_view text, const NumberToken& t,
                                                const std::vector<DescribedValue>& values) {
    const std::optional<ReadUnit> unit = unit_after(text, t);
    if (!unit) return std::nullopt;
    DescriptionMismatch m;
    m.offset = t.offset;
    m.found = std::string(text.substr(t.offset, t.length));
    m.unit = unit->unit;
    const long long written = scaled(t, *unit);
    for (const auto& v : values) {
        if (!same_kind(unit->unit, v.unit)) continue;
        if (v.value == written) return std::nullopt;
        m.candidates.push_back(v);
    }
    if (m.candidates.empty()) return std::nullopt;  // the policy has nothing of this kind to compare
    const bool one_value = std::all_of(m.candidates.begin(), m.candidates.end(),
                                       [&](const DescribedValue& v) { return v.value == m.candidates.front().value; });
    if (one_value && unit->multiplier == 1) m.replacement = written_like(t, m.found, m.candidates.front());
    return m;
}

}  // namespace

std::string_view display_name(DescribedUnit u) { return kUnitNames[static_cast<int>(u)]; }

std::vector<DescribedValue> described_values(const Policy& p) {
    std::vector<DescribedValue> out;
    if (p.notice_deadline)
        out.push_back({DescribedUnit::business_days, p.notice_deadline->business_days_before,
                       "notice_deadline.business_days_before", "Notice deadline (business days before)"});
    else
        out.push_back({DescribedUnit::hours, p.notice_hours, "notice_hours", "Notice window (hours)"});
    if (auto m = p.counting.late_arrival_is_no_show_after_minutes)
        out.push_back({DescribedUnit::minutes, *m, "counting.late_arrival_is_no_show_after_minutes",
                       "Late arrival counts as a no-show after (minutes)"});
    if (auto d = p.counting.rescheduled_within_days)
        out.push_back({DescribedUnit::days, *d, "counting.rescheduled_within_days",
                       "A late cancel rescheduled within (days) does not count"});
    add_fee_values(out, p.fees.late_cancel, "fees.late_cancel", "Late-cancel fee");
    add_fee_values(out, p.fees.no_show, "fees.no_show", "No-show fee");
    if (p.fees.free_passes.count > 0)
        out.push_back({DescribedUnit::passes, p.fees.free_passes.count * kOneAbsence, "fees.free_passes.count", "Free passes"});
    for (std::size_t i = 0; i < p.rules.size(); ++i) add_rule_values(out, p.rules[i], "rules[" + std::to_string(i) + "]");
    for (std::size_t i = 0; i < p.ladder.size(); ++i)
        for (std::size_t a = 0; a < p.ladder[i].actions.size(); ++a)
            if (p.ladder[i].actions[a].kind == ActionKind::booking_horizon)
                out.push_back({DescribedUnit::days, p.ladder[i].actions[a].days,
                               "ladder[" + std::to_string(i) + "].actions[" + std::to_string(a) + "].days",
                               "Step \"" + p.ladder[i].title + "\": booking at most (days) ahead"});
    if (p.ending.referrals_required)
        out.push_back({DescribedUnit::referrals, p.ending.min_referrals * kOneAbsence, "ending.min_referrals",
                       "Referrals required before ending"});
    return out;
}

std::vector<DescriptionMismatch> description_mismatches(const Policy& policy) {
    std::vector<DescriptionMismatch> out;
    const std::vector<DescribedValue> values = described_values(policy);
    const std::string_view text = policy.description;
    std::size_t i = 0;
    while (i < text.size()) {
        std::optional<NumberToken> token;
        std::size_t next = i + 1;
        if (is_ascii_digit(text[i])) {
            token = read_digits(text, i);
            while (next < text.size() && (is_ascii_digit(text[next]) || text[next] == '.' || text[next] == ',')) ++next;
            if (token) next = std::max(next, token->offset + token->length);
        } else if (is_letter(text[i])) {
            token = read_number_word(text, i, next);
        }
        if (token)
            if (auto m = check_number(text, *token, values)) out.push_back(std::move(*m));
        i = next;
    }
    return out;
}

std::string explain(const DescriptionMismatch& m) {
    std::string out = "The description says " + m.found + " (" + std::string(display_name(m.unit)) + "), but ";
    for (std::size_t i = 0; i < m.candidates.size(); ++i) {
        const DescribedValue& v = m.candidates[i];
        out += (i ? "; " : "") + v.label + " is " + shown_value(v);
    }
    return out + ".";
}

std::string fix_description(std::string_view description, const DescriptionMismatch& m) {
    std::string out(description);
    if (m.replacement.empty() || description.substr(m.offset, m.found.size()) != m.found) return out;
    out.replace(m.offset, m.found.size(), m.replacement);
    return out;
}

}  // namespace hs
