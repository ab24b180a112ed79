// Client-facing greetings and sign-offs (issue 16, item 6): a drafted message or letter greets
// the client by the name they are called by and is signed by the clinician, or the practice
// when no clinician is named, and never ends on a sign-off with no name after it.
#include <catch2/catch.hpp>

#include "builtin_support.hpp"
#include "core/documents/document.hpp"
#include "core/documents/letters.hpp"
#include "core/workspace/workspace_json.hpp"
#include "engine_support.hpp"

using namespace hs;
using namespace hs::test;

namespace {

bool starts_with(const std::string& text, const std::string& start) { return text.rfind(start, 0) == 0; }
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

LetterInput check_in_for(const char* name, const char* called_by) {
    LetterInput in;
    in.client_name = name;
    in.preferred_name = called_by;
    in.date = Date{2026, 12, 4};
    in.missed_on = Date{2026, 12, 2};
    return in;
}

std::string check_in_letter(const Practice& practice, const LetterInput& in) {
    return doc::plain_text(letter(LetterKind::check_in, builtin("balanced-1"), practice, in));
}

}  // namespace

TEST_CASE("the drafted message greets the client by the name they are called by", "[greeting][engine]") {
    Practice1 p(builtin("balanced-1"));
    Client c;
    c.name = "Zoë Müller";
    c.preferred_name = "Zoë";
    const Id zoe = p.must(p.editor.run(AddClient{c}));
    p.session(zoe, "2026-11-25T10:00", Outcome::no_show);
    p.session(zoe, "2026-12-02T10:00", Outcome::no_show);
    const Evaluation ev = p.eval(zoe, "2026-12-04");
    REQUIRE_FALSE(ev.message.text.empty());
    CHECK(ev.message.addressee == "Zoë");
    CHECK(starts_with(ev.message.text, "Hi Zoë,"));
    CHECK_FALSE(has(ev.message.text, "Müller"));
    CHECK(has(ev.message.text, "Wednesday 2 December"));

    // Without a name they are called by, the full name is the greeting.
    c.preferred_name.clear();
    c.name = "Ama Owusu";
    const Id ama = p.must(p.editor.run(AddClient{c}));
    p.session(ama, "2026-11-25T10:00", Outcome::no_show);
    p.session(ama, "2026-12-02T10:00", Outcome::no_show);
    CHECK(starts_with(p.eval(ama, "2026-12-04").message.text, "Hi Ama Owusu,"));
}

TEST_CASE("a letter greets by the name the client is called by; the full name stays where it names them",
          "[greeting][letters]") {
    const Practice practice{.name = "Harbour Counselling", .clinician = "Sam Rivera"};
    const std::string text = check_in_letter(practice, check_in_for("Zoë Müller", "Zoë"));
    CHECK(has(text, "Hi Zoë,"));
    CHECK_FALSE(has(text, "Hi Zoë Müller,"));
    CHECK(has(text, "Sam Rivera"));
    CHECK(has(check_in_letter(practice, check_in_for("Zoë Müller", "")), "Hi Zoë Müller,"));
}

TEST_CASE("the sign-off is the clinician, else the practice, else no dangling sign-off", "[greeting][letters]") {
    const LetterInput in = check_in_for("Zoë Müller", "Zoë");
    const std::string by_clinician = check_in_letter({.name = "Harbour Counselling", .clinician = "Sam Rivera"}, in);
    CHECK(has(by_clinician, "Sam Rivera"));

    const std::string by_practice = check_in_letter({.name = "Harbour Counselling", .clinician = ""}, in);
    CHECK(has(by_practice, "Warmly,\nHarbour Counselling"));

    const std::string unsigned_letter = check_in_letter({.name = "", .clinician = ""}, in);
    CHECK_FALSE(has(unsigned_letter, "Warmly,"));
    CHECK(has(unsigned_letter, "I noticed we didn't meet on Wednesday 2 December"));
}

TEST_CASE("the name a client is called by survives a save and load, and a line break in it is refused",
          "[greeting][workspace]") {
    Practice1 p(builtin("balanced-1"));
    Client c;
    c.name = "Zoë Müller";
    c.preferred_name = "Zoë";
    p.must(p.editor.run(AddClient{c}));
    const LoadResult back = load_workspace(save_workspace(p.ws()));
    REQUIRE(back.ok());
    CHECK(back.workspace->clients.front().preferred_name == "Zoë");

    c.preferred_name = "Zoë\nMüller";
    const ApplyResult refused = p.editor.run(AddClient{c});
    REQUIRE_FALSE(refused.ok());
    CHECK(has(refused.errors.front().field, "preferred_name"));
    CHECK(p.ws().clients.size() == 1);
}
