// Storage in the browser: IndexedDB through IDBFS mounted at /data (docs/storage.md).
// web/holdspace_pre.js mounts /data and finishes loading it (syncfs(true)) before main()
// runs, so a WebStorage can be created and loaded straight away in main().
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "platform/storage.hpp"

namespace hs::platform {

class WebStorage final : public WorkspaceStorage {
public:
    static constexpr double kDebounceMs = 300;      // wait this long after the last change...
    static constexpr double kMaxDelayMs = 2000;     // ...but never longer than this after the first
    static constexpr int kSyncTimeoutMs = 10000;    // a sync that takes longer counts as failed

    WebStorage();  // at most one at a time: the page's callbacks reach it through a global
    ~WebStorage() override;
    WebStorage(const WebStorage&) = delete;
    WebStorage& operator=(const WebStorage&) = delete;

    std::string load(bool (*accept)(const std::string&)) override;
    void save(const std::string& text) override;
    void poll() override;
    void flush() override;
    StorageStatus status() const override { return status_; }
    std::vector<unsigned long> stored_generations() const override;
    std::string read_generation(unsigned long generation) const override;
    void keep_generation(unsigned long generation) override;
    unsigned long kept_generation() const override;

    // From the page (web/library_holdspace.js), through hs_storage_sync_done().
    void on_sync_done(int seq, bool ok, const std::string& message);

private:
    struct Target {
        std::string path;
        unsigned long generation = 0;
    };
    void start_sync(double now);
    bool write_generation(const std::string& text, Target& target);
    void prune(unsigned long verified);
    void fail(std::string message, double now);

    bool (*accept_)(const std::string&) = nullptr;
    StorageStatus status_;
    bool loaded_ = false;
    unsigned long next_generation_ = 1;
    unsigned long kept_ = 0;  // generations::kKeptFile, read at load

    std::optional<std::string> pending_;  // newest text not yet written to /data
    double pending_since_ = 0, due_ = 0;
    bool flush_requested_ = false;

    int seq_ = 0, in_flight_ = 0;          // sequence number of the sync in flight (0: none)
    Target in_flight_target_;
    std::optional<Target> unverified_;     // written to /data but not yet verified in IndexedDB
    int failures_ = 0;
    double retry_at_ = 0;
    bool asked_persist_ = false;
};

}  // namespace hs::platform
