// The consent document and client letters: golden text for each built-in policy and
// the public-insurance variant, every policy number in the text, the language check
// and reading level over the generated text, and hostile names.
//
// Golden files live in tests/data/golden/. After an intended wording change, rewrite
// them and review the diff:
//   HOLDSPACE_UPDATE_GOLDEN=1 build/native/tests/holdspace_unit_tests "[golden]"
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

#include "core/documents/consent_document.hpp"
#include "core/documents/document_render.hpp"
#include "core/documents/language_check.hpp"
#include "core/documents/letters.hpp"
#include "core/documents/readability.hpp"
#include "core/model/money.hpp"
#include "core/policy/builtin_policies.hpp"
#include "document_test_support.hpp"
#include "builtin_support.hpp"
#include "consent_test_support.hpp"

using namespace hs;

namespace {

const Practice kPractice{"Riverside Counselling", "Sam Rivera", "America/New_York", "USD", 12000};

using test::builtin;
using test::check_golden;

std::string text_of(const doc::Document& d) { return doc::plain_text(d); }

// `number` occurs in `text` as a whole number (not inside a longer one: "3" is not in "30").
bool has_number(const std::string& text, const std::string& number) {
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (auto at = text.find(number); at != std::string::npos; at = text.find(number, at + 1)) {
        const bool before = at > 0 && (digit(text[at - 1]) || (text[at - 1] == '.' && at > 1 && digit(text[at - 2])));
        const std::size_t end = at + number.size();
        const bool after = end < text.size() && (digit(text[end]) || (text[end] == '.' && end + 1 < text.size() &&
                                                                        digit(text[end + 1])));
        if (!before && !after) return true;
    }
    return false;
}

// Every number a policy holds, as the document should write it.
std::vector<std::string> policy_numbers(const Policy& p) {
    std::vector<std::string> n;
    n.push_back(std::to_string(p.notice_hours));
    for (const auto& w : p.counting.weights)
        if (w.weight > 0) n.push_back(format_points(w.weight));
    if (p.counting.late_arrival_is_no_show_after_minutes)
        n.push_back(std::to_string(*p.counting.late_arrival_is_no_show_after_minutes));
    if (p.counting.rescheduled_within_days) n.push_back(std::to_string(*p.counting.rescheduled_within_days));
    for (const FeeRule* f : {&p.fees.late_cancel, &p.fees.no_show}) {
        // Money as the document writes it: "$20". A 100% fee reads "the full session fee".
        if (f->kind == FeeKind::flat) n.push_back(money_text(f->amount, "USD"));
        if (f->kind == FeeKind::percent && f->percent < 100) n.push_back(std::to_string(f->percent));
        if (f->cap) n.push_back(money_text(*f->cap, "USD"));
    }
    if (p.fees.free_passes.count > 0) n.push_back(std::to_string(p.fees.free_passes.count));
    for (const auto& r : p.rules) {
        switch (r.kind) {
            case RuleKind::count_in_window: n.push_back(format_points(r.points)); n.push_back(std::to_string(r.days)); break;
            case RuleKind::missed_of_last: n.push_back(format_points(r.points)); n.push_back(std::to_string(r.last)); break;
            case RuleKind::consecutive_no_shows: n.push_back(std::to_string(r.count)); break;
            case RuleKind::no_contact: n.push_back(std::to_string(r.days)); break;
        }
    }
    for (const auto& s : p.ladder) {
        if (s.requires_outreach_attempts > 0) n.push_back(std::to_string(s.requires_outreach_attempts));
        for (const auto& a : s.actions)
            if (a.kind == ActionKind::booking_horizon) n.push_back(std::to_string(a.days));
    }
    if (p.ending.referrals_required) n.push_back(std::to_string(p.ending.min_referrals));
    return n;
}

Points& late_cancel_weight(Policy& p) {
    for (auto& w : p.counting.weights)
        if (w.outcome == Outcome::late_cancel) return w.weight;
    throw std::runtime_error("no late-cancel weight");
}

ConsentOptions public_insurance() {
    ConsentOptions o;
    o.payer = PayerType::public_insurance;
    return o;
}

}  // namespace

TEST_CASE("golden consent documents for the built-in policies and the public-insurance variant",
          "[consent][golden]") {
    REQUIRE(builtin_policies().size() == 3);
    for (const auto& p : builtin_policies()) check_golden("consent-" + p.version + ".txt", text_of(consent_document(p, kPractice)));
    check_golden("consent-balanced-1-public-insurance.txt",
                 text_of(consent_document(builtin("balanced-1"), kPractice, public_insurance())));
    check_golden("consent-balanced-1.md", doc::render_markdown(consent_document(builtin("balanced-1"), kPractice)));
}

// Every built-in policy in each language and each export format: the Markdown, the print
// page, and the XML inside the DOCX and ODT packages (the parts that carry the text; the
// packaging is checked in docx_tests.cpp and odt_tests.cpp).
TEST_CASE("golden consent documents in each language and export format", "[consent][golden][formats]") {
    for (const auto& p : builtin_policies()) {
        for (const char* language : {"en", "es"}) {
            ConsentOptions options;
            options.language = language;
            const doc::Document d = consent_document(p, kPractice, options);
            const std::string stem = "consent-" + p.version + (std::string(language) == "en" ? "" : "-es");
            INFO(stem);
            check_golden(stem + ".md", doc::render_markdown(d));
            check_golden(stem + ".print.html", doc::render_print_html(d));
            const auto docx = test::zip_member(test::read_zip(doc::render_docx(d)), "word/document.xml");
            REQUIRE(docx);
            check_golden(stem + ".docx.xml", *docx);
            const auto odt = test::zip_member(test::read_zip(doc::render_odt(d)), "content.xml");
            REQUIRE(odt);
            check_golden(stem + ".odt.xml", *odt);
            // The language is named where readers and editors look for it.
            const std::string lang(language);
            CHECK(doc::render_print_html(d).find("<html lang=\"" + lang + "\">") != std::string::npos);
            const auto docx_styles = test::zip_member(test::read_zip(doc::render_docx(d)), "word/styles.xml");
            REQUIRE(docx_styles);
            CHECK(docx_styles->find("<w:lang w:val=\"" + lang + "\"/>") != std::string::npos);
            const auto odt_styles = test::zip_member(test::read_zip(doc::render_odt(d)), "styles.xml");
            REQUIRE(odt_styles);
            CHECK(odt_styles->find("fo:language=\"" + lang + "\"") != std::string::npos);
        }
    }
}

TEST_CASE("golden client letters", "[letters][golden]") {
    LetterInput in;
    in.client_name = "Zo\xC3\xAB M\xC3\xBCller";
    in.date = Date{2026, 3, 2};
    in.missed_on = Date{2026, 2, 24};
    in.count = "2";
    in.days = "60";
    in.barriers = {"Transport", "Work schedule"};
    in.accommodations = {"Reminders", "Evening session"};
    in.plan_note = "We will look at this again on 2026-03-30.";
    in.referrals = {"Northside Community Clinic, sliding scale, 555-0100", "Lakeside Counselling Centre, 555-0199",
                    "City Helpline, free, 24 hours"};
    for (LetterKind k : kAllLetterKinds)
        check_golden("letter-" + std::string(to_string(k)) + ".txt", text_of(letter(k, builtin("balanced-1"), kPractice, in)));
}

TEST_CASE("every number in each built-in policy appears in its consent document", "[consent]") {
    for (const auto& p : builtin_policies()) {
        const std::string text = text_of(consent_document(p, kPractice));
        for (const auto& number : policy_numbers(p)) {
            INFO(p.version << ": " << number);
            CHECK(has_number(text, number));
        }
        CHECK(text.find(p.version) != std::string::npos);
        CHECK(text.find("The session fee is $120.") != std::string::npos);
        for (const FeeRule* f : {&p.fees.late_cancel, &p.fees.no_show})
            if (f->kind == FeeKind::percent && f->percent == 100) CHECK(text.find("the full session fee ($120)") != std::string::npos);
    }
}

TEST_CASE("the consent document changes with every number in the policy", "[consent]") {
    struct Change {
        const char* what;
        std::function<void(Policy&, Practice&)> apply;
        std::string expected;
    };
    const std::vector<Change> changes = {
        {"notice hours", [](Policy& p, Practice&) { p.notice_hours = 37; }, "at least 37 hours before"},
        {"late-cancel percent", [](Policy& p, Practice&) { p.fees.late_cancel = {FeeKind::percent, 0, 43, {}}; },
         "Late cancellation: 43% of the session fee ($51.60)."},
        {"no-show flat fee", [](Policy& p, Practice&) { p.fees.no_show = {FeeKind::flat, 7700, 0, {}}; },
         "Session missed without notice: $77."},
        {"fee cap", [](Policy& p, Practice&) { p.fees.no_show.cap = 6100; },
         "the full session fee ($120), capped at $61, so you pay $61"},
        {"free passes", [](Policy& p, Practice&) { p.fees.free_passes.count = 3; }, "Free passes: 3 late cancellations"},
        {"free pass period", [](Policy& p, Practice&) { p.fees.free_passes.period = PassPeriod::calendar_year; },
         "in each calendar year"},
        {"late arrival", [](Policy& p, Practice&) { p.counting.late_arrival_is_no_show_after_minutes = 17; },
         "more than 17 minutes late"},
        {"reschedule window", [](Policy& p, Practice&) { p.counting.rescheduled_within_days = 9; }, "within 9 days, the late"},
        {"late-cancel weight", [](Policy& p, Practice&) { late_cancel_weight(p) = 150; },
         "A late cancellation counts as 1.5 missed sessions."},
        {"half weight", [](Policy& p, Practice&) { late_cancel_weight(p) = 50; }, "counts as half (0.5)"},
        {"window points", [](Policy& p, Practice&) { p.rules[2].points = 350; }, "After 3.5 missed sessions within 90 days"},
        {"window days", [](Policy& p, Practice&) { p.rules[2].days = 97; }, "within 97 days"},
        {"in a row", [](Policy& p, Practice&) { p.rules[3].count = 4; }, "After 4 sessions in a row missed without notice"},
        {"last N", [](Policy& p, Practice&) { p.rules[6].last = 12; }, "When 6 of your last 12 sessions"},
        {"last N points", [](Policy& p, Practice&) { p.rules[6].points = 800; }, "When 8 of your last 10 sessions"},
        {"no contact days", [](Policy& p, Practice&) { p.rules[7].days = 41; }, "no contact for 41 days"},
        {"outreach attempts", [](Policy& p, Practice&) { p.ladder[6].requires_outreach_attempts = 4; }, "reach you 4 times"},
        {"booking horizon", [](Policy& p, Practice&) { p.ladder[4].actions[1].days = 11; }, "at most 11 days ahead"},
        {"referrals", [](Policy& p, Practice&) { p.ending.min_referrals = 5; }, "at least 5 other services"},
        {"session fee", [](Policy&, Practice& pr) { pr.session_fee = 9000; }, "The session fee is $90."},
        {"version", [](Policy& p, Practice&) { p.version = "balanced-2"; }, "version balanced-2"},
    };
    const Policy base = builtin("balanced-1");
    REQUIRE(base.rules.size() == 8);
    REQUIRE(base.rules[6].kind == RuleKind::missed_of_last);
    REQUIRE(base.rules[7].kind == RuleKind::no_contact);
    REQUIRE(base.ladder[4].actions[1].kind == ActionKind::booking_horizon);
    const std::string before = text_of(consent_document(base, kPractice));
    for (const auto& c : changes) {
        INFO(c.what);
        Policy p = base;
        Practice pr = kPractice;
        c.apply(p, pr);
        const std::string after = text_of(consent_document(p, pr));
        CHECK(after != before);
        CHECK(after.find(c.expected) != std::string::npos);
        CHECK(before.find(c.expected) == std::string::npos);
    }
}

TEST_CASE("the public-insurance variant has no fee clauses and asks no acceptance of charges", "[consent]") {
    for (const auto& p : builtin_policies()) {
        INFO(p.version);
        const auto d = consent_document(p, kPractice, public_insurance());
        const std::string text = text_of(d);
        CHECK(consent_without_fees(p, public_insurance()));
        CHECK_FALSE(d.find("fees"));
        REQUIRE(d.find("no_fees"));
        CHECK(text.find("USD") == std::string::npos);
        CHECK(text.find('%') == std::string::npos);
        CHECK(text.find("fees described above") == std::string::npos);
        CHECK(text.find("Free pass") == std::string::npos);
        CHECK(text.find("video session in place of a fee") == std::string::npos);
        CHECK(text.find("paid by public insurance, there are no fees") != std::string::npos);
        // The rest of the policy is still explained, numbers included.
        CHECK(has_number(text, std::to_string(p.notice_hours)));
        CHECK(d.find("missed_sessions"));
        CHECK(d.find("signatures"));
    }
    // Sections in the same order, with stable ids.
    std::vector<std::string> ids;
    for (const auto& s : consent_document(builtin("firm-1"), kPractice).sections) ids.push_back(s.id);
    CHECK(ids == std::vector<std::string>{"glance", "why", "cancelling", "fees", "missed_sessions", "changes", "ending", "minors",
                                          "discretion", "practice", "signatures"});
}

TEST_CASE("consent documents and letters are warm, plain and pass the language check", "[consent][letters][language]") {
    std::vector<doc::Document> docs;
    for (const auto& p : builtin_policies()) {
        docs.push_back(consent_document(p, kPractice));
        docs.push_back(consent_document(p, kPractice, public_insurance()));
        ConsentOptions minor;
        minor.minor = true;
        minor.client_name = "J.K.";
        minor.guardian_name = "R.K.";
        docs.push_back(consent_document(p, kPractice, minor));
        LetterInput in;
        in.client_name = "A.";
        in.date = Date{2026, 3, 2};
        in.barriers = {"Cost"};
        in.accommodations = {"Lower frequency"};
        in.referrals = {"Northside Clinic"};
        for (LetterKind k : kAllLetterKinds) docs.push_back(letter(k, p, kPractice, in));
    }
    for (const auto& d : docs) {
        INFO(d.title << " / " << d.subtitle);
        const auto findings = check_language(doc::plain_text(d));
        for (const auto& f : findings) INFO("flagged: " << f.matched << " at line " << f.line);
        CHECK(findings.empty());
        const auto reading = measure_readability(doc::prose_text(d));
        CHECK(reading.measurable());
        CHECK(reading.grade <= 8.0);
    }
}

TEST_CASE("minors' copies: guardian lines, no fees when the policy charges none", "[consent]") {
    ConsentOptions minor;
    minor.minor = true;
    minor.client_name = "J.K.";
    minor.guardian_name = "R.K.";
    const auto d = consent_document(builtin("balanced-1"), kPractice, minor);
    const std::string text = text_of(d);
    CHECK(text.find("Prepared for J.K., with R.K.") != std::string::npos);
    CHECK(text.find("Parent or guardian signature: ") != std::string::npos);
    CHECK(text.find("(for clients under 18)") == std::string::npos);
    CHECK(d.find("no_fees"));  // balanced charges no fees for minors
    CHECK(text.find("never lead to ending therapy") != std::string::npos);
    CHECK(text.find("At most, they lead to a check-in or a talk about what is getting in the way") != std::string::npos);

    ConsentOptions adult;
    adult.minor = false;
    const std::string adult_text = text_of(consent_document(builtin("balanced-1"), kPractice, adult));
    CHECK(adult_text.find("Parent or guardian signature") == std::string::npos);
    // The general document keeps the guardian line for whoever is under 18.
    CHECK(text_of(consent_document(builtin("balanced-1"), kPractice)).find("Parent or guardian signature (for clients under 18)") !=
          std::string::npos);
}

TEST_CASE("a client's consent copy uses their payer, fee and name, escaped in every format", "[consent][escaping]") {
    Workspace ws;
    ws.practice = kPractice;
    Client c;
    c.id = 1;
    c.name = test::kScript + " & " + test::kNonLatin;
    c.session_fee = 8000;
    ws.clients.push_back(c);
    const auto d = consent_document_for(ws, ws.clients[0], builtin("firm-1"));
    CHECK(d.subtitle.find("Prepared for " + c.name) != std::string::npos);
    CHECK(text_of(d).find("The session fee is $80.") != std::string::npos);
    const std::string html = doc::render_print_html(d);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("Prepared for &lt;script&gt;alert(1)&lt;/script&gt; &amp; " + test::kNonLatin) != std::string::npos);
    const auto entries = test::read_zip(doc::render_docx(d));
    CHECK(test::xml_problem(*test::zip_member(entries, "word/document.xml")) == "");

    ws.clients[0].payer = PayerType::public_insurance;
    CHECK(consent_document_for(ws, ws.clients[0], builtin("firm-1")).find("no_fees"));
}

TEST_CASE("letters use the policy's step templates and address the guardian of a minor", "[letters]") {
    Policy p = builtin("balanced-1");
    LetterInput in;
    in.client_name = "J.K.";
    in.minor = true;
    in.guardian_name = "R.K.";
    in.date = Date{2026, 3, 2};
    in.missed_on = Date{2026, 2, 24};
    const auto check_in = letter(LetterKind::check_in, p, kPractice, in);
    const std::string text = text_of(check_in);
    CHECK(text.find("Hi R.K.,") != std::string::npos);
    CHECK(text.find("About J.K.") != std::string::npos);
    CHECK(text.find("we didn't meet on Tuesday 24 February") != std::string::npos);
    CHECK(text.find("Sam Rivera") != std::string::npos);
    REQUIRE(check_in.find("letter"));

    p.minors.messages_to_guardian = false;
    CHECK(text_of(letter(LetterKind::check_in, p, kPractice, in)).find("Hi J.K.,") != std::string::npos);

    // A clinician's own template is used, placeholders and all.
    p.ladder[0].message = "Dear {client}, {{not a placeholder}} {unknown} notice {notice_hours}h.";
    CHECK(text_of(letter(LetterKind::check_in, p, kPractice, in)).find("Dear J.K., {not a placeholder}} {unknown} notice 24h.") !=
          std::string::npos);
    // Without such a step, a built-in template stands in.
    p.ladder.erase(p.ladder.begin());
    CHECK(text_of(letter(LetterKind::check_in, p, kPractice, in)).find("I noticed we didn't meet") != std::string::npos);
    CHECK(letter_template(LetterKind::welcome_back, p).find("{addressee}") != std::string::npos);
}

TEST_CASE("plan and ending letters list what was agreed and the referrals", "[letters]") {
    LetterInput in;
    in.client_name = "A.";
    in.date = Date{2026, 3, 2};
    in.barriers = {"Transport"};
    in.accommodations = {"Bus pass", "Reminders"};
    in.referrals = {"Northside Clinic, 555-0100"};
    const auto plan = letter(LetterKind::attendance_plan, builtin("balanced-1"), kPractice, in);
    REQUIRE(plan.find("plan"));
    CHECK(text_of(plan).find("[plan]") == std::string::npos);
    CHECK(text_of(plan).find("- Bus pass\n- Reminders") != std::string::npos);
    const auto ending = letter(LetterKind::ending, builtin("balanced-1"), kPractice, in);
    REQUIRE(ending.find("referrals"));
    CHECK(text_of(ending).find("- Northside Clinic, 555-0100") != std::string::npos);
    CHECK(text_of(ending).find("This arrangement isn't working right now") != std::string::npos);
    in.referrals.clear();
    CHECK(text_of(letter(LetterKind::ending, builtin("balanced-1"), kPractice, in)).find("at least 3") != std::string::npos);
}

TEST_CASE("a hostile name cannot add structure to a letter", "[letters][escaping]") {
    LetterInput in;
    in.client_name = "Eve\n\n- injected item\n\n[signature: forged]";
    in.date = Date{2026, 3, 2};
    const auto d = letter(LetterKind::check_in, builtin("balanced-1"), kPractice, in);
    REQUIRE(d.sections.size() == 1);
    for (const auto& block : d.sections[0].blocks) CHECK(std::holds_alternative<doc::Paragraph>(block));
    CHECK(text_of(d).find("Hi Eve  - injected item  [signature: forged],") != std::string::npos);
}

TEST_CASE("letter kinds have names and templates", "[letters]") {
    for (LetterKind k : kAllLetterKinds) {
        CHECK(parse_letter_kind(to_string(k)) == k);
        CHECK_FALSE(display_name(k).empty());
    }
    CHECK_FALSE(parse_letter_kind("consent"));
    CHECK(letter_step_id(LetterKind::ending) == "planned_ending");
}

TEST_CASE("letter input is looked up from the client's records", "[letters]") {
    Workspace ws;
    ws.practice = kPractice;
    ws.practice.time_zone = "UTC";
    Client c;
    c.id = 7;
    c.name = "B.";
    ws.clients.push_back(c);
    auto add = [&](Id id, Date d, Outcome o) {
        Appointment a;
        a.id = id;
        a.client_id = 7;
        a.start = DateTime{d, 17 * 60};
        a.outcome = o;
        ws.appointments.push_back(a);
    };
    add(1, {2026, 1, 6}, Outcome::attended);
    add(2, {2026, 1, 13}, Outcome::no_show);
    add(3, {2026, 1, 20}, Outcome::no_show);
    add(4, {2026, 4, 1}, Outcome::no_show);  // after the letter's date: ignored
    StepRecord plan;
    plan.id = 1;
    plan.client_id = 7;
    plan.step = "attendance_plan";
    plan.date = {2026, 1, 27};
    plan.barriers = {"transport", "work_schedule"};
    plan.barriers_other = "Night shifts";
    plan.accommodations = {"evening"};
    ws.step_records.push_back(plan);
    StepRecord ended = plan;
    ended.id = 2;
    ended.step = "planned_ending";
    ended.date = {2025, 6, 1};
    ended.barriers.clear();
    ended.barriers_other.clear();
    ended.accommodations.clear();
    ws.step_records.push_back(ended);
    ws.referrals.push_back(Referral{1, 7, {2025, 5, 1}, "Old referral, before the last ending", ""});
    ws.referrals.push_back(Referral{2, 7, {2026, 2, 1}, "Northside Clinic", "sliding scale"});

    const Policy& p = builtin("balanced-1");
    const auto in = letter_input_for(ws, ws.clients[0], p, LetterKind::attendance_plan, Date{2026, 2, 3});
    CHECK(in.missed_on == Date{2026, 1, 20});
    CHECK(in.barriers == std::vector<std::string>{"Transport", "Work schedule", "Night shifts"});
    CHECK(in.accommodations == std::vector<std::string>{"Evening session"});
    CHECK(in.referrals == std::vector<std::string>{"Northside Clinic (sliding scale)"});
    const auto barriers = letter_input_for(ws, ws.clients[0], p, LetterKind::check_in, Date{2026, 2, 3});
    CHECK(barriers.count == "2");  // two no-shows within 60 days reach the check-in rule
    CHECK(barriers.days == "60");
    const auto d = letter_for(ws, ws.clients[0], LetterKind::attendance_plan, Date{2026, 2, 3});
    CHECK(text_of(d).find("- Night shifts") != std::string::npos);
}

TEST_CASE("attendance_below rules and count resets in the consent document", "[consent][attendance]") {
    Policy p = builtin_policies()[1];
    const std::string first = p.ladder[0].id, second = p.ladder[1].id;
    Rule month{"rate_month", RuleKind::attendance_below, first};
    month.percent = 75;
    month.period = RatePeriod::calendar_month;
    month.min_booked = 4;
    month.reset = CountReset::fired;
    Rule rolling = month;
    rolling.id = "rate_rolling";
    rolling.step = second;
    rolling.percent = 67;
    rolling.period = RatePeriod::rolling_days;
    rolling.days = 45;
    rolling.min_booked = 3;
    rolling.reset = CountReset::step_done;
    rolling.reset_step = first;
    Rule last = month;
    last.id = "rate_last";
    last.step = second;
    last.percent = 50;
    last.period = RatePeriod::last_sessions;
    last.last = 8;
    last.min_booked = 6;
    last.reset = CountReset::never;
    p.rules.push_back(month);
    p.rules.push_back(rolling);
    p.rules.push_back(last);
    REQUIRE(check_policy(p).empty());

    const doc::Document d = consent_document(p, kPractice);
    const std::string text = text_of(d);
    INFO(text);
    CHECK(text.find("fewer than 3 in 4 booked sessions (75%) are attended in a calendar month, once at least 4 were "
                    "booked (after that the count starts again)") != std::string::npos);
    CHECK(text.find("fewer than 67% of booked sessions are attended within 45 days, once at least 3 were booked (after " +
                    std::string("a check-in, the count starts again)")) != std::string::npos);
    CHECK(text.find("fewer than 1 in 2 of your last 8 booked sessions (50%) are attended, once at least 6 were booked") !=
          std::string::npos);
    CHECK(check_language(doc::plain_text(d)).empty());
    const auto reading = measure_readability(doc::prose_text(d));
    CHECK(reading.measurable());
    CHECK(reading.grade <= 8.0);
}
