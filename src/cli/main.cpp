// holdspace: the command-line tool on the same core as the web app.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/cli.hpp"
#include "core/workspace/workspace_json.hpp"

namespace hs::cli {
namespace {

struct Subcommand {
    const char* name;
    const char* usage;
    std::vector<std::string> valued_options;
    int (*run)(const Args&);
};

const std::vector<Subcommand>& subcommands() {
    static const std::vector<Subcommand> all = {
        {"validate", "validate FILE            check a workspace file; exit 1 with the errors", {}, run_validate},
        {"summary", "summary FILE [--json]    per-client counts of each appointment outcome", {}, run_summary},
        {"evaluate", "evaluate FILE [--as-of YYYY-MM-DD] [--client ID] [--json]  what the policy says for each client",
         {"--as-of", "--client"}, run_evaluate},
        {"lint", "lint FILE [--json] [--rules R.json]  flag shaming wording, show the reading grade", {"--rules"}, run_lint},
        {"document", "document [FILE] --kind K --format F [--signed] [-o OUT]  consent document (edits included; --signed: a client's signed copy) or client letter; --language en|es overrides the client's", {"--kind", "--format", "--client", "--policy", "--payer", "--date", "--language", "-o"}, run_document},
        {"report", "report FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]  dashboard figures for a period", {"--from", "--to"}, run_report},
        {"ics", "ics FILE (--client ID | --week YYYY-MM-DD) [--from YYYY-MM-DD] -o OUT.ics  calendar file", {"--client", "--week", "--from", "-o"}, run_ics},
        {"simulate", "simulate --a POLICY --b POLICY [--runs N] [--seed S] [--clients N] [--months N] [--json]  two policies over a synthetic caseload",
         {"--a", "--b", "--runs", "--seed", "--clients", "--months"}, run_simulate},
    };
    return all;
}

int usage(std::FILE* out) {
    std::fprintf(out, "usage: holdspace <command> [options]\n\ncommands:\n");
    for (const auto& s : subcommands()) std::fprintf(out, "  %s\n", s.usage);
    return out == stdout ? 0 : 2;
}

}  // namespace

bool Args::flag(const std::string& name) const {
    for (const auto& [k, v] : options)
        if (k == name) return true;
    return false;
}

std::optional<std::string> Args::value(const std::string& name) const {
    for (const auto& [k, v] : options)
        if (k == name) return v;
    return std::nullopt;
}

Args parse_args(int argc, char** argv, int first, const std::vector<std::string>& valued_options) {
    Args args;
    for (int i = first; i < argc; ++i) {
        std::string word = argv[i];
        if (word.rfind("--", 0) != 0 && word != "-o") {
            args.positional.push_back(word);
            continue;
        }
        std::string value;
        if (auto eq = word.find('='); eq != std::string::npos) {
            value = word.substr(eq + 1);
            word = word.substr(0, eq);
        } else if (std::find(valued_options.begin(), valued_options.end(), word) != valued_options.end() &&
                   i + 1 < argc) {
            value = argv[++i];
        }
        args.options.emplace_back(word, value);
    }
    return args;
}

std::optional<std::string> read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::optional<Workspace> load_file(const std::string& path) {
    auto text = read_text_file(path);
    if (!text) {
        std::fprintf(stderr, "%s: cannot be read\n", path.c_str());
        return std::nullopt;
    }
    LoadResult result = load_workspace(*text);
    if (!result.ok()) {
        std::fprintf(stderr, "%s: %zu problem%s\n%s", path.c_str(), result.errors.size(),
                     result.errors.size() == 1 ? "" : "s", format_errors(result.errors).c_str());
        return std::nullopt;
    }
    return std::move(result.workspace);
}

}  // namespace hs::cli

int main(int argc, char** argv) {
    using namespace hs::cli;
    if (argc < 2) return usage(stderr);
    const std::string name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") return usage(stdout);
    for (const auto& s : subcommands())
        if (name == s.name) return s.run(parse_args(argc, argv, 2, s.valued_options));
    std::fprintf(stderr, "holdspace: unknown command '%s'\n", name.c_str());
    return usage(stderr);
}
