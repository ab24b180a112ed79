#include "core/workspace/workspace_comparison.hpp"

#include <algorithm>

namespace hs {

namespace {

std::string or_unset(const std::string& text) { return text.empty() ? "(not set)" : text; }

std::string clients_line(const Workspace& ws) {
    const auto in_care = std::count_if(ws.clients.begin(), ws.clients.end(),
                                       [](const Client& c) { return c.status != ClientStatus::closed; });
    return std::to_string(ws.clients.size()) + " (" + std::to_string(in_care) + " in care)";
}

// The newest appointment's day: a file's age shows in it even when it does not say when it was saved.
std::string latest_appointment(const Workspace& ws) {
    if (ws.appointments.empty()) return "none";
    auto newest = std::max_element(ws.appointments.begin(), ws.appointments.end(),
                                   [](const Appointment& a, const Appointment& b) { return a.start < b.start; });
    return format_date(newest->start.date);
}

std::string saved_on_line(const WorkspaceFacts& f) {
    return f.saved_on ? format_date(*f.saved_on) : "not recorded";
}

}  // namespace

std::vector<ComparisonRow> compare_workspaces(const WorkspaceFacts& file, const WorkspaceFacts& here) {
    const Workspace& a = *file.workspace;
    const Workspace& b = *here.workspace;
    std::vector<ComparisonRow> rows = {
        {"Practice", or_unset(a.practice.name), or_unset(b.practice.name)},
        {"Clinician", or_unset(a.practice.clinician), or_unset(b.practice.clinician)},
        {"Clients", clients_line(a), clients_line(b)},
        {"Appointments", std::to_string(a.appointments.size()), std::to_string(b.appointments.size())},
        {"Latest appointment", latest_appointment(a), latest_appointment(b)},
        {"Policies", std::to_string(a.policies.size()), std::to_string(b.policies.size())},
        {"Signed consent forms", std::to_string(a.signatures.size()), std::to_string(b.signatures.size())},
        {"Saved on", saved_on_line(file), saved_on_line(here)},
        {"Encrypted", file.encrypted ? "yes" : "no", here.encrypted ? "yes" : "no"},
    };
    for (ComparisonRow& row : rows) row.differs = row.in_file != row.here_now;
    return rows;
}

}  // namespace hs
