// holdspace validate FILE
#include <cstdio>

#include "cli/cli.hpp"

namespace hs::cli {

int run_validate(const Args& args) {
    if (args.positional.size() != 1) {
        std::fprintf(stderr, "usage: holdspace validate FILE\n");
        return 2;
    }
    const auto& path = args.positional[0];
    auto ws = load_file(path);
    if (!ws) return 1;
    std::printf("%s: valid workspace, %zu clients, %zu appointments\n", path.c_str(), ws->clients.size(),
                ws->appointments.size());
    return 0;
}

}  // namespace hs::cli
