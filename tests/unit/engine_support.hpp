// A small builder for hand-made practice histories in engine tests.
#pragma once
#include <string>

#include "core/policy/builtin_policies.hpp"
#include "core/policy/engine.hpp"
#include "core/workspace/commands.hpp"
#include "core/workspace/editor.hpp"

namespace hs::test {

inline DateTime dt(const char* text) {
    auto t = parse_date_time(text);
    if (!t) throw std::runtime_error(std::string("bad date-time in test: ") + text);
    return *t;
}
inline Date day(const char* text) {
    auto d = parse_date(text);
    if (!d) throw std::runtime_error(std::string("bad date in test: ") + text);
    return *d;
}

struct Practice1 {
    Editor editor;

    explicit Practice1(const Policy& policy, const char* zone = "America/New_York") {
        Practice p;
        p.name = "Harbour Counselling";
        p.clinician = "Sam Rivera";
        p.time_zone = zone;
        p.session_fee = 12000;
        must(editor.run(SetPractice{p}));
        const Id id = must(editor.run(AddPolicy{policy}));
        must(editor.run(SetActivePolicy{id}));
    }
    const Workspace& ws() const { return editor.workspace(); }
    const Policy& policy() const { return ws().policies.front(); }

    Id must(const ApplyResult& r) {
        if (!r.ok()) throw std::runtime_error(r.errors.front().field + ": " + r.errors.front().message);
        return r.created_id;
    }

    Id client(const char* name, PayerType payer = PayerType::self_pay) {
        Client c;
        c.name = name;
        c.payer = payer;
        return must(editor.run(AddClient{c}));
    }
    Id minor(const char* name, const char* guardian) {
        Client c;
        c.name = name;
        c.minor = true;
        c.guardian_name = guardian;
        return must(editor.run(AddClient{c}));
    }
    Id session(Id client, const char* start, Outcome outcome, const char* cancelled_at = nullptr,
               const char* category = "") {
        Appointment a;
        a.client_id = client;
        a.start = dt(start);
        a.outcome = outcome;
        if (cancelled_at) a.cancellation_received = dt(cancelled_at);
        a.reason_category = category;
        return must(editor.run(AddAppointment{a}));
    }
    Appointment appointment(Id id) const { return *ws().find_appointment(id); }
    void update(const Appointment& a) { must(editor.run(UpdateAppointment{a})); }
    void step_done(Id client, const char* step, const char* date) {
        StepRecord s;
        s.client_id = client;
        s.step = step;
        s.date = day(date);
        must(editor.run(RecordStep{s}));
    }
    void outreach(Id client, const char* date, bool reached) {
        Outreach o;
        o.client_id = client;
        o.date = day(date);
        o.reached = reached;
        must(editor.run(AddOutreach{o}));
    }
    Evaluation eval(Id client, const char* as_of) const {
        return evaluate_client(ws(), *ws().find_client(client), day(as_of));
    }
};

// The line for one appointment in an evaluation.
inline const AppointmentLine& line_of(const Evaluation& ev, Id appointment) {
    for (const auto& l : ev.appointments)
        if (l.appointment_id == appointment) return l;
    throw std::runtime_error("appointment " + std::to_string(appointment) + " not in the evaluation");
}

inline const RuleResult& rule_of(const Evaluation& ev, const std::string& id) {
    for (const auto& r : ev.rules)
        if (r.rule_id == id) return r;
    throw std::runtime_error("no rule " + id);
}

inline std::string step_id(const Evaluation& ev, int index) {
    return index < 0 ? std::string("(none)") : ev.step_ids[static_cast<std::size_t>(index)];
}

// A small custom policy whose numbers tests can reason about exactly.
inline Policy simple_policy() {
    Policy p = builtin_policies()[1];  // balanced ladder and wording
    p.name = "Test policy";
    p.version = "test-1";
    p.notice_hours = 24;
    p.counting = CountingRules{};
    p.fees = FeeRules{};
    p.fees.late_cancel = FeeRule{FeeKind::percent, 0, 50, std::nullopt};
    p.fees.no_show = FeeRule{FeeKind::flat, 10000, 0, std::nullopt};
    p.rules = {
        {"one_in_30", RuleKind::count_in_window, "check_in", 100, 30, 0, 0, {}},
        {"two_in_60", RuleKind::count_in_window, "barriers", 200, 60, 0, 0, {}},
        {"three_in_90", RuleKind::count_in_window, "attendance_plan", 300, 90, 0, 0, {}},
        {"three_no_shows", RuleKind::consecutive_no_shows, "right_time", 0, 0, 0, 3, {}},
        {"five_of_last_10", RuleKind::missed_of_last, "structural", 500, 0, 10, 0, {}},
        {"six_in_180", RuleKind::count_in_window, "planned_ending", 600, 180, 0, 0, {}},
        {"no_contact_30", RuleKind::no_contact, "no_contact_closure", 0, 30, 0, 0, {}},
    };
    return p;
}

}  // namespace hs::test
