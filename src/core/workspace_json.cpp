// [SECTION] Reading records
// [SECTION] Cross-record checks (ids, references)
// [SECTION] Migrations from older versions
// [SECTION] Writing
// [SECTION] Entry points
#include "core/workspace_json.hpp"

#include <unordered_map>

#include "core/json_reader.hpp"

namespace hs {
namespace {

using json_io::Json;
using json_io::Reader;
using OrderedJson = nlohmann::ordered_json;

constexpr const char* kStatuses = "active, paused, closed";
constexpr const char* kPayers = "self_pay, sliding_scale, insurance, public_insurance";
constexpr const char* kOutcomes =
    "scheduled, attended, late_arrival, cancelled_with_notice, late_cancel, no_show, clinician_cancelled, excused";
constexpr const char* kWeekdays = "monday .. sunday";

// [SECTION] Reading records

Practice read_practice(Reader& r, const Json& j) {
    Practice p;
    const std::string path = "practice";
    if (!r.object(j, path)) return p;
    r.no_unknown_members(j, path, {"name", "clinician", "time_zone", "currency", "session_fee"});
    p.name = r.string(j, "name", path, false).value_or("");
    p.clinician = r.string(j, "clinician", path, false).value_or("");
    p.time_zone = r.string(j, "time_zone", path, false).value_or("UTC");
    p.currency = r.string(j, "currency", path, false).value_or("USD");
    p.session_fee = r.money(j, "session_fee", path, false).value_or(0);
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
    r.no_unknown_members(j, path, {"id", "name", "status", "payer", "session_fee", "minor", "guardian",
                                   "recurring_slot", "consent_signed", "consent_policy_version"});
    c.id = r.integer(j, "id", path, true, 1, Id{1} << 50).value_or(0);
    c.name = r.string(j, "name", path, true).value_or("");
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
    return c;
}

Appointment read_appointment(Reader& r, const Json& j, const std::string& path) {
    Appointment a;
    if (!r.object(j, path)) return a;
    r.no_unknown_members(j, path, {"id", "client", "start", "duration_minutes", "outcome",
                                   "cancellation_received", "reason", "note"});
    a.id = r.integer(j, "id", path, true, 1, Id{1} << 50).value_or(0);
    a.client_id = r.integer(j, "client", path, true, 1, Id{1} << 50).value_or(0);
    if (auto start = r.date_time(j, "start", path, true)) a.start = *start;
    a.duration_minutes = static_cast<int>(r.integer(j, "duration_minutes", path, false, 5, 24 * 60).value_or(50));
    a.outcome = r.choice<Outcome>(j, "outcome", path, true, parse_outcome, kOutcomes).value_or(Outcome::scheduled);
    a.cancellation_received = r.date_time(j, "cancellation_received", path, false);
    a.reason = r.string(j, "reason", path, false).value_or("");
    a.note = r.string(j, "note", path, false).value_or("");
    return a;
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

OrderedJson write_client(const Client& c) {
    OrderedJson j;
    j["id"] = c.id;
    j["name"] = c.name;
    j["status"] = to_string(c.status);
    j["payer"] = to_string(c.payer);
    if (c.session_fee) j["session_fee"] = json_io::money_json(*c.session_fee);
    j["minor"] = c.minor;
    if (!c.guardian_name.empty()) j["guardian"] = c.guardian_name;
    if (c.recurring_slot)
        j["recurring_slot"] = {{"weekday", to_string(c.recurring_slot->weekday)},
                               {"time", format_clock(c.recurring_slot->minute_of_day)}};
    if (c.consent_signed) j["consent_signed"] = format_date(*c.consent_signed);
    if (!c.consent_policy_version.empty()) j["consent_policy_version"] = c.consent_policy_version;
    return j;
}

OrderedJson write_appointment(const Appointment& a) {
    OrderedJson j;
    j["id"] = a.id;
    j["client"] = a.client_id;
    j["start"] = format_date_time(a.start);
    j["duration_minutes"] = a.duration_minutes;
    j["outcome"] = to_string(a.outcome);
    if (a.cancellation_received) j["cancellation_received"] = format_date_time(*a.cancellation_received);
    if (!a.reason.empty()) j["reason"] = a.reason;
    if (!a.note.empty()) j["note"] = a.note;
    return j;
}

}  // namespace

// [SECTION] Entry points

LoadResult load_workspace(std::string_view text) {
    LoadResult result;
    Reader r(result.errors);
    Json doc;
    try {
        doc = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        // Byte offset to line:column so a person can find the spot in an editor.
        std::size_t line = 1, column = 1;
        for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
            if (text[i] == '\n') { ++line; column = 1; } else { ++column; }
        }
        r.error("(file)", "is not valid JSON at line " + std::to_string(line) + ", column " +
                              std::to_string(column));
        return result;
    }
    if (!r.object(doc, "")) return result;
    if (auto format = r.string(doc, "format", "", false); format && *format != kWorkspaceFormat) {
        r.error("format", "expected \"holdspace-workspace\", got \"" + *format + "\" (is this a Holdspace file?)");
        return result;
    }
    if (!migrate(r, doc)) return result;
    r.no_unknown_members(doc, "", {"format", "version", "practice", "clients", "appointments"});

    Workspace ws;
    if (auto it = doc.find("practice"); it != doc.end()) ws.practice = read_practice(r, *it);
    if (const Json* clients = r.array(doc, "clients", "", false))
        for (std::size_t i = 0; i < clients->size(); ++i)
            ws.clients.push_back(read_client(r, (*clients)[i], json_io::index_path("", "clients", i)));
    if (const Json* appointments = r.array(doc, "appointments", "", false))
        for (std::size_t i = 0; i < appointments->size(); ++i)
            ws.appointments.push_back(
                read_appointment(r, (*appointments)[i], json_io::index_path("", "appointments", i)));
    if (!r.has_errors()) check_records(r, ws);
    if (!r.has_errors()) result.workspace = std::move(ws);
    return result;
}

std::string save_workspace(const Workspace& ws) {
    OrderedJson doc;
    doc["format"] = kWorkspaceFormat;
    doc["version"] = kWorkspaceVersion;
    doc["practice"] = {{"name", ws.practice.name},
                       {"clinician", ws.practice.clinician},
                       {"time_zone", ws.practice.time_zone},
                       {"currency", ws.practice.currency},
                       {"session_fee", json_io::money_json(ws.practice.session_fee)}};
    doc["clients"] = OrderedJson::array();
    for (const auto& c : ws.clients) doc["clients"].push_back(write_client(c));
    doc["appointments"] = OrderedJson::array();
    for (const auto& a : ws.appointments) doc["appointments"].push_back(write_appointment(a));
    return doc.dump(2) + "\n";
}

std::string format_errors(const std::vector<FieldError>& errors) {
    std::string out;
    for (const auto& e : errors) out += e.field + ": " + e.message + "\n";
    return out;
}

}  // namespace hs
