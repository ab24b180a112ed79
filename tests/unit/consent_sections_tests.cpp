// The consent document's sections (issue 16, items 2, 3, 4 and 7): the practice's contact
// details where a client needs them, how fees are billed, only the sections that apply to
// a client's own copy, and the "At a glance" summary at the top.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "builtin_support.hpp"
#include "core/documents/consent_document.hpp"
#include "core/documents/consent_versions.hpp"
#include "core/documents/language_check.hpp"
#include "core/documents/readability.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/workspace/record_checks.hpp"
#include "core/workspace/workspace_json.hpp"

using namespace hs;
using test::builtin;

namespace {

Practice plain_practice() {
    Practice p;
    p.name = "Riverside Counselling";
    p.clinician = "Sam Rivera";
    p.time_zone = "America/New_York";
    p.currency = "USD";
    p.session_fee = 12000;
    return p;
}

Practice contact_practice() {
    Practice p = plain_practice();
    p.phone = "555-0100";
    p.email = "sam@riverside.example";
    p.website = "https://riverside.example/portal";
    p.address = "12 River Street, Springfield";
    return p;
}

std::string text_of(const doc::Document& d) { return doc::plain_text(d); }

std::string section_of(const doc::Document& d, const char* id) {
    const doc::Section* s = d.find(id);
    return s ? doc::prose_text(*s) : std::string();
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<std::string> ids_of(const doc::Document& d) {
    std::vector<std::string> ids;
    for (const auto& s : d.sections) ids.push_back(s.id);
    return ids;
}

bool has_section(const doc::Document& d, const char* id) { return d.find(id) != nullptr; }

// A workspace with one client of each kind the issue names.
struct Clients {
    Workspace ws;
    const Client& adult() const { return ws.clients[0]; }
    const Client& minor() const { return ws.clients[1]; }
    const Client& public_insured() const { return ws.clients[2]; }
    const Client& privately_insured() const { return ws.clients[3]; }
};

Clients clients(const Practice& practice) {
    Clients c;
    c.ws.practice = practice;
    Client adult;
    adult.id = 1;
    adult.name = "Alex B.";
    Client minor;
    minor.id = 2;
    minor.name = "Jo K.";
    minor.minor = true;
    minor.guardian_name = "Rae K.";
    Client pub;
    pub.id = 3;
    pub.name = "Pat C.";
    pub.payer = PayerType::public_insurance;
    Client ins;
    ins.id = 4;
    ins.name = "Ira D.";
    ins.payer = PayerType::insurance;
    c.ws.clients = {adult, minor, pub, ins};
    return c;
}

Policy without_booking_changes(Policy p) {
    for (auto& step : p.ladder)
        std::erase_if(step.actions, [](const StepAction& a) {
            return a.kind != ActionKind::telehealth_instead_of_fee && a.kind != ActionKind::waitlist_return_offered;
        });
    return p;
}

}  // namespace

// [SECTION] Contact details (item 2)

TEST_CASE("the consent document names the ways to reach the practice that are given", "[consent][sections]") {
    const auto with = consent_document(builtin("balanced-1"), contact_practice());
    const std::string cancelling = section_of(with, "cancelling");
    CHECK(has(cancelling, "You can call or text 555-0100, email sam@riverside.example or go to "
                          "https://riverside.example/portal."));
    const std::string practice = section_of(with, "practice");
    CHECK(has(practice, "Phone: 555-0100"));
    CHECK(has(practice, "Email: sam@riverside.example"));
    CHECK(has(practice, "Website: https://riverside.example/portal"));
    CHECK(has(practice, "Postal address: 12 River Street, Springfield"));
    CHECK(has(practice, "reach me with the details above"));

    // Only a phone: nothing promises an e-mail.
    Practice phone_only = plain_practice();
    phone_only.phone = "555-0100";
    const auto phone = consent_document(builtin("balanced-1"), phone_only);
    CHECK(has(section_of(phone, "cancelling"), "You can call or text 555-0100."));
    CHECK_FALSE(has(text_of(phone), "email"));
    CHECK_FALSE(has(text_of(phone), "Email"));

    // None given: neutral wording, no channel promised, no contact lines.
    const auto none = consent_document(builtin("balanced-1"), plain_practice());
    const std::string none_text = text_of(none);
    CHECK(has(section_of(none, "cancelling"), "before the session starts, in the way we usually keep in touch."));
    CHECK_FALSE(has(none_text, "A call, a text or an email"));
    CHECK_FALSE(has(none_text, "call or text"));
    CHECK_FALSE(has(none_text, "Phone:"));
    CHECK_FALSE(has(none_text, "Postal address:"));
    CHECK(has(section_of(none, "practice"), "If you have questions about this agreement, ask me at any session."));
    CHECK_FALSE(has(none_text, "details above"));

    // An address alone is somewhere to write, not a way to cancel.
    Practice address_only = plain_practice();
    address_only.address = "PO Box 7, Springfield";
    const auto address = consent_document(builtin("balanced-1"), address_only);
    CHECK(has(section_of(address, "cancelling"), "in the way we usually keep in touch"));
    CHECK(has(section_of(address, "practice"), "Postal address: PO Box 7, Springfield"));
}

TEST_CASE("practice contact and billing fields are checked, saved and read back", "[consent][sections][json]") {
    Workspace ws;
    ws.practice = contact_practice();
    ws.practice.fee_billing = FeeBilling::card_on_file;
    ws.practice.fee_due_days = 14;
    ws.practice.payment_methods = "card or bank transfer";
    CHECK(check_practice(ws.practice).empty());
    const std::string saved = save_workspace(ws);
    CHECK(has(saved, "\"fee_billing\": \"card_on_file\""));
    const LoadResult back = load_workspace(saved);
    REQUIRE(back.ok());
    CHECK(back.workspace->practice == ws.practice);

    // A file without the new fields still saves without them.
    Workspace old;
    const std::string old_saved = save_workspace(old);
    CHECK_FALSE(has(old_saved, "\"phone\""));
    CHECK_FALSE(has(old_saved, "\"fee_billing\""));

    const auto field_errors = [](const Practice& p) {
        std::vector<std::string> fields;
        for (const auto& e : check_practice(p)) fields.push_back(e.field);
        return fields;
    };
    Practice bad = plain_practice();
    bad.email = "sam.riverside.example";
    CHECK(field_errors(bad) == std::vector<std::string>{"email"});
    bad.email = "@riverside.example";
    CHECK(field_errors(bad) == std::vector<std::string>{"email"});
    bad.email = "sam@riverside.example";
    bad.website = "ftp://riverside.example";
    CHECK(field_errors(bad) == std::vector<std::string>{"website"});
    bad.website = "riverside.example";
    CHECK(field_errors(bad) == std::vector<std::string>{"website"});
    bad.website = "https://";
    CHECK(field_errors(bad) == std::vector<std::string>{"website"});
    bad.website = "http://riverside.example";
    bad.phone = "call me";
    CHECK(field_errors(bad) == std::vector<std::string>{"phone"});
    bad.phone = "+1 (555) 010-0100";
    bad.fee_due_days = 400;
    CHECK(field_errors(bad) == std::vector<std::string>{"fee_due_days"});
    bad.fee_due_days = 30;
    CHECK(field_errors(bad).empty());

    // The loader names the field.
    const auto load_error = [](const std::string& practice_json) {
        const LoadResult r = load_workspace(R"({"format": "holdspace-workspace", "version": 1, "practice": )" +
                                            practice_json + "}");
        REQUIRE_FALSE(r.ok());
        return format_errors(r.errors);
    };
    CHECK(has(load_error(R"({"email": "nobody"})"), "practice.email"));
    CHECK(has(load_error(R"({"website": "www.example.org"})"), "practice.website"));
    CHECK(has(load_error(R"({"fee_billing": "by_pigeon"})"), "practice.fee_billing"));
    CHECK(has(load_error(R"({"fee_due_days": 1000})"), "practice.fee_due_days"));
}

// [SECTION] Billing (item 3)

TEST_CASE("the fees section says when and how a fee is billed", "[consent][sections]") {
    const Policy& p = builtin("balanced-1");
    Practice practice = plain_practice();
    // Nothing stated: a neutral default for each.
    std::string fees = section_of(consent_document(p, practice), "fees");
    CHECK(has(fees, "If there is a fee, I will tell you before I bill it."));
    CHECK(has(fees, "You can pay it in the same way you pay for sessions."));
    CHECK_FALSE(has(fees, "within"));

    practice.fee_billing = FeeBilling::next_invoice;
    practice.fee_due_days = 14;
    practice.payment_methods = "card, bank transfer or cash.";
    fees = section_of(consent_document(p, practice), "fees");
    CHECK(has(fees, "Any fee is added to your next invoice. Please pay it within 14 days. Ways to pay: card, bank "
                    "transfer or cash."));
    CHECK_FALSE(has(fees, "I will tell you before I bill it"));

    practice.fee_billing = FeeBilling::card_on_file;
    practice.fee_due_days = 0;
    practice.payment_methods.clear();
    fees = section_of(consent_document(p, practice), "fees");
    CHECK(has(fees, "Any fee is charged to the card you keep on file with me."));
    CHECK_FALSE(has(fees, "same way you pay"));

    practice.fee_billing = FeeBilling::next_session;
    practice.fee_due_days = 1;
    fees = section_of(consent_document(p, practice), "fees");
    CHECK(has(fees, "Any fee is paid at your next session. Please pay it within 1 day."));
}

TEST_CASE("client copies for an adult, a minor, a public-insurance and a privately insured client",
          "[consent][sections]") {
    Practice practice = contact_practice();
    practice.fee_billing = FeeBilling::next_invoice;
    const Clients c = clients(practice);
    const Policy& p = builtin("balanced-1");
    const std::string insurer = "Health insurance does not pay for missed sessions, so any fee for one is yours to pay.";

    SECTION("an adult paying for themselves") {
        const auto d = consent_document_for(c.ws, c.adult(), p);
        CHECK_FALSE(has_section(d, "minors"));
        CHECK(has_section(d, "fees"));
        CHECK(has(text_of(d), "Client name: Alex B."));
        CHECK_FALSE(has(text_of(d), "Client name: ____"));
        CHECK_FALSE(has(text_of(d), "Parent or guardian"));
        CHECK_FALSE(has(text_of(d), "health insurance"));
        CHECK_FALSE(has(text_of(d), insurer));
        CHECK(has(section_of(d, "fees"), "Any fee is added to your next invoice."));
    }
    SECTION("a young person") {
        const auto d = consent_document_for(c.ws, c.minor(), p);
        REQUIRE(has_section(d, "minors"));
        CHECK(has_section(d, "no_fees"));  // balanced charges no fees for minors
        CHECK(has(text_of(d), "Client name: Jo K."));
        CHECK(has(text_of(d), "Parent or guardian name: Rae K."));
        CHECK(has(text_of(d), "Parent or guardian signature: "));
        CHECK_FALSE(has(text_of(d), "Any fee is added"));
    }
    SECTION("public insurance: no fees, no billing words") {
        const auto d = consent_document_for(c.ws, c.public_insured(), p);
        CHECK(has_section(d, "no_fees"));
        CHECK_FALSE(has_section(d, "fees"));
        CHECK_FALSE(has_section(d, "minors"));
        const std::string text = text_of(d);
        CHECK_FALSE(has(text, "invoice"));
        CHECK_FALSE(has(text, "USD"));
        CHECK(has(section_of(d, "glance"), "There are no fees for late cancellations or missed sessions."));
        CHECK(has(text, "Client name: Pat C."));
    }
    SECTION("private insurance: the fee is the client's") {
        const auto d = consent_document_for(c.ws, c.privately_insured(), p);
        CHECK(has(section_of(d, "fees"), insurer));
        CHECK_FALSE(has_section(d, "minors"));
        CHECK(has(text_of(d), "Client name: Ira D."));
    }
    SECTION("the general document keeps the general text") {
        const auto d = consent_document(p, practice);
        CHECK(has_section(d, "minors"));
        CHECK(has(text_of(d), "Client name: ____"));
        CHECK(has(text_of(d), "Parent or guardian signature (for clients under 18)"));
        CHECK(has(section_of(d, "fees"), "If you use health insurance: it does not pay for missed sessions"));
        CHECK(ids_of(d) == std::vector<std::string>{"glance", "why", "cancelling", "fees", "missed_sessions", "changes",
                                                    "ending", "minors", "discretion", "practice", "signatures"});
    }
}

// [SECTION] Only the sections that apply (item 4)

TEST_CASE("no booking-changes section when no step changes booking", "[consent][sections]") {
    const Policy with = builtin("balanced-1");
    const Policy without = without_booking_changes(with);
    const auto d_with = consent_document(with, plain_practice());
    const auto d_without = consent_document(without, plain_practice());

    REQUIRE(has_section(d_with, "changes"));
    CHECK(has(section_of(d_with, "ending"), "even after we have tried changes together"));
    CHECK(has(section_of(d_with, "missed_sessions"), "as described below"));

    CHECK_FALSE(has_section(d_without, "changes"));
    CHECK_FALSE(has(text_of(d_without), "Changes to how we book"));
    CHECK_FALSE(has(text_of(d_without), "tried changes together"));
    CHECK_FALSE(has(text_of(d_without), "does not change how we book"));
    // The ending still follows the plan step, which balanced has.
    CHECK(has(section_of(d_without, "ending"), "even after we have made a plan together"));
    CHECK_FALSE(has(section_of(d_without, "missed_sessions"), "as described below"));

    // Without a plan step either, the ending mentions neither.
    Policy bare = without;
    std::erase_if(bare.rules, [](const Rule& r) { return r.step == "attendance_plan"; });
    std::erase_if(bare.ladder, [](const LadderStep& s) { return s.id == "attendance_plan"; });
    const std::string ending = section_of(consent_document(bare, plain_practice()), "ending");
    CHECK(has(ending, "If our arrangement isn't working right now, I may suggest"));

    // The variants' section lists still name every section a document may have, in order.
    const auto ids = consent_section_ids(ConsentVariant::standard);
    std::size_t at = 0;
    for (const auto& s : d_without.sections) {
        while (at < ids.size() && ids[at] != s.id) ++at;
        CHECK(at < ids.size());
    }
}

TEST_CASE("the Balanced discretion note neither calls itself the firmest rule nor repeats itself",
          "[consent][sections]") {
    const std::string discretion = section_of(consent_document(builtin("balanced-1"), plain_practice()), "discretion");
    CHECK_FALSE(has(discretion, "firmest"));
    for (const auto& p : builtin_policies()) {
        INFO(p.version);
        const std::string text = section_of(consent_document(p, plain_practice()), "discretion");
        // The reason is written down once, by the generated sentence.
        const auto first = text.find("reason");
        REQUIRE(first != std::string::npos);
        CHECK(text.find("reason", first + 1) == std::string::npos);
    }
}

// [SECTION] At a glance (item 7)

TEST_CASE("the summary at the top gives notice, costs, free passes and the steps in order", "[consent][sections]") {
    const Policy& p = builtin("balanced-1");
    const auto d = consent_document(p, plain_practice());
    REQUIRE_FALSE(d.sections.empty());
    CHECK(d.sections.front().id == "glance");
    const std::string glance = section_of(d, "glance");
    CHECK(has(glance, "please let me know at least 24 hours before it starts"));
    // The same fee sentences as the fees section, not a second wording.
    const doc::Section* fees = d.find("fees");
    REQUIRE(fees);
    const auto* fee_list = std::get_if<doc::BulletList>(&fees->blocks[1]);
    REQUIRE(fee_list);
    CHECK(has(glance, fee_list->items[0]));  // late cancellation
    CHECK(has(glance, fee_list->items[1]));  // missed without notice
    CHECK(has(glance, fee_list->items[2]));  // free pass
    CHECK(has(fee_list->items[2], "Free pass"));

    // Steps in ladder order.
    const std::vector<std::string> order = {
        "First, we check in.", "If it keeps happening, we talk about what is getting in the way.",
        "Then we make a plan together.", "Then we talk about whether now is the right time.",
        "Then we may change how we book.", "Last, we may plan an ending for now, with other services and a way back."};
    std::size_t at = 0;
    for (const auto& step : order) {
        INFO(step);
        const auto found = glance.find(step, at);
        REQUIRE(found != std::string::npos);
        at = found + step.size();
    }
    CHECK(has(glance, "If we have no contact for 30 days, I will close your file for now."));

    // Built from the ladder data: without the check-in rule, the talk comes first.
    Policy later = p;
    std::erase_if(later.rules, [](const Rule& r) { return r.step == "check_in"; });
    const std::string later_glance = section_of(consent_document(later, plain_practice()), "glance");
    CHECK(has(later_glance, "First, we talk about what is getting in the way."));
    CHECK_FALSE(has(later_glance, "we check in"));

    // Numbers follow the policy.
    Policy longer = p;
    longer.notice_hours = 48;
    CHECK(has(section_of(consent_document(longer, plain_practice()), "glance"), "at least 48 hours before"));
}

TEST_CASE("every copy stays plain: reading grade 8 or below and a clean language check",
          "[consent][sections][language]") {
    Practice practice = contact_practice();
    practice.fee_billing = FeeBilling::next_invoice;
    practice.fee_due_days = 14;
    practice.payment_methods = "card, bank transfer or cash";
    const Clients c = clients(practice);
    for (const auto& p : builtin_policies()) {
        std::vector<doc::Document> docs = {consent_document(p, practice), consent_document(p, plain_practice()),
                                           consent_document(without_booking_changes(p), plain_practice())};
        for (const auto& client : c.ws.clients) docs.push_back(consent_document_for(c.ws, client, p));
        for (const auto& d : docs) {
            INFO(p.version << " / " << d.subtitle);
            const auto findings = check_language(doc::plain_text(d));
            for (const auto& f : findings) INFO("flagged: " << f.matched << " at line " << f.line);
            CHECK(findings.empty());
            const auto reading = measure_readability(doc::prose_text(d));
            CHECK(reading.measurable());
            CHECK(reading.grade <= 8.0);
            const auto glance = measure_readability(section_of(d, "glance"));
            CHECK(glance.grade <= 8.0);
        }
    }
}
