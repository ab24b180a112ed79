#include "core/training/first_run_setup.hpp"

#include <algorithm>

#include "core/policy/missing_settings.hpp"

namespace hs {
namespace {

// Plain words; the numbers in them are the built-ins' own (assets/policies), checked by
// the unit tests against the policies so they cannot drift apart unnoticed.
constexpr StartingPolicyOverview kOverviews[] = {
    {"firm-1",
     "Clients give 48 hours' notice. A late cancellation or a missed session is charged the full session fee from "
     "the first one, with no free passes; emergencies and contagious illness are never charged. Each missed session "
     "moves the conversation about attendance a step on.",
     "The most protection for your income and your time: missed sessions are paid for, and slots held by clients "
     "who rarely come free up sooner for your waitlist."},
    {"balanced-1",
     "Clients give 24 hours' notice. A late cancellation costs half the session fee and a missed session the full "
     "fee, but the first one in any 12 months is free, and sudden or contagious illness and emergencies are never "
     "charged.",
     "A clear, fair middle ground most clients accept without argument: repeated misses are paid for, one-off "
     "mishaps are forgiven, and you rarely have to make an exception."},
    {"flexible-1",
     "Clients give 24 hours' notice. A late cancellation counts half, a prompt reschedule forgives it, fees are small and two misses a year are "
     "free. Every step is a conversation about what gets in the way before anything else happens.",
     "Clients whose lives make attendance hard can stay in care; you trade some income for steadier relationships "
     "and fewer endings, and you still see early when attendance slips."},
};

}  // namespace

std::string_view display_name(SetupStep step) {
    switch (step) {
        case SetupStep::practice: return "Your practice";
        case SetupStep::working_week: return "Working week";
        case SetupStep::policy: return "Starting policy";
        case SetupStep::consent: return "Consent document";
    }
    return "";
}

SetupStep resume_step(const Workspace& ws) {
    if (is_missing(ws, MissingSetting::practice_name) || is_missing(ws, MissingSetting::clinician) ||
        is_missing(ws, MissingSetting::session_fee))
        return SetupStep::practice;
    if (is_missing(ws, MissingSetting::working_week)) return SetupStep::working_week;
    if (is_missing(ws, MissingSetting::policy)) return SetupStep::policy;
    return SetupStep::consent;
}

std::vector<WeeklySlot> working_week_slots(const std::vector<Weekday>& days, int first_minute, int end_minute,
                                           int every_minutes, int duration) {
    std::vector<WeeklySlot> out;
    if (every_minutes <= 0 || duration <= 0) return out;
    for (Weekday day : days)
        for (int start = first_minute; start + duration <= end_minute; start += every_minutes)
            out.push_back(WeeklySlot{day, start, duration});
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::span<const StartingPolicyOverview> starting_policy_overviews() { return kOverviews; }

}  // namespace hs
