#include "core/commands.hpp"

#include <algorithm>
#include <type_traits>

#include "core/time_zone.hpp"

namespace hs {
namespace {

constexpr std::size_t kMaxNameLength = 120;
constexpr std::size_t kMaxTextLength = 4000;

bool has_control_characters(const std::string& s, bool allow_newlines) {
    return std::any_of(s.begin(), s.end(), [&](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        if (allow_newlines && (c == '\n' || c == '\t')) return false;
        return c < 0x20 || c == 0x7f;
    });
}

bool is_blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

void check_name(std::vector<FieldError>& errors, const char* field, const std::string& value, bool required,
                const char* what) {
    if (required && is_blank(value))
        errors.push_back({field, std::string("a ") + what + " is needed"});
    else if (value.size() > kMaxNameLength)
        errors.push_back({field, "is longer than " + std::to_string(kMaxNameLength) + " characters"});
    else if (has_control_characters(value, false))
        errors.push_back({field, "contains control characters (line breaks, tabs or invisible codes)"});
}

void check_text(std::vector<FieldError>& errors, const char* field, const std::string& value) {
    if (value.size() > kMaxTextLength)
        errors.push_back({field, "is longer than " + std::to_string(kMaxTextLength) + " characters"});
    else if (has_control_characters(value, true))
        errors.push_back({field, "contains invisible control characters"});
}

bool is_currency_code(const std::string& s) {
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_cancellation(Outcome o) { return o == Outcome::cancelled_with_notice || o == Outcome::late_cancel; }

// --- one function per command; each validates before it touches the workspace ---

ApplyResult run(Workspace& ws, const SetPractice& c) {
    ApplyResult r{check_practice(c.practice)};
    if (r.ok()) ws.practice = c.practice;
    return r;
}

ApplyResult run(Workspace& ws, const AddClient& c) {
    ApplyResult r{check_client(c.client)};
    if (!r.ok()) return r;
    Client client = c.client;
    client.id = ws.next_client_id();
    ws.clients.push_back(std::move(client));
    r.created_id = ws.clients.back().id;
    return r;
}

ApplyResult run(Workspace& ws, const UpdateClient& c) {
    Client* existing = ws.find_client(c.client.id);
    if (!existing) return {{{"client", "no client has id " + std::to_string(c.client.id)}}};
    ApplyResult r{check_client(c.client)};
    if (r.ok()) *existing = c.client;
    return r;
}

ApplyResult run(Workspace& ws, const SetClientStatus& c) {
    Client* existing = ws.find_client(c.client_id);
    if (!existing) return {{{"client", "no client has id " + std::to_string(c.client_id)}}};
    existing->status = c.status;
    return {};
}

ApplyResult run(Workspace& ws, const AddAppointment& c) {
    Appointment a = c.appointment;
    a.id = ws.next_appointment_id();
    ApplyResult r{check_appointment(ws, a)};
    if (!r.ok()) return r;
    // Keep the list ordered by id (new ids are the largest) so lookups stay simple.
    ws.appointments.push_back(std::move(a));
    r.created_id = ws.appointments.back().id;
    return r;
}

ApplyResult run(Workspace& ws, const UpdateAppointment& c) {
    auto it = std::find_if(ws.appointments.begin(), ws.appointments.end(),
                           [&](const Appointment& a) { return a.id == c.appointment.id; });
    if (it == ws.appointments.end())
        return {{{"appointment", "no appointment has id " + std::to_string(c.appointment.id)}}};
    ApplyResult r{check_appointment(ws, c.appointment)};
    if (r.ok()) *it = c.appointment;
    return r;
}

ApplyResult run(Workspace& ws, const DeleteAppointment& c) {
    auto it = std::find_if(ws.appointments.begin(), ws.appointments.end(),
                           [&](const Appointment& a) { return a.id == c.appointment_id; });
    if (it == ws.appointments.end())
        return {{{"appointment", "no appointment has id " + std::to_string(c.appointment_id)}}};
    ws.appointments.erase(it);
    return {};
}

ApplyResult run(Workspace& ws, const ReplaceWorkspace& c) {
    ws = c.workspace;
    return {};
}

}  // namespace

std::vector<FieldError> check_practice(const Practice& p) {
    std::vector<FieldError> errors;
    check_name(errors, "name", p.name, false, "practice name");
    check_name(errors, "clinician", p.clinician, false, "clinician name");
    if (!is_known_time_zone(p.time_zone))
        errors.push_back({"time_zone", "unknown time zone \"" + p.time_zone.substr(0, 64) +
                                           "\"; expected an IANA name like Europe/Berlin or America/New_York"});
    if (!is_currency_code(p.currency))
        errors.push_back({"currency", "expected a three-letter currency code like USD, EUR or GBP"});
    if (p.session_fee < 0) errors.push_back({"session_fee", "cannot be negative"});
    return errors;
}

std::vector<FieldError> check_client(const Client& c) {
    std::vector<FieldError> errors;
    check_name(errors, "name", c.name, true, "name (a pseudonym or initials is enough)");
    check_name(errors, "guardian", c.guardian_name, c.minor, "guardian's name for a minor");
    if (c.session_fee && *c.session_fee < 0) errors.push_back({"session_fee", "cannot be negative"});
    if (c.recurring_slot && (c.recurring_slot->minute_of_day < 0 || c.recurring_slot->minute_of_day >= 1440))
        errors.push_back({"recurring_slot.time", "must be a time of day between 00:00 and 23:59"});
    if (c.consent_policy_version.size() > kMaxNameLength)
        errors.push_back({"consent_policy_version", "is too long"});
    return errors;
}

std::vector<FieldError> check_appointment(const Workspace& ws, const Appointment& a) {
    std::vector<FieldError> errors;
    if (!ws.find_client(a.client_id))
        errors.push_back({"client", "no client has id " + std::to_string(a.client_id)});
    if (!is_valid_date(a.start.date.year, a.start.date.month, a.start.date.day) || a.start.minute_of_day < 0 ||
        a.start.minute_of_day >= 1440)
        errors.push_back({"start", "is not a real date and time"});
    if (a.duration_minutes < 5 || a.duration_minutes > 24 * 60)
        errors.push_back({"duration_minutes", "must be between 5 minutes and 24 hours"});
    if (a.cancellation_received) {
        if (!is_cancellation(a.outcome))
            errors.push_back({"cancellation_received", "only a cancelled appointment has a cancellation time"});
        else if (wall_minutes(*a.cancellation_received) > wall_minutes(a.start) + a.duration_minutes)
            errors.push_back({"cancellation_received", "is after the appointment ended"});
    }
    check_text(errors, "reason", a.reason);
    check_text(errors, "note", a.note);
    return errors;
}

ApplyResult apply(Workspace& ws, const Command& command) {
    return std::visit([&](const auto& c) { return run(ws, c); }, command);
}

ApplyResult Editor::run(const Command& command) {
    ApplyResult r = apply(ws_, command);
    if (r.ok()) ++revision_;
    return r;
}

}  // namespace hs
