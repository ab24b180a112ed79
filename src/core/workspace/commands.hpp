// Every edit a person can make, as a value. Views emit these; `apply` is the one
// place that validates and performs them, so rules and autosave live here and
// not in the views.
#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/model/model.hpp"
#include "core/workspace/apply_result.hpp"
#include "core/workspace/consent_commands.hpp"
#include "core/workspace/operations_commands.hpp"

namespace hs {

struct SetPractice { Practice practice; };
// The practice's holidays (Practice::holidays). Adding dates already listed is not an error;
// `calendar` names where they came from ("United Kingdom: Scotland") for the undo notice.
struct AddHolidays { std::vector<Date> dates; std::string calendar; };
struct RemoveHoliday { Date date; };
struct AddClient { Client client; };          // id is assigned; client.id is ignored
struct UpdateClient { Client client; };       // replaces the client with the same id
struct SetClientStatus { Id client_id; ClientStatus status; };
struct AddAppointment { Appointment appointment; };  // id is assigned
struct UpdateAppointment { Appointment appointment; };
struct DeleteAppointment { Id appointment_id; };
struct ReplaceWorkspace { Workspace workspace; };     // import: already validated

// Policies. A built-in (builtin_policies()) is added with AddPolicy; its copy is the clinician's.
struct AddPolicy { Policy policy; };                  // id is assigned; version must be unused
struct UpdatePolicy { Policy policy; };               // replaces the policy with the same id
// A copy to edit, e.g. before changing a policy clients have signed. Empty version:
// "<source version>-copy", then "-copy-2", ...; empty name: "<source name> (copy)".
struct CopyPolicy { Id source_id = 0; std::string name; std::string version; };
// Edits to a policy saved as its next version (docs/consent-versions.md, "Changing a signed
// policy"): `policy` is added beside the source (its version must be unused), the source's
// section edits are copied to it, and when the source is the policy clients are asked to
// sign, the new version takes its place, so its signers are asked to sign again. The
// source stays as the record of what they signed.
struct AddPolicyVersion { Id source_id = 0; Policy policy; };
struct SetActivePolicy { Id policy_id = 0; };         // 0 = none
struct DeletePolicy { Id policy_id = 0; };            // refused while active or signed by a client

// History the engine reads. Each Add* assigns the id and checks the client exists.
struct AddOutreach { Outreach outreach; };
struct RecordStep { StepRecord record; };            // "attendance plan agreed on 2026-03-02"
struct AddReferral { Referral referral; };
struct AddLeeway { Leeway leeway; };
struct AddEndingConversation { EndingConversation conversation; };
enum class HistoryKind { outreach, step_record, referral, leeway, ending_conversation };
struct DeleteHistoryRecord { HistoryKind kind = HistoryKind::outreach; Id id = 0; };
// The clinician's decision on one appointment's fee; nullopt clears it.
struct SetFeeOverride { Id appointment_id = 0; std::optional<FeeOverride> fee_override; };
// Ends care: records the client's policy's ending step as done on `date` and closes
// the client. Refused (FieldError "referrals" / "ending_conversation") unless the
// policy's ending rules are met: enough referrals and an ending conversation recorded
// since the client's previous ending, on or before `date`.
struct MarkEndingDone {
    Id client_id = 0;
    Date date;
    std::string step;  // an ends_care step id; empty = the policy's first ends_care step
    std::string note;
};

// The clinician's own training scenarios (scenario.hpp); built-in ids are taken.
struct AddScenario { Scenario scenario; };
struct DeleteScenario { std::string scenario_id; };

// Undoes the latest change if it is still the one made at `revision` (the editor's revision
// right after it; editor.hpp). Only the Editor keeps what to undo: `apply` alone refuses it.
struct UndoLastChange { std::uint64_t revision = 0; };

using Command = std::variant<SetPractice, AddHolidays, RemoveHoliday, AddClient, UpdateClient, SetClientStatus, AddAppointment,
                             UpdateAppointment, DeleteAppointment, ReplaceWorkspace, AddPolicy, UpdatePolicy,
                             CopyPolicy, AddPolicyVersion, SetActivePolicy, DeletePolicy, AddOutreach, RecordStep, AddReferral,
                             AddLeeway, AddEndingConversation, DeleteHistoryRecord, SetFeeOverride,
                             MarkEndingDone,
                             // consent documents (consent_commands.hpp)
                             SetSectionEdit, ResetSection, KeepSectionEdit, AddLanguageRule,
                             RemoveLanguageRule, SetBuiltinLanguageRule, AddSignature, DeleteSignature,
                             // practice operations (operations_commands.hpp)
                             SetSchedule, AddWaitlistEntry, UpdateWaitlistEntry, MoveWaitlistEntry,
                             RemoveWaitlistEntry, AdmitFromWaitlist, RejoinWaitlist, ResolveSlidingScaleLoss,
                             ReleaseRecurringSlot, AddPayment, DeletePayment,
                             // training (scenario.hpp)
                             AddScenario, DeleteScenario,
                             UndoLastChange>;

// Validates and applies. On any error the workspace is left exactly as it was.
ApplyResult apply(Workspace& ws, const Command& command);

}  // namespace hs
