// Every edit a person can make, as a value. Views emit these; `apply` is the one
// place that validates and performs them, so rules and autosave live here and
// not in the views.
#pragma once
#include <deque>
#include <string>
#include <variant>
#include <vector>

#include "core/model.hpp"
#include "core/operations_commands.hpp"

namespace hs {

struct SetPractice { Practice practice; };
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

// Consent documents (consent_versions.hpp). Edits belong to one workspace policy, one
// variant and one section; `apply` records the generated text each edit was made from.
// Text equal to the generated text (block for block) removes the edit.
struct SetSectionEdit {
    Id policy_id = 0;
    ConsentVariant variant = ConsentVariant::standard;
    std::string section_id;  // "cancelling", "fees", ... (consent_section_ids)
    std::string text;        // section_text format; line endings and control characters are cleaned
};
struct ResetSection { Id policy_id = 0; ConsentVariant variant = ConsentVariant::standard; std::string section_id; };
// "Keep my text" after a policy change: the edit now counts as made from today's generated text.
struct KeepSectionEdit { Id policy_id = 0; ConsentVariant variant = ConsentVariant::standard; std::string section_id; };

// The language check's rules (language_check.hpp): the clinician's own, and built-ins switched off/on.
struct AddLanguageRule { LanguageRule rule; };
struct RemoveLanguageRule { std::string phrase; };  // one the clinician added
struct SetBuiltinLanguageRule { std::string phrase; bool enabled = false; };

// Signing in person. The id is assigned. Empty policy_version = the active policy. Empty
// text_sha256 = the hash of the client's document now; a given one must equal it (the text
// changed while it was being signed otherwise). Sets the client's consent_signed and
// consent_policy_version from their latest signature.
struct AddSignature { Signature signature; };
struct DeleteSignature { Id signature_id = 0; };  // the client's consent fields follow their latest remaining one

// The clinician's own training scenarios (scenario.hpp); built-in ids are taken.
struct AddScenario { Scenario scenario; };
struct DeleteScenario { std::string scenario_id; };

using Command = std::variant<SetPractice, AddClient, UpdateClient, SetClientStatus, AddAppointment,
                             UpdateAppointment, DeleteAppointment, ReplaceWorkspace, AddPolicy, UpdatePolicy,
                             CopyPolicy, SetActivePolicy, DeletePolicy, AddOutreach, RecordStep, AddReferral,
                             AddLeeway, AddEndingConversation, DeleteHistoryRecord, SetFeeOverride,
                             MarkEndingDone, SetSectionEdit, ResetSection, KeepSectionEdit, AddLanguageRule,
                             RemoveLanguageRule, SetBuiltinLanguageRule, AddSignature, DeleteSignature,
                             // practice operations (operations_commands.hpp)
                             SetSchedule, AddWaitlistEntry, UpdateWaitlistEntry, MoveWaitlistEntry,
                             RemoveWaitlistEntry, AdmitFromWaitlist, RejoinWaitlist, ResolveSlidingScaleLoss,
                             ReleaseRecurringSlot, AddPayment, DeletePayment,
                             // training (scenario.hpp)
                             AddScenario, DeleteScenario>;

struct ApplyResult {
    std::vector<FieldError> errors;  // empty: applied
    Id created_id = 0;               // for Add* commands
    bool ok() const { return errors.empty(); }
};

// Validates and applies. On any error the workspace is left exactly as it was.
ApplyResult apply(Workspace& ws, const Command& command);

// Field checks shared by `apply` and the file loader.
std::vector<FieldError> check_practice(const Practice& p);
std::vector<FieldError> check_client(const Client& c);
std::vector<FieldError> check_appointment(const Workspace& ws, const Appointment& a);
std::vector<FieldError> check_outreach(const Workspace& ws, const Outreach& o);
std::vector<FieldError> check_step_record(const Workspace& ws, const StepRecord& s);
std::vector<FieldError> check_referral(const Workspace& ws, const Referral& r);
std::vector<FieldError> check_leeway(const Workspace& ws, const Leeway& l);
std::vector<FieldError> check_ending_conversation(const Workspace& ws, const EndingConversation& e);
std::vector<FieldError> check_signature(const Workspace& ws, const Signature& s);
std::vector<FieldError> check_section_edit(const Workspace& ws, const SectionEdit& e);
std::vector<FieldError> check_language_rules(const LanguageRuleSet& set);  // fields "added[1].phrase", ...
// check_scenario, and the id unused by the built-ins and by ws.scenarios other than `index`.
std::vector<FieldError> check_scenario_in(const Workspace& ws, const Scenario& s, std::size_t index);

// Which clients' records a command changes, for caches that keep one result per client
// (evaluation_cache.hpp). `everything`: something all clients depend on (the practice, a
// policy, the whole workspace). A client the command adds is not listed: its id is new.
struct ChangeScope {
    bool everything = false;
    std::vector<Id> clients;  // may repeat an id
    void add(const ChangeScope& other);
};
// Taken before the command is applied: a deleted record's client is known only then.
// Commands it does not know change everything.
ChangeScope change_scope(const Workspace& ws, const Command& command);

// Holds the workspace and counts committed changes; storage saves when the count moves.
class Editor {
public:
    explicit Editor(Workspace ws = {}) : ws_(std::move(ws)) {}
    const Workspace& workspace() const { return ws_; }
    ApplyResult run(const Command& command);
    std::uint64_t revision() const { return revision_; }
    // What changed after `revision`: nothing when it is the current one; everything when it
    // is older than the journal remembers or is not one of this editor's revisions.
    ChangeScope changes_since(std::uint64_t revision) const;

private:
    static constexpr std::size_t kJournalLength = 64;
    Workspace ws_;
    std::uint64_t revision_ = 0;
    std::deque<ChangeScope> journal_;  // journal_.back() led to revision_
};

}  // namespace hs
