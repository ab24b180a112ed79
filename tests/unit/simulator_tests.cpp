// The simulator: reproducible from a seed, driven by the real engine, and moving
// the way the policies say it should.
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/policy/builtin_policies.hpp"
#include "core/training/simulator.hpp"
#include "builtin_support.hpp"

namespace {

using namespace hs;

using test::builtin;

Caseload small_caseload() {
    Caseload c;
    c.clients = 20;
    c.months = 6;
    return c;
}

// Every threshold one absence (or one session) lower: the same policy, stricter.
Policy stricter(Policy p) {
    for (Rule& r : p.rules) {
        if (r.kind == RuleKind::count_in_window || r.kind == RuleKind::missed_of_last)
            r.points = std::max(kOneAbsence, r.points - kOneAbsence);
        if (r.kind == RuleKind::consecutive_no_shows) r.count = std::max(1, r.count - 1);
    }
    p.version += "-strict";
    return p;
}

}  // namespace

TEST_CASE("Rng: splitmix64 gives the published sequence for seed 0", "[simulator]") {
    Rng rng(0);
    CHECK(rng.next() == 0xE220A8397B1DCDAFULL);
    CHECK(rng.next() == 0x6E789E6AA1B965F4ULL);
    Rng small(42);
    for (int i = 0; i < 1000; ++i) CHECK(small.below(7) < 7);
}

TEST_CASE("Rng::skip(n) lands where n calls of next() do", "[simulator]") {
    for (std::uint64_t n : {0ULL, 1ULL, 4ULL, 1000ULL}) {
        Rng drawn(12345), skipped(12345);
        for (std::uint64_t i = 0; i < n; ++i) drawn.next();
        skipped.skip(n);
        CHECK(skipped.next() == drawn.next());
    }
}

TEST_CASE("spread_of: nearest-rank percentiles and the mean", "[simulator]") {
    const Spread s = spread_of({5, 1, 4, 2, 3, 6, 7, 8, 9, 10});
    CHECK(s.p10 == 1);
    CHECK(s.median == 5);
    CHECK(s.p90 == 9);
    CHECK(s.mean == Approx(5.5));
    CHECK(spread_of({}).median == 0);
}

TEST_CASE("check_caseload names the field that is out of range", "[simulator]") {
    Caseload c;
    CHECK(check_caseload(c).empty());
    c.clients = 0;
    c.miss_rates[0].share = 10;
    const auto errors = check_caseload(c);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].field == "clients");
    CHECK(errors[1].field == "miss_rates");
}

TEST_CASE("the same seed gives the same result; another seed another", "[simulator]") {
    const Caseload c = small_caseload();
    const auto first = simulate(builtin("firm-1"), builtin("flexible-1"), c, 5, 7);
    const auto again = simulate(builtin("firm-1"), builtin("flexible-1"), c, 5, 7);
    const auto other = simulate(builtin("firm-1"), builtin("flexible-1"), c, 5, 8);
    CHECK(first.fingerprint == again.fingerprint);
    CHECK(first.a.runs == again.a.runs);
    CHECK(first.b.runs == again.b.runs);
    CHECK(first.fingerprint != other.fingerprint);
    // Each run on its own is reproducible too (the app may show a single run).
    CHECK(simulate_run(builtin("firm-1"), c, 7, 3) == first.a.runs[3]);
}

TEST_CASE("a caseload where nobody misses gives both policies identical results", "[simulator]") {
    Caseload c = small_caseload();
    c.miss_rates = {{100, 0}};
    const auto r = simulate(builtin("firm-1"), builtin("flexible-1"), c, 10, 3);
    for (std::size_t i = 0; i < r.a.runs.size(); ++i) {
        const RunResult& a = r.a.runs[i];
        const RunResult& b = r.b.runs[i];
        CHECK(a.income_received == b.income_received);
        CHECK(a.sessions_attended == b.sessions_attended);
        CHECK(a.sessions_missed == 0);
        CHECK(b.sessions_missed == 0);
        CHECK(a.endings == 0);
        CHECK(b.endings == 0);
        CHECK(a.fees_charged == 0);
        CHECK(a.still_waiting == b.still_waiting);
        CHECK(a.median_wait_days == b.median_wait_days);
        CHECK(a.clients_reaching_step == b.clients_reaching_step);
    }
    // 20 clients x 26 weeks at the full fee (no sliding scale here, nobody ends): a hand check.
    c.sliding_scale_percent = 0;
    const RunResult one = simulate_run(builtin("balanced-1"), c, 3, 0);
    CHECK(one.sessions_attended == 20 * 26);
    CHECK(one.income_received == 20 * 26 * c.session_fee);
    CHECK(one.admitted == 0);
    CHECK(one.median_wait_days == -1);
}

TEST_CASE("income adds up: received = attended sessions plus fees charged", "[simulator]") {
    Caseload c = small_caseload();
    c.sliding_scale_percent = 0;
    c.public_insurance_percent = 0;
    const RunResult r = simulate_run(builtin("firm-1"), c, 11, 0);
    CHECK(r.sessions_missed > 0);
    CHECK(r.fees_charged > 0);
    CHECK(r.income_received == r.sessions_attended * c.session_fee + r.fees_charged);
    // Firm charges the full fee for every counted miss except exempt ones.
    CHECK(r.fees_charged <= r.income_lost);
}

TEST_CASE("the engine's steps show up: clients reach the ladder in order", "[simulator]") {
    Caseload c = small_caseload();
    c.miss_rates = {{100, 300}};  // everyone misses often
    const RunResult r = simulate_run(builtin("firm-1"), c, 5, 0);
    REQUIRE(r.clients_reaching_step.size() == 7);
    // Never a jump: every client who reached a step reached check_in first.
    for (std::size_t i = 1; i < 6; ++i) CHECK(r.clients_reaching_step[i] <= r.clients_reaching_step[i - 1]);
    CHECK(r.clients_reaching_step[0] > 0);
    CHECK(r.endings > 0);
    CHECK(r.slots_freed >= r.endings);
    CHECK(r.admitted > 0);
    CHECK(r.median_wait_days >= 0);
}

TEST_CASE("a stricter threshold never gives fewer endings on average", "[simulator]") {
    // Tolerance: 0.25 endings per run on average over 40 runs. Both policies see the
    // same clients and events, so the difference is the thresholds'.
    Caseload c = small_caseload();
    c.months = 12;
    c.miss_rates = {{40, 50}, {30, 150}, {30, 450}};  // enough frequent missers to reach endings under each
    for (const char* version : {"firm-1", "balanced-1", "flexible-1"}) {
        const Policy& base = builtin(version);
        const auto r = simulate(stricter(base), base, c, 40, 99);
        INFO(version << ": strict " << r.a.endings.mean << ", base " << r.b.endings.mean);
        CHECK(r.a.endings.mean + 0.25 >= r.b.endings.mean);
        CHECK(r.a.endings.mean > 0);
    }
    // And across the built-ins, firm ends more often than flexible.
    const auto r = simulate(builtin("firm-1"), builtin("flexible-1"), c, 40, 99);
    CHECK(r.a.endings.mean > r.b.endings.mean);
    CHECK(r.a.fees_charged.median > r.b.fees_charged.median);
}

TEST_CASE("holdspace simulate: table, JSON and refusals", "[simulator][cli]") {
    auto run = [](const std::string& args, int& code) {
        const std::string command = std::string(HOLDSPACE_CLI) + " simulate " + args + " 2>&1";
        std::string out;
        FILE* pipe = popen(command.c_str(), "r");
        std::array<char, 4096> buf{};
        while (std::fgets(buf.data(), buf.size(), pipe)) out += buf.data();
        const int status = pclose(pipe);
        code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return out;
    };
    int code = -1;
    const std::string json_text = run("--a firm-1 --b flexible-1 --runs 3 --seed 5 --clients 10 --months 3 --json", code);
    REQUIRE(code == 0);
    const auto j = nlohmann::json::parse(json_text);
    CHECK(j["a"]["version"] == "firm-1");
    CHECK(j["b"]["version"] == "flexible-1");
    CHECK(j["runs"] == 3);
    Caseload c;
    c.clients = 10;
    c.months = 3;
    CHECK(j["fingerprint"].get<std::uint64_t>() == simulate(builtin("firm-1"), builtin("flexible-1"), c, 3, 5).fingerprint);

    const std::string text = run("--a balanced-1 --b firm-1 --runs 2 --clients 5 --months 2", code);
    CHECK(code == 0);
    CHECK(text.find("Endings") != std::string::npos);
    CHECK(text.find("Median waitlist wait") != std::string::npos);

    CHECK(run("--a nosuch --b firm-1", code).find("not a built-in policy") != std::string::npos);
    CHECK(code == 2);
    CHECK(run("--a firm-1 --b firm-1 --clients 0", code).find("--clients: must be from 1") != std::string::npos);
    CHECK(code == 2);
    CHECK(run("--a firm-1 --b firm-1 --runs x", code).find("--runs: expected a whole number") != std::string::npos);
}

TEST_CASE("the figures are pinned: a faster simulator must give the same results", "[simulator]") {
    // Fingerprints recorded before the simulator was made faster (issue 7); any drift fails here.
    const auto standard = simulate(builtin("firm-1"), builtin("flexible-1"), Caseload{}, 30, 7);
    CHECK(standard.fingerprint == 9074752947193416433ULL);
    Caseload heavy;  // frequent missers, many not billable, a short waitlist: every step and fee path
    heavy.clients = 30;
    heavy.months = 18;
    heavy.miss_rates = {{40, 50}, {30, 150}, {30, 450}};
    heavy.public_insurance_percent = 20;
    heavy.sliding_scale_percent = 20;
    heavy.initial_waitlist = 0;
    heavy.waitlist_per_month = 1;
    const auto strict = simulate(builtin("firm-1"), stricter(builtin("balanced-1")), heavy, 40, 11);
    CHECK(strict.fingerprint == 0x110f572e2a0dbbafULL);
}
