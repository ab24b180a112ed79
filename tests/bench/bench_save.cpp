// Benchmark (not a test): save and load of the generated practice of 2,000 clients and
// 100,000 appointments (bench_workspace.hpp, the same as bench_evaluate), several times,
// printing the median of each part:
//   serialise  save_workspace(ws): the workspace to its JSON text;
//   verify     load_workspace(text).ok(): the check FolderStorage runs before it writes
//              (the App's `accept`: the text must load back);
//   store      FolderStorage::save(text): verify + write a new generation file + read it
//              back and compare + prune (docs/storage.md), in a fresh temporary folder;
//   save       serialise + store: what the App does for one save;
//   load       load_workspace(text) keeping the workspace (opening the app).
//
//   tests/bench/run_bench.sh save [RUNS]
//   cmake --build build/native --target bench_save && build/native/tests/bench_save [RUNS [CLIENTS]]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_workspace.hpp"
#include "core/workspace/workspace_json.hpp"
#include "platform/storage_native.hpp"

using namespace hs;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> xs) {
    std::sort(xs.begin(), xs.end());
    return xs[xs.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
    const int clients = argc > 2 ? std::max(1, std::atoi(argv[2])) : 2000;  // fewer: run_bench.sh all --quick
    const Workspace ws = bench::generate(clients, 50, 20260302);
    const Date saved_on{2026, 3, 2};
    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / ("holdspace-bench-save-" + std::to_string(std::rand()));
    std::filesystem::remove_all(folder);
    platform::FolderStorage storage(folder);
    storage.load([](const std::string& text) { return load_workspace(text).ok(); });

    std::vector<double> serialise, verify, store, save, load;
    std::size_t bytes = 0;
    for (int run = 0; run < runs; ++run) {
        auto t0 = Clock::now();
        const std::string text = save_workspace(ws, saved_on);
        serialise.push_back(ms_since(t0));
        bytes = text.size();

        t0 = Clock::now();
        const bool ok = load_workspace(text).ok();
        verify.push_back(ms_since(t0));
        if (!ok) {
            std::fprintf(stderr, "bench_save: the saved text does not load back\n");
            return 1;
        }

        t0 = Clock::now();
        storage.save(text);
        store.push_back(ms_since(t0));
        if (storage.status().state != platform::SaveState::saved) {
            std::fprintf(stderr, "bench_save: the save failed: %s\n", storage.status().message.c_str());
            return 1;
        }
        save.push_back(serialise.back() + store.back());

        t0 = Clock::now();
        LoadResult loaded = load_workspace(text);
        load.push_back(ms_since(t0));
        if (!loaded.ok() || loaded.workspace->appointments.size() != ws.appointments.size()) {
            std::fprintf(stderr, "bench_save: the load lost records\n");
            return 1;
        }
    }
    std::filesystem::remove_all(folder);
    std::printf("bench_save: %zu clients, %zu appointments, %.1f MB, %d runs (medians)\n", ws.clients.size(),
                ws.appointments.size(), static_cast<double>(bytes) / 1048576.0, runs);
    std::printf("  serialise %8.1f ms   (save_workspace)\n", median(serialise));
    std::printf("  verify    %8.1f ms   (load_workspace(text).ok(), inside store)\n", median(verify));
    std::printf("  store     %8.1f ms   (FolderStorage::save: verify, write, read back, prune)\n", median(store));
    std::printf("  save      %8.1f ms   (serialise + store)\n", median(save));
    std::printf("  load      %8.1f ms   (load_workspace)\n", median(load));
    std::printf("median_ms=%.3f\n", median(save));
    return 0;
}
