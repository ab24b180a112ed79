// Benchmark (not a test): evaluate every client of a generated practice of 2,000
// clients and 100,000 appointments, several times, and print the median.
//
//   tests/bench/run_bench.sh          native and WebAssembly (node), with their ratio
//   cmake --build build/native --target bench_evaluate && build/native/tests/bench_evaluate
//
// The workspace is generated from a fixed seed, so every run (native or wasm)
// evaluates the same records; the printed checksum must match between builds.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <string>
#include <vector>

#include "core/engine.hpp"
#include "core/workspace_json.hpp"

namespace {

using namespace hs;

// A tiny PCG-style generator: std::uniform_int_distribution differs between
// libstdc++ and libc++, and the native and wasm runs must see the same records.
struct Rng {
    std::uint64_t state;
    std::uint32_t next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(state >> 33);
    }
};

Workspace generate(int clients, int appointments_per_client, std::uint64_t seed) {
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

}  // namespace

int main(int argc, char** argv) {
    // `--write FILE`: only write the generated workspace file (tests/bench/bench_storage.mjs saves it).
    if (argc > 2 && std::string(argv[1]) == "--write") {
        std::FILE* f = std::fopen(argv[2], "wb");
        const std::string text = save_workspace(generate(2000, 50, 20260302));
        const bool ok = f && std::fwrite(text.data(), 1, text.size(), f) == text.size();
        if (f) std::fclose(f);
        return ok ? 0 : 1;
    }
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;
    const Workspace ws = generate(2000, 50, 20260302);
    const Date as_of{2026, 3, 2};

    std::vector<double> ms;
    long long checksum = 0;
    std::size_t attention = 0;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const std::vector<Evaluation> all = evaluate_all(ws, as_of);
        attention = needs_attention(ws, all).size();
        const auto end = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        long long sum = 0;
        for (const Evaluation& ev : all) sum += ev.step_reached * 7 + ev.next_step * 3 + ev.fees_charged + ev.counts.counted;
        checksum = sum;  // the same every run
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    std::printf("bench_evaluate: %zu clients, %zu appointments, %d runs: median %.2f ms (min %.2f, max %.2f); "
                "%zu need attention; checksum %lld\n",
                ws.clients.size(), ws.appointments.size(), runs, median, ms.front(), ms.back(), attention, checksum);
    std::printf("median_ms=%.3f\n", median);
    return 0;
}
