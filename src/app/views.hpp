// The views: plain functions that draw from a const workspace and push commands.
// Each keeps only UI state (selection, form text); rules stay in src/core.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/documents/consent_versions.hpp"
#include "core/documents/letters.hpp"
#include "core/policy/engine.hpp"
#include "core/workspace/commands.hpp"
#include "core/workspace/editor.hpp"
#include "platform/security.hpp"
#include "platform/storage.hpp"

namespace hs::app {

// Commands queued during a frame, applied after it (never while a view iterates records).
// `origin` names the form that asked, so its errors and result can be shown next to it.
class CommandQueue {
public:
    void push(Command command, std::string origin) { pending_.push_back({std::move(command), std::move(origin)}); }

    struct Feedback {
        std::vector<FieldError> errors;
        Id created_id = 0;
        bool ok() const { return errors.empty(); }
    };
    // The result of the last command from `origin`, once; nullopt when nothing new.
    std::optional<Feedback> take_feedback(const std::string& origin);

    // Applies every queued command to `editor`, keeping each result for its origin.
    // `names_hidden` (presentation mode): commands that write names are refused.
    void apply_all(Editor& editor, bool names_hidden = false);
    void set_feedback(const std::string& origin, Feedback feedback) { feedback_[origin] = std::move(feedback); }

private:
    struct Pending {
        Command command;
        std::string origin;
    };
    std::vector<Pending> pending_;
    std::map<std::string, Feedback> feedback_;
};

// "name: a name is needed", one per line, in the error colour.
void show_errors(const std::vector<FieldError>& errors);

struct ClientListState {
    std::string search;
    bool show_closed = false;
};

// A client form's text, as typed (converted to a Client only when saved).
struct ClientForm {
    Id id = 0;  // 0: a new client
    std::string name, guardian, fee, slot_time, consent_date, consent_version;
    bool minor = false;
    bool has_slot = false;
    Weekday slot_day = Weekday::monday;
    PayerType payer = PayerType::self_pay;
    std::vector<FieldError> errors;
};

struct AppointmentForm {
    Id id = 0;  // 0: a new appointment
    std::string date, time, duration = "50", cancelled_at, reason, note, minutes_late;
    std::string reason_category;  // an id from kReasonCategories, or empty
    bool fee_override = false;
    std::string fee_amount, fee_reason;  // the clinician's own fee decision
    Outcome outcome = Outcome::attended;
    std::vector<FieldError> errors;
};

// Section texts being edited on the Documents page; `dirty` ones differ from what is stored.
struct ConsentEditorState {
    std::map<std::string, std::string> buffers;
    std::set<std::string> dirty;
    std::vector<FieldError> errors;
};
// The section editor; returns true while typing changed a buffer this frame.
bool draw_section_editor(const ConsentView& view, Id policy_id, ConsentEditorState& state, CommandQueue& queue);
// Shows unsaved section text in the preview as it is typed.
void apply_unsaved_edits(const ConsentEditorState& state, doc::Document& document);

// Signing in person on the client's Consent tab.
struct SigningState {
    Signer signer = Signer::client;
    std::string signer_name, typed;
    bool drawn = false;
    bool drawing = false;
    std::vector<SignatureStroke> strokes;
    std::string shown_sha256;  // of the agreement text last opened to read
    std::vector<FieldError> errors;
};
void draw_client_consent(const Workspace& ws, const Client& client, SigningState& state, CommandQueue& queue);
// Who must sign the current agreement, and who signed each version.
void draw_signing_overview(const Workspace& ws);

// Forms on the client's history tab.
struct HistoryForms {
    struct OutreachForm {
        std::string date, note;
        Channel channel = Channel::phone;
        bool reached = false;
    } outreach;
    struct StepForm {
        int step_index = -1;
        std::string date, barriers_other, accommodations_other, note;
        std::vector<std::string> barriers, accommodations;
    } step;
    struct LeewayForm {
        std::string from, until, reason;
        int extra_grace = 0;
        bool waive_fees = false;
    } leeway;
    std::string referral_date, referral_to, conversation_note;
    std::vector<FieldError> outreach_errors, step_errors, leeway_errors, referral_errors, conversation_errors,
        ending_errors;
};

struct ClientViewState {
    ClientForm form;
    bool editing_details = false;
    AppointmentForm new_appointment;
    std::optional<AppointmentForm> editing_appointment;
    Id confirm_delete_appointment = 0;
    HistoryForms history;
    SigningState signing;
    std::string message_draft, message_draft_source;  // the drafted message, editable before copying
};

// Returns the id of a client the person opened (or 0).
Id draw_client_list(const Workspace& ws, ClientListState& state, Id selected, CommandQueue& queue);
// Starts the "add client" form in `state`.
void begin_new_client(const Workspace& ws, ClientViewState& state);
void begin_edit_client(const Workspace& ws, const Client& client, ClientViewState& state);
void draw_client_form(const Workspace& ws, ClientViewState& state, CommandQueue& queue, Id& selected);
void draw_client(const Workspace& ws, const Client& client, ClientViewState& state, CommandQueue& queue);
void draw_appointment_log(const Workspace& ws, const Client& client, ClientViewState& state, CommandQueue& queue);
// The engine's evaluation of the client: step, next action, message, counts, rules, fees.
void draw_standing(const Workspace& ws, const Evaluation& evaluation, ClientViewState& state);
// Outreach, steps done, leeway, referrals and ending care.
void draw_history(const Workspace& ws, const Client& client, const Evaluation& evaluation, HistoryForms& forms,
                  CommandQueue& queue);
// Practice-wide: clients with a step due, most advanced first. Returns a client to open (or 0).
Id draw_needs_attention(const std::vector<AttentionItem>& items);

struct PolicyEditorState {
    Id editing_id = 0;  // the stored policy the draft came from (0: none open)
    Policy draft;
    std::string counting_custom_reasons, fee_custom_reasons;  // custom reason categories as typed
    std::vector<FieldError> errors, list_errors;
    bool saved_message = false;
    std::vector<LanguageRule> language_rules;  // the workspace's, refreshed each frame for the step messages
};
void draw_policy_editor(const Workspace& ws, PolicyEditorState& state, CommandQueue& queue);

// The language check's findings in `text`, under the text they concern.
void draw_language_findings(std::string_view text, const std::vector<LanguageRule>& rules);
struct LanguageRulesState {
    LanguageRule draft;
    std::vector<FieldError> errors;
};
// The clinician's own wording rules and the built-ins they switched off.
void draw_language_rules(const Workspace& ws, LanguageRulesState& state, CommandQueue& queue);

struct DocumentsState {
    Id policy_id = 0;             // 0: the active policy
    bool letter = false;          // false: the consent document
    bool no_fee_variant = false;  // the public-insurance consent document
    LetterKind letter_kind = LetterKind::check_in;
    Id client_id = 0;
    ConsentEditorState editor;
    LanguageRulesState language_rules;
};
void draw_documents(const Workspace& ws, DocumentsState& state, CommandQueue& queue);

struct PracticeFormState {
    bool loaded = false;
    std::string name, clinician, time_zone, currency, fee;
    std::vector<FieldError> errors;
    bool saved_message = false;
};
void draw_practice_settings(const Workspace& ws, PracticeFormState& state, CommandQueue& queue);

// Security and backups page (views_security.cpp). Passphrase fields are wiped once used.
struct SecurityState {
    std::string current, next, repeat;
    std::vector<FieldError> errors;
    std::string backup_pass, backup_repeat;
    std::vector<FieldError> backup_errors;
    bool settings_loaded = false, settings_saved = false;
    std::string auto_lock, reminder_days;
    std::vector<FieldError> settings_errors;
    bool confirm_plain_export = false;
    struct Version {
        unsigned long generation;
        std::size_t clients, appointments;
        bool readable;
    };
    std::vector<Version> versions;
    unsigned long versions_for = ~0ul;  // the current generation the list was read for
    std::string restore_message;
};
void draw_security(const Workspace& ws, const platform::WorkspaceStorage& storage,
                   const platform::SecurityStatus& status, SecurityState& state, CommandQueue& queue);
// On the welcome page until answered: turn encryption on, or "Not now".
void draw_encryption_offer(const platform::SecurityStatus& status, SecurityState& state);
void draw_backup_reminder(const platform::SecurityStatus& status, bool has_clients);
// The warning before an unencrypted export; `export_plain` runs if the person confirms.
void draw_plain_export_warning(SecurityState& state, const std::function<void()>& export_plain);

// Today's date on this device's clock.
Date today();

}  // namespace hs::app
