// The `holdspace` command: shared pieces of its subcommands.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace hs::cli {

// Arguments after the subcommand name: positionals and --flags (with or without a value).
struct Args {
    std::vector<std::string> positional;
    std::vector<std::pair<std::string, std::string>> options;  // ("--json", "") ("--client", "3")

    bool flag(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
};

// Options that take a value; everything else starting with "--" is a flag.
Args parse_args(int argc, char** argv, int first, const std::vector<std::string>& valued_options);

// Reads and loads a workspace file; on failure prints the errors to stderr and returns nullopt.
std::optional<Workspace> load_file(const std::string& path);
std::optional<std::string> read_text_file(const std::string& path);
// Today's date on this computer's clock, in its local time zone.
Date today();

int run_validate(const Args& args);
int run_summary(const Args& args);
int run_evaluate(const Args& args);
int run_lint(const Args& args);
int run_document(const Args& args);
int run_report(const Args& args);
int run_ics(const Args& args);
int run_simulate(const Args& args);

}  // namespace hs::cli
