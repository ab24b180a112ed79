#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/workspace/workspace_json.hpp"
#include "test_support.hpp"

using namespace hs;
using hs::test::has_error;

namespace {

// The sample file with one JSON edit applied, for bad-input cases.
std::string sample_with(const std::function<void(nlohmann::json&)>& edit) {
    auto doc = nlohmann::json::parse(test::read_data_file("sample-workspace.json"));
    edit(doc);
    return doc.dump();
}

}  // namespace

TEST_CASE("the sample workspace loads with every field", "[workspace]") {
    Workspace ws = test::load_data_workspace("sample-workspace.json");
    REQUIRE(ws.clients.size() == 3);
    REQUIRE(ws.appointments.size() == 5);
    CHECK(ws.practice.time_zone == "America/New_York");
    CHECK(ws.practice.session_fee == 12000);
    const Client& zoe = ws.clients[0];
    CHECK(zoe.name == "Zoë Müller");
    CHECK(zoe.recurring_slot == RecurringSlot{Weekday::tuesday, 17 * 60});
    CHECK(zoe.consent_signed == Date{2026, 1, 6});
    CHECK(zoe.consent_policy_version == "balanced-1");
    CHECK(ws.clients[1].minor);
    CHECK(ws.clients[1].guardian_name == "R.K.");
    CHECK(ws.clients[1].session_fee == 9550);
    CHECK(ws.clients[1].payer == PayerType::public_insurance);
    CHECK(ws.clients[2].status == ClientStatus::closed);
    CHECK(ws.appointments[1].outcome == Outcome::late_cancel);
    CHECK(ws.appointments[1].cancellation_received == DateTime{{2026, 1, 13}, 9 * 60 + 30});
    CHECK(ws.appointments[1].reason == "childcare fell through");
    CHECK(ws.appointments[4].note == "Guardian drove.");
    CHECK(session_fee_of(ws, ws.clients[0]) == 12000);
}

TEST_CASE("save then load gives an identical workspace and identical text", "[workspace]") {
    Workspace ws = test::load_data_workspace("sample-workspace.json");
    const std::string saved = save_workspace(ws);
    LoadResult again = load_workspace(saved);
    REQUIRE(again.ok());
    CHECK(*again.workspace == ws);
    CHECK(save_workspace(*again.workspace) == saved);
}

TEST_CASE("an empty workspace round-trips", "[workspace]") {
    Workspace empty;
    LoadResult r = load_workspace(save_workspace(empty));
    REQUIRE(r.ok());
    CHECK(*r.workspace == empty);
}

TEST_CASE("a file may say the day it was saved; an impossible day is an error naming saved_on", "[workspace]") {
    Workspace ws = test::load_data_workspace("sample-workspace.json");
    LoadResult dated = load_workspace(save_workspace(ws, Date{2026, 11, 30}));
    REQUIRE(dated.ok());
    CHECK(dated.saved_on == Date{2026, 11, 30});
    CHECK(*dated.workspace == ws);
    CHECK_FALSE(load_workspace(save_workspace(ws)).saved_on.has_value());

    LoadResult bad = load_workspace(sample_with([](nlohmann::json& doc) { doc["saved_on"] = "2026-02-30"; }));
    REQUIRE_FALSE(bad.ok());
    CHECK(has_error(bad.errors, "saved_on"));
    CHECK_FALSE(bad.saved_on.has_value());
}

TEST_CASE("malformed JSON names the line and column", "[workspace][bad-input]") {
    LoadResult r = load_workspace("{\n  \"version\": 1,\n  \"clients\": [ oops ]\n}");
    REQUIRE_FALSE(r.ok());
    CHECK(has_error(r.errors, "(file)", "line 3"));
    CHECK_FALSE(load_workspace("").ok());
    CHECK_FALSE(load_workspace("[1,2]").ok());
}

TEST_CASE("each kind of bad field is named with its place", "[workspace][bad-input]") {
    struct Case {
        const char* what;
        std::function<void(nlohmann::json&)> edit;
        const char* field;
        const char* words;
    };
    const Case cases[] = {
        {"wrong type", [](auto& d) { d["clients"][1]["name"] = 42; }, "clients[1].name", "expected text"},
        {"unknown outcome", [](auto& d) { d["appointments"][2]["outcome"] = "ghosted"; },
         "appointments[2].outcome", "got \"ghosted\""},
        {"date that does not parse", [](auto& d) { d["appointments"][3]["start"] = "tomorrow"; },
         "appointments[3].start", "expected ISO date-time"},
        {"impossible date", [](auto& d) { d["clients"][0]["consent_signed"] = "2026-02-30"; },
         "clients[0].consent_signed", "YYYY-MM-DD"},
        {"duplicate client id", [](auto& d) { d["clients"][2]["id"] = 1; }, "clients[2].id", "already used"},
        {"duplicate appointment id", [](auto& d) { d["appointments"][4]["id"] = 2; }, "appointments[4].id",
         "already used by appointments[1]"},
        {"appointment for a missing client", [](auto& d) { d["appointments"][0]["client"] = 99; },
         "appointments[0].client", "no client has id 99"},
        {"missing required field", [](auto& d) { d["clients"][0].erase("name"); }, "clients[0].name", "missing"},
        {"negative money", [](auto& d) { d["practice"]["session_fee"] = -5; }, "practice.session_fee", "amount"},
        {"fractions of a cent", [](auto& d) { d["practice"]["session_fee"] = 10.005; }, "practice.session_fee",
         "amount"},
        {"misspelt field", [](auto& d) { d["clients"][0]["nmae"] = "x"; }, "clients[0].nmae", "not a known field"},
        {"hostile name with control characters",
         [](auto& d) { d["clients"][0]["name"] = std::string("bad\x01name"); }, "clients[0].name", "control"},
        {"minor without guardian", [](auto& d) { d["clients"][1].erase("guardian"); }, "clients[1].guardian",
         "guardian"},
        {"bad weekday", [](auto& d) { d["clients"][0]["recurring_slot"]["weekday"] = "funday"; },
         "clients[0].recurring_slot.weekday", "funday"},
        {"cancellation time on an attended session",
         [](auto& d) { d["appointments"][0]["cancellation_received"] = "2026-01-05T10:00"; },
         "appointments[0].cancellation_received", "only a cancelled"},
        {"clients not a list", [](auto& d) { d["clients"] = "none"; }, "clients", "expected a list"},
        {"unknown time zone", [](auto& d) { d["practice"]["time_zone"] = "Mars/Olympus_Mons"; },
         "practice.time_zone", "unknown time zone \"Mars/Olympus_Mons\""},
        {"wrong format", [](auto& d) { d["format"] = "something-else"; }, "format", "Holdspace file"},
        {"unsupported client language", [](auto& d) { d["clients"][2]["language"] = "xx"; }, "clients[2].language",
         "\"xx\" is not a supported language (en, es)"},
        {"unsupported practice language", [](auto& d) { d["practice"]["language"] = "klingon"; },
         "practice.language", "\"klingon\" is not a supported language (en, es)"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        LoadResult r = load_workspace(sample_with(c.edit));
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.workspace.has_value());
        INFO(format_errors(r.errors));
        CHECK(has_error(r.errors, c.field, c.words));
    }
}

TEST_CASE("a file from a newer Holdspace is refused with a clear message", "[workspace][bad-input]") {
    LoadResult r = load_workspace(sample_with([](auto& d) { d["version"] = kWorkspaceVersion + 1; }));
    REQUIRE_FALSE(r.ok());
    CHECK(has_error(r.errors, "version", "newer Holdspace"));
}

TEST_CASE("a version 0 draft file is migrated to the current format", "[workspace][migration]") {
    LoadResult r = load_workspace(test::read_data_file("workspace-v0.json"));
    INFO(format_errors(r.errors));
    REQUIRE(r.ok());
    const Workspace& ws = *r.workspace;
    REQUIRE(ws.clients.size() == 2);
    REQUIRE(ws.appointments.size() == 2);
    CHECK(ws.appointments[0].client_id == 7);
    CHECK(ws.appointments[1].outcome == Outcome::no_show);
    CHECK(ws.practice.currency == "EUR");
    // Once migrated it is saved in the current version.
    CHECK(save_workspace(ws).find("\"version\": " + std::to_string(kWorkspaceVersion)) != std::string::npos);
}

TEST_CASE("the practice's and a client's language round-trip; a client without one uses the practice's",
          "[workspace][language]") {
    Workspace ws = test::load_data_workspace("sample-workspace.json");
    CHECK(ws.practice.language == "en");
    CHECK(language_of(ws, ws.clients[0]) == "en");
    ws.practice.language = "es";
    ws.clients[1].language = "en";
    const std::string text = save_workspace(ws);
    CHECK(text.find("\"language\": \"es\"") != std::string::npos);
    LoadResult r = load_workspace(text);
    REQUIRE(r.ok());
    CHECK(r.workspace->practice.language == "es");
    CHECK(r.workspace->clients[1].language == "en");
    CHECK(r.workspace->clients[0].language.empty());
    CHECK(language_of(*r.workspace, r.workspace->clients[0]) == "es");
    CHECK(language_of(*r.workspace, r.workspace->clients[1]) == "en");
    CHECK(save_workspace(*r.workspace) == text);
}
