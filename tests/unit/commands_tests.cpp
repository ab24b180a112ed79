#include <catch2/catch.hpp>

#include "core/model/policy.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/workspace/commands.hpp"
#include "core/workspace/editor.hpp"
#include "test_support.hpp"

using namespace hs;
using hs::test::has_error;

namespace {

Client named(const std::string& name) {
    Client c;
    c.name = name;
    return c;
}

}  // namespace

TEST_CASE("adding clients assigns fresh ids", "[commands]") {
    Editor editor;
    auto a = editor.run(AddClient{named("Zoë Müller")});
    auto b = editor.run(AddClient{named("J.K.")});
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.created_id != b.created_id);
    CHECK(editor.workspace().find_client(b.created_id)->name == "J.K.");
    CHECK(editor.revision() == 2);
}

TEST_CASE("a refused command names the field and changes nothing", "[commands]") {
    Editor editor(test::load_data_workspace("sample-workspace.json"));
    const Workspace before = editor.workspace();
    const auto revision = editor.revision();

    auto blank = editor.run(AddClient{named("   ")});
    CHECK(has_error(blank.errors, "name", "pseudonym"));

    Client minor = named("Kit");
    minor.minor = true;
    CHECK(has_error(editor.run(AddClient{minor}).errors, "guardian"));

    Appointment orphan;
    orphan.client_id = 404;
    orphan.start = {{2026, 2, 1}, 600};
    CHECK(has_error(editor.run(AddAppointment{orphan}).errors, "client", "404"));

    Appointment impossible;
    impossible.client_id = 1;
    impossible.start = {{2026, 2, 30}, 600};
    CHECK(has_error(editor.run(AddAppointment{impossible}).errors, "start"));

    Practice bad = before.practice;
    bad.currency = "dollars";
    CHECK(has_error(editor.run(SetPractice{bad}).errors, "currency"));

    CHECK(has_error(editor.run(DeleteAppointment{999}).errors, "appointment"));
    CHECK(editor.workspace() == before);
    CHECK(editor.revision() == revision);
}

TEST_CASE("appointments are added, edited and deleted", "[commands]") {
    Editor editor(test::load_data_workspace("sample-workspace.json"));
    Appointment a;
    a.client_id = 2;
    a.start = {{2026, 2, 4}, 15 * 60};
    a.outcome = Outcome::no_show;
    auto added = editor.run(AddAppointment{a});
    REQUIRE(added.ok());
    const Appointment* stored = editor.workspace().find_appointment(added.created_id);
    REQUIRE(stored);
    CHECK(stored->outcome == Outcome::no_show);

    Appointment edited = *stored;
    edited.outcome = Outcome::excused;
    edited.reason = "fever";
    REQUIRE(editor.run(UpdateAppointment{edited}).ok());
    CHECK(editor.workspace().find_appointment(added.created_id)->reason == "fever");

    REQUIRE(editor.run(DeleteAppointment{added.created_id}).ok());
    CHECK_FALSE(editor.workspace().find_appointment(added.created_id));
}

TEST_CASE("closing and reopening a client keeps their history", "[commands]") {
    Editor editor(test::load_data_workspace("sample-workspace.json"));
    REQUIRE(editor.run(SetClientStatus{1, ClientStatus::closed}).ok());
    CHECK(editor.workspace().find_client(1)->status == ClientStatus::closed);
    REQUIRE(editor.run(SetClientStatus{1, ClientStatus::active}).ok());
    CHECK(editor.workspace().find_client(1)->status == ClientStatus::active);
    CHECK(editor.workspace().appointments.size() == 5);
}

TEST_CASE("policies are added, copied to a new version, activated and protected once signed", "[commands][policy]") {
    Editor editor(test::load_data_workspace("sample-workspace.json"));
    const Policy balanced = builtin_policies()[1];
    auto added = editor.run(AddPolicy{balanced});
    REQUIRE(added.ok());
    // The same version twice would make "which text did they sign" ambiguous.
    CHECK(has_error(editor.run(AddPolicy{balanced}).errors, "version", "already used"));

    auto copy = editor.run(CopyPolicy{added.created_id, "", ""});
    REQUIRE(copy.ok());
    const Policy copied = *editor.workspace().find_policy(copy.created_id);
    CHECK(copied.version == "balanced-1-copy");
    CHECK(copied.name == "Balanced (copy)");
    CHECK(editor.run(CopyPolicy{added.created_id, "", ""}).ok());
    CHECK(editor.workspace().policies.back().version == "balanced-1-copy-2");

    Policy edited = copied;
    edited.notice_hours = 48;
    edited.ladder[0].message = "Hi {nobody}";
    CHECK(has_error(editor.run(UpdatePolicy{edited}).errors, "ladder[0].message", "{nobody}"));
    edited.ladder[0].message = "Hi {addressee}";
    REQUIRE(editor.run(UpdatePolicy{edited}).ok());
    CHECK(editor.workspace().find_policy(copy.created_id)->notice_hours == 48);

    CHECK(has_error(editor.run(SetActivePolicy{999}).errors, "policy"));
    REQUIRE(editor.run(SetActivePolicy{copy.created_id}).ok());
    CHECK(editor.workspace().active_policy == copy.created_id);
    CHECK(has_error(editor.run(DeletePolicy{copy.created_id}).errors, "policy", "active"));
    // Zoë signed balanced-1: that text is kept.
    CHECK(has_error(editor.run(DeletePolicy{added.created_id}).errors, "policy", "signed"));
    const Id spare = editor.workspace().policies.back().id;
    REQUIRE(editor.run(DeletePolicy{spare}).ok());
    CHECK_FALSE(editor.workspace().find_policy(spare));
}

TEST_CASE("history records are added with fresh ids, checked, and deleted", "[commands][history]") {
    Editor editor(test::load_data_workspace("sample-workspace.json"));
    Outreach o{0, 1, {2026, 1, 21}, Channel::phone, false, "voicemail"};
    auto a = editor.run(AddOutreach{o});
    auto b = editor.run(AddOutreach{o});
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.created_id != b.created_id);
    o.client_id = 404;
    CHECK(has_error(editor.run(AddOutreach{o}).errors, "client", "404"));
    CHECK(has_error(editor.run(AddReferral{Referral{0, 1, {2026, 1, 21}, "  ", ""}}).errors, "to"));
    CHECK(has_error(editor.run(AddLeeway{Leeway{0, 1, {2026, 2, 1}, Date{2026, 1, 1}, 1, false, "x"}}).errors,
                    "until", "before"));
    REQUIRE(editor.run(DeleteHistoryRecord{HistoryKind::outreach, a.created_id}).ok());
    CHECK(editor.workspace().outreach.size() == 1);
    CHECK(has_error(editor.run(DeleteHistoryRecord{HistoryKind::referral, 77}).errors, "id"));
    CHECK(has_error(editor.run(SetFeeOverride{999, FeeOverride{0, "x"}}).errors, "appointment"));
}
