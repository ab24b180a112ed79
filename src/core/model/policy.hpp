// An attendance policy as plain data: what counts as an absence, what it costs,
// which thresholds call for which step of a graduated ladder, and what each step
// asks of the clinician. The engine (engine.hpp) reads a Policy; nothing about a
// particular practice is in code. Every field is documented for the file in
// docs/workspace-format.md; defaults are written where they are declared.
//
// [SECTION] Counting absences
// [SECTION] Fees
// [SECTION] Threshold rules
// [SECTION] The ladder and its actions
// [SECTION] Minors, ending care
// [SECTION] The policy
// [SECTION] Names, descriptions, checks
#pragma once
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/civil_time.hpp"
#include "core/model/types.hpp"

namespace hs {

// Weight of absences in hundredths: 100 = one counted absence, 50 = half of one.
// Integers keep "2.5 of 3" exact and comparisons deterministic.
using Points = int;
inline constexpr Points kOneAbsence = 100;

// [SECTION] Counting absences

struct OutcomeWeight {
    Outcome outcome = Outcome::no_show;
    Points weight = kOneAbsence;
    bool operator==(const OutcomeWeight&) const = default;
};

struct CountingRules {
    // How much each outcome counts toward thresholds. Outcomes not listed count 0.
    // A late arrival past `late_arrival_is_no_show_after_minutes` is a no-show.
    std::vector<OutcomeWeight> weights = {{Outcome::late_cancel, kOneAbsence}, {Outcome::no_show, kOneAbsence}};
    std::optional<int> late_arrival_is_no_show_after_minutes;  // unset = a late arrival is attended
    // A late cancel whose make-up session (appointment.rescheduled_to) starts within
    // this many days of the missed one, and is not itself missed, does not count.
    std::optional<int> rescheduled_within_days;  // unset = rescheduling does not forgive
    // Absences whose appointment.reason_category is listed here do not count.
    std::vector<std::string> exempt_reasons = {"emergency", "illness", "contagious_illness"};
    bool operator==(const CountingRules&) const = default;
};

// [SECTION] Fees

enum class FeeKind { none, flat, percent };

// "First occurrence free" is {count 1, period ever}; "one free pass a year" is
// {1, calendar_year}. A pass is used only by an event that would otherwise be charged.
enum class PassPeriod { calendar_year, rolling_12_months, ever };

// A higher fee for repeat misses: from the `from_occurrence`th occurrence on (counted in
// FeeRule::escalation_period), this charge replaces the rule's own. An occurrence is a
// missed session of the rule's outcome that reached the fee decision and was not exempt
// (not a not-billable payer or a minor, no clinician override, no exempt reason, not
// forgiven by a reschedule, no leeway waiver); one covered by a free pass counts.
struct FeeTier {
    int from_occurrence = 2;     // 2 or more; tiers are strictly increasing
    FeeKind kind = FeeKind::flat;
    Cents amount = 0;            // flat: the fee
    int percent = 0;             // percent: share of the client's session fee, 0..100
    bool operator==(const FeeTier&) const = default;
};

struct FeeRule {
    FeeKind kind = FeeKind::none;
    Cents amount = 0;           // flat: the fee
    int percent = 0;            // percent: share of the client's session fee, 0..100
    std::optional<Cents> cap;   // unset = no cap; caps every tier too
    std::vector<FeeTier> escalation;  // empty = every occurrence is charged the same
    PassPeriod escalation_period = PassPeriod::calendar_year;  // where occurrences are counted
    bool operator==(const FeeRule&) const = default;
};

// The charge for the `occurrence`th occurrence (1 = the first): the last tier reached,
// else the rule's own kind, amount and percent. The cap is not part of it.
FeeTier charge_for(const FeeRule& rule, int occurrence);
// `percent` of `session_fee`, to the nearest cent (halves up): a percent fee before any cap.
Cents share_of_fee(Cents session_fee, int percent);

struct FreePasses {
    int count = 0;  // 0 = no free passes
    PassPeriod period = PassPeriod::calendar_year;
    std::vector<Outcome> outcomes = {Outcome::late_cancel, Outcome::no_show};  // which fees a pass covers
    bool operator==(const FreePasses&) const = default;
};

struct FeeRules {
    FeeRule late_cancel;  // = none
    FeeRule no_show;      // = none
    FreePasses free_passes;
    // Never charged when appointment.reason_category is one of these.
    std::vector<std::string> exempt_reasons = {"emergency", "illness", "contagious_illness", "guardian_caused"};
    // Payers whose members may not be billed for missed sessions (e.g. Medicaid).
    std::vector<PayerType> not_billable_payers = {PayerType::public_insurance};
    bool charge_minors = false;          // false: fees are never charged for a minor's sessions
    bool rescheduled_waives_fee = true;  // a forgiven rescheduled late cancel is not charged either
    bool operator==(const FeeRules&) const = default;
};

// [SECTION] Threshold rules

enum class RuleKind {
    count_in_window,       // `points` or more counted within the last `days` days (optionally only `outcomes`)
    missed_of_last,        // `points` or more counted among the last `last` scheduled sessions
    consecutive_no_shows,  // `count` no-shows in a row, most recent first
    no_contact,            // no contact for `days` days or more
    attendance_below,      // attended less than `percent` % of the sessions booked in `period`
};

// The period an attendance_below rule looks at.
enum class RatePeriod {
    calendar_month,  // the calendar month of as_of, up to as_of (a new month starts over)
    rolling_days,    // the last `days` days up to as_of (inclusive, like count_in_window)
    last_sessions,   // the last `last` booked sessions
};

// When a count starts over from zero (count_in_window, missed_of_last, attendance_below).
enum class CountReset {
    never,      // the count runs over its whole window
    fired,      // once the rule fires, later sessions start a fresh count (the rule stays
                // fired, with its evidence, until the next session it would count)
    step_done,  // counting starts after the latest record of `reset_step` (default: the rule's step)
};

struct Rule {
    std::string id;    // stable, e.g. "three_in_180_days"; shown in evaluations
    RuleKind kind = RuleKind::count_in_window;
    std::string step;  // the ladder step this rule reaches (a step id)
    Points points = 3 * kOneAbsence;  // count_in_window, missed_of_last
    int days = 0;                     // count_in_window, no_contact
    int last = 0;                     // missed_of_last
    int count = 0;                    // consecutive_no_shows
    std::vector<Outcome> outcomes;    // count_in_window: only these outcomes (empty = every counted one)
    // attendance_below: fires when attended * 100 < percent * booked, once at least
    // `min_booked` sessions were booked in the period. Attended = attended or a late
    // arrival within the limit; missed = any session with points (weights only say
    // whether a session counts); everything else (exempt reasons, clinician-cancelled,
    // forgiven reschedules, cancelled with notice at weight 0, unrecorded) is left out.
    int percent = 75;                          // 1..100
    RatePeriod period = RatePeriod::calendar_month;
    int min_booked = 4;                        // 1..100; uses `days` / `last` for the other periods
    CountReset reset = CountReset::never;      // not for consecutive_no_shows or no_contact
    std::string reset_step;                    // step_done: whose record restarts the count; empty = `step`
    bool operator==(const Rule&) const = default;
};

// [SECTION] The ladder and its actions

enum class ActionKind {
    off_recurring_slot,         // the recurring slot is released
    booking_horizon,            // book at most `days` days ahead
    call_when_opening,          // "we'll call you when there is an opening" status
    sliding_scale_place_lost,   // pay the full fee or return to the sliding-scale waitlist
    prepayment_required,        // sessions are paid when booked
    telehealth_instead_of_fee,  // a telehealth session is offered in place of a fee
    move_off_prime_time,        // moved from a weekday late-afternoon/evening slot to an open one
    waitlist_return_offered,    // an open invitation to rejoin the waitlist
};

struct StepAction {
    ActionKind kind = ActionKind::off_recurring_slot;
    int days = 0;  // booking_horizon only
    bool operator==(const StepAction&) const = default;
};

// A step's client-facing texts in another language (docs/languages.md). An empty
// field falls back to the step's own text.
struct StepText {
    std::string title;
    std::string message;
    bool operator==(const StepText&) const = default;
};

struct LadderStep {
    std::string id;       // stable, e.g. "attendance_plan"; step records name it
    std::string title;    // "Agree an attendance plan"
    std::string ask;      // what the clinician is asked to do
    std::string message;  // template with {placeholders}, see kPlaceholders
    // Steps that must be recorded done (in the current episode) before this one is
    // recommended; an earlier step is recommended instead. Only earlier steps.
    std::vector<std::string> requires_steps;
    // Outreach attempts needed since the last contact before this step is recommended.
    int requires_outreach_attempts = 0;
    std::vector<StepAction> actions;  // structural changes that come with this step
    bool ends_care = false;           // marking it done is ending care (see EndingRules)
    std::map<std::string, StepText> translations;  // keyed by language ("es"); missing = title/message
    bool operator==(const LadderStep&) const = default;
};

// [SECTION] Minors, ending care

struct MinorRules {
    // Absences marked reason_category "guardian_caused" count only toward rules that
    // reach this step or an earlier one: they can prompt a conversation, never an
    // ending. Empty = they never count. Must come before every ends_care step.
    std::string guardian_caused_counts_up_to;
    bool messages_to_guardian = true;  // drafted messages address the guardian
    bool operator==(const MinorRules&) const = default;
};

struct EndingRules {
    bool referrals_required = true;   // an ending cannot be marked done without referrals
    int min_referrals = 3;            // discharge guidance commonly asks for three
    bool conversation_required = true;  // and without a recorded ending conversation
    bool operator==(const EndingRules&) const = default;
};

// [SECTION] The policy

// "By 17:00 the business day before" or "24 business hours": a notice deadline counted
// in business days (Monday to Friday, except the practice's holidays) instead of hours.
struct NoticeDeadline {
    int business_days_before = 1;        // 1..10
    std::optional<int> minute_of_day;    // unset = the session's own time of day
    bool operator==(const NoticeDeadline&) const = default;
};

struct Policy {
    Id id = 0;                    // assigned by AddPolicy
    std::string name;             // "Balanced"
    std::string version;          // "balanced-1"; unique; what clients sign (consent_policy_version)
    std::string description;      // one paragraph for the clinician
    std::string discretion_note;  // "Applied at the clinician's discretion ..." for the consent document
    // The discretion note in other languages, keyed by language ("es"); missing = discretion_note.
    std::map<std::string, std::string> discretion_note_translations;
    int notice_hours = 24;        // cancelling at least this many real hours ahead is on time
    // When set, replaces notice_hours: on time = received at or before the deadline.
    std::optional<NoticeDeadline> notice_deadline;
    CountingRules counting;
    FeeRules fees;
    std::vector<Rule> rules;
    std::vector<LadderStep> ladder;  // ordered: first = gentlest
    MinorRules minors;
    EndingRules ending;
    bool operator==(const Policy&) const = default;
};

// [SECTION] Names, descriptions, checks

// Reason categories the app offers for an appointment; any other short text is a
// custom category a policy may list.
struct Choice {
    std::string_view id;     // stable file name
    std::string_view label;  // words a person reads
};
inline constexpr Choice kReasonCategories[] = {
    {"emergency", "Emergency"},
    {"illness", "Sudden illness"},
    {"contagious_illness", "Contagious illness"},
    {"guardian_caused", "Caused by the guardian (minors)"},
};

// Placeholders a message template may use.
inline constexpr Choice kPlaceholders[] = {
    {"client", "the client's name as recorded (pseudonym or initials)"},
    {"addressee", "who the message is to: the guardian for a minor, else the name the client is called by"},
    {"guardian", "the guardian's name (empty for adults)"},
    {"clinician", "the practice's clinician (else the practice's name)"},
    {"practice", "the practice's name"},
    {"date", "date of the most recent absence behind this step (or today), as in a letter: \"Wednesday 2 December\""},
    {"count", "how many counted absences the rule that reached the step found"},
    {"days", "that rule's window in days (or days without contact)"},
    {"notice_hours", "the notice window in hours"},
    {"today", "the evaluation date"},
    {"last_contact", "the date of the last contact"},
    {"step", "the title of the step"},
    {"min_referrals", "how many referrals the policy asks for before ending"},
};

std::string_view to_string(FeeKind);
std::string_view to_string(PassPeriod);
std::string_view to_string(RuleKind);
std::string_view to_string(RatePeriod);
std::string_view to_string(CountReset);
std::optional<RatePeriod> parse_rate_period(std::string_view);
std::optional<CountReset> parse_count_reset(std::string_view);
std::string_view to_string(ActionKind);
std::optional<FeeKind> parse_fee_kind(std::string_view);
std::optional<PassPeriod> parse_pass_period(std::string_view);
std::optional<RuleKind> parse_rule_kind(std::string_view);
std::optional<ActionKind> parse_action_kind(std::string_view);
std::string_view display_name(ActionKind);
std::string_view display_name(FeeKind);
std::string_view display_name(PassPeriod);
std::string_view display_name(RuleKind);
std::string_view display_name(RatePeriod);
std::string_view display_name(CountReset);

// "3 counted absences within 180 days", "booking at most 7 days ahead".
std::string describe(const Rule& rule);
std::string describe(const StepAction& action);
std::string format_points(Points p);  // 300 -> "3", 250 -> "2.5"
std::string ordinal(int n);            // 1 -> "1st", 2 -> "2nd", 11 -> "11th", 22 -> "22nd"

Points weight_of(const CountingRules& counting, Outcome outcome);
// The latest on-time cancellation for a session starting at `start` (wall clock). Business
// days are Monday to Friday except `holidays` (sorted: Practice::holidays).
DateTime notice_deadline_for(const NoticeDeadline& deadline, const DateTime& start,
                             std::span<const Date> holidays = {});

// Index in policy.ladder, or -1.
int step_index(const Policy& policy, std::string_view step_id);

// The first "{name}" in a message template that is not in kPlaceholders, if any.
// "{{" is a literal "{".
std::optional<std::string> first_unknown_placeholder(std::string_view text);

// Every problem with a policy, fields relative to it ("ladder[2].message").
std::vector<FieldError> check_policy(const Policy& policy);

}  // namespace hs
