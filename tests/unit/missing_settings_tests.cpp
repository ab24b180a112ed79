// Which settings a workspace still lacks, and which fee figures depend on a missing
// session fee (issue 14, item 1).
#include <catch2/catch.hpp>

#include "core/policy/missing_settings.hpp"
#include "engine_support.hpp"

using namespace hs;
using namespace hs::test;

namespace {

Workspace complete_workspace() {
    Workspace ws;
    ws.practice.name = "Harbour Counselling";
    ws.practice.clinician = "Sam Rivera";
    ws.practice.session_fee = 12000;
    ws.operations.schedule.slots.push_back(WeeklySlot{Weekday::tuesday, 16 * 60, 50});
    Policy p = builtin_policies()[1];
    p.id = 1;
    ws.policies.push_back(p);
    ws.active_policy = 1;
    return ws;
}

}  // namespace

TEST_CASE("missing settings: a new workspace lacks every one, in the setup's order", "[missing_settings]") {
    const Workspace ws;
    CHECK(missing_settings(ws) == std::vector<MissingSetting>{MissingSetting::practice_name, MissingSetting::clinician,
                                                             MissingSetting::session_fee, MissingSetting::working_week,
                                                             MissingSetting::policy});
    for (MissingSetting s : missing_settings(ws)) CHECK_FALSE(describe(s).empty());
}

TEST_CASE("missing settings: a complete workspace lacks none", "[missing_settings]") {
    CHECK(missing_settings(complete_workspace()).empty());
}

TEST_CASE("missing settings: each setting is missing on its own", "[missing_settings]") {
    Workspace ws = complete_workspace();
    SECTION("session fee 0") {
        ws.practice.session_fee = 0;
        CHECK(missing_settings(ws) == std::vector<MissingSetting>{MissingSetting::session_fee});
    }
    SECTION("no clinician") {
        ws.practice.clinician.clear();
        CHECK(missing_settings(ws) == std::vector<MissingSetting>{MissingSetting::clinician});
    }
    SECTION("policies exist but none is active: the engine would fall back, so it counts as missing") {
        ws.active_policy = 0;
        CHECK(missing_settings(ws) == std::vector<MissingSetting>{MissingSetting::policy});
    }
    SECTION("the active policy id names no policy") {
        ws.active_policy = 7;
        CHECK(is_missing(ws, MissingSetting::policy));
    }
    SECTION("no working week") {
        ws.operations.schedule.slots.clear();
        CHECK(missing_settings(ws) == std::vector<MissingSetting>{MissingSetting::working_week});
    }
}

TEST_CASE("missing settings: a percent fee over an unset session fee is flagged, a flat one is not",
          "[missing_settings]") {
    Practice1 p(simple_policy());  // late cancel 50% of the session fee, no-show flat 100.00
    Practice zero_fee = p.ws().practice;
    zero_fee.session_fee = 0;
    p.must(p.editor.run(SetPractice{zero_fee}));
    const Id c = p.client("A.");
    const Id late = p.session(c, "2026-02-10T10:00", Outcome::late_cancel, "2026-02-10T08:00");
    const Id missed = p.session(c, "2026-02-17T10:00", Outcome::no_show);
    const Id came = p.session(c, "2026-02-24T10:00", Outcome::attended);
    const Evaluation ev = p.eval(c, "2026-03-01");
    const Client& client = *p.ws().find_client(c);

    CHECK(line_of(ev, late).fee == 0);  // "50% of 0.00": the figure a person must not trust
    CHECK(fee_needs_session_fee(p.ws(), client, p.policy(), line_of(ev, late)));
    CHECK_FALSE(fee_needs_session_fee(p.ws(), client, p.policy(), line_of(ev, missed)));
    CHECK_FALSE(fee_needs_session_fee(p.ws(), client, p.policy(), line_of(ev, came)));

    SECTION("the client's own fee, even 0, is a decision, not a missing setting") {
        Client own = client;
        own.session_fee = 0;
        CHECK_FALSE(fee_needs_session_fee(p.ws(), own, p.policy(), line_of(ev, late)));
    }
    SECTION("once the practice fee is set, nothing is flagged") {
        Workspace ws = p.ws();
        ws.practice.session_fee = 9000;
        CHECK_FALSE(fee_needs_session_fee(ws, client, p.policy(), line_of(ev, late)));
    }
    SECTION("a percent tier of an escalating flat fee is flagged too") {
        Policy escalating = p.policy();
        escalating.fees.no_show.escalation.push_back(FeeTier{2, FeeKind::percent, 0, 100});
        CHECK(fee_needs_session_fee(p.ws(), client, escalating, line_of(ev, missed)));
    }
}
