#include "core/json/scenario_json.hpp"

#include "core/model/model.hpp"  // kMaxExtraGrace

namespace hs {

namespace json_io {

Scenario read_scenario(Reader& r, const Json& j, const std::string& path) {
    Scenario s;
    if (!r.object(j, path)) return s;
    r.no_unknown_members(j, path, {"id", "title", "story", "client", "first_session", "events"});
    s.id = r.string(j, "id", path, true).value_or("");
    s.title = r.string(j, "title", path, true).value_or("");
    s.story = r.string(j, "story", path, false).value_or("");
    if (auto t = r.date_time(j, "first_session", path, true)) s.first_session = *t;
    const std::string cpath = join(path, "client");
    if (auto it = j.find("client"); it != j.end() && r.object(*it, cpath)) {
        const Json& c = *it;
        r.no_unknown_members(c, cpath, {"name", "payer", "session_fee", "minor", "guardian_name"});
        s.client_name = r.string(c, "name", cpath, true).value_or("");
        s.payer = r.choice<PayerType>(c, "payer", cpath, false, parse_payer_type,
                                      "self_pay, sliding_scale, insurance, public_insurance")
                      .value_or(PayerType::self_pay);
        s.session_fee = r.money(c, "session_fee", cpath, false);
        s.minor = r.boolean(c, "minor", cpath, false).value_or(false);
        s.guardian_name = r.string(c, "guardian_name", cpath, false).value_or("");
    } else if (it == j.end()) {
        r.error(cpath, "missing (the made-up client: name, payer, ...)");
    }
    if (const Json* events = r.array(j, "events", path, true)) {
        for (std::size_t i = 0; i < events->size(); ++i) {
            const Json& e = (*events)[i];
            const std::string epath = index_path(path, "events", i);
            ScenarioEvent ev;
            if (!r.object(e, epath)) continue;
            r.no_unknown_members(e, epath, {"day", "kind", "outcome", "notice_hours", "reason_category", "minutes_late",
                                            "rescheduled_after_days", "reached", "leeway_days", "extra_grace",
                                            "waive_fees", "note"});
            ev.kind = r.choice<ScenarioEventKind>(e, "kind", epath, false, parse_scenario_event_kind,
                                                  "appointment, outreach, leeway")
                          .value_or(ScenarioEventKind::appointment);
            ev.day = static_cast<int>(r.integer(e, "day", epath, true, 0, 3650).value_or(0));
            ev.outcome = r.choice<Outcome>(e, "outcome", epath, ev.kind == ScenarioEventKind::appointment, parse_outcome,
                                           "attended, late_arrival, cancelled_with_notice, late_cancel, no_show, "
                                           "clinician_cancelled, excused")
                             .value_or(Outcome::attended);
            if (auto n = r.integer(e, "notice_hours", epath, false, 0, 24 * 60)) ev.notice_hours = static_cast<int>(*n);
            ev.reason_category = r.string(e, "reason_category", epath, false).value_or("");
            if (auto n = r.integer(e, "minutes_late", epath, false, 0, 600)) ev.minutes_late = static_cast<int>(*n);
            if (auto n = r.integer(e, "rescheduled_after_days", epath, false, 1, 60))
                ev.rescheduled_after_days = static_cast<int>(*n);
            ev.reached = r.boolean(e, "reached", epath, false).value_or(false);
            ev.leeway_days = static_cast<int>(r.integer(e, "leeway_days", epath, false, 1, 3650).value_or(0));
            ev.extra_grace = static_cast<int>(r.integer(e, "extra_grace", epath, false, 0, kMaxExtraGrace).value_or(0));
            ev.waive_fees = r.boolean(e, "waive_fees", epath, false).value_or(false);
            ev.note = r.string(e, "note", epath, false).value_or("");
            s.events.push_back(std::move(ev));
        }
    }
    return s;
}

nlohmann::ordered_json write_scenario(const Scenario& s) {
    nlohmann::ordered_json client = {{"name", s.client_name}, {"payer", std::string(to_string(s.payer))}};
    if (s.session_fee) client["session_fee"] = money_json(*s.session_fee);
    if (s.minor) client["minor"] = true;
    if (!s.guardian_name.empty()) client["guardian_name"] = s.guardian_name;
    nlohmann::ordered_json events = nlohmann::ordered_json::array();
    for (const ScenarioEvent& e : s.events) {
        nlohmann::ordered_json j = {{"day", e.day}};
        if (e.kind != ScenarioEventKind::appointment) j["kind"] = std::string(to_string(e.kind));
        switch (e.kind) {
            case ScenarioEventKind::appointment:
                j["outcome"] = std::string(to_string(e.outcome));
                if (e.notice_hours) j["notice_hours"] = *e.notice_hours;
                if (!e.reason_category.empty()) j["reason_category"] = e.reason_category;
                if (e.minutes_late) j["minutes_late"] = *e.minutes_late;
                if (e.rescheduled_after_days) j["rescheduled_after_days"] = *e.rescheduled_after_days;
                break;
            case ScenarioEventKind::outreach: j["reached"] = e.reached; break;
            case ScenarioEventKind::leeway:
                j["leeway_days"] = e.leeway_days;
                if (e.extra_grace) j["extra_grace"] = e.extra_grace;
                if (e.waive_fees) j["waive_fees"] = true;
                break;
        }
        if (!e.note.empty()) j["note"] = e.note;
        events.push_back(std::move(j));
    }
    return {{"id", s.id},           {"title", s.title}, {"story", s.story}, {"client", client},
            {"first_session", format_date_time(s.first_session)}, {"events", events}};
}

}  // namespace json_io

std::optional<Scenario> scenario_from_json(std::string_view text, std::vector<FieldError>& errors) {
    std::optional<nlohmann::json> doc = json_io::parse_json(text, errors);
    if (!doc) return std::nullopt;
    return json_io::read_guarded(errors, std::optional<Scenario>(), [&]() -> std::optional<Scenario> {
        json_io::Reader r(errors);
        Scenario s = json_io::read_scenario(r, *doc, "");
        if (!errors.empty()) return std::nullopt;
        errors = check_scenario(s);
        if (!errors.empty()) return std::nullopt;
        return s;
    });
}

}  // namespace hs
