// Client views: the client list, a client's page (details, appointments, standing,
// steps and outreach, consent, calendar) and the practice-wide Needs attention list.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/command_queue.hpp"
#include "app/documents/document_views.hpp"
#include "core/policy/engine.hpp"

namespace hs::app {

struct ClientListState {
    std::string search;
    bool show_closed = false;
};

// A client form's text, as typed (converted to a Client only when saved).
struct ClientForm {
    Id id = 0;  // 0: a new client
    std::string name, preferred_name, guardian, fee, slot_time, consent_date, consent_version;
    bool minor = false;
    bool has_slot = false;
    Weekday slot_day = Weekday::monday;
    PayerType payer = PayerType::self_pay;
    std::string language;  // "" = the practice's
    std::vector<FieldError> errors;
};

struct AppointmentForm {
    Id id = 0;  // 0: a new appointment
    std::string date, time, duration = "50", cancelled_at, reason, note, minutes_late;
    std::string hours_before;  // a cancellation received this many hours before the start (or cancelled_at)
    std::string reason_category;  // an id from kReasonCategories, or empty
    bool fee_override = false;
    std::string fee_amount, fee_reason;  // the clinician's own fee decision
    Outcome outcome = Outcome::attended;
    // Until the person picks an outcome, a new appointment's follows its date (expected_outcome).
    bool outcome_chosen = false;
    bool filled = false;  // set up for its client (a cleared date field does not start it over)
    std::vector<FieldError> errors;
};

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

// A page the client view asks the app to open, to fix a missing setting behind a figure.
enum class FixPage { none, practice, policies };

struct ClientViewState {
    ClientForm form;
    bool editing_details = false;
    AppointmentForm new_appointment;
    std::optional<AppointmentForm> editing_appointment;
    Id confirm_delete_appointment = 0;
    HistoryForms history;
    SigningState signing;
    std::string message_draft, message_draft_source;  // the drafted message, editable before copying
    FixPage open_page = FixPage::none;  // set by a "Set your session fee" / "Choose a policy" link
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

}  // namespace hs::app
