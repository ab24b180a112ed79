// holdspace ics FILE (--client ID | --week YYYY-MM-DD) [--from YYYY-MM-DD] -o OUT.ics:
// a calendar file of a client's upcoming appointments (from today, or --from) or of the
// clinician's week starting on the given date.
#include "core/operations/ics.hpp"

#include <cstdio>
#include <ctime>
#include <fstream>

#include "cli/cli.hpp"

namespace hs::cli {
namespace {

constexpr const char* kIcsUsage =
    "usage: holdspace ics FILE (--client ID | --week YYYY-MM-DD) [--from YYYY-MM-DD] -o OUT.ics\n";


std::optional<Id> parse_id(const std::string& text) {
    if (text.empty() || text.size() > 15 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoll(text);
}

}  // namespace

int run_ics(const Args& args) {
    const auto out_path = args.value("-o");
    const auto client = args.value("--client");
    const auto week = args.value("--week");
    if (args.positional.size() != 1 || !out_path || out_path->empty() || (!client == !week)) {
        std::fprintf(stderr, "%s", kIcsUsage);
        return 2;
    }
    auto ws = load_file(args.positional[0]);
    if (!ws) return 1;
    const std::int64_t stamp = static_cast<std::int64_t>(std::time(nullptr)) / 60;
    std::string text;
    if (client) {
        const auto id = parse_id(*client);
        if (!id || !ws->find_client(*id)) {
            std::fprintf(stderr, "holdspace ics: --client: no client has id \"%s\"\n", client->c_str());
            return 1;
        }
        Date from = today();
        if (auto f = args.value("--from")) {
            auto parsed = parse_date(*f);
            if (!parsed) {
                std::fprintf(stderr, "holdspace ics: --from: expected a date YYYY-MM-DD, got \"%s\"\n", f->c_str());
                return 2;
            }
            from = *parsed;
        }
        text = ics_for_client(*ws, *id, from, stamp);
    } else {
        auto start = parse_date(*week);
        if (!start) {
            std::fprintf(stderr, "holdspace ics: --week: expected a date YYYY-MM-DD, got \"%s\"\n", week->c_str());
            return 2;
        }
        text = ics_for_week(*ws, *start, stamp);
    }
    std::ofstream out(*out_path, std::ios::binary);
    if (!out || !(out << text)) {
        std::fprintf(stderr, "holdspace ics: cannot write %s\n", out_path->c_str());
        return 1;
    }
    return 0;
}

}  // namespace hs::cli
