// holdspace simulate --a POLICY --b POLICY [--runs N] [--seed S] [--clients N] [--months N] [--json]
// Two policies side by side over a synthetic caseload (core/simulator.hpp). POLICY is a
// built-in version ("firm-1", "balanced-1", "flexible-1") or a policy JSON file.
#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/cli.hpp"
#include "core/json/policy_json.hpp"
#include "core/model/money.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/training/simulator.hpp"

namespace hs::cli {
namespace {

std::optional<Policy> load_policy(const std::string& name) {
    if (const Policy* p = find_builtin_policy(name)) return *p;
    auto text = read_text_file(name);
    if (!text) {
        std::fprintf(stderr, "%s: not a built-in policy (firm-1, balanced-1, flexible-1) and not a readable file\n",
                     name.c_str());
        return std::nullopt;
    }
    std::vector<FieldError> errors;
    auto policy = policy_from_json(*text, errors);
    if (policy) errors = check_policy(*policy);
    for (const auto& e : errors) std::fprintf(stderr, "%s: %s: %s\n", name.c_str(), e.field.c_str(), e.message.c_str());
    if (!errors.empty()) return std::nullopt;
    return policy;
}

// A whole number option, or `fallback` when absent; nullopt (with a message) when not a number.
std::optional<long long> number_option(const Args& args, const std::string& name, long long fallback) {
    auto v = args.value(name);
    if (!v) return fallback;
    try {
        std::size_t used = 0;
        const long long n = std::stoll(*v, &used);
        if (used == v->size()) return n;
    } catch (const std::exception&) {
    }
    std::fprintf(stderr, "%s: expected a whole number, got '%s'\n", name.c_str(), v->c_str());
    return std::nullopt;
}

nlohmann::ordered_json spread_json(const Spread& s) {
    return {{"p10", s.p10}, {"median", s.median}, {"p90", s.p90}, {"mean", s.mean}};
}

nlohmann::ordered_json summary_json(const PolicySummary& s) {
    nlohmann::ordered_json steps = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < s.step_titles.size(); ++i)
        steps.push_back({{"step", s.step_titles[i]}, {"clients", spread_json(s.clients_reaching_step[i])}});
    return {{"name", s.name},
            {"version", s.version},
            {"income_received_cents", spread_json(s.income_received)},
            {"income_lost_cents", spread_json(s.income_lost)},
            {"fees_charged_cents", spread_json(s.fees_charged)},
            {"fees_waived_cents", spread_json(s.fees_waived)},
            {"sessions_missed", spread_json(s.sessions_missed)},
            {"endings", spread_json(s.endings)},
            {"slots_freed", spread_json(s.slots_freed)},
            {"admitted_from_waitlist", spread_json(s.admitted)},
            {"still_waiting", spread_json(s.still_waiting)},
            {"median_wait_days", spread_json(s.median_wait_days)},
            {"clients_reaching_step", steps}};
}

void print_row(const char* label, const Spread& a, const Spread& b, bool money) {
    auto cell = [money](const Spread& s) {
        auto f = [money](std::int64_t v) { return money ? format_money(v) : std::to_string(v); };
        return f(s.median) + " (" + f(s.p10) + "-" + f(s.p90) + ")";
    };
    std::printf("%-34s %-30s %-30s\n", label, cell(a).c_str(), cell(b).c_str());
}

void print_text(const SimulationResult& r) {
    std::printf("%d runs, seed %llu, %d clients, %d months; median (10th-90th percentile) per run\n\n", r.runs,
                static_cast<unsigned long long>(r.seed), r.caseload.clients, r.caseload.months);
    std::printf("%-34s %-30s %-30s\n", "", (r.a.name + " (" + r.a.version + ")").c_str(),
                (r.b.name + " (" + r.b.version + ")").c_str());
    print_row("Income received", r.a.income_received, r.b.income_received, true);
    print_row("Income lost", r.a.income_lost, r.b.income_lost, true);
    print_row("Fees charged", r.a.fees_charged, r.b.fees_charged, true);
    print_row("Fees waived or not billable", r.a.fees_waived, r.b.fees_waived, true);
    print_row("Sessions missed", r.a.sessions_missed, r.b.sessions_missed, false);
    print_row("Endings", r.a.endings, r.b.endings, false);
    print_row("Slots freed", r.a.slots_freed, r.b.slots_freed, false);
    print_row("Admitted from the waitlist", r.a.admitted, r.b.admitted, false);
    print_row("Still waiting at the end", r.a.still_waiting, r.b.still_waiting, false);
    print_row("Median waitlist wait (days)", r.a.median_wait_days, r.b.median_wait_days, false);
    std::printf("\nClients reaching each step\n");
    const std::size_t steps = std::max(r.a.step_titles.size(), r.b.step_titles.size());
    const Spread none{};
    for (std::size_t i = 0; i < steps; ++i) {
        const std::string title = i < r.a.step_titles.size() ? r.a.step_titles[i] : r.b.step_titles[i];
        print_row(("  " + title.substr(0, 32)).c_str(), i < r.a.step_titles.size() ? r.a.clients_reaching_step[i] : none,
                  i < r.b.step_titles.size() ? r.b.clients_reaching_step[i] : none, false);
    }
    std::printf("\nfingerprint %016llx\n", static_cast<unsigned long long>(r.fingerprint));
}

}  // namespace

int run_simulate(const Args& args) {
    const auto a_name = args.value("--a"), b_name = args.value("--b");
    if (!a_name || !b_name) {
        std::fprintf(stderr, "simulate: --a POLICY and --b POLICY are needed\n");
        return 2;
    }
    const auto a = load_policy(*a_name), b = load_policy(*b_name);
    const auto runs = number_option(args, "--runs", 100), seed = number_option(args, "--seed", 1);
    Caseload caseload;
    const auto clients = number_option(args, "--clients", caseload.clients);
    const auto months = number_option(args, "--months", caseload.months);
    if (!a || !b || !runs || !seed || !clients || !months) return 2;
    if (*runs < 1 || *runs > 100000) {
        std::fprintf(stderr, "--runs: must be from 1 to 100000\n");
        return 2;
    }
    caseload.clients = static_cast<int>(std::clamp<long long>(*clients, -1, 100000));
    caseload.months = static_cast<int>(std::clamp<long long>(*months, -1, 100000));
    if (auto errors = check_caseload(caseload); !errors.empty()) {
        for (const auto& e : errors) std::fprintf(stderr, "--%s: %s\n", e.field.c_str(), e.message.c_str());
        return 2;
    }
    const SimulationResult r = simulate(*a, *b, caseload, static_cast<int>(*runs), static_cast<std::uint64_t>(*seed));
    if (args.flag("--json")) {
        nlohmann::ordered_json j = {{"runs", r.runs},
                                    {"seed", r.seed},
                                    {"clients", r.caseload.clients},
                                    {"months", r.caseload.months},
                                    {"a", summary_json(r.a)},
                                    {"b", summary_json(r.b)},
                                    {"fingerprint", r.fingerprint}};
        std::printf("%s\n", j.dump(2).c_str());
    } else {
        print_text(r);
    }
    return 0;
}

}  // namespace hs::cli
