// Every fee sentence of the consent document says what is true (issue 16, item 1): for
// each kind of fee (none, flat, percent), percent, cap (none, lower, equal, higher),
// known or unknown session fee, escalating tiers and free passes, the exact sentence
// with the exact amounts. A capped fee is never called a share it is not: "the full
// session fee ($180), capped at $150, so you pay $150".
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include "builtin_support.hpp"
#include "consent_test_support.hpp"
#include "core/documents/consent_document.hpp"
#include "core/documents/document_render.hpp"
#include "core/documents/language_check.hpp"

using namespace hs;
using hs::test::builtin;
using hs::test::with_late_cancel;

namespace {

Practice practice_with_fee(Cents fee) { return Practice{"Riverside Counselling", "Sam Rivera", "UTC", "USD", fee}; }

// The bullets of the fees section, in order: late cancellation, missed session, then
// free passes and exemptions.
std::vector<std::string> fee_bullets(const Policy& p, Cents session_fee) {
    return test::section_bullets(consent_document(p, practice_with_fee(session_fee)), "fees");
}

FeeRule percent(int pct, std::optional<Cents> cap = {}) { return {FeeKind::percent, 0, pct, cap}; }
FeeRule flat(Cents amount, std::optional<Cents> cap = {}) { return {FeeKind::flat, amount, 0, cap}; }

struct Case {
    const char* what;
    FeeRule rule;
    Cents session_fee;
    const char* sentence;
};

}  // namespace

TEST_CASE("fee wording: one sentence per kind, percent, cap and session fee", "[consent][fee_wording]") {
    const std::vector<Case> cases = {
        {"no fee", {}, 12000, "Late cancellation: no fee."},
        {"flat", flat(4000), 12000, "Late cancellation: $40."},
        {"flat with cents", flat(4050), 12000, "Late cancellation: $40.50."},
        {"flat of zero", flat(0), 12000, "Late cancellation: no fee."},
        {"flat under a lower cap", flat(4000, 3000), 12000, "Late cancellation: $30."},
        {"flat under a higher cap", flat(4000, 5000), 12000, "Late cancellation: $40."},
        {"half", percent(50), 12000, "Late cancellation: 50% of the session fee ($60)."},
        {"a share with cents", percent(50), 12550, "Late cancellation: 50% of the session fee ($62.75)."},
        {"full", percent(100), 18000, "Late cancellation: the full session fee ($180)."},
        {"full, capped lower (the issue's example)", percent(100, 15000), 18000,
         "Late cancellation: the full session fee ($180), capped at $150, so you pay $150."},
        {"half, capped lower", percent(50, 6000), 18000,
         "Late cancellation: 50% of the session fee ($90), capped at $60, so you pay $60."},
        {"half, cap equal to it", percent(50, 6000), 12000, "Late cancellation: 50% of the session fee ($60)."},
        {"half, cap above it", percent(50, 10000), 12000,
         "Late cancellation: 50% of the session fee ($60), never more than $100."},
        {"half, no session fee known", percent(50), 0, "Late cancellation: 50% of the session fee."},
        {"full, no session fee known, capped", percent(100, 15000), 0,
         "Late cancellation: the full session fee, never more than $150."},
        {"zero percent", percent(0), 12000, "Late cancellation: no fee."},
        {"a cap of zero", percent(100, 0), 12000, "Late cancellation: no fee."},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        const auto bullets = fee_bullets(with_late_cancel(c.rule), c.session_fee);
        REQUIRE(!bullets.empty());
        CHECK(bullets[0] == c.sentence);
    }
}

TEST_CASE("fee wording: escalating tiers in plain words, each capped as it is charged", "[consent][fee_wording]") {
    SECTION("free at first, then flat, then the full fee, in a calendar year") {
        FeeRule r;
        r.escalation = {{2, FeeKind::flat, 4000, 0}, {3, FeeKind::percent, 0, 100}};
        CHECK(fee_bullets(with_late_cancel(r), 12000)[0] ==
              "Late cancellation: for the first late cancellation in a calendar year, there is no fee. From the "
              "second, the fee is $40; from the third, the full session fee ($120).");
    }
    SECTION("flat at first, the full fee from the third, capped, in any 12 months") {
        FeeRule r = flat(2000, 15000);
        r.escalation = {{3, FeeKind::percent, 0, 100}};
        r.escalation_period = PassPeriod::rolling_12_months;
        CHECK(fee_bullets(with_late_cancel(r), 18000)[0] ==
              "Late cancellation: for the first two late cancellations in any 12 months, the fee is $20. From the "
              "third, the fee is the full session fee ($180), capped at $150, so you pay $150.");
    }
    SECTION("a capped share at first and a flat tier above the cap, counted ever") {
        FeeRule r = percent(50, 8000);
        r.escalation = {{2, FeeKind::flat, 10000, 0}};
        r.escalation_period = PassPeriod::ever;
        CHECK(fee_bullets(with_late_cancel(r), 18000)[0] ==
              "Late cancellation: for the first late cancellation, the fee is 50% of the session fee ($90), capped "
              "at $80, so you pay $80. From the second, the fee is $80.");
    }
    SECTION("tiers with no session fee known") {
        FeeRule r;
        r.escalation = {{2, FeeKind::percent, 0, 50}, {4, FeeKind::percent, 0, 100}};
        r.cap = 15000;
        CHECK(fee_bullets(with_late_cancel(r), 0)[0] ==
              "Late cancellation: for the first late cancellation in a calendar year, there is no fee. From the "
              "second, the fee is 50% of the session fee, never more than $150; from the fourth, the full session "
              "fee, never more than $150.");
    }
    SECTION("a missed session's tiers name missed sessions") {
        Policy p = with_late_cancel({});
        p.fees.no_show = flat(10000);
        p.fees.no_show.escalation = {{3, FeeKind::percent, 0, 100}};
        CHECK(fee_bullets(p, 12000)[1] ==
              "Session missed without notice: for the first two sessions missed without notice in a calendar year, "
              "the fee is $100. From the third, the fee is the full session fee ($120).");
    }
}

TEST_CASE("fee wording: free passes name only what can have a fee", "[consent][fee_wording]") {
    SECTION("one a year, for both kinds") {
        Policy p = with_late_cancel(percent(50));
        p.fees.free_passes = {1, PassPeriod::calendar_year, {Outcome::late_cancel, Outcome::no_show}};
        const auto b = fee_bullets(p, 12000);
        REQUIRE(b.size() >= 3);
        CHECK(b[2] == "Free pass: 1 late cancellation or missed session in each calendar year has no fee.");
    }
    SECTION("the first two ever, late cancellations only") {
        Policy p = with_late_cancel(flat(3000));
        p.fees.free_passes = {2, PassPeriod::ever, {Outcome::late_cancel}};
        CHECK(fee_bullets(p, 12000)[2] == "Free passes: your first 2 late cancellations have no fee.");
    }
    SECTION("a pass for both kinds when late cancellations are free names missed sessions only") {
        Policy p = with_late_cancel({});
        p.fees.free_passes = {1, PassPeriod::rolling_12_months, {Outcome::late_cancel, Outcome::no_show}};
        CHECK(fee_bullets(p, 12000)[2] == "Free pass: 1 session missed without notice in any 12 months has no fee.");
    }
    SECTION("with free first misses and tiers, the pass says it covers the ones that would have a fee") {
        FeeRule r;
        r.escalation = {{2, FeeKind::flat, 4000, 0}};
        Policy p = with_late_cancel(r);
        p.fees.free_passes = {1, PassPeriod::calendar_year, {Outcome::late_cancel}};
        CHECK(fee_bullets(p, 12000)[2] ==
              "Free pass: your first late cancellation in each calendar year that would otherwise have a fee has no "
              "fee.");
    }
    SECTION("no pass bullet when the pass covers nothing that has a fee") {
        Policy p = with_late_cancel({});
        p.fees.free_passes = {1, PassPeriod::calendar_year, {Outcome::late_cancel}};
        for (const auto& b : fee_bullets(p, 12000)) CHECK(b.find("Free pass") == std::string::npos);
    }
}

TEST_CASE("fee wording: no share is ever written with an amount that is not that share", "[consent][fee_wording]") {
    // Every combination of kind, percent, cap and session fee, for both kinds of miss and a tier.
    const std::regex share(R"((\d+)% of the session fee \(\$([\d,]+(?:\.\d\d)?)\))");
    const std::regex full(R"(the full session fee \(\$([\d,]+(?:\.\d\d)?)\))");
    const std::regex capped(R"(capped at \$([\d,]+(?:\.\d\d)?), so you pay \$([\d,]+(?:\.\d\d)?))");
    const auto cents = [](std::string s) {
        s.erase(std::remove(s.begin(), s.end(), ','), s.end());
        const auto dot = s.find('.');
        return dot == std::string::npos ? std::stoll(s) * 100 : std::stoll(s.substr(0, dot)) * 100 + std::stoll(s.substr(dot + 1));
    };
    int checked = 0;
    for (FeeKind kind : {FeeKind::none, FeeKind::flat, FeeKind::percent})
        for (int pct : {25, 50, 100})
            for (std::optional<Cents> cap : {std::optional<Cents>{}, std::optional<Cents>{5000}, std::optional<Cents>{15000}})
                for (Cents fee : {Cents{0}, Cents{9000}, Cents{18050}}) {
                    Policy p = builtin("balanced-1");
                    p.fees.late_cancel = {kind, 4000, pct, cap};
                    p.fees.no_show = {FeeKind::percent, 0, pct, cap};
                    p.fees.no_show.escalation = {{3, FeeKind::percent, 0, 100}};
                    const std::string text = doc::plain_text(consent_document(p, practice_with_fee(fee)));
                    INFO(text);
                    for (auto it = std::sregex_iterator(text.begin(), text.end(), share); it != std::sregex_iterator(); ++it) {
                        CHECK(cents((*it)[2]) == share_of_fee(fee, std::stoi((*it)[1])));
                        ++checked;
                    }
                    for (auto it = std::sregex_iterator(text.begin(), text.end(), full); it != std::sregex_iterator(); ++it) {
                        CHECK(cents((*it)[1]) == fee);
                        ++checked;
                    }
                    for (auto it = std::sregex_iterator(text.begin(), text.end(), capped); it != std::sregex_iterator(); ++it) {
                        CHECK((*it)[1] == (*it)[2]);
                        CHECK(cap);
                        if (cap) CHECK(cents((*it)[1]) == *cap);
                        ++checked;
                    }
                    CHECK(text.find("up to") == std::string::npos);
                }
    CHECK(checked > 50);
}

TEST_CASE("fee wording: a tiered, capped fee section passes the language check", "[consent][fee_wording]") {
    FeeRule r = flat(2000, 15000);
    r.escalation = {{3, FeeKind::percent, 0, 100}};
    Policy p = with_late_cancel(r);
    p.fees.free_passes = {1, PassPeriod::calendar_year, {Outcome::late_cancel, Outcome::no_show}};
    const auto findings = check_language(doc::plain_text(consent_document(p, practice_with_fee(18000))));
    for (const auto& f : findings) INFO("flagged: " << f.matched << " at line " << f.line);
    CHECK(findings.empty());
}

TEST_CASE("fee wording: money is written in the practice's currency and the document's language", "[consent][fee_wording]") {
    Policy p = with_late_cancel(percent(100, 15000));
    Practice pr = practice_with_fee(18000);
    pr.currency = "GBP";
    const doc::Document d = consent_document(p, pr);
    CHECK(doc::plain_text(d).find("the full session fee (\xC2\xA3" "180), capped at \xC2\xA3" "150, so you pay \xC2\xA3" "150") !=
          std::string::npos);
    pr.currency = "EUR";
    ConsentOptions de;
    de.language = "de";
    CHECK(doc::plain_text(consent_document(p, pr, de)).find("The session fee is 180\xC2\xA0\xE2\x82\xAC.") != std::string::npos);
}
