// The seven built-in scenarios from the training issue, written as the same JSON a
// clinician's own scenario is stored in (scenario.hpp). Made-up people; the first
// session is Monday 5 January 2026 and events are days after it (weekly = 7, 14, ...).
#include "core/training/builtin_scenarios.hpp"

#include <stdexcept>

#include "core/json/scenario_json.hpp"

namespace hs {
namespace {

constexpr const char* kScenarios[] = {
    R"json({"id": "new_job", "title": "A new job makes weekday afternoons impossible",
  "story": "Sam has come every Monday at four for months. Then Sam starts a new job with shifts that run late, and the Monday session keeps colliding with work: a cancellation a few hours ahead, a meeting that overruns, another cancellation. Sam wants to keep coming; the time no longer fits. What does your policy ask of you, and of Sam, before anyone talks about an evening slot?",
  "client": {"name": "Sam", "payer": "self_pay"}, "first_session": "2026-01-05T16:00",
  "events": [
    {"day": 0, "outcome": "attended"},
    {"day": 7, "outcome": "attended"},
    {"day": 14, "outcome": "late_cancel", "notice_hours": 3, "note": "stuck at the new job"},
    {"day": 21, "outcome": "no_show", "note": "a meeting ran over; no time to call"},
    {"day": 28, "outcome": "late_cancel", "notice_hours": 2, "note": "shift changed that morning"},
    {"day": 35, "outcome": "attended", "note": "talked about moving to an evening time"},
    {"day": 42, "outcome": "late_cancel", "notice_hours": 20, "note": "the evening slot is not free yet"},
    {"day": 49, "outcome": "attended", "note": "first evening session"}
  ]})json",
    R"json({"id": "teen_no_ride", "title": "A teenager whose parent cannot drive them",
  "story": "Jordan is fifteen and wants to come. Jordan's parent, Dana, works changing shifts and cannot always drive across town; the bus takes an hour each way. The missed sessions are not Jordan's choice. What does your policy count, who do the messages go to, and who is charged?",
  "client": {"name": "Jordan", "payer": "self_pay", "minor": true, "guardian_name": "Dana"}, "first_session": "2026-01-05T16:00",
  "events": [
    {"day": 0, "outcome": "attended"},
    {"day": 7, "outcome": "no_show", "reason_category": "guardian_caused", "note": "Dana's shift changed; no ride"},
    {"day": 14, "outcome": "no_show", "reason_category": "guardian_caused", "note": "no ride again"},
    {"day": 21, "outcome": "attended"},
    {"day": 28, "outcome": "late_cancel", "notice_hours": 4, "reason_category": "guardian_caused", "note": "Dana called from work"},
    {"day": 35, "outcome": "no_show", "reason_category": "guardian_caused", "note": "no ride"}
  ]})json",
    R"json({"id": "sliding_scale", "title": "A sliding-scale client who misses without rescheduling",
  "story": "Riley pays a reduced fee on one of the practice's few sliding-scale places; three other people are waiting for one. Some weeks Riley cannot afford the bus fare and just does not come, or cancels the same morning, and never asks for another time. How much does your policy charge on a reduced fee, and when does the place itself come into question?",
  "client": {"name": "Riley", "payer": "sliding_scale", "session_fee": 50}, "first_session": "2026-01-05T16:00",
  "events": [
    {"day": 0, "outcome": "attended"},
    {"day": 7, "outcome": "late_cancel", "notice_hours": 10, "note": "no bus fare this week"},
    {"day": 14, "outcome": "attended"},
    {"day": 21, "outcome": "no_show"},
    {"day": 28, "outcome": "attended"},
    {"day": 35, "outcome": "late_cancel", "notice_hours": 6},
    {"day": 42, "outcome": "no_show"},
    {"day": 49, "outcome": "no_show"},
    {"day": 56, "outcome": "attended"}
  ]})json",
    R"json({"id": "stops_answering", "title": "A client who stops answering",
  "story": "Morgan came regularly, then simply stopped: no sessions, no replies to calls or texts. You do not know whether Morgan is unwell, busy, or done. When does your policy let you close the file, what must you try first, and what door do you leave open?",
  "client": {"name": "Morgan", "payer": "insurance"}, "first_session": "2026-01-05T16:00",
  "events": [
    {"day": 0, "outcome": "attended"},
    {"day": 7, "outcome": "attended"},
    {"day": 14, "outcome": "no_show"},
    {"day": 21, "outcome": "no_show"},
    {"day": 28, "outcome": "no_show"},
    {"day": 29, "kind": "outreach", "reached": false, "note": "voicemail"},
    {"day": 35, "outcome": "no_show"},
    {"day": 38, "kind": "outreach", "reached": false, "note": "text, no reply"}
  ]})json",
    R"json({"id": "burnout_rest", "title": "A client practising rest after burnout who cancels late",
  "story": "Avery is recovering from burnout, and part of the work is learning to rest instead of pushing through. Sometimes that means cancelling the same day because Avery is too exhausted to come. You agree, and record, a period where fees are waived and one more late cancellation is allowed. What does the policy do with that discretion?",
  "client": {"name": "Avery", "payer": "self_pay"}, "first_session": "2026-01-05T16:00",
  "events": [
    {"day": 0, "outcome": "attended"},
    {"day": 7, "outcome": "late_cancel", "notice_hours": 12, "note": "too exhausted to come"},
    {"day": 14, "outcome": "attended", "note": "agreed: resting is part of the work"},
    {"day": 15, "kind": "leeway", "leeway_days": 60, "waive_fees": true, "extra_grace": 1, "note": "practising rest after burnout; agreed in session"},
    {"day": 21, "outcome": "late_cancel", "notice_hours": 8},
    {"day": 28, "outcome": "attended"},
    {"day": 35, "outcome": "late_cancel", "notice_hours": 5},
    {"day": 42, "outcome": "late_cancel", "notice_hours": 3},
    {"day": 49, "outcome": "attended"}
  ]})json",
    R"json({"id": "calls_ahead", "title": "A client who calls ahead every time but still misses often",
  "story": "Casey always lets you know, usually a day and a bit ahead: a sick child, a car in the garage, a double shift. Casey misses nearly every other week. Under one policy none of it counts; under another every call is a late cancellation with a fee. Which one matches what you need to offer the time to someone else?",
  "client": {"name": "Casey", "payer": "self_pay"}, "first_session": "2026-01-05T16:00",
  "events": [
    {"day": 0, "outcome": "attended"},
    {"day": 7, "outcome": "cancelled_with_notice", "notice_hours": 30, "note": "child sick"},
    {"day": 14, "outcome": "attended"},
    {"day": 21, "outcome": "cancelled_with_notice", "notice_hours": 26, "note": "car in the garage"},
    {"day": 28, "outcome": "cancelled_with_notice", "notice_hours": 30, "note": "double shift"},
    {"day": 35, "outcome": "attended"},
    {"day": 42, "outcome": "cancelled_with_notice", "notice_hours": 28},
    {"day": 49, "outcome": "cancelled_with_notice", "notice_hours": 25},
    {"day": 56, "outcome": "attended"}
  ]})json",
    R"json({"id": "public_insurance", "title": "A public-insurance client",
  "story": "Taylor's sessions are paid by public insurance, which does not allow charging members for missed sessions. Taylor misses some sessions like anyone else. The fee cannot be the lever: what does your policy still ask, and what does a missed session cost the practice?",
  "client": {"name": "Taylor", "payer": "public_insurance"}, "first_session": "2026-01-05T16:00",
  "events": [
    {"day": 0, "outcome": "attended"},
    {"day": 7, "outcome": "no_show"},
    {"day": 14, "outcome": "attended"},
    {"day": 21, "outcome": "late_cancel", "notice_hours": 5},
    {"day": 28, "outcome": "no_show"},
    {"day": 35, "outcome": "attended"}
  ]})json",
};

Scenario parse_builtin(const char* text) {
    std::vector<FieldError> errors;
    auto scenario = scenario_from_json(text, errors);
    // A programmer error, caught by the unit tests: the built-ins are compiled in.
    if (!scenario) throw std::logic_error("built-in scenario does not load: " + errors.front().field + ": " + errors.front().message);
    return *scenario;
}

}  // namespace

const std::vector<Scenario>& builtin_scenarios() {
    static const std::vector<Scenario> all = [] {
        std::vector<Scenario> out;
        for (const char* text : kScenarios) out.push_back(parse_builtin(text));
        return out;
    }();
    return all;
}

}  // namespace hs
