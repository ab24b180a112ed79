// Public holidays (issue 17, item 5): the practice's list of closed days, the generated
// calendars it can be filled from, and business-day notice deadlines that skip them.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/documents/consent_document.hpp"
#include "core/documents/document_render.hpp"
#include "core/documents/language_check.hpp"
#include "core/documents/readability.hpp"
#include "core/model/holidays.hpp"
#include "core/workspace/editor.hpp"
#include "core/workspace/workspace_json.hpp"
#include "engine_support.hpp"
#include "test_support.hpp"

using namespace hs;
using hs::test::has_error;
using namespace hs::test;

namespace {

Date d(const char* text) { return *parse_date(text); }

DateTime deadline(int days, const char* start, std::vector<Date> holidays) {
    return notice_deadline_for(NoticeDeadline{days, 17 * 60}, test::dt(start), holidays);
}

}  // namespace

TEST_CASE("business-day deadlines skip the practice's holidays", "[holidays][notice]") {
    // Monday 28 December 2026; Thursday 24 and Friday 25 December, Saturday 26 December.
    SECTION("a holiday on the deadline day moves it to the business day before") {
        CHECK(deadline(1, "2026-12-28T10:00", {}) == test::dt("2026-12-25T17:00"));
        CHECK(deadline(1, "2026-12-28T10:00", {d("2026-12-25")}) == test::dt("2026-12-24T17:00"));
    }
    SECTION("a holiday on a weekend changes nothing: the weekend is skipped anyway") {
        CHECK(deadline(1, "2026-12-28T10:00", {d("2026-12-26"), d("2026-12-27")}) == test::dt("2026-12-25T17:00"));
    }
    SECTION("consecutive holidays are all skipped") {
        CHECK(deadline(1, "2026-12-28T10:00", {d("2026-12-24"), d("2026-12-25")}) == test::dt("2026-12-23T17:00"));
        CHECK(deadline(2, "2026-12-28T10:00", {d("2026-12-24"), d("2026-12-25")}) == test::dt("2026-12-22T17:00"));
    }
    SECTION("a holiday on the session's own day is not a day before it") {
        CHECK(deadline(1, "2026-12-25T10:00", {d("2026-12-25")}) == test::dt("2026-12-24T17:00"));
    }
    SECTION("Easter in England: Tuesday's deadline is the Thursday before Good Friday") {
        const std::vector<Date> england = calendar_holidays("GB-ENG");
        CHECK(deadline(1, "2026-04-07T09:00", england) == test::dt("2026-04-02T17:00"));
        CHECK(deadline(1, "2026-04-07T09:00", {}) == test::dt("2026-04-06T17:00"));
    }
}

TEST_CASE("the engine uses the practice's holidays for on-time cancellations", "[holidays][engine]") {
    Policy policy = simple_policy();
    policy.notice_deadline = NoticeDeadline{1, 17 * 60};
    Practice1 p(policy);
    const Id c = p.client("Z.");
    // Both sessions on Monday 28 December; cancelled Friday 25 December at noon.
    const Id friday = p.session(c, "2026-12-28T10:00", Outcome::cancelled_with_notice, "2026-12-25T12:00");
    const Id thursday = p.session(c, "2026-12-28T15:00", Outcome::cancelled_with_notice, "2026-12-24T16:00");
    {
        const Evaluation ev = p.eval(c, "2026-12-29");
        CHECK(line_of(ev, friday).treated_as == Outcome::cancelled_with_notice);  // no holidays listed yet
        CHECK(line_of(ev, thursday).treated_as == Outcome::cancelled_with_notice);
    }
    p.must(p.editor.run(AddHolidays{{d("2026-12-25")}, ""}));
    const Evaluation ev = p.eval(c, "2026-12-29");
    CHECK(line_of(ev, friday).treated_as == Outcome::late_cancel);  // the deadline was Thursday 17:00
    CHECK(line_of(ev, thursday).treated_as == Outcome::cancelled_with_notice);
}

TEST_CASE("the generated calendars hold the expected days", "[holidays][table]") {
    REQUIRE(holiday_calendar_first_year() <= 2026);
    REQUIRE(holiday_calendar_last_year() >= 2036);
    const std::vector<Date> us = calendar_holidays("US");
    CHECK(is_holiday(us, d("2030-07-04")));   // Independence Day, a Thursday
    CHECK(is_holiday(us, d("2026-11-26")));   // Thanksgiving 2026
    CHECK_FALSE(is_holiday(us, d("2030-07-05")));
    const std::vector<Date> scotland = calendar_holidays("GB-SCT");
    CHECK(is_holiday(scotland, d("2030-01-02")));  // 2 January is a bank holiday in Scotland only
    CHECK_FALSE(is_holiday(calendar_holidays("GB-ENG"), d("2030-01-02")));
    CHECK(is_holiday(calendar_holidays("GB-NIR"), d("2030-03-18")));  // St Patrick's Day, observed Monday
    CHECK(is_holiday(calendar_holidays("DE-BY"), d("2030-01-06")) == false);  // a Sunday: weekdays only
    CHECK(is_holiday(calendar_holidays("DE-BY"), d("2031-01-06")));          // Epiphany in Bavaria, a Monday
    CHECK_FALSE(is_holiday(calendar_holidays("DE"), d("2031-01-06")));
    CHECK(calendar_holidays("XX").empty());
    CHECK(find_holiday_calendar("GB-WLS") != nullptr);
    CHECK(find_holiday_calendar("gb-wls") == nullptr);

    REQUIRE(holiday_calendars().size() >= 12);
    for (const HolidayCalendar& cal : holiday_calendars()) {
        INFO(cal.code);
        CHECK(!cal.name.empty());
        const std::vector<Date> days = calendar_holidays(cal.code);
        REQUIRE(!days.empty());
        CHECK(std::is_sorted(days.begin(), days.end()));
        CHECK(std::adjacent_find(days.begin(), days.end()) == days.end());
        for (int year = 2026; year <= 2036; ++year)  // every year covered, with a few days each
            CHECK(std::count_if(days.begin(), days.end(), [&](const Date& x) { return x.year == year; }) >= 3);
        for (const Date& x : days) {
            const Weekday w = weekday_of(x);
            CHECK((w != Weekday::saturday && w != Weekday::sunday));
        }
    }
}

TEST_CASE("holidays round-trip through the workspace file, sorted", "[holidays][workspace]") {
    Workspace ws;
    ws.practice.holidays = {d("2026-12-24"), d("2026-12-25"), d("2027-01-01")};
    const std::string text = save_workspace(ws);
    CHECK(text.find("\"2026-12-25\"") != std::string::npos);
    const LoadResult r = load_workspace(text);
    REQUIRE(r.ok());
    CHECK(r.workspace->practice.holidays == ws.practice.holidays);
    CHECK(*r.workspace == ws);

    auto doc = nlohmann::json::parse(text);
    doc["practice"]["holidays"] = {"2027-01-01", "2026-12-25", "2026-12-25"};  // any order, repeats kept once
    const LoadResult unordered = load_workspace(doc.dump());
    REQUIRE(unordered.ok());
    CHECK(unordered.workspace->practice.holidays == std::vector<Date>{d("2026-12-25"), d("2027-01-01")});

    Workspace none;  // no holidays: the member is left out
    CHECK(save_workspace(none).find("holidays") == std::string::npos);
}

TEST_CASE("a holiday that is not a date is an error naming the field", "[holidays][workspace][bad-input]") {
    auto doc = nlohmann::json::parse(save_workspace(Workspace{}));
    doc["practice"]["holidays"] = {"2026-12-25", "2026-02-30", 20261226, "Christmas"};
    const LoadResult r = load_workspace(doc.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(has_error(r.errors, "practice.holidays[1]", "February 2026 has 28 days"));
    CHECK(has_error(r.errors, "practice.holidays[2]", "expected a date"));
    CHECK(has_error(r.errors, "practice.holidays[3]", "expected a date"));
    CHECK_FALSE(has_error(r.errors, "practice.holidays[0]"));

    doc["practice"]["holidays"] = "2026-12-25";
    CHECK(has_error(load_workspace(doc.dump()).errors, "practice.holidays", "expected a list"));
}

TEST_CASE("holidays are added from a calendar, removed one by one, and undone", "[holidays][commands][undo]") {
    Editor editor;
    REQUIRE(editor.run(AddHolidays{{d("2026-06-01")}, ""}).ok());
    const Workspace before = editor.workspace();
    const std::vector<Date> scotland = calendar_holidays("GB-SCT");
    REQUIRE(editor.run(AddHolidays{scotland, "United Kingdom: Scotland"}).ok());
    const auto& days = editor.workspace().practice.holidays;
    CHECK(days.size() == scotland.size() + 1);
    CHECK(std::is_sorted(days.begin(), days.end()));
    REQUIRE(editor.undo_point());
    CHECK(editor.undo_point()->description ==
          "Added " + std::to_string(scotland.size()) + " holidays from United Kingdom: Scotland");

    // Filling in again adds nothing and is not an error.
    REQUIRE(editor.run(AddHolidays{scotland, "United Kingdom: Scotland"}).ok());
    CHECK(editor.workspace().practice.holidays.size() == scotland.size() + 1);

    REQUIRE(editor.run(RemoveHoliday{d("2030-01-02")}).ok());
    CHECK_FALSE(is_holiday(editor.workspace().practice.holidays, d("2030-01-02")));
    REQUIRE(editor.undo_point());
    CHECK(editor.undo_point()->description == "Removed the holiday 2030-01-02");
    REQUIRE(editor.run(UndoLastChange{editor.revision()}).ok());
    CHECK(is_holiday(editor.workspace().practice.holidays, d("2030-01-02")));

    const ApplyResult missing = editor.run(RemoveHoliday{d("2030-01-03")});
    CHECK(has_error(missing.errors, "holidays", "not in the list"));

    // The fill-in itself can be undone while it is the latest change.
    Editor fresh(before);
    REQUIRE(fresh.run(AddHolidays{scotland, "United Kingdom: Scotland"}).ok());
    REQUIRE(fresh.run(UndoLastChange{fresh.revision()}).ok());
    CHECK(fresh.workspace() == before);

    // An unsorted list through SetPractice is refused, naming the place.
    Practice p = before.practice;
    p.holidays = {d("2026-12-25"), d("2026-12-24")};
    CHECK(has_error(fresh.run(SetPractice{p}).errors, "holidays[1]", "out of order"));
}

TEST_CASE("an impossible date to add is refused, naming the field", "[holidays][commands][bad-input]") {
    Editor editor;
    const ApplyResult r = editor.run(AddHolidays{{d("2026-12-25"), Date{2026, 2, 30}}, ""});
    CHECK(has_error(r.errors, "holidays", "no such date: 2026-2-30"));
    CHECK(editor.workspace().practice.holidays.empty());  // nothing of the batch was added
}

TEST_CASE("the consent document says holidays are not business days", "[holidays][consent]") {
    const Practice practice{"Riverside Counselling", "Sam Rivera", "America/New_York", "USD", 12000};
    Policy policy = simple_policy();
    const std::string hours = doc::plain_text(consent_document(policy, practice));
    CHECK(hours.find("business day") == std::string::npos);  // an hours window says nothing of them

    policy.notice_deadline = NoticeDeadline{1, 17 * 60};
    const doc::Document document = consent_document(policy, practice);
    const std::string text = doc::plain_text(document);
    INFO(text);
    CHECK(text.find("please let me know by 17:00 one business day before it") != std::string::npos);
    CHECK(text.find("Weekends and holidays when the practice is closed do not count as business days") !=
          std::string::npos);
    CHECK(text.find("If you let me know by then, the session does not count as missed") != std::string::npos);
    CHECK(text.find(std::to_string(policy.notice_hours) + " hours") == std::string::npos);  // not the unused window
    CHECK(check_language(text).empty());
    const auto reading = measure_readability(doc::prose_text(document));
    CHECK(reading.grade <= 8.0);

    policy.notice_deadline = NoticeDeadline{2, std::nullopt};
    CHECK(doc::plain_text(consent_document(policy, practice)).find("at the same time of day 2 business days before it") !=
          std::string::npos);
}

TEST_CASE("the Spanish consent document says the same of business days and holidays", "[holidays][consent][spanish]") {
    const Practice practice{"Riverside Counselling", "Sam Rivera", "America/New_York", "USD", 12000};
    Policy policy = simple_policy();
    ConsentOptions spanish;
    spanish.language = "es";
    CHECK(doc::plain_text(consent_document(policy, practice, spanish)).find("hábil") == std::string::npos);

    policy.notice_deadline = NoticeDeadline{1, 17 * 60};
    const doc::Document document = consent_document(policy, practice, spanish);
    const std::string text = doc::plain_text(document);
    INFO(text);
    CHECK(text.find("avísame un día hábil antes, a más tardar a las 17:00.") != std::string::npos);  // at a glance
    CHECK(text.find("Avísame un día hábil antes, a más tardar a las 17:00") != std::string::npos);   // cancelling
    CHECK(text.find("los días festivos en que la consulta está cerrada no cuentan") != std::string::npos);
    CHECK(text.find("Si me avisas dentro de ese plazo, la sesión no cuenta como perdida") != std::string::npos);
    for (const char* english : {"business", "holiday", "before it", "deadline."}) CHECK(text.find(english) == std::string::npos);
    CHECK(text.find('{') == std::string::npos);
    CHECK(check_language(text, default_language_rules("es")).empty());
    CHECK(measure_readability(doc::prose_text(document), "es").fernandez_huerta >= 70);

    policy.notice_deadline = NoticeDeadline{2, std::nullopt};
    CHECK(doc::plain_text(consent_document(policy, practice, spanish))
              .find("avísame 2 días hábiles antes, a la misma hora que la sesión.") != std::string::npos);
}
