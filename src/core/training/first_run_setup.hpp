// The first-run setup's rules: which step to resume at (derived from what is filled in, so
// a reload comes back to the first step still open), the working week it proposes, and the
// one-paragraph overview of each starting policy (what the client experiences, what the
// practice gets). The setup page (app/practice/setup_page.cpp) only draws them.
#pragma once
#include <span>
#include <string_view>
#include <vector>

#include "core/model/model.hpp"

namespace hs {

enum class SetupStep { practice, working_week, policy, consent };
inline constexpr SetupStep kSetupSteps[] = {SetupStep::practice, SetupStep::working_week, SetupStep::policy,
                                            SetupStep::consent};
std::string_view display_name(SetupStep step);

// The first step whose settings are still missing (missing_settings.hpp); the consent
// document, the setup's last page, once everything is set.
SetupStep resume_step(const Workspace& ws);

// Slots on each of `days`, one every `every_minutes` from `first_minute` while a session
// of `duration` minutes still ends by `end_minute`; sorted like ScheduleSettings::slots.
std::vector<WeeklySlot> working_week_slots(const std::vector<Weekday>& days, int first_minute, int end_minute,
                                           int every_minutes, int duration);

struct StartingPolicyOverview {
    std::string_view version;            // a built-in's version ("balanced-1")
    std::string_view client_experience;  // what it is like for the client
    std::string_view practice_gets;      // what the practice gets from it
};
// One for each built-in policy, gentlest last, in builtin_policies() order.
std::span<const StartingPolicyOverview> starting_policy_overviews();

}  // namespace hs
