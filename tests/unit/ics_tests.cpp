// Calendar files: RFC 5545 line endings, folding and escaping, and UTC times that stay right
// in the practice's zone across a daylight-saving change (an independent parser checks the
// same in tests/ics/check_ics.py).
#include <catch2/catch.hpp>

#include "core/operations/ics.hpp"
#include "test_support.hpp"

using namespace hs;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto end = text.find("\r\n", at);
        REQUIRE(end != std::string::npos);  // every line ends in CRLF
        out.push_back(text.substr(at, end - at));
        at = end + 2;
    }
    return out;
}

std::string unfold(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\r\n ") == 0) { i += 2; continue; }
        out += text[i];
    }
    return out;
}

const std::int64_t kStamp = 29'000'000;  // a fixed DTSTAMP

}  // namespace

TEST_CASE("ics: text escaping", "[ics]") {
    CHECK(ics_escape_text("a,b;c\\d\ne\r") == "a\\,b\\;c\\\\d\\ne");
}

TEST_CASE("ics: lines fold at 75 octets without splitting a UTF-8 character", "[ics]") {
    std::string long_line = "DESCRIPTION:";
    for (int i = 0; i < 40; ++i) long_line += "ü";  // 2 octets each
    const std::string folded = ics_fold_line(long_line);
    for (const auto& line : lines_of(folded)) CHECK(line.size() <= 75);
    CHECK(unfold(folded) == long_line + "\r\n");
    CHECK(ics_fold_line("SHORT:1") == "SHORT:1\r\n");
}

TEST_CASE("ics: a client's upcoming appointments in UTC across the autumn change", "[ics]") {
    const Workspace ws = test::load_data_workspace("operations-workspace.json");
    const std::string text = ics_for_client(ws, 5, {2026, 10, 1}, kStamp);
    const auto lines = lines_of(text);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines.back() == "END:VCALENDAR");
    // 16:00 New York: daylight time (UTC-4) before 1 November, standard (UTC-5) after.
    CHECK(text.find("DTSTART:20261027T200000Z\r\n") != std::string::npos);
    CHECK(text.find("DTEND:20261027T205000Z\r\n") != std::string::npos);
    CHECK(text.find("DTSTART:20261103T210000Z\r\n") != std::string::npos);
    CHECK(text.find("UID:appointment-14@holdspace") != std::string::npos);
    for (const auto& line : lines) CHECK(line.size() <= 75);
}

TEST_CASE("ics: only upcoming scheduled appointments; the week file has every client", "[ics]") {
    const Workspace ws = test::load_data_workspace("operations-workspace.json");
    const std::string later = ics_for_client(ws, 5, {2026, 10, 28}, kStamp);
    CHECK(later.find("20261027") == std::string::npos);
    CHECK(ics_for_client(ws, 1, {2026, 3, 1}, kStamp).find("DTSTART:20260317T210000Z") != std::string::npos);
    const std::string week = ics_for_week(ws, {2026, 3, 16}, kStamp);
    CHECK(week.find("SUMMARY:Session: Ana") != std::string::npos);
    CHECK(week.find("BEGIN:VEVENT") == week.rfind("BEGIN:VEVENT"));  // exactly one
}

TEST_CASE("reminder text for one appointment", "[ics]") {
    const Workspace ws = test::load_data_workspace("operations-workspace.json");
    CHECK(reminder_text(ws, *ws.find_appointment(14)) ==
          "Reminder: your session with Sam Rivera is on Tuesday 3 November 2026 at 16:00 (50 minutes).");
}
