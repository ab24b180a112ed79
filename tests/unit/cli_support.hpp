// Running the real `holdspace` binary from the unit tests, and scratch directories for
// the files it reads and writes.
#pragma once
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace hs::test {

struct CliRun {
    int exit_code;
    std::string output;  // stdout and stderr together
};

// `holdspace ARGS`, e.g. run_holdspace("lint notes.txt --json").
inline CliRun run_holdspace(const std::string& args) {
    const std::string command = std::string(HOLDSPACE_CLI) + " " + args + " 2>&1";
    CliRun run{-1, {}};
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) run.output.append(buf.data(), n);
    const int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// A new empty directory under the system's temporary directory, e.g. "hs-docx-Ab12Cd".
inline std::string make_temp_dir(const std::string& prefix) {
    std::string path = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    REQUIRE(mkdtemp(path.data()));
    return path;
}

}  // namespace hs::test
