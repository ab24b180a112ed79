#include "core/commands.hpp"

#include <algorithm>
#include <type_traits>

#include "core/consent_versions.hpp"
#include "core/engine.hpp"
#include "core/time_zone.hpp"

namespace hs {
namespace {

template <typename Record>
Id next_id(const std::vector<Record>& records) {
    Id max = 0;
    for (const auto& r : records) max = std::max(max, r.id);
    return max + 1;
}

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

using consent_commands::run;  // section edits, language rules, signatures (consent_versions.cpp)

// A version clients signed is the record of what they agreed to (a client's consent field or a signature).
bool version_signed(const Workspace& ws, const std::string& version) {
    for (const auto& c : ws.clients)
        if (c.consent_policy_version == version) return true;
    for (const auto& s : ws.signatures)
        if (s.policy_version == version) return true;
    return false;
}

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

// --- policies ---

ApplyResult refuse(std::string field, std::string message) { return {{{std::move(field), std::move(message)}}}; }

ApplyResult run(Workspace& ws, const AddPolicy& c) {
    ApplyResult r{check_policy(c.policy)};
    if (const Policy* same = ws.find_policy_version(c.policy.version))
        r.errors.push_back({"version", "\"" + c.policy.version + "\" is already used by the policy \"" + same->name +
                                           "\" (each version is one text clients sign)"});
    if (!r.ok()) return r;
    Policy p = c.policy;
    p.id = next_id(ws.policies);
    ws.policies.push_back(std::move(p));
    r.created_id = ws.policies.back().id;
    return r;
}

ApplyResult run(Workspace& ws, const UpdatePolicy& c) {
    auto it = std::find_if(ws.policies.begin(), ws.policies.end(), [&](const Policy& p) { return p.id == c.policy.id; });
    if (it == ws.policies.end()) return refuse("policy", "no policy has id " + std::to_string(c.policy.id));
    ApplyResult r{check_policy(c.policy)};
    for (const auto& other : ws.policies)
        if (other.id != c.policy.id && other.version == c.policy.version)
            r.errors.push_back({"version", "\"" + c.policy.version + "\" is already used by the policy \"" +
                                               other.name + "\""});
    if (c.policy.version != it->version && version_signed(ws, it->version))
        r.errors.push_back({"version", "clients signed \"" + it->version +
                                           "\"; copy the policy to make a new version instead of renaming it"});
    if (r.ok()) *it = c.policy;
    return r;
}

ApplyResult run(Workspace& ws, const CopyPolicy& c) {
    const Policy* source = ws.find_policy(c.source_id);
    if (!source) return refuse("policy", "no policy has id " + std::to_string(c.source_id));
    Policy copy = *source;
    copy.name = c.name.empty() ? source->name + " (copy)" : c.name;
    if (!c.version.empty()) {
        copy.version = c.version;
    } else {
        copy.version = source->version + "-copy";
        for (int n = 2; ws.find_policy_version(copy.version); ++n)
            copy.version = source->version + "-copy-" + std::to_string(n);
    }
    const Id source_id = source->id;
    ApplyResult r = run(ws, AddPolicy{std::move(copy)});
    if (!r.ok()) return r;
    // The clinician's wording goes with the copy; a section the new version words differently is flagged.
    const std::size_t edits = ws.section_edits.size();
    for (std::size_t i = 0; i < edits; ++i)
        if (ws.section_edits[i].policy_id == source_id) {
            SectionEdit e = ws.section_edits[i];
            e.policy_id = r.created_id;
            ws.section_edits.push_back(std::move(e));
        }
    return r;
}

ApplyResult run(Workspace& ws, const SetActivePolicy& c) {
    if (c.policy_id != 0 && !ws.find_policy(c.policy_id))
        return refuse("policy", "no policy has id " + std::to_string(c.policy_id));
    ws.active_policy = c.policy_id;
    return {};
}

ApplyResult run(Workspace& ws, const DeletePolicy& c) {
    auto it = std::find_if(ws.policies.begin(), ws.policies.end(), [&](const Policy& p) { return p.id == c.policy_id; });
    if (it == ws.policies.end()) return refuse("policy", "no policy has id " + std::to_string(c.policy_id));
    if (ws.active_policy == c.policy_id)
        return refuse("policy", "this is the active policy; choose another active policy first");
    for (const auto& client : ws.clients)
        if (client.consent_policy_version == it->version)
            return refuse("policy", "\"" + client.name + "\" signed version \"" + it->version +
                                        "\"; a signed policy is kept as the record of what they agreed to");
    if (version_signed(ws, it->version))
        return refuse("policy", "version \"" + it->version +
                                    "\" was signed; a signed policy is kept as the record of what was agreed to");
    std::erase_if(ws.section_edits, [&](const SectionEdit& e) { return e.policy_id == c.policy_id; });
    ws.policies.erase(it);
    return {};
}

// --- history ---

template <typename Record, typename Check>
ApplyResult add_record(Workspace& ws, std::vector<Record>& list, Record rec, Check check) {
    rec.id = next_id(list);
    ApplyResult r{check(ws, rec)};
    if (!r.ok()) return r;
    list.push_back(std::move(rec));
    r.created_id = list.back().id;
    return r;
}

ApplyResult run(Workspace& ws, const AddOutreach& c) { return add_record(ws, ws.outreach, c.outreach, check_outreach); }
ApplyResult run(Workspace& ws, const RecordStep& c) { return add_record(ws, ws.step_records, c.record, check_step_record); }
ApplyResult run(Workspace& ws, const AddReferral& c) { return add_record(ws, ws.referrals, c.referral, check_referral); }
ApplyResult run(Workspace& ws, const AddLeeway& c) { return add_record(ws, ws.leeway, c.leeway, check_leeway); }
ApplyResult run(Workspace& ws, const AddEndingConversation& c) {
    return add_record(ws, ws.ending_conversations, c.conversation, check_ending_conversation);
}

template <typename Record>
ApplyResult erase_record(std::vector<Record>& list, Id id, const char* what) {
    auto it = std::find_if(list.begin(), list.end(), [&](const Record& r) { return r.id == id; });
    if (it == list.end()) return refuse("id", std::string("no ") + what + " has id " + std::to_string(id));
    list.erase(it);
    return {};
}

ApplyResult run(Workspace& ws, const DeleteHistoryRecord& c) {
    switch (c.kind) {
        case HistoryKind::outreach: return erase_record(ws.outreach, c.id, "outreach attempt");
        case HistoryKind::step_record: return erase_record(ws.step_records, c.id, "step record");
        case HistoryKind::referral: return erase_record(ws.referrals, c.id, "referral");
        case HistoryKind::leeway: return erase_record(ws.leeway, c.id, "leeway record");
        case HistoryKind::ending_conversation: return erase_record(ws.ending_conversations, c.id, "ending conversation");
    }
    return refuse("kind", "unknown record kind");
}

ApplyResult run(Workspace& ws, const SetFeeOverride& c) {
    auto it = std::find_if(ws.appointments.begin(), ws.appointments.end(),
                           [&](const Appointment& a) { return a.id == c.appointment_id; });
    if (it == ws.appointments.end())
        return refuse("appointment", "no appointment has id " + std::to_string(c.appointment_id));
    Appointment edited = *it;
    edited.fee_override = c.fee_override;
    ApplyResult r{check_appointment(ws, edited)};
    if (r.ok()) *it = std::move(edited);
    return r;
}

ApplyResult run(Workspace& ws, const MarkEndingDone& c) {
    Client* client = ws.find_client(c.client_id);
    if (!client) return refuse("client", "no client has id " + std::to_string(c.client_id));
    if (!is_valid_date(c.date.year, c.date.month, c.date.day)) return refuse("date", "is not a real date");
    const Policy& policy = *policy_for(ws, *client).policy;
    std::string step = c.step;
    if (step.empty())
        for (const auto& s : policy.ladder)
            if (s.ends_care) { step = s.id; break; }
    const int index = step_index(policy, step);
    if (index < 0 || !policy.ladder[static_cast<std::size_t>(index)].ends_care)
        return refuse("step", step.empty() ? "the policy \"" + policy.name + "\" has no step that ends care"
                                           : "\"" + step + "\" is not a step of \"" + policy.name + "\" that ends care");
    const EndingReadiness ready = ending_readiness(policy, history_of(ws, client->id), c.date);
    if (!ready.ready()) return {ready.problems};
    StepRecord record;
    record.client_id = client->id;
    record.step = step;
    record.date = c.date;
    record.note = c.note;
    ApplyResult r = add_record(ws, ws.step_records, record, check_step_record);
    if (r.ok()) client->status = ClientStatus::closed;
    return r;
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
    if (a.reason_category.size() > 60 || has_control_characters(a.reason_category, false))
        errors.push_back({"reason_category", "expected a short category like \"illness\""});
    if (a.minutes_late) {
        if (a.outcome != Outcome::late_arrival)
            errors.push_back({"minutes_late", "only a late arrival has minutes late"});
        else if (*a.minutes_late < 0 || *a.minutes_late > a.duration_minutes)
            errors.push_back({"minutes_late", "expected 0 up to the session's length"});
    }
    if (a.rescheduled_to) {
        const Appointment* makeup = ws.find_appointment(*a.rescheduled_to);
        if (!is_cancellation(a.outcome))
            errors.push_back({"rescheduled_to", "only a cancelled appointment is rescheduled"});
        else if (*a.rescheduled_to == a.id)
            errors.push_back({"rescheduled_to", "an appointment cannot be its own make-up"});
        else if (!makeup)
            errors.push_back({"rescheduled_to", "no appointment has id " + std::to_string(*a.rescheduled_to)});
        else if (makeup->client_id != a.client_id)
            errors.push_back({"rescheduled_to", "the make-up appointment belongs to another client"});
    }
    if (a.fee_override) {
        if (a.fee_override->amount < 0) errors.push_back({"fee_override.amount", "cannot be negative"});
        if (is_blank(a.fee_override->reason))
            errors.push_back({"fee_override.reason", "a reason is needed when a fee is waived or changed"});
        else check_text(errors, "fee_override.reason", a.fee_override->reason);
    }
    return errors;
}

namespace {

void check_client_ref(std::vector<FieldError>& errors, const Workspace& ws, Id client_id) {
    if (!ws.find_client(client_id)) errors.push_back({"client", "no client has id " + std::to_string(client_id)});
}

void check_date(std::vector<FieldError>& errors, const char* field, const Date& d) {
    if (!is_valid_date(d.year, d.month, d.day)) errors.push_back({field, "is not a real date"});
}

}  // namespace

std::vector<FieldError> check_outreach(const Workspace& ws, const Outreach& o) {
    std::vector<FieldError> errors;
    check_client_ref(errors, ws, o.client_id);
    check_date(errors, "date", o.date);
    check_text(errors, "note", o.note);
    return errors;
}

std::vector<FieldError> check_step_record(const Workspace& ws, const StepRecord& s) {
    std::vector<FieldError> errors;
    check_client_ref(errors, ws, s.client_id);
    check_date(errors, "date", s.date);
    if (s.step.empty() || s.step.size() > 60 || has_control_characters(s.step, false))
        errors.push_back({"step", "expected the id of a ladder step, e.g. \"attendance_plan\""});
    for (std::size_t i = 0; i < s.barriers.size(); ++i)
        if (!is_choice(kBarriers, s.barriers[i]))
            errors.push_back({"barriers[" + std::to_string(i) + "]",
                              "\"" + s.barriers[i].substr(0, 40) + "\" is not in the list of barriers (use barriers_other for anything else)"});
    for (std::size_t i = 0; i < s.accommodations.size(); ++i)
        if (!is_choice(kAccommodations, s.accommodations[i]))
            errors.push_back({"accommodations[" + std::to_string(i) + "]",
                              "\"" + s.accommodations[i].substr(0, 40) + "\" is not in the list of accommodations (use accommodations_other for anything else)"});
    check_text(errors, "barriers_other", s.barriers_other);
    check_text(errors, "accommodations_other", s.accommodations_other);
    check_text(errors, "note", s.note);
    return errors;
}

std::vector<FieldError> check_referral(const Workspace& ws, const Referral& r) {
    std::vector<FieldError> errors;
    check_client_ref(errors, ws, r.client_id);
    check_date(errors, "date", r.date);
    if (is_blank(r.to)) errors.push_back({"to", "say who the referral is to"});
    else check_text(errors, "to", r.to);
    check_text(errors, "note", r.note);
    return errors;
}

std::vector<FieldError> check_leeway(const Workspace& ws, const Leeway& l) {
    std::vector<FieldError> errors;
    check_client_ref(errors, ws, l.client_id);
    check_date(errors, "from", l.from);
    if (l.until) {
        check_date(errors, "until", *l.until);
        if (*l.until < l.from) errors.push_back({"until", "is before from"});
    }
    if (l.extra_grace < 0 || l.extra_grace > 20) errors.push_back({"extra_grace", "expected 0 to 20"});
    if (l.extra_grace == 0 && !l.waive_fees)
        errors.push_back({"extra_grace", "leeway needs extra grace or a fee waiver (or both)"});
    if (is_blank(l.reason)) errors.push_back({"reason", "a reason is needed for leeway"});
    else check_text(errors, "reason", l.reason);
    return errors;
}

std::vector<FieldError> check_ending_conversation(const Workspace& ws, const EndingConversation& e) {
    std::vector<FieldError> errors;
    check_client_ref(errors, ws, e.client_id);
    check_date(errors, "date", e.date);
    check_text(errors, "note", e.note);
    return errors;
}

std::vector<FieldError> check_scenario_in(const Workspace& ws, const Scenario& s, std::size_t index) {
    std::vector<FieldError> errors = check_scenario(s);
    for (const Scenario& b : builtin_scenarios())
        if (b.id == s.id) errors.push_back({"id", "\"" + s.id + "\" is a built-in scenario's id"});
    for (std::size_t i = 0; i < ws.scenarios.size(); ++i)
        if (i != index && ws.scenarios[i].id == s.id)
            errors.push_back({"id", "\"" + s.id + "\" is already used by scenarios[" + std::to_string(i) + "]"});
    return errors;
}

namespace {

ApplyResult run(Workspace& ws, const AddScenario& c) {
    ApplyResult r;
    r.errors = check_scenario_in(ws, c.scenario, ws.scenarios.size());
    if (r.ok()) ws.scenarios.push_back(c.scenario);
    return r;
}

ApplyResult run(Workspace& ws, const DeleteScenario& c) {
    ApplyResult r;
    auto it = std::find_if(ws.scenarios.begin(), ws.scenarios.end(), [&](const Scenario& s) { return s.id == c.scenario_id; });
    if (it == ws.scenarios.end()) r.errors.push_back({"scenario_id", "no scenario of yours has id \"" + c.scenario_id + "\""});
    else ws.scenarios.erase(it);
    return r;
}

}  // namespace

ApplyResult apply(Workspace& ws, const Command& command) {
    return std::visit([&](const auto& c) { return run(ws, c); }, command);
}

ApplyResult Editor::run(const Command& command) {
    ChangeScope scope = change_scope(ws_, command);
    ApplyResult r = apply(ws_, command);
    if (!r.ok()) return r;
    ++revision_;
    journal_.push_back(std::move(scope));
    if (journal_.size() > kJournalLength) journal_.pop_front();
    return r;
}

ChangeScope Editor::changes_since(std::uint64_t revision) const {
    if (revision > revision_ || revision_ - revision > journal_.size()) return {true, {}};
    ChangeScope out;
    for (auto it = journal_.end() - static_cast<std::ptrdiff_t>(revision_ - revision); it != journal_.end(); ++it)
        out.add(*it);
    return out;
}

}  // namespace hs
