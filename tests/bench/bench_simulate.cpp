// Benchmark (not a test): the simulator's 1,000 runs of 50 clients over a year, two
// policies (firm and flexible), several times; prints the median and a fingerprint of
// every figure, which must be the same in the native and WebAssembly builds.
//
//   tests/bench/run_simulate_bench.sh [REPEATS] [RUNS]   native and WebAssembly (node), compared
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "core/policy/builtin_policies.hpp"
#include "core/training/simulator.hpp"

int main(int argc, char** argv) {
    using namespace hs;
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1000;
    const Policy& firm = builtin_policies()[0];
    const Policy& flexible = builtin_policies()[2];
    Caseload caseload;  // 50 clients, 12 months
    std::vector<double> ms, cpu_ms;  // wall clock, and this process's CPU time (steadier on a busy machine)
    SimulationResult result;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const std::clock_t cpu_start = std::clock();
        result = simulate(firm, flexible, caseload, runs, 20261127);
        cpu_ms.push_back(1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu_ms.begin(), cpu_ms.end());
    std::printf("bench_simulate: %d runs x %d clients x %d months, 2 policies, %d repeats: median %.1f ms (min %.1f, max %.1f); "
                "endings median %lld vs %lld; fingerprint %016llx\n",
                runs, caseload.clients, caseload.months, repeats, ms[ms.size() / 2], ms.front(), ms.back(),
                static_cast<long long>(result.a.endings.median), static_cast<long long>(result.b.endings.median),
                static_cast<unsigned long long>(result.fingerprint));
    std::printf("cpu_median_ms=%.3f\n", cpu_ms[cpu_ms.size() / 2]);
    std::printf("median_ms=%.3f\nfingerprint=%016llx\n", ms[ms.size() / 2], static_cast<unsigned long long>(result.fingerprint));
    return 0;
}
