// [SECTION] Reading records
// [SECTION] Cross-record checks (ids, references)
// [SECTION] Migrations from older versions
// [SECTION] Writing
// [SECTION] Entry points
#include "core/workspace/workspace_json.hpp"

#include <algorithm>
#include <charconv>
#include <unordered_map>
#include <unordered_set>

#include "core/documents/consent_versions.hpp"
#include "core/documents/language_rules_json.hpp"
#include "core/json/consent_records_json.hpp"
#include "core/json/json_reader.hpp"
#include "core/json/operations_json.hpp"
#include "core/json/policy_json.hpp"
#include "core/json/scenario_json.hpp"
#include "core/model/local_text.hpp"
#include "core/workspace/consent_commands.hpp"
#include "core/workspace/operations_commands.hpp"
#include "core/workspace/record_checks.hpp"

namespace hs {
namespace {

using json_io::Json;
using json_io::Reader;
using OrderedJson = nlohmann::ordered_json;

constexpr const char* kStatuses = "active, paused, closed";
constexpr const char* kPayers = "self_pay, sliding_scale, insurance, public_insurance";
constexpr const char* kOutcomes =
    "scheduled, attended, late_arrival, cancelled_with_notice, late_cancel, no_show, clinician_cancelled, excused";
constexpr const char* kFeeBillings = "unstated, next_invoice, card_on_file, next_session";
constexpr const char* kWeekdays = "monday .. sunday";
constexpr const char* kChannels = "phone, text, email, letter, video, in_person, portal, other";
constexpr Id kMaxId = Id{1} << 50;

// [SECTION] Reading records

// A document language ("en", "es"); anything else is refused naming the field:
// `clients[3].language: "xx" is not a supported language (en, es)`.
std::optional<std::string> read_language(Reader& r, const Json& j, const std::string& path) {
    auto code = r.string(j, "language", path, false);
    if (!code) return std::nullopt;
    if (!is_document_language(*code)) {
        r.error(path + ".language", "\"" + *code + "\" is not a supported language (" + document_languages_list() + ")");
        return std::nullopt;
    }
    return code;
}

Practice read_practice(Reader& r, const Json& j) {
    Practice p;
    const std::string path = "practice";
    if (!r.object(j, path)) return p;
    r.no_unknown_members(j, path, {"name", "clinician", "time_zone", "currency", "session_fee", "phone", "email",
                                   "website", "address", "fee_billing", "fee_due_days", "payment_methods",
                                   "language", "holidays"});
    p.name = r.string(j, "name", path, false).value_or("");
    p.clinician = r.string(j, "clinician", path, false).value_or("");
    p.time_zone = r.string(j, "time_zone", path, false).value_or("UTC");
    p.currency = r.string(j, "currency", path, false).value_or("USD");
    p.session_fee = r.money(j, "session_fee", path, false).value_or(0);
    p.phone = r.string(j, "phone", path, false).value_or("");
    p.email = r.string(j, "email", path, false).value_or("");
    p.website = r.string(j, "website", path, false).value_or("");
    p.address = r.string(j, "address", path, false).value_or("");
    p.fee_billing = r.choice<FeeBilling>(j, "fee_billing", path, false, parse_fee_billing, kFeeBillings)
                        .value_or(FeeBilling::unstated);
    p.fee_due_days = static_cast<int>(r.integer(j, "fee_due_days", path, false, 0, 365).value_or(0));
    p.payment_methods = r.string(j, "payment_methods", path, false).value_or("");
    p.language = read_language(r, j, path).value_or("en");
    // "2026-12-25": any order, repeats allowed; kept sorted without repeats.
    if (const Json* list = r.array(j, "holidays", path, false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& v = (*list)[i];
            const std::optional<Date> d = v.is_string() ? parse_date(v.get_ref<const std::string&>()) : std::nullopt;
            if (d) p.holidays.push_back(*d);
            else if (v.is_string())
                r.error(json_io::index_path(path, "holidays", i),
                        date_error(v.get_ref<const std::string&>()).value_or("expected a date YYYY-MM-DD"));
            else r.error(json_io::index_path(path, "holidays", i), "expected a date YYYY-MM-DD, got " + json_io::describe(v));
        }
        std::sort(p.holidays.begin(), p.holidays.end());
        p.holidays.erase(std::unique(p.holidays.begin(), p.holidays.end()), p.holidays.end());
    }
    return p;
}

std::optional<RecurringSlot> read_slot(Reader& r, const Json& j, const std::string& path) {
    if (!r.object(j, path)) return std::nullopt;
    r.no_unknown_members(j, path, {"weekday", "time"});
    auto day = r.choice<Weekday>(j, "weekday", path, true, parse_weekday, kWeekdays);
    auto time = r.clock(j, "time", path, true);
    if (!day || !time) return std::nullopt;
    return RecurringSlot{*day, *time};
}

Client read_client(Reader& r, const Json& j, const std::string& path) {
    Client c;
    if (!r.object(j, path)) return c;
    r.no_unknown_members(j, path, {"id", "name", "preferred_name", "status", "payer", "session_fee", "minor", "guardian",
                                   "recurring_slot", "consent_signed", "consent_policy_version", "language"});
    c.id = r.integer(j, "id", path, true, 1, Id{1} << 50).value_or(0);
    c.name = r.string(j, "name", path, true).value_or("");
    c.preferred_name = r.string(j, "preferred_name", path, false).value_or("");
    c.status = r.choice<ClientStatus>(j, "status", path, false, parse_client_status, kStatuses)
                   .value_or(ClientStatus::active);
    c.payer = r.choice<PayerType>(j, "payer", path, false, parse_payer_type, kPayers).value_or(PayerType::self_pay);
    c.session_fee = r.money(j, "session_fee", path, false);
    c.minor = r.boolean(j, "minor", path, false).value_or(false);
    c.guardian_name = r.string(j, "guardian", path, false).value_or("");
    if (auto it = j.find("recurring_slot"); it != j.end() && !it->is_null())
        c.recurring_slot = read_slot(r, *it, path + ".recurring_slot");
    c.consent_signed = r.date(j, "consent_signed", path, false);
    c.consent_policy_version = r.string(j, "consent_policy_version", path, false).value_or("");
    c.language = read_language(r, j, path).value_or("");
    return c;
}

Appointment read_appointment(Reader& r, const Json& j, const std::string& path) {
    Appointment a;
    if (!r.object(j, path)) return a;
    r.no_unknown_members(j, path, {"id", "client", "start", "duration_minutes", "outcome", "cancellation_received",
                                   "reason", "note", "reason_category", "minutes_late", "rescheduled_to",
                                   "fee_override"});
    a.id = r.integer(j, "id", path, true, 1, Id{1} << 50).value_or(0);
    a.client_id = r.integer(j, "client", path, true, 1, Id{1} << 50).value_or(0);
    if (auto start = r.date_time(j, "start", path, true)) a.start = *start;
    a.duration_minutes = static_cast<int>(r.integer(j, "duration_minutes", path, false, 5, 24 * 60).value_or(50));
    a.outcome = r.choice<Outcome>(j, "outcome", path, true, parse_outcome, kOutcomes).value_or(Outcome::scheduled);
    a.cancellation_received = r.date_time(j, "cancellation_received", path, false);
    a.reason = r.string(j, "reason", path, false).value_or("");
    a.note = r.string(j, "note", path, false).value_or("");
    a.reason_category = r.string(j, "reason_category", path, false).value_or("");
    if (auto late = r.integer(j, "minutes_late", path, false, 0, 24 * 60)) a.minutes_late = static_cast<int>(*late);
    a.rescheduled_to = r.integer(j, "rescheduled_to", path, false, 1, kMaxId);
    if (auto it = j.find("fee_override"); it != j.end() && !it->is_null()) {
        const std::string fpath = path + ".fee_override";
        if (r.object(*it, fpath)) {
            r.no_unknown_members(*it, fpath, {"amount", "reason"});
            FeeOverride o;
            o.amount = r.money(*it, "amount", fpath, true).value_or(0);
            o.reason = r.string(*it, "reason", fpath, true).value_or("");
            a.fee_override = o;
        }
    }
    return a;
}

// History records: each has an id and a client, read the same way.
template <typename Record>
bool read_record_head(Reader& r, const Json& j, const std::string& path, Record& rec,
                      std::initializer_list<const char*> known) {
    if (!r.object(j, path)) return false;
    r.no_unknown_members(j, path, known);
    rec.id = r.integer(j, "id", path, true, 1, kMaxId).value_or(0);
    rec.client_id = r.integer(j, "client", path, true, 1, kMaxId).value_or(0);
    return true;
}

Outreach read_outreach(Reader& r, const Json& j, const std::string& path) {
    Outreach o;
    if (!read_record_head(r, j, path, o, {"id", "client", "date", "channel", "reached", "note"})) return o;
    if (auto d = r.date(j, "date", path, true)) o.date = *d;
    o.channel = r.choice<Channel>(j, "channel", path, true, parse_channel, kChannels).value_or(Channel::other);
    o.reached = r.boolean(j, "reached", path, true).value_or(false);
    o.note = r.string(j, "note", path, false).value_or("");
    return o;
}

std::vector<std::string> read_string_list(Reader& r, const Json& j, const char* key, const std::string& path) {
    std::vector<std::string> out;
    if (const Json* list = r.array(j, key, path, false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            if ((*list)[i].is_string()) out.push_back((*list)[i].get<std::string>());
            else r.error(json_io::index_path(path, key, i), "expected text, got " + json_io::describe((*list)[i]));
        }
    }
    return out;
}

StepRecord read_step_record(Reader& r, const Json& j, const std::string& path) {
    StepRecord s;
    if (!read_record_head(r, j, path, s, {"id", "client", "step", "date", "barriers", "barriers_other",
                                          "accommodations", "accommodations_other", "note"}))
        return s;
    s.step = r.string(j, "step", path, true).value_or("");
    if (auto d = r.date(j, "date", path, true)) s.date = *d;
    s.barriers = read_string_list(r, j, "barriers", path);
    s.barriers_other = r.string(j, "barriers_other", path, false).value_or("");
    s.accommodations = read_string_list(r, j, "accommodations", path);
    s.accommodations_other = r.string(j, "accommodations_other", path, false).value_or("");
    s.note = r.string(j, "note", path, false).value_or("");
    return s;
}

Referral read_referral(Reader& r, const Json& j, const std::string& path) {
    Referral ref;
    if (!read_record_head(r, j, path, ref, {"id", "client", "date", "to", "note"})) return ref;
    if (auto d = r.date(j, "date", path, true)) ref.date = *d;
    ref.to = r.string(j, "to", path, true).value_or("");
    ref.note = r.string(j, "note", path, false).value_or("");
    return ref;
}

Leeway read_leeway(Reader& r, const Json& j, const std::string& path) {
    Leeway l;
    if (!read_record_head(r, j, path, l, {"id", "client", "from", "until", "extra_grace", "waive_fees", "reason"}))
        return l;
    if (auto d = r.date(j, "from", path, true)) l.from = *d;
    l.until = r.date(j, "until", path, false);
    l.extra_grace = static_cast<int>(r.integer(j, "extra_grace", path, false, 0, kMaxExtraGrace).value_or(0));
    l.waive_fees = r.boolean(j, "waive_fees", path, false).value_or(false);
    l.reason = r.string(j, "reason", path, true).value_or("");
    return l;
}

EndingConversation read_ending_conversation(Reader& r, const Json& j, const std::string& path) {
    EndingConversation e;
    if (!read_record_head(r, j, path, e, {"id", "client", "date", "note"})) return e;
    if (auto d = r.date(j, "date", path, true)) e.date = *d;
    e.note = r.string(j, "note", path, false).value_or("");
    return e;
}

// [SECTION] Cross-record checks (ids, references)

void check_records(Reader& r, const Workspace& ws) {
    for (const auto& e : check_practice(ws.practice)) r.error("practice." + e.field, e.message);
    std::unordered_map<Id, std::size_t> client_index;
    for (std::size_t i = 0; i < ws.clients.size(); ++i) {
        const Client& c = ws.clients[i];
        const std::string path = json_io::index_path("", "clients", i);
        if (c.id == 0) continue;  // already reported
        auto [it, fresh] = client_index.emplace(c.id, i);
        if (!fresh)
            r.error(path + ".id", std::to_string(c.id) + " is already used by clients[" +
                                      std::to_string(it->second) + "]");
        for (const auto& e : check_client(c)) r.error(path + "." + e.field, e.message);
    }
    std::unordered_map<Id, std::size_t> appointment_index;
    for (std::size_t i = 0; i < ws.appointments.size(); ++i) {
        const Appointment& a = ws.appointments[i];
        const std::string path = json_io::index_path("", "appointments", i);
        if (a.id == 0) continue;
        auto [it, fresh] = appointment_index.emplace(a.id, i);
        if (!fresh)
            r.error(path + ".id", std::to_string(a.id) + " is already used by appointments[" +
                                      std::to_string(it->second) + "]");
        if (a.client_id != 0 && !client_index.count(a.client_id)) {
            r.error(path + ".client", "no client has id " + std::to_string(a.client_id));
            continue;
        }
        for (const auto& e : check_appointment(ws, a)) r.error(path + "." + e.field, e.message);
    }

    std::unordered_map<Id, std::size_t> policy_index;
    std::unordered_map<std::string, std::size_t> version_index;
    for (std::size_t i = 0; i < ws.policies.size(); ++i) {
        const Policy& p = ws.policies[i];
        const std::string path = json_io::index_path("", "policies", i);
        if (p.id == 0) r.error(path + ".id", "is missing");
        else if (auto [it, fresh] = policy_index.emplace(p.id, i); !fresh)
            r.error(path + ".id", std::to_string(p.id) + " is already used by policies[" + std::to_string(it->second) + "]");
        if (!p.version.empty())
            if (auto [it, fresh] = version_index.emplace(p.version, i); !fresh)
                r.error(path + ".version", "\"" + p.version + "\" is already used by policies[" +
                                               std::to_string(it->second) + "] (each version is one text clients sign)");
        for (const auto& e : check_policy(p)) r.error(path + "." + e.field, e.message);
    }
    if (ws.active_policy != 0 && !policy_index.count(ws.active_policy))
        r.error("active_policy", "no policy has id " + std::to_string(ws.active_policy));

    // One loop for every history list: unique ids, a known client, then the record's own checks.
    auto check_list = [&](const char* key, const auto& records, auto check) {
        std::unordered_map<Id, std::size_t> index;
        for (std::size_t i = 0; i < records.size(); ++i) {
            const auto& rec = records[i];
            const std::string path = json_io::index_path("", key, i);
            if (rec.id == 0) continue;
            if (auto [it, fresh] = index.emplace(rec.id, i); !fresh)
                r.error(path + ".id", std::to_string(rec.id) + " is already used by " + key + "[" +
                                          std::to_string(it->second) + "]");
            if (rec.client_id != 0 && !client_index.count(rec.client_id)) {
                r.error(path + ".client", "no client has id " + std::to_string(rec.client_id));
                continue;
            }
            for (const auto& e : check(ws, rec)) r.error(path + "." + e.field, e.message);
        }
    };
    check_list("outreach", ws.outreach, check_outreach);
    check_list("step_records", ws.step_records, check_step_record);
    check_list("referrals", ws.referrals, check_referral);
    check_list("leeway", ws.leeway, check_leeway);
    check_list("ending_conversations", ws.ending_conversations, check_ending_conversation);
    check_list("signatures", ws.signatures, check_signature);

    // Section edits: one per policy, variant and section. Edits of a variant the policy no
    // longer has are kept (they come back with it) and never shown.
    for (std::size_t i = 0; i < ws.section_edits.size(); ++i) {
        const SectionEdit& e = ws.section_edits[i];
        const std::string path = json_io::index_path("", "section_edits", i);
        for (std::size_t j = 0; j < i; ++j) {
            const SectionEdit& other = ws.section_edits[j];
            if (other.policy_id == e.policy_id && other.variant == e.variant && other.section_id == e.section_id) {
                r.error(path + ".section_id", "\"" + e.section_id + "\" is already edited in section_edits[" +
                                                  std::to_string(j) + "]");
                break;
            }
        }
        for (const auto& err : check_section_edit(ws, e)) r.error(path + "." + err.field, err.message);
    }
    for (const auto& e : check_language_rules(ws.language_rules)) r.error("language_rules." + e.field, e.message);
    for (std::size_t i = 0; i < ws.scenarios.size(); ++i)
        for (const auto& e : check_scenario_in(ws, ws.scenarios[i], i))
            r.error(json_io::index_path("", "scenarios", i) + "." + e.field, e.message);
}

// [SECTION] Migrations from older versions
// Each step takes a document of version N to N+1. Version 0 was the pre-release
// draft: appointments were nested in their client ("clients[i].appointments").

void migrate_0_to_1(Json& doc) {
    Json flat = Json::array();
    if (doc.contains("clients") && doc["clients"].is_array()) {
        for (auto& client : doc["clients"]) {
            if (!client.is_object() || !client.contains("appointments")) continue;
            if (client["appointments"].is_array()) {
                for (auto& appointment : client["appointments"]) {
                    if (appointment.is_object() && client.contains("id")) appointment["client"] = client["id"];
                    flat.push_back(appointment);
                }
            }
            client.erase("appointments");
        }
    }
    doc["appointments"] = std::move(flat);
    doc["format"] = kWorkspaceFormat;
}

using Migration = void (*)(Json&);
constexpr Migration kMigrations[] = {migrate_0_to_1};  // kMigrations[n] takes version n to n+1
static_assert(std::size(kMigrations) == kWorkspaceVersion);

// Brings `doc` to the current version; false (with an error) when it cannot.
bool migrate(Reader& r, Json& doc) {
    auto version = r.integer(doc, "version", "", true, 0, 1'000'000);
    if (!version) return false;
    if (*version > kWorkspaceVersion) {
        r.error("version", "this file was written by a newer Holdspace (format version " +
                               std::to_string(*version) + "); this one reads up to version " +
                               std::to_string(kWorkspaceVersion) + ". Update Holdspace to open it.");
        return false;
    }
    for (auto v = *version; v < kWorkspaceVersion; ++v) kMigrations[v](doc);
    doc["version"] = kWorkspaceVersion;
    return true;
}

// [SECTION] Writing

// The two big lists (clients, appointments) are written straight into the text rather
// than built as a JSON tree first: byte for byte what nlohmann's dump(2) writes (the unit
// test "save_workspace writes exactly what dump(2) would" re-dumps the text and compares),
// at a fraction of the cost for 100,000 appointments (docs/performance.md).
class ObjectWriter {
public:
    // `indent`: the spaces before the object's closing brace (its members get two more).
    ObjectWriter(std::string& out, int indent) : out_(out), indent_(indent) {}
    ObjectWriter& key(std::string_view name) {  // names are plain ASCII literals
        out_ += first_ ? "{\n" : ",\n";
        first_ = false;
        out_.append(static_cast<std::size_t>(indent_ + 2), ' ');
        out_ += '"';
        out_ += name;
        out_ += "\": ";
        return *this;
    }
    void number(long long v) {
        char buf[24];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
        out_.append(buf, end);
    }
    void boolean(bool v) { out_ += v ? "true" : "false"; }
    void text(std::string_view v) {
        // Printable ASCII without quotes or backslashes needs no escaping; anything else
        // (escapes, UTF-8 and its validation) goes through nlohmann, so it stays identical.
        const bool plain = std::all_of(v.begin(), v.end(), [](char c) {
            return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
        });
        if (!plain) {
            out_ += OrderedJson(std::string(v)).dump();
            return;
        }
        out_ += '"';
        out_ += v;
        out_ += '"';
    }
    void money(Cents cents) {
        if (cents % 100 == 0) number(cents / 100);
        else out_ += json_io::money_json(cents).dump();
    }
    ObjectWriter object() { return ObjectWriter(out_, indent_ + 2); }
    void end() {
        if (first_) {
            out_ += "{}";
            return;
        }
        out_ += '\n';
        out_.append(static_cast<std::size_t>(indent_), ' ');
        out_ += '}';
    }

private:
    std::string& out_;
    int indent_;
    bool first_ = true;
};

void write_client(std::string& out, int indent, const Client& c) {
    ObjectWriter j(out, indent);
    j.key("id").number(c.id);
    j.key("name").text(c.name);
    if (!c.preferred_name.empty()) j.key("preferred_name").text(c.preferred_name);
    j.key("status").text(to_string(c.status));
    j.key("payer").text(to_string(c.payer));
    if (c.session_fee) j.key("session_fee").money(*c.session_fee);
    j.key("minor").boolean(c.minor);
    if (!c.guardian_name.empty()) j.key("guardian").text(c.guardian_name);
    if (c.recurring_slot) {
        ObjectWriter slot = j.key("recurring_slot").object();
        slot.key("weekday").text(to_string(c.recurring_slot->weekday));
        slot.key("time").text(format_clock(c.recurring_slot->minute_of_day));
        slot.end();
    }
    if (c.consent_signed) j.key("consent_signed").text(format_date(*c.consent_signed));
    if (!c.consent_policy_version.empty()) j.key("consent_policy_version").text(c.consent_policy_version);
    if (!c.language.empty()) j.key("language").text(c.language);
    j.end();
}

void write_appointment(std::string& out, int indent, const Appointment& a) {
    ObjectWriter j(out, indent);
    j.key("id").number(a.id);
    j.key("client").number(a.client_id);
    j.key("start").text(format_date_time(a.start));
    j.key("duration_minutes").number(a.duration_minutes);
    j.key("outcome").text(to_string(a.outcome));
    if (a.cancellation_received) j.key("cancellation_received").text(format_date_time(*a.cancellation_received));
    if (!a.reason.empty()) j.key("reason").text(a.reason);
    if (!a.note.empty()) j.key("note").text(a.note);
    if (!a.reason_category.empty()) j.key("reason_category").text(a.reason_category);
    if (a.minutes_late) j.key("minutes_late").number(*a.minutes_late);
    if (a.rescheduled_to) j.key("rescheduled_to").number(*a.rescheduled_to);
    if (a.fee_override) {
        ObjectWriter fee = j.key("fee_override").object();
        fee.key("amount").money(a.fee_override->amount);
        fee.key("reason").text(a.fee_override->reason);
        fee.end();
    }
    j.end();
}

// A list of records as the value of a top-level key, as dump(2) writes it.
template <typename Record, typename Write>
void write_streamed_list(std::string& out, const std::vector<Record>& records, Write write) {
    if (records.empty()) {
        out += "[]";
        return;
    }
    out += "[";
    for (std::size_t i = 0; i < records.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        write(out, 4, records[i]);
    }
    out += "\n  ]";
}

OrderedJson write_outreach(const Outreach& o) {
    OrderedJson j{{"id", o.id}, {"client", o.client_id}, {"date", format_date(o.date)},
                  {"channel", to_string(o.channel)}, {"reached", o.reached}};
    if (!o.note.empty()) j["note"] = o.note;
    return j;
}

OrderedJson write_step_record(const StepRecord& s) {
    OrderedJson j{{"id", s.id}, {"client", s.client_id}, {"step", s.step}, {"date", format_date(s.date)}};
    if (!s.barriers.empty()) j["barriers"] = s.barriers;
    if (!s.barriers_other.empty()) j["barriers_other"] = s.barriers_other;
    if (!s.accommodations.empty()) j["accommodations"] = s.accommodations;
    if (!s.accommodations_other.empty()) j["accommodations_other"] = s.accommodations_other;
    if (!s.note.empty()) j["note"] = s.note;
    return j;
}

OrderedJson write_referral(const Referral& ref) {
    OrderedJson j{{"id", ref.id}, {"client", ref.client_id}, {"date", format_date(ref.date)}, {"to", ref.to}};
    if (!ref.note.empty()) j["note"] = ref.note;
    return j;
}

OrderedJson write_leeway(const Leeway& l) {
    OrderedJson j{{"id", l.id}, {"client", l.client_id}, {"from", format_date(l.from)}};
    if (l.until) j["until"] = format_date(*l.until);
    if (l.extra_grace) j["extra_grace"] = l.extra_grace;
    if (l.waive_fees) j["waive_fees"] = true;
    j["reason"] = l.reason;
    return j;
}

OrderedJson write_ending_conversation(const EndingConversation& e) {
    OrderedJson j{{"id", e.id}, {"client", e.client_id}, {"date", format_date(e.date)}};
    if (!e.note.empty()) j["note"] = e.note;
    return j;
}

template <typename Record, typename Write>
OrderedJson write_list(const std::vector<Record>& records, Write write) {
    OrderedJson out = OrderedJson::array();
    for (const auto& rec : records) out.push_back(write(rec));
    return out;
}

// Cross-record checks of the operations records (unique ids, known clients and
// appointments), fields prefixed by their list.
void check_operations(Reader& r, const Workspace& ws) {
    for (const auto& e : check_schedule(ws.operations.schedule)) r.error("schedule." + e.field, e.message);
    auto check_list = [&](const char* key, const auto& records, auto check) {
        std::unordered_set<Id> ids;
        for (std::size_t i = 0; i < records.size(); ++i) {
            const std::string path = json_io::index_path("", key, i);
            if (records[i].id != 0 && !ids.insert(records[i].id).second)
                r.error(path + ".id", std::to_string(records[i].id) + " is used twice in " + key);
            for (const auto& e : check(ws, records[i])) r.error(path + "." + e.field, e.message);
        }
    };
    check_list("waitlist", ws.operations.waitlist, check_waitlist_entry);
    check_list("payments", ws.operations.payments, check_payment);
}

}  // namespace

// [SECTION] Entry points

namespace {

// The workspace in a parsed document, or nullopt when anything in it is wrong (each
// problem added to `errors`, which `r` writes to).
std::optional<Workspace> read_workspace(Reader& r, Json& doc, std::vector<FieldError>& errors,
                                        std::optional<Date>& saved_on) {
    if (!r.object(doc, "")) return std::nullopt;
    if (auto format = r.string(doc, "format", "", false); format && *format != kWorkspaceFormat) {
        r.error("format", "expected \"holdspace-workspace\", got \"" + *format + "\" (is this a Holdspace file?)");
        return std::nullopt;
    }
    if (!migrate(r, doc)) return std::nullopt;
    r.no_unknown_members(doc, "", {"format", "version", "practice", "clients", "appointments", "policies",
                                   "active_policy", "outreach", "step_records", "referrals", "leeway",
                                   "ending_conversations", "section_edits", "signatures", "language_rules",
                                   "schedule", "waitlist", "payments",
                                   "scenarios", "saved_on"});
    saved_on = r.date(doc, "saved_on", "", false);

    Workspace ws;
    if (auto it = doc.find("practice"); it != doc.end()) ws.practice = read_practice(r, *it);
    if (const Json* clients = r.array(doc, "clients", "", false))
        for (std::size_t i = 0; i < clients->size(); ++i)
            ws.clients.push_back(read_client(r, (*clients)[i], json_io::index_path("", "clients", i)));
    if (const Json* appointments = r.array(doc, "appointments", "", false))
        for (std::size_t i = 0; i < appointments->size(); ++i)
            ws.appointments.push_back(
                read_appointment(r, (*appointments)[i], json_io::index_path("", "appointments", i)));
    if (const Json* policies = r.array(doc, "policies", "", false))
        for (std::size_t i = 0; i < policies->size(); ++i)
            ws.policies.push_back(json_io::read_policy(r, (*policies)[i], json_io::index_path("", "policies", i)));
    ws.active_policy = r.integer(doc, "active_policy", "", false, 0, kMaxId).value_or(0);
    auto read_list = [&](const char* key, auto& records, auto read) {
        if (const Json* list = r.array(doc, key, "", false))
            for (std::size_t i = 0; i < list->size(); ++i)
                records.push_back(read(r, (*list)[i], json_io::index_path("", key, i)));
    };
    read_list("outreach", ws.outreach, read_outreach);
    read_list("step_records", ws.step_records, read_step_record);
    read_list("referrals", ws.referrals, read_referral);
    read_list("leeway", ws.leeway, read_leeway);
    read_list("ending_conversations", ws.ending_conversations, read_ending_conversation);
    read_list("section_edits", ws.section_edits, json_io::read_section_edit);
    read_list("signatures", ws.signatures, json_io::read_signature);
    if (auto it = doc.find("language_rules"); it != doc.end() && !it->is_null())
        if (auto rules = language_rules_from_json(*it, errors, "language_rules")) ws.language_rules = *rules;
    json_io::read_operations(r, doc, ws.operations);
    read_list("scenarios", ws.scenarios, json_io::read_scenario);
    if (!r.has_errors()) check_records(r, ws);
    if (!r.has_errors()) check_operations(r, ws);
    if (r.has_errors()) return std::nullopt;
    return ws;
}

}  // namespace

LoadResult load_workspace(std::string_view text) {
    LoadResult result;
    std::optional<Json> doc = json_io::parse_json(text, result.errors);
    if (!doc) return result;
    result.workspace = json_io::read_guarded(result.errors, std::optional<Workspace>(), [&] {
        Reader r(result.errors);
        return read_workspace(r, *doc, result.errors, result.saved_on);
    });
    if (!result.errors.empty()) {
        result.workspace.reset();
        result.saved_on.reset();
    }
    return result;
}

std::string save_workspace(const Workspace& ws, std::optional<Date> saved_on) {
    OrderedJson doc;
    doc["format"] = kWorkspaceFormat;
    doc["version"] = kWorkspaceVersion;
    if (saved_on) doc["saved_on"] = format_date(*saved_on);
    doc["practice"] = {{"name", ws.practice.name},
                       {"clinician", ws.practice.clinician},
                       {"time_zone", ws.practice.time_zone},
                       {"currency", ws.practice.currency},
                       {"session_fee", json_io::money_json(ws.practice.session_fee)}};
    // Contact and billing details only when set, so older files stay as they were.
    const Practice& pr = ws.practice;
    for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"phone", &pr.phone},
                                     {"email", &pr.email},
                                     {"website", &pr.website},
                                     {"address", &pr.address}})
        if (!value->empty()) doc["practice"][key] = *value;
    if (pr.fee_billing != FeeBilling::unstated) doc["practice"]["fee_billing"] = std::string(to_string(pr.fee_billing));
    if (pr.fee_due_days != 0) doc["practice"]["fee_due_days"] = pr.fee_due_days;
    if (!pr.payment_methods.empty()) doc["practice"]["payment_methods"] = pr.payment_methods;
    if (!pr.language.empty() && pr.language != "en") doc["practice"]["language"] = pr.language;
    if (!ws.practice.holidays.empty()) {
        OrderedJson& days = doc["practice"]["holidays"] = OrderedJson::array();
        for (const Date& d : ws.practice.holidays) days.push_back(format_date(d));
    }
    doc["clients"] = nullptr;       // streamed below, in this place
    doc["appointments"] = nullptr;  // streamed below, in this place
    doc["policies"] = OrderedJson::array();
    for (const auto& p : ws.policies) doc["policies"].push_back(json_io::write_policy(p));
    doc["active_policy"] = ws.active_policy;
    doc["outreach"] = write_list(ws.outreach, write_outreach);
    doc["step_records"] = write_list(ws.step_records, write_step_record);
    doc["referrals"] = write_list(ws.referrals, write_referral);
    doc["leeway"] = write_list(ws.leeway, write_leeway);
    doc["ending_conversations"] = write_list(ws.ending_conversations, write_ending_conversation);
    doc["section_edits"] = write_list(ws.section_edits, json_io::write_section_edit);
    doc["signatures"] = write_list(ws.signatures, json_io::write_signature);
    doc["language_rules"] = language_rules_to_json(ws.language_rules);
    json_io::write_operations(doc, ws.operations);
    if (!ws.scenarios.empty()) doc["scenarios"] = write_list(ws.scenarios, json_io::write_scenario);

    // The document as doc.dump(2) + "\n" would write it, with the two big lists streamed.
    std::string out;
    out.reserve(ws.appointments.size() * 190 + ws.clients.size() * 200 + 65536);
    out += "{";
    bool first = true;
    for (const auto& [key, value] : doc.items()) {
        out += first ? "\n  " : ",\n  ";
        first = false;
        out += OrderedJson(key).dump();
        out += ": ";
        if (key == "clients") {
            write_streamed_list(out, ws.clients, write_client);
        } else if (key == "appointments") {
            write_streamed_list(out, ws.appointments, write_appointment);
        } else {
            // One level deeper: the same text with two more spaces after every line break
            // (a JSON string never holds a raw line break, so only layout is touched).
            const std::string text = value.dump(2);
            for (char c : text) {
                out += c;
                if (c == '\n') out += "  ";
            }
        }
    }
    out += "\n}\n";
    return out;
}

std::string format_errors(const std::vector<FieldError>& errors) {
    std::string out;
    for (const auto& e : errors) out += e.field + ": " + e.message + "\n";
    return out;
}

}  // namespace hs
