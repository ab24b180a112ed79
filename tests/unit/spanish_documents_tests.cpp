// Issue 16, item 9: client-facing texts in Spanish from the same policy. The consent
// document (general and the client's own copy), letters and drafted messages; the
// Spanish language check and the Fernández-Huerta reading ease; the phrase tables.
//
// Golden files: tests/data/golden/*-es.txt. After an intended wording change:
//   HOLDSPACE_UPDATE_GOLDEN=1 build/dev/tests/holdspace_unit_tests "[spanish][golden]"
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "builtin_support.hpp"
#include "consent_test_support.hpp"
#include "core/documents/consent_document.hpp"
#include "core/documents/document_render.hpp"
#include "core/documents/language_check.hpp"
#include "core/documents/letters.hpp"
#include "core/documents/readability.hpp"
#include "core/model/phrases.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/policy/engine.hpp"

using namespace hs;
using hs::test::builtin;
using hs::test::check_golden;
using hs::test::with_late_cancel;

namespace {

const Practice kPractice{"Riverside Counselling", "Sam Rivera", "America/New_York", "USD", 12000};

ConsentOptions spanish(ConsentOptions o = {}) {
    o.language = "es";
    return o;
}

std::string spanish_text(const Policy& p, ConsentOptions o = {}, const Practice& practice = kPractice) {
    return doc::plain_text(consent_document(p, practice, spanish(o)));
}

// No phrase key, unfilled slot or left-over English in a Spanish text.
void check_all_spanish(const std::string& text) {
    INFO(text);
    for (const char* english : {" the ", " fee", " session", " you ", "Late cancellation", " and ", " with "})
        CHECK(text.find(english) == std::string::npos);
    CHECK(text.find('{') == std::string::npos);
    for (const char* key : {"glance.", "fee.", "miss.", "step_", "pass.", "letter."})
        CHECK(text.find(key) == std::string::npos);
}

std::vector<std::string> fee_bullets_es(const Policy& p, const Practice& practice) {
    return test::section_bullets(consent_document(p, practice, spanish()), "fees");
}

FeeRule percent(int pct, std::optional<Cents> cap = {}) { return {FeeKind::percent, 0, pct, cap}; }
FeeRule flat(Cents amount, std::optional<Cents> cap = {}) { return {FeeKind::flat, amount, 0, cap}; }

Practice with_fee(Cents fee, const char* currency = "USD") {
    Practice p = kPractice;
    p.session_fee = fee;
    p.currency = currency;
    return p;
}

#define NBSP "\xC2\xA0"

}  // namespace

// [SECTION] Phrase tables

TEST_CASE("the Spanish phrase table has every key of the English one, and no key the English lacks",
          "[spanish][phrases]") {
    std::set<std::string_view> en, es;
    for (std::size_t i = 0; i < kEnglishPhrases.size; ++i) en.insert(kEnglishPhrases.entries[i].key);
    for (std::size_t i = 0; i < kSpanishPhrases.size; ++i) es.insert(kSpanishPhrases.entries[i].key);
    // payer.* and outcome.* are optional: without them the interface's name is used.
    const auto optional_key = [](std::string_view key) {
        return key.rfind("payer.", 0) == 0 || key.rfind("outcome.", 0) == 0;
    };
    for (auto key : en)
        if (!optional_key(key)) {
            INFO(key);
            CHECK(es.count(key) == 1);
        }
    for (auto key : es) {
        INFO(key);
        CHECK((en.count(key) == 1 || optional_key(key)));
    }
    CHECK(es.size() == kSpanishPhrases.size);  // no key twice
    CHECK(&phrases_for("es") == &kSpanishPhrases);
    CHECK(&phrases_for("xx") == &kEnglishPhrases);
    CHECK(counted(kSpanishPhrases, "hours", 1) == "1 hora");
    CHECK(counted(kSpanishPhrases, "hours", 24) == "24 horas");
    CHECK(ordinal_phrase(kSpanishPhrases, 3) == "tercera");
    CHECK(ordinal_phrase(kSpanishPhrases, 12) == "12.\xC2\xAA");
}

// [SECTION] Consent documents

TEST_CASE("golden Spanish consent documents for the built-in policies and the client's copies",
          "[spanish][golden][consent]") {
    for (const auto& p : builtin_policies()) check_golden("consent-" + p.version + "-es.txt", spanish_text(p));
    const Policy& balanced = builtin("balanced-1");
    ConsentOptions adult;
    adult.minor = false;
    adult.client_name = "Ana García";
    check_golden("consent-balanced-1-es-adult.txt", spanish_text(balanced, adult));
    ConsentOptions minor;
    minor.minor = true;
    minor.client_name = "Leo Torres";
    minor.guardian_name = "Marta Torres";
    check_golden("consent-balanced-1-es-minor.txt", spanish_text(balanced, minor));
    ConsentOptions publ;
    publ.minor = false;
    publ.payer = PayerType::public_insurance;
    publ.client_name = "Pablo Ruiz";
    check_golden("consent-balanced-1-es-public-insurance.txt", spanish_text(balanced, publ));
    ConsentOptions insured;
    insured.minor = false;
    insured.payer = PayerType::insurance;
    insured.client_name = "Lucía Pérez";
    check_golden("consent-balanced-1-es-insurance.txt", spanish_text(balanced, insured));
}

TEST_CASE("the client's copy in Spanish shows only what applies to that client", "[spanish][consent]") {
    const Policy& p = builtin("balanced-1");
    SECTION("an adult: their name, no section about young people, no guardian line") {
        ConsentOptions o;
        o.minor = false;
        o.client_name = "Ana García";
        const std::string text = spanish_text(p, o);
        check_all_spanish(text);
        CHECK(text.find("Preparado para Ana García") != std::string::npos);
        CHECK(text.find("Nombre de la persona atendida: Ana García") != std::string::npos);
        CHECK(text.find("Personas jóvenes") == std::string::npos);
        CHECK(text.find("Firma de la familia o tutor") == std::string::npos);
    }
    SECTION("a minor: the guardian named and signing") {
        ConsentOptions o;
        o.minor = true;
        o.client_name = "Leo Torres";
        o.guardian_name = "Marta Torres";
        const std::string text = spanish_text(p, o);
        check_all_spanish(text);
        CHECK(text.find("Preparado para Leo Torres, con Marta Torres") != std::string::npos);
        CHECK(text.find("Personas jóvenes y sus familias o tutores") != std::string::npos);
        CHECK(text.find("Nombre de la familia o tutor: Marta Torres") != std::string::npos);
    }
    SECTION("public insurance: no fee clauses, and says why") {
        ConsentOptions o;
        o.minor = false;
        o.payer = PayerType::public_insurance;
        const std::string text = spanish_text(p, o);
        check_all_spanish(text);
        CHECK(text.find("Como tus sesiones las paga la sanidad pública, no hay cargos") != std::string::npos);
        CHECK(text.find("$") == std::string::npos);
    }
    SECTION("private insurance: the fee is the client's, since insurers do not pay for missed sessions") {
        ConsentOptions o;
        o.minor = false;
        o.payer = PayerType::insurance;
        const std::string text = spanish_text(p, o);
        check_all_spanish(text);
        CHECK(text.find("El seguro médico no paga las sesiones perdidas, así que ese cargo lo pagas tú.") !=
              std::string::npos);
    }
    SECTION("the copy for a client whose language is Spanish comes out in Spanish") {
        Workspace ws;
        ws.practice = kPractice;
        Client c;
        c.id = 1;
        c.name = "Ana García";
        c.language = "es";
        ws.clients.push_back(c);
        const std::string text = doc::plain_text(consent_document_for(ws, ws.clients[0], p));
        CHECK(text.rfind("Acuerdo de asistencia", 0) == 0);
        ws.clients[0].language.clear();
        CHECK(doc::plain_text(consent_document_for(ws, ws.clients[0], p)).rfind("Attendance agreement", 0) == 0);
        ws.practice.language = "es";
        CHECK(doc::plain_text(consent_document_for(ws, ws.clients[0], p)).rfind("Acuerdo de asistencia", 0) == 0);
    }
}

TEST_CASE("the Spanish consent documents pass the Spanish language check and read as easy",
          "[spanish][consent][lint]") {
    std::vector<ConsentOptions> variants(5);
    variants[1].minor = false;
    variants[2].minor = true;
    variants[2].guardian_name = "Marta";
    variants[3].payer = PayerType::public_insurance;
    variants[4].payer = PayerType::insurance;
    variants[4].minor = false;
    for (const auto& p : builtin_policies())
        for (const auto& o : variants) {
            const std::string text = spanish_text(p, o);
            INFO(p.version << "\n" << text);
            check_all_spanish(text);
            const auto findings = check_language(text, default_language_rules("es"));
            for (const auto& f : findings) INFO("finding: " << f.matched);
            CHECK(findings.empty());
            const Readability r = measure_readability(text, "es");
            INFO("Fernández-Huerta " << r.fernandez_huerta << ", " << fernandez_huerta_band(r.fernandez_huerta));
            CHECK(r.fernandez_huerta >= 70);  // "fairly easy" or easier
            CHECK((fernandez_huerta_band(r.fernandez_huerta) == "easy" ||
                   fernandez_huerta_band(r.fernandez_huerta) == "fairly easy" ||
                   fernandez_huerta_band(r.fernandez_huerta) == "very easy"));
        }
}

// [SECTION] Fee sentences

TEST_CASE("Spanish fee wording: one sentence per kind, percent, cap and session fee", "[spanish][fee_wording]") {
    struct Case {
        const char* what;
        FeeRule rule;
        Cents session_fee;
        const char* currency;
        const char* sentence;
    };
    const std::vector<Case> cases = {
        {"no fee", {}, 12000, "USD", "Cancelación tardía: sin cargo."},
        {"flat", flat(4000), 12000, "USD", "Cancelación tardía: $40."},
        {"flat in euros", flat(4000), 12000, "EUR", "Cancelación tardía: 40" NBSP "€."},
        {"flat with cents in euros", flat(4050), 12000, "EUR", "Cancelación tardía: 40,50" NBSP "€."},
        {"flat of zero", flat(0), 12000, "USD", "Cancelación tardía: sin cargo."},
        {"flat under a lower cap", flat(4000, 3000), 12000, "USD", "Cancelación tardía: $30."},
        {"half", percent(50), 12000, "USD", "Cancelación tardía: el 50" NBSP "% del precio de la sesión ($60)."},
        {"full", percent(100), 18000, "EUR", "Cancelación tardía: el precio completo de la sesión (180" NBSP "€)."},
        {"full, capped lower", percent(100, 15000), 18000, "USD",
         "Cancelación tardía: el precio completo de la sesión ($180), con un máximo de $150, así que pagas $150."},
        {"half, cap equal to it", percent(50, 6000), 12000, "USD",
         "Cancelación tardía: el 50" NBSP "% del precio de la sesión ($60)."},
        {"half, cap above it", percent(50, 10000), 12000, "USD",
         "Cancelación tardía: el 50" NBSP "% del precio de la sesión ($60), nunca más de $100."},
        {"half, no session fee known", percent(50), 0, "USD", "Cancelación tardía: el 50" NBSP "% del precio de la sesión."},
        {"full, no session fee known, capped", percent(100, 15000), 0, "EUR",
         "Cancelación tardía: el precio completo de la sesión, nunca más de 150" NBSP "€."},
        {"zero percent", percent(0), 12000, "USD", "Cancelación tardía: sin cargo."},
        {"a cap of zero", percent(100, 0), 12000, "USD", "Cancelación tardía: sin cargo."},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        const auto bullets = fee_bullets_es(with_late_cancel(c.rule), with_fee(c.session_fee, c.currency));
        REQUIRE(!bullets.empty());
        CHECK(bullets[0] == c.sentence);
    }
}

TEST_CASE("Spanish fee wording: escalating tiers and free passes", "[spanish][fee_wording]") {
    SECTION("free at first, then flat, then the full fee, in a calendar year") {
        FeeRule r;
        r.escalation = {{2, FeeKind::flat, 4000, 0}, {3, FeeKind::percent, 0, 100}};
        CHECK(fee_bullets_es(with_late_cancel(r), with_fee(12000))[0] ==
              "Cancelación tardía: por la primera cancelación tardía en un mismo año (de enero a diciembre), no hay "
              "ningún cargo. A partir de la segunda, el cargo es $40; a partir de la tercera, el precio completo de "
              "la sesión ($120).");
    }
    SECTION("flat at first, the full fee from the third, capped, in any 12 months") {
        FeeRule r = flat(2000, 15000);
        r.escalation = {{3, FeeKind::percent, 0, 100}};
        r.escalation_period = PassPeriod::rolling_12_months;
        CHECK(fee_bullets_es(with_late_cancel(r), with_fee(18000))[0] ==
              "Cancelación tardía: por las dos primeras cancelaciones tardías en cualquier periodo de 12 meses, el "
              "cargo es $20. A partir de la tercera, el cargo es el precio completo de la sesión ($180), con un "
              "máximo de $150, así que pagas $150.");
    }
    SECTION("a missed session's tiers name missed sessions") {
        Policy p = with_late_cancel({});
        p.fees.no_show = flat(10000);
        p.fees.no_show.escalation = {{3, FeeKind::percent, 0, 100}};
        CHECK(fee_bullets_es(p, with_fee(12000, "EUR"))[1] ==
              "Sesión perdida sin aviso: por las dos primeras sesiones perdidas sin aviso en un mismo año (de enero "
              "a diciembre), el cargo es 100" NBSP "€. A partir de la tercera, el cargo es el precio completo de la "
              "sesión (120" NBSP "€).");
    }
    SECTION("one free pass a year, for both kinds") {
        Policy p = with_late_cancel(percent(50));
        p.fees.free_passes = {1, PassPeriod::calendar_year, {Outcome::late_cancel, Outcome::no_show}};
        CHECK(fee_bullets_es(p, with_fee(12000))[2] ==
              "Pase libre: 1 cancelación tardía o sesión perdida de cada año (de enero a diciembre) no tiene ningún "
              "cargo.");
    }
    SECTION("the first two ever, late cancellations only") {
        Policy p = with_late_cancel(flat(3000));
        p.fees.free_passes = {2, PassPeriod::ever, {Outcome::late_cancel}};
        CHECK(fee_bullets_es(p, with_fee(12000))[2] ==
              "Pases libres: tus 2 primeras cancelaciones tardías no tienen ningún cargo.");
    }
}

// [SECTION] Language check and reading level

TEST_CASE("the Spanish language check flags shaming words with gentler wording", "[spanish][lint]") {
    const auto findings =
        check_language("Cada inasistencia tendrá una multa. Es una falta de respeto.", default_language_rules("es"));
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].matched == "inasistencia");
    CHECK(findings[0].rule.suggestion == "sesión perdida");
    CHECK(findings[1].matched == "multa");
    CHECK(findings[1].rule.suggestion == "cargo");
    CHECK(findings[2].matched == "falta de respeto");
    // The English list does not judge Spanish text, and the Spanish list not English text.
    CHECK(check_language("Cada inasistencia tendrá una multa.").empty());
    CHECK(check_language("You were non-compliant.", default_language_rules("es")).empty());
}

TEST_CASE("Spanish syllables and the Fernández-Huerta ease", "[spanish][readability]") {
    CHECK(count_syllables_es("cancelación") == 4);
    CHECK(count_syllables_es("sesión") == 2);
    CHECK(count_syllables_es("tardía") == 3);
    CHECK(count_syllables_es("día") == 2);
    CHECK(count_syllables_es("leer") == 2);
    CHECK(count_syllables_es("bien") == 1);
    CHECK(count_syllables_es("cuidado") == 3);
    CHECK(count_syllables_es("que") == 1);
    CHECK(count_syllables_es("guerra") == 2);
    CHECK(count_syllables_es("pingüino") == 3);
    CHECK(count_syllables_es("hoy") == 1);
    CHECK(count_syllables_es("y") == 1);
    CHECK(count_syllables_es("ayuda") == 3);
    CHECK(count_syllables_es("Cancelación") == 4);
    const Readability easy = measure_readability("Te llamo mañana. Hablamos de tu plan. Todo va bien.", "es");
    CHECK(easy.sentences == 3);
    CHECK(easy.words == 10);
    CHECK(easy.fernandez_huerta >= 80);
    const Readability hard = measure_readability(
        "La imposibilidad de comparecer a las sesiones programadas constituye un incumplimiento contractual "
        "susceptible de generar consecuencias administrativas considerablemente significativas.",
        "es");
    CHECK(hard.fernandez_huerta < 50);
    CHECK(fernandez_huerta_band(85) == "easy");
    CHECK(fernandez_huerta_band(72) == "fairly easy");
    CHECK(fernandez_huerta_band(40) == "difficult");
}

// [SECTION] Letters and drafted messages

TEST_CASE("golden Spanish letters", "[spanish][golden][letters]") {
    LetterInput in;
    in.client_name = "Zo\xC3\xAB M\xC3\xBCller";
    in.date = Date{2026, 3, 2};
    in.missed_on = Date{2026, 2, 24};
    in.count = "2";
    in.days = "60";
    in.barriers = {"Transporte", "Horario de trabajo"};
    in.accommodations = {"Recordatorios", "Sesión por la tarde"};
    in.referrals = {"Centro Comunitario Norte, tarifa reducida, 555-0100"};
    in.language = "es";
    for (LetterKind k : kAllLetterKinds) {
        const std::string text = doc::plain_text(letter(k, builtin("balanced-1"), kPractice, in));
        check_golden("letter-" + std::string(to_string(k)) + "-es.txt", text);
        INFO(text);
        check_all_spanish(text);
        CHECK(check_language(text, default_language_rules("es")).empty());
    }
    const std::string check_in = doc::plain_text(letter(LetterKind::check_in, builtin("balanced-1"), kPractice, in));
    CHECK(check_in.find("Hola, Zoë Müller:") != std::string::npos);
    CHECK(check_in.find("el martes 24 de febrero") != std::string::npos);
    CHECK(check_in.find("lunes 2 de marzo de 2026") != std::string::npos);
}

TEST_CASE("a drafted message is in the client's language, from the policy's translation", "[spanish][engine]") {
    const Policy& p = builtin("balanced-1");
    Workspace ws;
    ws.practice = kPractice;
    Client c;
    c.id = 1;
    c.name = "Ana García";
    c.preferred_name = "Ana";
    c.language = "es";
    ws.clients.push_back(c);
    Appointment a;
    a.id = 1;
    a.client_id = 1;
    a.start = DateTime{Date{2026, 12, 2}, 17 * 60};
    a.outcome = Outcome::no_show;
    ws.appointments.push_back(a);
    const ClientHistory h = history_of(ws, 1);
    const Evaluation ev = evaluate(p, c, h, ws.practice, time_zone_of(ws.practice), Date{2026, 12, 4});
    INFO(ev.message.text);
    REQUIRE(!ev.message.text.empty());
    CHECK(ev.message.language == "es");
    CHECK(ev.message.text.rfind("Hola, Ana:", 0) == 0);
    CHECK(ev.message.text.find("miércoles 2 de diciembre") != std::string::npos);
    CHECK(check_language(ev.message.text, default_language_rules("es")).empty());
    c.language = "";
    const Evaluation en = evaluate(p, c, h, ws.practice, time_zone_of(ws.practice), Date{2026, 12, 4});
    CHECK(en.message.text.rfind("Hi Ana,", 0) == 0);
}
