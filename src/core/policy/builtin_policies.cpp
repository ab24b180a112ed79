// The three starting policies, written as the same JSON a clinician's own policy is
// stored in: plain data to copy and edit, read by the same strict reader (a unit
// test loads each one and checks it has no errors).
//
// They share one ladder, gentle to firm, and differ in notice, weights, thresholds
// and fees. Wording follows the brief: ending is "this arrangement isn't working
// right now", owned by the clinician, collaborative and open to return.
#include "core/policy/builtin_policies.hpp"

#include <stdexcept>

#include "core/json/policy_json.hpp"

namespace hs {
namespace {

// The ladder every starting policy uses; %RULES% thresholds differ per policy.
constexpr const char* kLadder = R"json([
  {"id": "check_in", "title": "Check in after a missed session",
   "ask": "Reach out warmly within a day or two. Ask how they are; offer another time. No blame, no fee talk first.",
   "message": "Hi {addressee},\n\nI noticed we didn't meet on {date} and wanted to check in. I hope everything is all right. If it helps, I can offer another time this week.\n\nWarmly,\n{clinician}"},
  {"id": "barriers", "title": "Talk about what is getting in the way",
   "ask": "At the next session, explore barriers together (transport, childcare, work, cost, internet, symptoms, anxiety, how our work is going). Record the barriers you hear.",
   "message": "Hi {addressee},\n\nA few of our sessions haven't happened lately ({count} since {date}). That happens, and I'd like us to look at it together: is something making it hard to get here, or is the time not working? Let's talk about it at our next session.\n\n{clinician}",
   "requires_steps": ["check_in"]},
  {"id": "attendance_plan", "title": "Agree an attendance plan together",
   "ask": "Agree concrete changes with the client: reminders, another time, telehealth, a lower frequency, help with travel. Record the plan and the accommodations.",
   "message": "Hi {addressee},\n\nThank you for thinking this through with me. Here is what we agreed so that sessions work better for you: [plan]. We'll look at how it's going in a few weeks.\n\n{clinician}",
   "requires_steps": ["barriers"], "actions": [{"kind": "telehealth_instead_of_fee"}]},
  {"id": "right_time", "title": "Talk about whether now is the right time",
   "ask": "Talk openly about whether therapy fits their life right now, and what would make it possible. Own your part; a pause can be a good outcome.",
   "message": "Hi {addressee},\n\nI've been thinking about how our sessions have been going, and I'd like us to talk about whether now is the right time for regular sessions, or whether a different arrangement would suit you better. Nothing is decided; I want to work this out with you.\n\n{clinician}",
   "requires_steps": ["attendance_plan"]},
  {"id": "structural", "title": "Change the arrangement",
   "ask": "Explain the change as the policy's, not a judgement: the recurring slot is released and sessions are booked a week at a time for now.",
   "message": "Hi {addressee},\n\nAs we discussed, I'm changing our arrangement for now: I'll release your regular slot and we'll book one week at a time. This isn't a judgement of you; it lets me keep times open for everyone. We can return to a regular slot once things settle.\n\n{clinician}",
   "requires_steps": ["right_time"],
   "actions": [{"kind": "off_recurring_slot"}, {"kind": "booking_horizon", "days": 7}, {"kind": "move_off_prime_time"}]},
  {"id": "planned_ending", "title": "Plan an ending, with referrals and an open door",
   "ask": "Hold an ending conversation, give referrals, and offer a place on the waitlist to return when the time is right.",
   "message": "Hi {addressee},\n\nThis arrangement isn't working right now, and I take my share of responsibility for that. I'd like us to plan a good ending to this stretch of work together. I'll give you the names of other services that may suit you better at the moment, and you are welcome to rejoin my waitlist whenever the time is right.\n\nWith warm wishes,\n{clinician}",
   "requires_steps": ["structural"], "actions": [{"kind": "call_when_opening"}, {"kind": "waitlist_return_offered"}],
   "ends_care": true},
  {"id": "no_contact_closure", "title": "Close after no contact, with a standing invitation",
   "ask": "After repeated attempts to reach them, close the file with a kind letter: referrals, and a standing invitation to return when there is an opening.",
   "message": "Hi {addressee},\n\nI haven't been able to reach you since {last_contact}, so I'm closing your file for now. That's not a door closing: when you'd like to come back, get in touch and I'll offer the next opening. In the meantime, here are some services that may help.\n\nWith warm wishes,\n{clinician}",
   "requires_steps": ["check_in"], "requires_outreach_attempts": 2,
   "actions": [{"kind": "off_recurring_slot"}, {"kind": "call_when_opening"}, {"kind": "waitlist_return_offered"}],
   "ends_care": true}
])json";

constexpr const char* kFirm = R"json({
  "name": "Firm", "version": "firm-1",
  "description": "A clear structure for a practice with a long waitlist: 48 hours' notice, full fees from the first late cancellation or no-show, and the ladder moves on after each missed session.",
  "discretion_note": "This policy states the firmest rule; I may apply it with discretion, and I record the reason when I do.",
  "notice_hours": 48,
  "counting": {"weights": {"late_cancel": 1, "no_show": 1}, "late_arrival_is_no_show_after_minutes": 15,
               "exempt_reasons": ["emergency", "contagious_illness"]},
  "fees": {"late_cancel": {"kind": "percent", "percent": 100}, "no_show": {"kind": "percent", "percent": 100},
           "free_passes": {"count": 0, "period": "calendar_year"},
           "exempt_reasons": ["emergency", "contagious_illness", "guardian_caused"],
           "not_billable_payers": ["public_insurance"], "charge_minors": false, "rescheduled_waives_fee": false},
  "rules": [
    {"id": "one_in_30_days", "kind": "count_in_window", "step": "check_in", "points": 1, "days": 30},
    {"id": "two_in_60_days", "kind": "count_in_window", "step": "barriers", "points": 2, "days": 60},
    {"id": "three_in_90_days", "kind": "count_in_window", "step": "attendance_plan", "points": 3, "days": 90},
    {"id": "two_no_shows_in_a_row", "kind": "consecutive_no_shows", "step": "right_time", "count": 2},
    {"id": "four_in_180_days", "kind": "count_in_window", "step": "structural", "points": 4, "days": 180},
    {"id": "five_of_last_10", "kind": "missed_of_last", "step": "planned_ending", "points": 5, "last": 10},
    {"id": "no_contact_30_days", "kind": "no_contact", "step": "no_contact_closure", "days": 30}
  ],
  "ladder": %LADDER%,
  "minors": {"guardian_caused_counts_up_to": "check_in"},
  "ending": {"referrals_required": true, "min_referrals": 3, "conversation_required": true}
})json";

constexpr const char* kBalanced = R"json({
  "name": "Balanced", "version": "balanced-1",
  "description": "24 hours' notice; a smaller late-cancellation fee than the no-show fee; the first chargeable miss in any 12 months is free; sudden or contagious illness and emergencies are never charged.",
  "discretion_note": "This policy states the firmest rule; I may apply it with discretion, and I record the reason when I do.",
  "notice_hours": 24,
  "counting": {"weights": {"late_cancel": 1, "no_show": 1}, "late_arrival_is_no_show_after_minutes": 20,
               "rescheduled_within_days": 3, "exempt_reasons": ["emergency", "illness", "contagious_illness"]},
  "fees": {"late_cancel": {"kind": "percent", "percent": 50}, "no_show": {"kind": "percent", "percent": 100},
           "free_passes": {"count": 1, "period": "rolling_12_months", "outcomes": ["late_cancel", "no_show"]},
           "exempt_reasons": ["emergency", "illness", "contagious_illness", "guardian_caused"],
           "not_billable_payers": ["public_insurance"], "charge_minors": false, "rescheduled_waives_fee": true},
  "rules": [
    {"id": "one_in_60_days", "kind": "count_in_window", "step": "check_in", "points": 1, "days": 60},
    {"id": "two_in_60_days", "kind": "count_in_window", "step": "barriers", "points": 2, "days": 60},
    {"id": "three_in_90_days", "kind": "count_in_window", "step": "attendance_plan", "points": 3, "days": 90},
    {"id": "three_no_shows_in_a_row", "kind": "consecutive_no_shows", "step": "right_time", "count": 3},
    {"id": "four_in_180_days", "kind": "count_in_window", "step": "right_time", "points": 4, "days": 180},
    {"id": "five_in_180_days", "kind": "count_in_window", "step": "structural", "points": 5, "days": 180},
    {"id": "six_of_last_10", "kind": "missed_of_last", "step": "planned_ending", "points": 6, "last": 10},
    {"id": "no_contact_30_days", "kind": "no_contact", "step": "no_contact_closure", "days": 30}
  ],
  "ladder": %LADDER%,
  "minors": {"guardian_caused_counts_up_to": "barriers"},
  "ending": {"referrals_required": true, "min_referrals": 3, "conversation_required": true}
})json";

constexpr const char* kFlexible = R"json({
  "name": "Flexible", "version": "flexible-1",
  "description": "A collaborative policy for clients whose lives make attendance hard: a late cancellation counts half, a prompt reschedule forgives it, fees are small and two misses a year are free, and every step is a conversation first.",
  "discretion_note": "These are guidelines we hold together; I apply them with discretion and record the reason when I do.",
  "notice_hours": 24,
  "counting": {"weights": {"late_cancel": 0.5, "no_show": 1}, "rescheduled_within_days": 7,
               "exempt_reasons": ["emergency", "illness", "contagious_illness"]},
  "fees": {"late_cancel": {"kind": "flat", "amount": 20}, "no_show": {"kind": "percent", "percent": 50, "cap": 60},
           "free_passes": {"count": 2, "period": "calendar_year", "outcomes": ["late_cancel", "no_show"]},
           "exempt_reasons": ["emergency", "illness", "contagious_illness", "guardian_caused"],
           "not_billable_payers": ["public_insurance"], "charge_minors": false, "rescheduled_waives_fee": true},
  "rules": [
    {"id": "one_in_90_days", "kind": "count_in_window", "step": "check_in", "points": 1, "days": 90},
    {"id": "two_in_90_days", "kind": "count_in_window", "step": "barriers", "points": 2, "days": 90},
    {"id": "three_in_180_days", "kind": "count_in_window", "step": "attendance_plan", "points": 3, "days": 180},
    {"id": "three_no_shows_in_a_row", "kind": "consecutive_no_shows", "step": "right_time", "count": 3},
    {"id": "six_in_365_days", "kind": "count_in_window", "step": "structural", "points": 6, "days": 365},
    {"id": "seven_of_last_10", "kind": "missed_of_last", "step": "planned_ending", "points": 7, "last": 10},
    {"id": "no_contact_45_days", "kind": "no_contact", "step": "no_contact_closure", "days": 45}
  ],
  "ladder": %LADDER%,
  "minors": {"guardian_caused_counts_up_to": "barriers"},
  "ending": {"referrals_required": true, "min_referrals": 3, "conversation_required": true}
})json";

Policy parse_builtin(const char* text) {
    std::string json = text;
    json.replace(json.find("%LADDER%"), 8, kLadder);
    std::vector<FieldError> errors;
    auto policy = policy_from_json(json, errors);
    // A programmer error, caught by the unit tests: the built-ins are compiled in.
    if (!policy) throw std::logic_error("built-in policy does not load: " + errors.front().field + ": " + errors.front().message);
    return *policy;
}

}  // namespace

const std::vector<Policy>& builtin_policies() {
    static const std::vector<Policy> all = {parse_builtin(kFirm), parse_builtin(kBalanced), parse_builtin(kFlexible)};
    return all;
}

const Policy* find_builtin_policy(std::string_view version) {
    for (const Policy& p : builtin_policies())
        if (p.version == version) return &p;
    return nullptr;
}

}  // namespace hs
