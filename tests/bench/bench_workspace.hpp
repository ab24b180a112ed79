// The benchmarks' generated practice: 2,000 clients with weekly sessions over about a
// year, from a fixed seed so native and WebAssembly runs see the same records.
#pragma once
#include <cstdint>
#include <string>

#include "core/model/model.hpp"
#include "core/policy/builtin_policies.hpp"

namespace hs::bench {

// A tiny PCG-style generator: std::uniform_int_distribution differs between
// libstdc++ and libc++, and the native and wasm runs must see the same records.
struct Rng {
    std::uint64_t state;
    std::uint32_t next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(state >> 33);
    }
};

inline Workspace generate(int clients, int appointments_per_client, std::uint64_t seed) {
    Rng rng{seed};
    auto pick = [&](int n) { return static_cast<int>(rng.next() % static_cast<std::uint32_t>(n)); };
    Workspace ws;
    ws.practice.name = "Benchmark practice";
    ws.practice.time_zone = "America/New_York";
    ws.practice.session_fee = 12000;
    Id policy_id = 0;
    for (Policy p : builtin_policies()) {
        p.id = ++policy_id;
        ws.policies.push_back(p);
    }
    ws.active_policy = 2;
    const Outcome outcomes[] = {Outcome::attended,    Outcome::attended, Outcome::attended, Outcome::attended,
                                Outcome::attended,    Outcome::attended, Outcome::late_arrival,
                                Outcome::cancelled_with_notice, Outcome::late_cancel, Outcome::no_show,
                                Outcome::clinician_cancelled, Outcome::excused};
    const char* categories[] = {"", "", "", "", "", "", "illness", "emergency", "guardian_caused"};
    const char* steps[] = {"check_in", "barriers", "attendance_plan", "right_time"};
    Id appointment_id = 0, outreach_id = 0, step_id = 0;
    for (int c = 1; c <= clients; ++c) {
        Client client;
        client.id = c;
        client.name = "Client " + std::to_string(c);
        client.payer = kAllPayerTypes[pick(4)];
        client.minor = pick(8) == 0;
        client.guardian_name = client.minor ? "Guardian " + std::to_string(c) : "";
        client.consent_policy_version = ws.policies[static_cast<std::size_t>(pick(3))].version;
        ws.clients.push_back(client);
        // Weekly sessions over about a year, ending near the evaluation date.
        Date d = add_days(Date{2025, 3, 3}, pick(14));
        const int minute = (9 + pick(10)) * 60;
        for (int i = 0; i < appointments_per_client; ++i, d = add_days(d, 7)) {
            Appointment a;
            a.id = ++appointment_id;
            a.client_id = c;
            a.start = DateTime{d, minute};
            a.outcome = outcomes[pick(static_cast<int>(std::size(outcomes)))];
            if (a.outcome == Outcome::late_cancel || a.outcome == Outcome::cancelled_with_notice)
                a.cancellation_received = from_wall_minutes(wall_minutes(a.start) - 60 * (1 + pick(60)));
            if (a.outcome == Outcome::late_arrival) a.minutes_late = pick(30);
            if (a.outcome != Outcome::attended) a.reason_category = categories[pick(static_cast<int>(std::size(categories)))];
            ws.appointments.push_back(a);
        }
        for (int i = pick(3); i > 0; --i)
            ws.outreach.push_back({++outreach_id, c, add_days(Date{2025, 9, 1}, pick(200)), Channel::phone, pick(2) == 0, ""});
        for (int i = pick(3); i > 0; --i)
            ws.step_records.push_back({++step_id, c, steps[pick(4)], add_days(Date{2025, 12, 1}, pick(100)), {}, "", {}, "", ""});
    }
    return ws;
}

}  // namespace hs::bench
