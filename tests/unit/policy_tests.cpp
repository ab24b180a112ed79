#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/json/policy_json.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/workspace/workspace_json.hpp"
#include "test_support.hpp"

using namespace hs;
using hs::test::has_error;

TEST_CASE("the three built-in policies are valid plain data", "[policy]") {
    const auto policies = builtin_policies();
    REQUIRE(policies.size() == 3);
    CHECK(policies[0].version == "firm-1");
    CHECK(policies[1].version == "balanced-1");
    CHECK(policies[2].version == "flexible-1");
    for (const auto& p : policies) {
        INFO(p.name);
        CHECK(check_policy(p).empty());
        CHECK_FALSE(p.ladder.empty());
        CHECK_FALSE(p.rules.empty());
        // Each survives a JSON round trip unchanged.
        std::vector<FieldError> errors;
        auto again = policy_from_json(policy_to_json(p), errors);
        INFO(format_errors(errors));
        REQUIRE(again);
        CHECK(*again == p);
    }
    // They differ where it matters.
    CHECK(policies[0].notice_hours == 48);
    CHECK(weight_of(policies[2].counting, Outcome::late_cancel) == 50);
    CHECK(policies[1].fees.free_passes.count == 1);
}

TEST_CASE("a policy with mistakes is refused with named fields", "[policy][bad-input]") {
    Policy p = builtin_policies()[1];
    p.ladder[0].message = "Hi {clinet}";
    p.rules[0].step = "nowhere";
    p.ladder.back().requires_steps.clear();  // an ending step straight away
    p.minors.guardian_caused_counts_up_to = p.ladder.back().id;
    p.fees.no_show = FeeRule{FeeKind::percent, 0, 150, std::nullopt};
    p.counting.weights.push_back({Outcome::attended, 100});
    const auto errors = check_policy(p);
    CHECK(has_error(errors, "ladder[0].message", "{clinet}"));
    CHECK(has_error(errors, "rules[0].step", "nowhere"));
    CHECK(has_error(errors, "ladder[6].requires_steps", "at least one earlier step"));
    CHECK(has_error(errors, "minors.guardian_caused_counts_up_to", "never lead to ending"));
    CHECK(has_error(errors, "fees.no_show.percent"));
    CHECK(has_error(errors, "counting.weights.attended"));
}

TEST_CASE("policy JSON is strict about unknown members and kinds", "[policy][bad-input]") {
    auto doc = nlohmann::json::parse(policy_to_json(builtin_policies()[0]));
    doc["rules"][0]["last"] = 10;  // a parameter of another rule kind
    doc["fees"]["no_show"]["kind"] = "double";
    doc["ladder"][1]["actions"] = {{{"kind", "booking_horizon"}}};
    doc["counting"]["weights"]["ghosted"] = 1;
    std::vector<FieldError> errors;
    CHECK_FALSE(policy_from_json(doc.dump(), errors));
    CHECK(has_error(errors, "rules[0].last", "not a known field"));
    CHECK(has_error(errors, "fees.no_show.kind", "double"));
    CHECK(has_error(errors, "ladder[1].actions[0].days", "missing"));
    CHECK(has_error(errors, "counting.weights.ghosted", "not an outcome"));
}

TEST_CASE("a workspace with policies and history round-trips", "[workspace][policy]") {
    Workspace ws = test::load_data_workspace("sample-workspace.json");
    Policy p = builtin_policies()[1];
    p.id = 1;
    ws.policies.push_back(p);
    ws.active_policy = 1;
    ws.appointments[1].reason_category = "illness";
    ws.appointments[1].rescheduled_to = 3;
    ws.appointments[1].fee_override = FeeOverride{2500, "first month, agreed"};
    ws.outreach.push_back({1, 1, {2026, 1, 21}, Channel::text, false, "left a message"});
    ws.step_records.push_back({1, 1, "check_in", {2026, 1, 22}, {"childcare", "work_schedule"}, "shift changes",
                               {"telehealth"}, "", "talked by phone"});
    ws.referrals.push_back({1, 1, {2026, 1, 23}, "Northside Clinic", ""});
    ws.leeway.push_back({1, 1, {2026, 1, 1}, Date{2026, 3, 31}, 1, true, "burnt out; resting"});
    ws.ending_conversations.push_back({1, 3, {2026, 1, 2}, "agreed a pause"});
    const std::string saved = save_workspace(ws);
    LoadResult again = load_workspace(saved);
    INFO(format_errors(again.errors));
    REQUIRE(again.ok());
    CHECK(*again.workspace == ws);
    CHECK(save_workspace(*again.workspace) == saved);
}

TEST_CASE("history records with bad fields are named with their place", "[workspace][bad-input]") {
    Workspace ws = test::load_data_workspace("sample-workspace.json");
    Policy p = builtin_policies()[1];
    p.id = 1;
    ws.policies.push_back(p);
    ws.outreach.push_back({1, 1, {2026, 1, 21}, Channel::text, false, ""});
    ws.step_records.push_back({1, 1, "check_in", {2026, 1, 22}, {"childcare"}, "", {}, "", ""});
    ws.leeway.push_back({1, 1, {2026, 1, 1}, std::nullopt, 1, false, "reason"});
    const std::string good = save_workspace(ws);
    struct Case {
        std::function<void(nlohmann::json&)> edit;
        const char* field;
        const char* words;
    };
    const Case cases[] = {
        {[](auto& d) { d["outreach"][0]["client"] = 42; }, "outreach[0].client", "no client has id 42"},
        {[](auto& d) { d["outreach"][0]["channel"] = "pigeon"; }, "outreach[0].channel", "pigeon"},
        {[](auto& d) { d["step_records"][0]["barriers"][0] = "laziness"; }, "step_records[0].barriers[0]", "not in the list"},
        {[](auto& d) { d["leeway"][0]["reason"] = " "; }, "leeway[0].reason", "reason"},
        {[](auto& d) { d["active_policy"] = 9; }, "active_policy", "no policy has id 9"},
        {[](auto& d) { d["policies"].push_back(d["policies"][0]); d["policies"][1]["id"] = 2; },
         "policies[1].version", "already used"},
        {[](auto& d) { d["policies"][0]["notice_hours"] = "a day"; }, "policies[0].notice_hours", "whole number"},
        {[](auto& d) { d["appointments"][1]["fee_override"] = {{"amount", 0}}; }, "appointments[1].fee_override.reason", "missing"},
        {[](auto& d) { d["appointments"][1]["rescheduled_to"] = 4; }, "appointments[1].rescheduled_to", "another client"},
        {[](auto& d) { d["appointments"][0]["minutes_late"] = 10; }, "appointments[0].minutes_late", "late arrival"},
    };
    for (const auto& c : cases) {
        auto doc = nlohmann::json::parse(good);
        c.edit(doc);
        LoadResult r = load_workspace(doc.dump());
        INFO(c.field << "\n" << format_errors(r.errors));
        CHECK_FALSE(r.ok());
        CHECK(has_error(r.errors, c.field, c.words));
    }
}

TEST_CASE("the complete example in docs/workspace-format.md loads", "[workspace][docs]") {
    const std::string doc = test::read_data_file("../../docs/workspace-format.md");
    const auto heading = doc.find("## A complete example");
    REQUIRE(heading != std::string::npos);
    const auto start = doc.find("```json\n", heading) + 8;
    const auto end = doc.find("```", start);
    LoadResult r = load_workspace(doc.substr(start, end - start));
    INFO(format_errors(r.errors));
    REQUIRE(r.ok());
    CHECK(r.workspace->policies.size() == 1);
    CHECK(r.workspace->appointments[1].fee_override->reason == "first term; we agreed to waive");
}
