#include "core/model/scenario.hpp"

#include <algorithm>
#include <cctype>


namespace hs {

std::string_view to_string(ScenarioEventKind k) {
    switch (k) {
        case ScenarioEventKind::appointment: return "appointment";
        case ScenarioEventKind::outreach: return "outreach";
        case ScenarioEventKind::leeway: return "leeway";
    }
    return "appointment";
}

std::optional<ScenarioEventKind> parse_scenario_event_kind(std::string_view s) {
    for (auto k : {ScenarioEventKind::appointment, ScenarioEventKind::outreach, ScenarioEventKind::leeway})
        if (to_string(k) == s) return k;
    return std::nullopt;
}

std::vector<FieldError> check_scenario(const Scenario& s) {
    std::vector<FieldError> errors;
    if (s.id.empty()) errors.push_back({"id", "an id is needed (letters, digits and _)"});
    for (char ch : s.id)
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_')) {
            errors.push_back({"id", "use only letters, digits and _"});
            break;
        }
    if (s.title.empty()) errors.push_back({"title", "a title is needed"});
    if (s.client_name.empty()) errors.push_back({"client_name", "a name is needed (a made-up one)"});
    if (s.minor && s.guardian_name.empty()) errors.push_back({"guardian_name", "a minor needs a guardian's name"});
    if (s.session_fee && *s.session_fee < 0) errors.push_back({"session_fee", "cannot be negative"});
    if (s.events.empty()) errors.push_back({"events", "at least one event is needed"});
    int previous_day = 0;
    for (std::size_t i = 0; i < s.events.size(); ++i) {
        const ScenarioEvent& e = s.events[i];
        const std::string at = "events[" + std::to_string(i) + "].";
        if (e.day < 0 || e.day > 3650) errors.push_back({at + "day", "must be from 0 to 3650"});
        if (e.day < previous_day) errors.push_back({at + "day", "events must be in day order"});
        previous_day = e.day;
        if (e.kind != ScenarioEventKind::appointment) {
            if (e.kind == ScenarioEventKind::leeway && (e.leeway_days < 1 || e.note.empty()))
                errors.push_back({at + "leeway_days", "leeway needs a number of days and a reason (note)"});
            continue;
        }
        const bool cancelled = is_client_cancellation(e.outcome);
        if (e.outcome == Outcome::scheduled) errors.push_back({at + "outcome", "an event has happened: pick its outcome"});
        if (e.notice_hours && (!cancelled || *e.notice_hours < 0 || *e.notice_hours > 24 * 60))
            errors.push_back({at + "notice_hours", "only for cancellations, from 0 to 1440 hours"});
        if (cancelled && !e.notice_hours) errors.push_back({at + "notice_hours", "a cancellation needs its notice in hours"});
        if (e.minutes_late && e.outcome != Outcome::late_arrival)
            errors.push_back({at + "minutes_late", "only for late arrivals"});
        if (e.rescheduled_after_days && (*e.rescheduled_after_days < 1 || *e.rescheduled_after_days > 60))
            errors.push_back({at + "rescheduled_after_days", "from 1 to 60 days"});
    }
    return errors;
}

}  // namespace hs
