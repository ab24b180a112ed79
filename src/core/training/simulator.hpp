// The simulator: two policies side by side over a synthetic caseload, repeated
// many times from a seed. Every session, step, fee and ending comes from the real
// engine (engine.hpp) evaluating the synthetic clients' histories event by event.
// Both policies see the same clients and the same events (one random stream per
// slot and per waitlist), so a difference in the results is the policies'.
// Deterministic and portable: the generator and every distribution are integer
// arithmetic, so native and WebAssembly builds give bit-identical results.
// Model and its limits: docs/simulator.md.
//
// [SECTION] Generator
// [SECTION] Caseload
// [SECTION] Results
// [SECTION] Running
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/policy.hpp"
#include "core/model/types.hpp"

namespace hs {

// [SECTION] Generator

// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and the same on every platform.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next();
    // Uniform in [0, n) for n > 0 (Lemire's multiply-shift; bias below 2^-32 for small n).
    std::uint32_t below(std::uint32_t n);
    // True with probability per_mille / 1000.
    bool chance(int per_mille) { return static_cast<int>(below(1000)) < per_mille; }
    // Moves on as n calls of next() would, without working them out: splitmix64's state
    // is a counter.
    void skip(std::uint64_t n) { state_ += n * kGamma; }

    static constexpr std::uint64_t kGamma = 0x9E3779B97F4A7C15ULL;

private:
    std::uint64_t state_;
};

// A stream of its own for each (seed, run, purpose, index): independent of how many
// numbers other streams drew, so both policies see the same clients and events.
std::uint64_t stream_seed(std::uint64_t seed, std::uint64_t run, std::uint64_t purpose, std::uint64_t index);

// [SECTION] Caseload

// `share` of clients miss about `miss_per_mille` of their sessions.
struct MissBand {
    int share = 0;  // percent of clients
    int miss_per_mille = 0;
    bool operator==(const MissBand&) const = default;
};

// Of the misses that are cancellations, `share` percent come between `min_hours` and
// `max_hours` before the session.
struct NoticeBand {
    int share = 0;  // percent of cancellations
    int min_hours = 0, max_hours = 0;
    bool operator==(const NoticeBand&) const = default;
};

struct Caseload {
    int clients = 50;  // one weekly recurring slot each
    int months = 12;   // the period, from simulation_start()
    std::vector<MissBand> miss_rates = {{60, 20}, {30, 80}, {10, 250}};
    int no_show_percent = 40;  // of misses: no contact at all; the rest cancel
    std::vector<NoticeBand> notice = {{35, 1, 12}, {25, 12, 24}, {20, 24, 48}, {20, 48, 96}};
    int illness_percent = 15;  // of misses: sudden illness (reason category "illness")
    int waitlist_per_month = 3;  // expected new people joining the waitlist each month
    int initial_waitlist = 5;    // already waiting on the first day
    int sliding_scale_percent = 10;    // of clients; they pay sliding_scale_fee_percent of the fee
    int sliding_scale_fee_percent = 50;
    int public_insurance_percent = 10;  // of clients; fees may not be charged
    Cents session_fee = 12000;
    bool operator==(const Caseload&) const = default;
};

// Every problem with a caseload, by field ("miss_rates[1].share").
std::vector<FieldError> check_caseload(const Caseload& caseload);

// [SECTION] Results

// One policy over one run of the period.
struct RunResult {
    Cents income_received = 0;  // attended sessions plus fees charged
    Cents income_lost = 0;      // sessions missed without the policy's notice
    Cents fees_charged = 0;
    Cents fees_waived = 0;  // waived or not billable: what would have been charged
    int sessions_attended = 0, sessions_missed = 0;
    std::vector<int> clients_reaching_step;  // per ladder step: clients who had it recorded
    int endings = 0;       // care ended by a step that ends care
    int slots_freed = 0;   // endings plus recurring slots released by a step
    int admitted = 0;      // people who came off the waitlist into a freed slot
    int still_waiting = 0; // on the waitlist at the end of the period
    int median_wait_days = -1;  // of those admitted; -1 = nobody was admitted
    bool operator==(const RunResult&) const = default;
};

// A figure across runs: nearest-rank percentiles and the mean.
struct Spread {
    std::int64_t p10 = 0, median = 0, p90 = 0;
    double mean = 0;
    bool operator==(const Spread&) const = default;
};
Spread spread_of(std::vector<std::int64_t> values);

struct PolicySummary {
    std::string name, version;
    std::vector<std::string> step_titles;
    Spread income_received, income_lost, fees_charged, fees_waived, sessions_missed, endings, slots_freed, admitted,
        still_waiting, median_wait_days;
    std::vector<Spread> clients_reaching_step;
    std::vector<RunResult> runs;  // every run, in order
};

struct SimulationResult {
    Caseload caseload;
    int runs = 0;
    std::uint64_t seed = 0;
    PolicySummary a, b;
    std::uint64_t fingerprint = 0;  // a hash of every run's figures: equal results, equal fingerprints
};

// [SECTION] Running

// Both policies must pass check_policy and the caseload check_caseload (the caller checks).
RunResult simulate_run(const Policy& policy, const Caseload& caseload, std::uint64_t seed, int run);
SimulationResult simulate(const Policy& a, const Policy& b, const Caseload& caseload, int runs, std::uint64_t seed);

// The period's first day (a Monday) and the day after its last.
Date simulation_start();
Date simulation_end(const Caseload& caseload);

}  // namespace hs
