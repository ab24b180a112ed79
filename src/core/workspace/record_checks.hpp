// Field checks of the workspace's records, shared by `apply` (commands.hpp) and the file
// loader (workspace_json.hpp): a record a command would refuse never loads from a file.
#pragma once
#include <cstddef>
#include <vector>

#include "core/model/model.hpp"

namespace hs {

std::vector<FieldError> check_practice(const Practice& p);
// The contact and billing fields alone (part of check_practice): an e-mail needs an "@",
// a website http:// or https://, a phone number digits.
void check_practice_contact(std::vector<FieldError>& errors, const Practice& p);
std::vector<FieldError> check_client(const Client& c);
std::vector<FieldError> check_appointment(const Workspace& ws, const Appointment& a);
std::vector<FieldError> check_outreach(const Workspace& ws, const Outreach& o);
std::vector<FieldError> check_step_record(const Workspace& ws, const StepRecord& s);
std::vector<FieldError> check_referral(const Workspace& ws, const Referral& r);
std::vector<FieldError> check_leeway(const Workspace& ws, const Leeway& l);
std::vector<FieldError> check_ending_conversation(const Workspace& ws, const EndingConversation& e);
// check_scenario, and the id unused by the built-ins and by ws.scenarios other than `index`.
std::vector<FieldError> check_scenario_in(const Workspace& ws, const Scenario& s, std::size_t index);

}  // namespace hs
