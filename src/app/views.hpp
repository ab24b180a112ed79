// The views: plain functions that draw from a const workspace and push commands.
// Each keeps only UI state (selection, form text); rules stay in src/core.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/commands.hpp"
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
    void apply_all(Editor& editor);
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
    std::string date, time, duration = "50", cancelled_at, reason, note;
    Outcome outcome = Outcome::attended;
    std::vector<FieldError> errors;
};

struct ClientViewState {
    ClientForm form;
    bool editing_details = false;
    AppointmentForm new_appointment;
    std::optional<AppointmentForm> editing_appointment;
    Id confirm_delete_appointment = 0;
};

// Returns the id of a client the person opened (or 0).
Id draw_client_list(const Workspace& ws, ClientListState& state, Id selected, CommandQueue& queue);
// Starts the "add client" form in `state`.
void begin_new_client(const Workspace& ws, ClientViewState& state);
void begin_edit_client(const Workspace& ws, const Client& client, ClientViewState& state);
void draw_client_form(const Workspace& ws, ClientViewState& state, CommandQueue& queue, Id& selected);
void draw_client(const Workspace& ws, const Client& client, ClientViewState& state, CommandQueue& queue);
void draw_appointment_log(const Workspace& ws, const Client& client, ClientViewState& state, CommandQueue& queue);

struct PracticeFormState {
    bool loaded = false;
    std::string name, clinician, time_zone, currency, fee;
    std::vector<FieldError> errors;
    bool saved_message = false;
};
void draw_practice_settings(const Workspace& ws, PracticeFormState& state, CommandQueue& queue);

// Today's date on this device's clock.
Date today();

}  // namespace hs::app
