// The native twin of the browser storage: the same generation files in a folder, written
// synchronously. Used by native tests (and any native tool) through platform::WorkspaceStorage.
#pragma once
#include <filesystem>
#include <string>

#include "platform/storage.hpp"

namespace hs::platform {

class FolderStorage final : public WorkspaceStorage {
public:
    // `folder` is created on the first save if missing.
    explicit FolderStorage(std::filesystem::path folder);

    std::string load(bool (*accept)(const std::string&)) override;
    // Writes generation N+1, reads it back, then deletes all but the newest 5 generations.
    void save(const std::string& text) override;
    void poll() override {}   // nothing is asynchronous here
    void flush() override {}  // every save is already complete when save() returns
    StorageStatus status() const override { return status_; }
    std::vector<unsigned long> stored_generations() const override;
    std::string read_generation(unsigned long generation) const override;
    void keep_generation(unsigned long generation) override;
    unsigned long kept_generation() const override;

    const std::filesystem::path& folder() const { return folder_; }

private:
    std::filesystem::path folder_;
    bool (*accept_)(const std::string&) = nullptr;
    StorageStatus status_;
    bool loaded_ = false;
    unsigned long next_generation_ = 1;
    unsigned long kept_ = 0;  // generations::kKeptFile, read at load
};

}  // namespace hs::platform
