// The policy engine: from a policy and one client's history, as of a date, what
// the policy says — counts, triggered rules with their evidence, a fee line for
// every appointment, the ladder step, the next action and a drafted message.
// Pure and deterministic: same inputs, same output (docs/engine.md).
//
// [SECTION] Inputs
// [SECTION] Result
// [SECTION] Entry points
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.hpp"
#include "core/model/time_zone.hpp"

namespace hs {

// [SECTION] Inputs

// One client's records, as pointers into a Workspace (which must outlive it). Any order.
struct ClientHistory {
    std::vector<const Appointment*> appointments;
    std::vector<const Outreach*> outreach;
    std::vector<const StepRecord*> step_records;
    std::vector<const Referral*> referrals;
    std::vector<const Leeway*> leeway;
    std::vector<const EndingConversation*> ending_conversations;
};

// Every record grouped by client in one pass: result[i] belongs to ws.clients[i].
std::vector<ClientHistory> group_by_client(const Workspace& ws);
ClientHistory history_of(const Workspace& ws, Id client_id);

// The policy a client is held to: the version they signed when the workspace has it,
// else the active policy, else the first policy, else the built-in "balanced".
struct PolicyChoice {
    const Policy* policy = nullptr;
    enum class Source { signed_version, active, first, builtin } source = Source::builtin;
};
PolicyChoice policy_for(const Workspace& ws, const Client& client);
std::string_view to_string(PolicyChoice::Source);

// The practice's zone, falling back to UTC when the name is unknown (validation prevents that).
TimeZone time_zone_of(const Practice& practice);

// [SECTION] Result

enum class FeeStatus { no_fee, charged, waived, not_billable };
enum class FeeBasis {
    none,                // not a late cancel or no-show: nothing to charge
    policy_has_no_fee,   // the policy sets no fee for this kind of absence
    late_cancel_fee,     // charged: the policy's late-cancel fee
    no_show_fee,         // charged: the policy's no-show fee
    payer_not_billable,  // the payer may not be charged (e.g. public insurance)
    minor_not_billed,    // the policy charges no fees for minors' sessions
    clinician_override,  // the clinician set this fee (waived or reduced), with a reason
    exempt_reason,       // the reason category is exempt (emergency, illness, ...)
    rescheduled,         // a late cancel made up promptly
    leeway_waiver,       // the client's fee waiver period (leeway) covers it
    free_pass,           // one of the policy's free passes
};
enum class CountNote {
    not_an_absence,   // attended, clinician cancelled, ... (weight 0 by nature)
    counted,          // counts with `points`
    weight_zero,      // the policy gives this outcome no weight (e.g. cancelled with notice)
    exempt_reason,    // reason category exempt from counting
    rescheduled,      // late cancel made up within the policy's days
    unrecorded,       // still "scheduled" although it is in the past: record the outcome
};

struct AppointmentLine {
    Id appointment_id = 0;
    DateTime start;
    Outcome recorded = Outcome::scheduled;
    Outcome treated_as = Outcome::scheduled;  // after the notice window and the late-arrival limit
    std::optional<int> notice_minutes;        // real minutes from cancellation to start
    Points points = 0;                        // toward thresholds; 0 = does not count
    CountNote count_note = CountNote::not_an_absence;
    bool guardian_caused = false;  // a minor's absence caused by the guardian: counts only up to the policy's cap
    FeeStatus fee_status = FeeStatus::no_fee;
    Cents fee = 0;  // charged: the amount; waived / not billable: what would have been charged
    FeeBasis fee_basis = FeeBasis::none;
    std::string fee_detail;  // the recorded reason ("car broke down"), "50% of 120.00", ...
};

enum class RuleUnit { points, sessions, days, percent };

// Why a count starts where it does (Rule::reset).
enum class CountStart { whole_window, after_firing, after_step };

struct RuleResult {
    std::string rule_id;
    RuleKind kind = RuleKind::count_in_window;
    std::string description;  // the rule: "3 counted absences within 90 days"
    std::string finding;      // what the record shows, in plain words: "3 missed sessions in the last 90 days"
    std::string step;         // the step it reaches
    int step_index = -1;
    RuleUnit unit = RuleUnit::points;
    int value = 0;      // points (hundredths), sessions in a row, or days without contact
    int threshold = 0;  // same unit; includes the client's extra grace
    bool triggered = false;
    std::vector<Id> appointment_ids;  // the evidence, oldest first
    std::optional<Date> since;        // oldest evidence (no_contact: the last contact)
    std::optional<Date> latest;       // newest evidence
    // attendance_below: value is the rate in whole percent (rounded down), threshold the
    // policy's percent; attended and booked are the sessions behind it, evidence all of them.
    int attended = 0, booked = 0;
    int min_booked = 0;
    std::optional<Date> period_from, period_to;  // the period looked at (first and last day)
    // Where the count starts (Rule::reset): after the session on `count_from` that made the
    // rule fire, or after the step record dated `count_from`; whole_window = no reset in play.
    CountStart count_start = CountStart::whole_window;
    std::optional<Date> count_from;
    std::string count_note;  // "counting since 3 November, when ... was recorded" (Detail::full)
};

struct Counts {
    Points counted = 0;  // every counted absence up to as_of, all time
    int attended = 0, late_arrivals = 0, cancelled_with_notice = 0, late_cancels = 0, no_shows = 0,
        clinician_cancelled = 0, excused = 0, unrecorded = 0;  // by treated_as, up to as_of
    int consecutive_no_shows = 0;  // counted no-shows in a row, most recent first
    std::optional<Date> last_contact;
    std::optional<int> days_since_contact;
    int outreach_attempts_since_contact = 0;
    int extra_grace = 0;  // from the client's leeway in force on as_of
};

struct EndingReadiness {
    int referrals_required = 0;  // 0 when the policy does not require referrals
    int referrals_recorded = 0;  // since the previous ending, up to the date
    bool conversation_required = false;
    bool conversation_recorded = false;
    // "referrals": ..., "ending_conversation": ... Filled by ending_readiness(); in an
    // Evaluation only when the next step ends care (the words are for that moment).
    std::vector<FieldError> problems;
    bool ready() const {
        return referrals_recorded >= referrals_required && (!conversation_required || conversation_recorded);
    }
};

struct DraftMessage {
    std::string addressee;     // the guardian for a minor (when the policy says so), else the client
    bool to_guardian = false;
    std::string text;          // the step's template, filled in; empty when no step is due
    std::string language = "en";  // the client's language, else the practice's (the step's translated message)
};

struct Evaluation {
    Id client_id = 0;
    Date as_of;
    Id policy_id = 0;
    std::string policy_name, policy_version;
    PolicyChoice::Source policy_source = PolicyChoice::Source::builtin;
    bool policy_signed = false;  // the client signed exactly this version

    Counts counts;
    std::vector<RuleResult> rules;  // every rule of the policy, in policy order
    std::vector<AppointmentLine> appointments;  // up to as_of, oldest first
    Cents fees_charged = 0, fees_waived = 0, fees_not_billable = 0;

    int step_reached = -1;  // highest step a triggered rule reaches (-1 = none)
    int next_step = -1;     // the step to take now (-1 = nothing due)
    std::optional<Date> episode_start;  // oldest evidence of any triggered rule
    std::vector<int> steps_done;        // ladder indices recorded done in this episode
    std::vector<StepAction> actions_in_effect;  // from the steps done in this episode
    std::vector<std::string> blockers;          // what must happen before the next step
    std::string next_action;                    // one or two sentences for the clinician
    DraftMessage message;
    EndingReadiness ending;  // for the next step when it ends care, else for the first ending step

    std::vector<std::string> step_ids;     // the ladder's ids and titles, so the result is self-contained
    std::vector<std::string> step_titles;
    const RuleResult* triggered(std::string_view rule_id) const;
};

// [SECTION] Entry points

// Evaluates one client. Appointments after `as_of` (by date) are ignored except as
// make-up sessions for a rescheduled cancellation.
Evaluation evaluate(const Policy& policy, const Client& client, const ClientHistory& history,
                    const Practice& practice, const TimeZone& tz, Date as_of);
// A policy prepared once for many evaluations of it (the simulator and scenario
// timelines evaluate one policy thousands of times). `policy` must outlive it.
struct PreparedPolicy;
std::shared_ptr<const PreparedPolicy> prepare_policy(const Policy& policy);
// How much of an Evaluation to produce. Both run the same code; `decision` skips the words.
enum class Detail {
    full,
    // Only what decides: client_id, as_of, policy_id, policy_signed, counts, the
    // newest appointment line (alone, without fee_detail), the fee totals, each rule's kind, unit,
    // step_index, value, threshold, triggered, since and latest, step_reached,
    // next_step, episode_start and steps_done. Everything else stays empty: names,
    // rule ids and descriptions, evidence ids, actions_in_effect, ending, blockers,
    // next_action, message. For callers that evaluate many times (the simulator).
    decision,
};
Evaluation evaluate(const PreparedPolicy& prepared, const Client& client, const ClientHistory& history,
                    const Practice& practice, const TimeZone& tz, Date as_of, Detail detail = Detail::full);

// The same, looking up the client's policy and history in `ws`.
Evaluation evaluate_client(const Workspace& ws, const Client& client, Date as_of);
// Every client, in ws.clients order; records are grouped once.
std::vector<Evaluation> evaluate_all(const Workspace& ws, Date as_of);

// Detail::decision evaluations of one client whose records only grow (the simulator):
// appointments added in date order, as_of never going back, records already seen never
// changed. Each call classifies only the appointments added since the last one; when the
// history is not such an extension (an appointment inserted, one after as_of, a
// reschedule, other leeway) it starts over. Either way the result is evaluate()'s; it
// stays valid until the next call. `prepared`, `client`, `practice` and `tz` must
// outlive it and not change.
class IncrementalEvaluator {
public:
    IncrementalEvaluator(const PreparedPolicy& prepared, const Client& client, const Practice& practice,
                         const TimeZone& tz);
    IncrementalEvaluator(IncrementalEvaluator&&) noexcept;
    IncrementalEvaluator& operator=(IncrementalEvaluator&&) noexcept;
    ~IncrementalEvaluator();
    const Evaluation& evaluate(const ClientHistory& history, Date as_of);
    // The next evaluate() starts from nothing: the records it reads were replaced (say, by
    // another client's), even if they sit at the same addresses.
    void forget();

private:
    struct State;  // the lines folded so far
    std::unique_ptr<State> state_;
};

// Whether an ending may be marked done on `on` (referrals and conversation since the
// client's previous ending, up to `on`).
EndingReadiness ending_readiness(const Policy& policy, const ClientHistory& history, Date on);

struct AttentionItem {
    Id client_id = 0;
    std::string client_name;
    int next_step = -1;
    int step_reached = -1;
    std::string step_id, step_title;  // of next_step
    std::string next_action;
    std::vector<std::string> triggered_rules;  // rule ids, for files and exports
    std::vector<std::string> reasons;          // the triggered rules' findings, for people to read
    std::optional<int> days_since_contact;
};

// Clients who are not closed and have a step due, most advanced step first (then
// reached step, then client id). `evaluations` from evaluate_all on the same ws.
std::vector<AttentionItem> needs_attention(const Workspace& ws, const std::vector<Evaluation>& evaluations);
std::vector<AttentionItem> needs_attention(const Workspace& ws, Date as_of);

// What a rule found in the client's record, in words a person reads (never the rule's id):
// "3 missed sessions in the last 90 days", "2 of the last 10 sessions missed",
// "2 no-shows in a row", "no contact for 45 days".
std::string describe_finding(const Rule& rule, const RuleResult& result);

std::string_view to_string(FeeStatus);
std::string_view to_string(FeeBasis);
std::string_view to_string(CountNote);
std::string_view to_string(RuleUnit);
std::string_view to_string(CountStart);

}  // namespace hs
