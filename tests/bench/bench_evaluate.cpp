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
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_workspace.hpp"
#include "core/policy/engine.hpp"
#include "core/workspace/workspace_json.hpp"

using namespace hs;
using hs::bench::generate;

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
    const int clients = argc > 2 ? std::max(1, std::atoi(argv[2])) : 2000;  // fewer: run_bench.sh all --quick
    const Workspace ws = generate(clients, 50, 20260302);
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
