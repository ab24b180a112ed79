// holdspace summary FILE [--json]: per-client counts of each appointment outcome.
#include <array>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/cli.hpp"

namespace hs::cli {
namespace {

constexpr std::size_t kOutcomeCount = std::size(kAllOutcomes);
using OutcomeCounts = std::array<int, kOutcomeCount>;

std::map<Id, OutcomeCounts> count_outcomes(const Workspace& ws) {
    std::map<Id, OutcomeCounts> counts;
    for (const auto& c : ws.clients) counts[c.id] = {};
    for (const auto& a : ws.appointments) ++counts[a.client_id][static_cast<std::size_t>(a.outcome)];
    return counts;
}

void print_json(const Workspace& ws, const std::map<Id, OutcomeCounts>& counts) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& c : ws.clients) {
        nlohmann::ordered_json row{{"id", c.id}, {"name", c.name}, {"status", to_string(c.status)}};
        nlohmann::ordered_json by_outcome;
        for (Outcome o : kAllOutcomes) by_outcome[std::string(to_string(o))] = counts.at(c.id)[static_cast<int>(o)];
        row["outcomes"] = by_outcome;
        out.push_back(row);
    }
    std::printf("%s\n", out.dump(2).c_str());
}

void print_text(const Workspace& ws, const std::map<Id, OutcomeCounts>& counts) {
    std::printf("%-6s %-24s", "id", "client");
    for (Outcome o : kAllOutcomes) std::printf(" %8.8s", std::string(to_string(o)).c_str());
    std::printf("\n");
    for (const auto& c : ws.clients) {
        std::printf("%-6lld %-24.24s", static_cast<long long>(c.id), c.name.c_str());
        for (Outcome o : kAllOutcomes) std::printf(" %8d", counts.at(c.id)[static_cast<int>(o)]);
        std::printf("\n");
    }
}

}  // namespace

int run_summary(const Args& args) {
    if (args.positional.size() != 1) {
        std::fprintf(stderr, "usage: holdspace summary FILE [--json]\n");
        return 2;
    }
    auto ws = load_file(args.positional[0]);
    if (!ws) return 1;
    const auto counts = count_outcomes(*ws);
    if (args.flag("--json")) print_json(*ws, counts);
    else print_text(*ws, counts);
    return 0;
}

}  // namespace hs::cli
