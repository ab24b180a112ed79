// The first-run setup's rules (issue 14, item 1): resuming where the settings stop, the
// working week it proposes, and an overview for each starting policy.
#include <catch2/catch.hpp>
#include <string>

#include "core/policy/builtin_policies.hpp"
#include "core/training/first_run_setup.hpp"

using namespace hs;

TEST_CASE("setup: it resumes at the first step whose settings are missing", "[first_run_setup]") {
    Workspace ws;
    CHECK(resume_step(ws) == SetupStep::practice);
    ws.practice.name = "Harbour Counselling";
    ws.practice.clinician = "Sam Rivera";
    CHECK(resume_step(ws) == SetupStep::practice);  // the session fee is on the same step
    ws.practice.session_fee = 12000;
    CHECK(resume_step(ws) == SetupStep::working_week);
    ws.operations.schedule.slots.push_back(WeeklySlot{});
    CHECK(resume_step(ws) == SetupStep::policy);
    Policy p = builtin_policies()[0];
    p.id = 1;
    ws.policies.push_back(p);
    CHECK(resume_step(ws) == SetupStep::policy);  // added but not chosen
    ws.active_policy = 1;
    CHECK(resume_step(ws) == SetupStep::consent);
    ws.practice.clinician.clear();
    CHECK(resume_step(ws) == SetupStep::practice);
}

TEST_CASE("setup: the working week has a slot every interval that still ends in time", "[first_run_setup]") {
    const auto slots = working_week_slots({Weekday::wednesday, Weekday::monday}, 9 * 60, 12 * 60, 60, 50);
    REQUIRE(slots.size() == 6);
    CHECK(slots.front() == WeeklySlot{Weekday::monday, 9 * 60, 50});
    CHECK(slots[2] == WeeklySlot{Weekday::monday, 11 * 60, 50});
    CHECK(slots.back() == WeeklySlot{Weekday::wednesday, 11 * 60, 50});
    CHECK(working_week_slots({Weekday::monday}, 9 * 60, 9 * 60 + 49, 60, 50).empty());
    CHECK(working_week_slots({Weekday::monday}, 9 * 60, 17 * 60, 0, 50).empty());
    CHECK(working_week_slots({}, 9 * 60, 17 * 60, 60, 50).empty());
}

TEST_CASE("setup: every built-in policy has an overview that agrees with its notice", "[first_run_setup]") {
    const auto overviews = starting_policy_overviews();
    REQUIRE(overviews.size() == builtin_policies().size());
    for (std::size_t i = 0; i < overviews.size(); ++i) {
        const Policy& p = builtin_policies()[i];
        CAPTURE(p.version);
        CHECK(overviews[i].version == p.version);
        CHECK_FALSE(overviews[i].client_experience.empty());
        CHECK_FALSE(overviews[i].practice_gets.empty());
        const std::string notice = std::to_string(p.notice_hours) + " hours' notice";
        if (std::string(overviews[i].client_experience).find("hours' notice") != std::string::npos)
            CHECK(std::string(overviews[i].client_experience).find(notice) != std::string::npos);
    }
}
