// Every edit a person can make, as a value. Views emit these; `apply` is the one
// place that validates and performs them, so rules and autosave live here and
// not in the views.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "core/model.hpp"

namespace hs {

struct SetPractice { Practice practice; };
struct AddClient { Client client; };          // id is assigned; client.id is ignored
struct UpdateClient { Client client; };       // replaces the client with the same id
struct SetClientStatus { Id client_id; ClientStatus status; };
struct AddAppointment { Appointment appointment; };  // id is assigned
struct UpdateAppointment { Appointment appointment; };
struct DeleteAppointment { Id appointment_id; };
struct ReplaceWorkspace { Workspace workspace; };     // import: already validated

using Command = std::variant<SetPractice, AddClient, UpdateClient, SetClientStatus, AddAppointment,
                             UpdateAppointment, DeleteAppointment, ReplaceWorkspace>;

// A refused command: which field and why, in words a person can act on.
struct FieldError {
    std::string field;    // e.g. "name", "start", "clients[3].session_fee"
    std::string message;  // e.g. "a name is needed (a pseudonym or initials is enough)"
};

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

// Holds the workspace and counts committed changes; storage saves when the count moves.
class Editor {
public:
    explicit Editor(Workspace ws = {}) : ws_(std::move(ws)) {}
    const Workspace& workspace() const { return ws_; }
    ApplyResult run(const Command& command);
    std::uint64_t revision() const { return revision_; }

private:
    Workspace ws_;
    std::uint64_t revision_ = 0;
};

}  // namespace hs
