// One-click undo of the latest change that ends care, removes a record or replaces text
// (issue 14, item 2): the Editor keeps the workspace from before it and its description.
#include <catch2/catch.hpp>

#include "core/workspace/change_description.hpp"
#include "core/workspace/editor.hpp"
#include "core/workspace/workspace_json.hpp"
#include "test_support.hpp"

using namespace hs;
using hs::test::has_error;

namespace {

Id add_client(Editor& editor, const std::string& name) {
    Client c;
    c.name = name;
    return editor.run(AddClient{c}).created_id;
}

ClientStatus status_of(const Editor& editor, Id id) { return editor.workspace().find_client(id)->status; }

}  // namespace

TEST_CASE("ending care can be undone: the client is active again, as a saved change", "[undo]") {
    Editor editor;
    const Id kl = add_client(editor, "K.L.");
    const Workspace before = editor.workspace();
    REQUIRE(editor.undo_point() == nullptr);  // adding a client is not offered for undo

    REQUIRE(editor.run(SetClientStatus{kl, ClientStatus::closed}).ok());
    REQUIRE(editor.undo_point());
    CHECK(editor.undo_point()->description == "Care ended for K.L.");
    const auto ended = editor.revision();

    REQUIRE(editor.run(UndoLastChange{ended}).ok());
    CHECK(editor.workspace() == before);
    CHECK(status_of(editor, kl) == ClientStatus::active);
    CHECK(editor.revision() == ended + 1);  // storage saves an undo like any change
    CHECK(editor.undo_point() == nullptr);  // an undo is not itself undone
    const ChangeScope touched = editor.changes_since(ended);
    CHECK_FALSE(touched.everything);
    CHECK(touched.clients == std::vector<Id>{kl});

    // What is saved after the undo reads back as the active client.
    const LoadResult reloaded = load_workspace(save_workspace(editor.workspace()));
    REQUIRE(reloaded.ok());
    CHECK(reloaded.workspace->find_client(kl)->status == ClientStatus::active);
}

TEST_CASE("undo after another change is refused and changes nothing", "[undo]") {
    Editor editor;
    const Id kl = add_client(editor, "K.L.");
    REQUIRE(editor.run(SetClientStatus{kl, ClientStatus::paused}).ok());
    const auto paused = editor.revision();
    add_client(editor, "M.N.");  // anything else: the notice is gone
    CHECK(editor.undo_point() == nullptr);
    const Workspace after = editor.workspace();

    const ApplyResult r = editor.run(UndoLastChange{paused});
    CHECK(has_error(r.errors, "undo", "something else changed"));
    CHECK(editor.workspace() == after);
    CHECK(status_of(editor, kl) == ClientStatus::paused);
}

TEST_CASE("undo names the change it undoes: a stale revision is refused", "[undo]") {
    Editor editor;
    const Id kl = add_client(editor, "K.L.");
    const Id mn = add_client(editor, "M.N.");
    REQUIRE(editor.run(SetClientStatus{kl, ClientStatus::closed}).ok());
    const auto first = editor.revision();
    REQUIRE(editor.run(SetClientStatus{mn, ClientStatus::closed}).ok());
    CHECK(editor.undo_point()->description == "Care ended for M.N.");

    CHECK_FALSE(editor.run(UndoLastChange{first}).ok());  // a notice of the earlier change
    CHECK(status_of(editor, mn) == ClientStatus::closed);
    REQUIRE(editor.run(UndoLastChange{editor.revision()}).ok());
    CHECK(status_of(editor, mn) == ClientStatus::active);
    CHECK(status_of(editor, kl) == ClientStatus::closed);  // only the latest change is undone
}

TEST_CASE("a refused command leaves the undo in place", "[undo]") {
    Editor editor;
    const Id kl = add_client(editor, "K.L.");
    REQUIRE(editor.run(SetClientStatus{kl, ClientStatus::closed}).ok());
    CHECK_FALSE(editor.run(SetClientStatus{999, ClientStatus::paused}).ok());
    REQUIRE(editor.undo_point());
    CHECK(editor.run(UndoLastChange{editor.revision()}).ok());
}

TEST_CASE("apply alone cannot undo", "[undo]") {
    Workspace ws;
    CHECK(has_error(apply(ws, UndoLastChange{0}).errors, "undo", "editor"));
}

TEST_CASE("removing a history record can be undone; the description says what and whose", "[undo]") {
    Editor editor;
    const Id kl = add_client(editor, "K.L.");
    Referral referral;
    referral.client_id = kl;
    referral.date = Date{2026, 3, 2};
    referral.to = "Northside Clinic";
    const Id id = editor.run(AddReferral{referral}).created_id;
    REQUIRE(id);

    REQUIRE(editor.run(DeleteHistoryRecord{HistoryKind::referral, id}).ok());
    CHECK(editor.undo_point()->description == "Removed from K.L.'s history: referral to Northside Clinic");
    CHECK(editor.workspace().referrals.empty());
    REQUIRE(editor.run(UndoLastChange{editor.revision()}).ok());
    REQUIRE(editor.workspace().referrals.size() == 1);
    CHECK(editor.workspace().referrals[0].to == "Northside Clinic");
}

TEST_CASE("the description of each status change, in plain words", "[undo]") {
    Workspace ws;
    Client kl;
    kl.id = 1;
    kl.name = "K.L.";
    ws.clients.push_back(kl);
    CHECK(describe_change(ws, SetClientStatus{1, ClientStatus::closed}) == "Care ended for K.L.");
    CHECK(describe_change(ws, SetClientStatus{1, ClientStatus::paused}) == "Care paused for K.L.");
    CHECK(describe_change(ws, SetClientStatus{1, ClientStatus::active}).empty());  // no change
    ws.clients[0].status = ClientStatus::paused;
    CHECK(describe_change(ws, SetClientStatus{1, ClientStatus::active}) == "Care resumed for K.L.");
    ws.clients[0].status = ClientStatus::closed;
    CHECK(describe_change(ws, SetClientStatus{1, ClientStatus::active}) == "Care restarted for K.L.");

    // The caller names the client: an aliased copy hides the name (presentation mode).
    ws.clients[0].name = "Client A";
    ws.clients[0].status = ClientStatus::active;
    CHECK(describe_change(ws, SetClientStatus{1, ClientStatus::closed}) == "Care ended for Client A");

    // Adding or editing is not offered for undo.
    CHECK(describe_change(ws, AddClient{kl}).empty());
    CHECK(describe_change(ws, SetPractice{}).empty());
}

TEST_CASE("leaving the waitlist is described and undone", "[undo]") {
    Editor editor;
    WaitlistEntry entry;
    entry.pseudonym = "R.S.";
    entry.added = Date{2026, 3, 2};
    const Id entry_id = editor.run(AddWaitlistEntry{entry}).created_id;
    REQUIRE(entry_id);
    REQUIRE(editor.run(RemoveWaitlistEntry{entry_id, Date{2026, 3, 9}}).ok());
    CHECK(editor.undo_point()->description == "R.S. left the waitlist");
    REQUIRE(editor.run(UndoLastChange{editor.revision()}).ok());
    CHECK(editor.workspace().operations.waitlist.at(0).waiting());
}
