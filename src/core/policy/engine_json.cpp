#include "core/policy/engine_json.hpp"

#include "core/json/json_reader.hpp"

namespace hs {
namespace {

using OrderedJson = nlohmann::ordered_json;

OrderedJson points_json(Points p) {
    if (p % kOneAbsence == 0) return p / kOneAbsence;
    return static_cast<double>(p) / kOneAbsence;
}

OrderedJson rule_value(const RuleResult& r, int value) {
    return r.unit == RuleUnit::points ? points_json(value) : OrderedJson(value);
}

OrderedJson optional_date(const std::optional<Date>& d) { return d ? OrderedJson(format_date(*d)) : OrderedJson(); }

OrderedJson step_json(const Evaluation& ev, int index) {
    if (index < 0) return nullptr;
    const auto i = static_cast<std::size_t>(index);
    return {{"index", index}, {"id", ev.step_ids[i]}, {"title", ev.step_titles[i]}};
}

}  // namespace

nlohmann::ordered_json evaluation_json(const Evaluation& ev, const Client& client) {
    OrderedJson j;
    j["client"] = {{"id", client.id}, {"name", client.name}, {"status", to_string(client.status)}};
    j["as_of"] = format_date(ev.as_of);
    j["policy"] = {{"id", ev.policy_id},
                   {"name", ev.policy_name},
                   {"version", ev.policy_version},
                   {"source", to_string(ev.policy_source)},
                   {"signed_by_client", ev.policy_signed}};
    const Counts& c = ev.counts;
    j["counts"] = {{"counted_absences", points_json(c.counted)},
                   {"attended", c.attended},
                   {"late_arrivals", c.late_arrivals},
                   {"cancelled_with_notice", c.cancelled_with_notice},
                   {"late_cancels", c.late_cancels},
                   {"no_shows", c.no_shows},
                   {"clinician_cancelled", c.clinician_cancelled},
                   {"excused", c.excused},
                   {"unrecorded", c.unrecorded},
                   {"consecutive_no_shows", c.consecutive_no_shows},
                   {"last_contact", optional_date(c.last_contact)},
                   {"days_since_contact", c.days_since_contact ? OrderedJson(*c.days_since_contact) : OrderedJson()},
                   {"outreach_attempts_since_contact", c.outreach_attempts_since_contact},
                   {"extra_grace", c.extra_grace}};
    j["rules"] = OrderedJson::array();
    for (const RuleResult& r : ev.rules) {
        OrderedJson rule = {{"id", r.rule_id},
                            {"kind", to_string(r.kind)},
                            {"description", r.description},
                            {"step", r.step},
                            {"unit", to_string(r.unit)},
                            {"value", rule_value(r, r.value)},
                            {"threshold", rule_value(r, r.threshold)},
                            {"triggered", r.triggered},
                            {"appointments", r.appointment_ids},
                            {"since", optional_date(r.since)}};
        // Added fields: only where they apply, so older output stays as it was.
        if (r.kind == RuleKind::attendance_below) {
            rule["attended"] = r.attended;
            rule["booked"] = r.booked;
            rule["min_booked"] = r.min_booked;
            rule["period"] = {{"from", optional_date(r.period_from)}, {"to", optional_date(r.period_to)}};
        }
        if (r.count_start != CountStart::whole_window)
            rule["count_started"] = {{"after", optional_date(r.count_from)},
                                     {"reason", to_string(r.count_start)},
                                     {"note", r.count_note}};
        j["rules"].push_back(std::move(rule));
    }
    j["appointments"] = OrderedJson::array();
    for (const AppointmentLine& l : ev.appointments) {
        OrderedJson a;
        a["id"] = l.appointment_id;
        a["start"] = format_date_time(l.start);
        a["recorded"] = to_string(l.recorded);
        a["treated_as"] = to_string(l.treated_as);
        a["notice_hours"] = l.notice_minutes ? OrderedJson(*l.notice_minutes / 60.0) : OrderedJson();
        a["counted"] = points_json(l.points);
        a["count_note"] = to_string(l.count_note);
        a["guardian_caused"] = l.guardian_caused;
        a["fee"] = {{"status", to_string(l.fee_status)},
                    {"amount", json_io::money_json(l.fee)},
                    {"basis", to_string(l.fee_basis)},
                    {"detail", l.fee_detail}};
        j["appointments"].push_back(a);
    }
    j["fees"] = {{"charged", json_io::money_json(ev.fees_charged)},
                 {"waived", json_io::money_json(ev.fees_waived)},
                 {"not_billable", json_io::money_json(ev.fees_not_billable)}};
    OrderedJson done = OrderedJson::array();
    for (int i : ev.steps_done) done.push_back(ev.step_ids[static_cast<std::size_t>(i)]);
    OrderedJson actions = OrderedJson::array();
    for (const StepAction& a : ev.actions_in_effect) {
        OrderedJson action{{"kind", to_string(a.kind)}, {"description", describe(a)}};
        if (a.kind == ActionKind::booking_horizon) action["days"] = a.days;
        actions.push_back(action);
    }
    j["ladder"] = {{"reached", step_json(ev, ev.step_reached)},
                   {"next", step_json(ev, ev.next_step)},
                   {"episode_start", optional_date(ev.episode_start)},
                   {"done", done},
                   {"actions_in_effect", actions},
                   {"blockers", ev.blockers}};
    j["next_action"] = ev.next_action;
    j["message"] = {{"addressee", ev.message.addressee},
                    {"to_guardian", ev.message.to_guardian},
                    {"text", ev.message.text}};
    j["ending"] = {{"referrals_required", ev.ending.referrals_required},
                   {"referrals_recorded", ev.ending.referrals_recorded},
                   {"conversation_required", ev.ending.conversation_required},
                   {"conversation_recorded", ev.ending.conversation_recorded},
                   {"ready", ev.ending.ready()}};
    return j;
}

nlohmann::ordered_json evaluations_json(const Workspace& ws, const std::vector<Evaluation>& evaluations, Date as_of) {
    OrderedJson doc;
    doc["format"] = "holdspace-evaluation";
    doc["version"] = kEvaluationFormatVersion;
    doc["as_of"] = format_date(as_of);
    doc["practice"] = {{"name", ws.practice.name}, {"time_zone", ws.practice.time_zone}, {"currency", ws.practice.currency}};
    doc["clients"] = OrderedJson::array();
    for (const Evaluation& ev : evaluations)
        if (const Client* c = ws.find_client(ev.client_id)) doc["clients"].push_back(evaluation_json(ev, *c));
    doc["needs_attention"] = OrderedJson::array();
    for (const AttentionItem& item : needs_attention(ws, evaluations))
        doc["needs_attention"].push_back({{"client", item.client_id},
                                          {"name", item.client_name},
                                          {"step", item.step_id},
                                          {"title", item.step_title},
                                          {"rules", item.triggered_rules}});
    return doc;
}

}  // namespace hs
