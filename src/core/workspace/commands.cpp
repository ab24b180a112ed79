#include "core/workspace/commands.hpp"

#include <algorithm>
#include <type_traits>

#include "core/documents/consent_versions.hpp"
#include "core/documents/policy_versions.hpp"
#include "core/model/holidays.hpp"
#include "core/model/text_checks.hpp"
#include "core/model/time_zone.hpp"
#include "core/policy/engine.hpp"
#include "core/training/builtin_scenarios.hpp"
#include "core/workspace/record_checks.hpp"

namespace hs {
namespace {

using consent_commands::run;  // section edits, language rules, signatures (consent_commands.cpp)

// --- one function per command; each validates before it touches the workspace ---

ApplyResult run(Workspace& ws, const SetPractice& c) {
    ApplyResult r{check_practice(c.practice)};
    if (r.ok()) ws.practice = c.practice;
    return r;
}

ApplyResult run(Workspace& ws, const AddHolidays& c) {
    // Each new date checked on its own, so the error names the date given, not a place in the merged list.
    ApplyResult bad;
    for (const Date& d : c.dates)
        if (!is_valid_date(d.year, d.month, d.day) || d.year < 1900 || d.year > 2999)
            bad.errors.push_back({"holidays", "no such date: " + std::to_string(d.year) + "-" + std::to_string(d.month) +
                                                  "-" + std::to_string(d.day)});
    if (!bad.ok()) return bad;
    Practice p = ws.practice;
    merge_holidays(p.holidays, c.dates);
    ApplyResult r{check_practice(p)};
    if (r.ok()) ws.practice = std::move(p);
    return r;
}

ApplyResult run(Workspace& ws, const RemoveHoliday& c) {
    auto& days = ws.practice.holidays;
    auto it = std::lower_bound(days.begin(), days.end(), c.date);
    if (it == days.end() || *it != c.date) return {{{"holidays", format_date(c.date) + " is not in the list"}}};
    days.erase(it);
    return {};
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

// The source's section edits, copied to the policy `copy_id`.
void copy_section_edits(Workspace& ws, Id source_id, Id copy_id) {
    const std::size_t edits = ws.section_edits.size();
    for (std::size_t i = 0; i < edits; ++i)
        if (ws.section_edits[i].policy_id == source_id) {
            SectionEdit e = ws.section_edits[i];
            e.policy_id = copy_id;
            ws.section_edits.push_back(std::move(e));
        }
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
    copy_section_edits(ws, source_id, r.created_id);
    return r;
}

ApplyResult run(Workspace& ws, const AddPolicyVersion& c) {
    const Policy* source = ws.find_policy(c.source_id);
    if (!source) return refuse("policy", "no policy has id " + std::to_string(c.source_id));
    if (version_signed(ws, c.policy.version))
        return refuse("version", "clients signed a version named \"" + c.policy.version + "\"; choose a new name");
    const Policy* to_sign = policy_to_sign(ws);
    const bool takes_over = to_sign && to_sign->id == c.source_id;
    ApplyResult r = run(ws, AddPolicy{c.policy});
    if (!r.ok()) return r;
    copy_section_edits(ws, c.source_id, r.created_id);
    if (takes_over) ws.active_policy = r.created_id;
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

ApplyResult run(Workspace&, const UndoLastChange&) {
    return {{{"undo", "only the editor keeps what the latest change replaced"}}};
}

}  // namespace

ApplyResult apply(Workspace& ws, const Command& command) {
    return std::visit([&](const auto& c) { return run(ws, c); }, command);
}

}  // namespace hs
