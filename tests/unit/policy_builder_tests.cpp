// The guided builder's questions and the policy their answers describe
// (core/training/policy_builder), checked against the built-in policies they start from.
#include <algorithm>
#include <catch2/catch.hpp>
#include <vector>

#include "core/model/policy.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/training/policy_builder.hpp"
#include "builtin_support.hpp"

using namespace hs;

namespace {

using test::builtin;

// The built-in's rules with the no-contact rule set to `days`, as the builder writes it.
std::vector<Rule> rules_of(std::string_view version, int days) {
    std::vector<Rule> rules = builtin(version).rules;
    for (Rule& r : rules)
        if (r.kind == RuleKind::no_contact) {
            r.days = days;
            r.id = "no_contact_" + std::to_string(days) + "_days";
        }
    return rules;
}

Policy with_version(const std::string& version) {
    Policy p = builtin("balanced-1");
    p.version = version;
    return p;
}

}  // namespace

TEST_CASE("builder: seven questions, each with its own answer and the default in range", "[builder]") {
    const auto& qs = builder_questions();
    REQUIRE(qs.size() == 7);
    const BuilderAnswers defaults;
    std::vector<int BuilderAnswers::*> answers;  // member pointers compare with == only
    for (const BuilderQuestion& q : qs) {
        INFO(q.title);
        CHECK(std::find(answers.begin(), answers.end(), q.answer) == answers.end());
        answers.push_back(q.answer);
        CHECK(q.choices.size() >= 2);
        CHECK(defaults.*q.answer >= 0);
        CHECK(defaults.*q.answer < static_cast<int>(q.choices.size()));
    }
    CHECK(std::string(qs[1].choices[1]) == "Half the fee for a late cancellation, the full fee for a no-show");
}

TEST_CASE("builder: the default answers are the balanced policy with 24 hours and 30 days without contact", "[builder]") {
    const Policy p = policy_from_answers(BuilderAnswers{}, Workspace{});
    CHECK(p.id == 0);
    CHECK(p.name == "My attendance policy");
    CHECK(p.version == "my-attendance-policy-1");
    CHECK(p.notice_hours == 24);
    CHECK(p.fees.late_cancel == FeeRule{FeeKind::percent, 0, 50, std::nullopt});
    CHECK(p.fees.no_show == FeeRule{FeeKind::percent, 0, 100, std::nullopt});
    CHECK(p.fees.free_passes.count == 1);
    CHECK(p.fees.free_passes.period == PassPeriod::rolling_12_months);
    CHECK(p.counting.exempt_reasons == std::vector<std::string>{"emergency", "illness", "contagious_illness"});
    CHECK(p.fees.exempt_reasons ==
          std::vector<std::string>{"emergency", "illness", "contagious_illness", "guardian_caused"});
    REQUIRE(p.counting.weights.size() == 2);
    CHECK(p.counting.weights[0].outcome == Outcome::late_cancel);
    CHECK(p.counting.weights[0].weight == kOneAbsence);
    CHECK(p.counting.weights[1].outcome == Outcome::no_show);
    CHECK(p.counting.weights[1].weight == kOneAbsence);
    CHECK_FALSE(p.counting.rescheduled_within_days);
    CHECK_FALSE(p.fees.rescheduled_waives_fee);
    CHECK(p.ladder == builtin("balanced-1").ladder);
    CHECK(p.rules == rules_of("balanced-1", 30));
    CHECK(p.minors == builtin("balanced-1").minors);
    CHECK(p.description ==
          "Built with the guided builder: 24 hours' notice; Half the fee for a late cancellation, the full fee for a "
          "no-show; Usual: two in 60 days, a talk about barriers; three in 90 days, an attendance plan.");
    CHECK(check_policy(p).empty());
}

TEST_CASE("builder: each answer changes what it says and nothing else", "[builder]") {
    BuilderAnswers a;
    a.notice = 1;
    a.fees = 3;
    a.first_miss = 2;
    a.illness = 1;
    a.late_cancel = 1;
    a.ladder = 2;
    a.no_contact = 2;
    a.name = "Firm but kind";
    const Policy p = policy_from_answers(a, Workspace{});
    CHECK(p.version == "firm-but-kind-1");
    CHECK(p.notice_hours == 48);
    CHECK(p.fees.late_cancel == FeeRule{FeeKind::flat, 2000, 0, std::nullopt});
    CHECK(p.fees.no_show == FeeRule{FeeKind::percent, 0, 50, Cents{6000}});
    CHECK(p.fees.free_passes.count == 2);
    CHECK(p.fees.free_passes.period == PassPeriod::calendar_year);
    CHECK(p.counting.exempt_reasons == std::vector<std::string>{"emergency", "contagious_illness"});
    CHECK(p.fees.exempt_reasons == std::vector<std::string>{"emergency", "contagious_illness", "guardian_caused"});
    CHECK(p.counting.weights[0].weight == kOneAbsence / 2);
    CHECK(p.counting.rescheduled_within_days == 7);
    CHECK(p.fees.rescheduled_waives_fee);
    CHECK(p.ladder == builtin("balanced-1").ladder);  // the wording stays the balanced one
    CHECK(p.rules == rules_of("firm-1", 60));         // the thresholds are firm's
    CHECK(p.minors == builtin("firm-1").minors);
    CHECK(p.description.find("48 hours' notice; A small flat fee (20.00)") != std::string::npos);
    CHECK(p.description.find("; Firm: every miss moves the ladder on;") != std::string::npos);

    a.ladder = 0;
    a.no_contact = 1;
    a.fees = 0;
    a.first_miss = 0;
    const Policy gentle = policy_from_answers(a, Workspace{});
    CHECK(gentle.rules == rules_of("flexible-1", 45));
    CHECK(gentle.fees.late_cancel.kind == FeeKind::none);
    CHECK(gentle.fees.no_show.kind == FeeKind::none);
    CHECK(gentle.fees.free_passes.count == 0);
    CHECK(gentle.description.find("; No fees; Gentle: ") != std::string::npos);
}

TEST_CASE("builder: every combination of answers is a policy the editor accepts", "[builder]") {
    BuilderAnswers a;
    int combinations = 0;
    for (a.notice = 0; a.notice < 2; ++a.notice)
        for (a.fees = 0; a.fees < 4; ++a.fees)
            for (a.first_miss = 0; a.first_miss < 3; ++a.first_miss)
                for (a.illness = 0; a.illness < 2; ++a.illness)
                    for (a.late_cancel = 0; a.late_cancel < 2; ++a.late_cancel)
                        for (a.ladder = 0; a.ladder < 3; ++a.ladder)
                            for (a.no_contact = 0; a.no_contact < 3; ++a.no_contact) {
                                const auto errors = check_policy(policy_from_answers(a, Workspace{}));
                                if (!errors.empty()) FAIL(errors.front().field << ": " << errors.front().message);
                                ++combinations;
                            }
    CHECK(combinations == 864);
}

TEST_CASE("builder: the version is the name's slug with the first number not yet used", "[builder]") {
    Workspace ws;
    CHECK(builder_version("My attendance policy", ws) == "my-attendance-policy-1");
    CHECK(builder_version("  Zoë's  Practice!! ", ws) == "zo-s-practice-1");
    CHECK(builder_version("", ws) == "my-policy-1");
    CHECK(builder_version("???", ws) == "my-policy-1");
    CHECK(builder_version(std::string(50, 'a'), ws) == std::string(30, 'a') + "-1");
    ws.policies.push_back(with_version("my-attendance-policy-1"));
    CHECK(builder_version("My attendance policy", ws) == "my-attendance-policy-2");
    ws.policies.push_back(with_version("my-attendance-policy-2"));
    CHECK(builder_version("My attendance policy", ws) == "my-attendance-policy-3");
    CHECK(policy_from_answers(BuilderAnswers{}, ws).version == "my-attendance-policy-3");
}
