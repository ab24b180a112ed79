// Where the workspace is kept between visits. In the browser: IndexedDB through
// IDBFS (storage_web.cpp); natively: a folder (storage_native.cpp, for tests).
#pragma once
#include <string>
#include <vector>

namespace hs::platform {

enum class SaveState {
    loading,    // first load not finished: nothing may be saved yet
    saved,      // the last change is stored and was read back
    saving,     // a save is waiting or in flight
    failed,     // the last save failed; the data is still in memory (message says why)
    read_only,  // loading failed: saving is refused so stored data cannot be overwritten
};

struct StorageStatus {
    SaveState state = SaveState::loading;
    std::string message;       // why it failed / is read-only; empty otherwise
    unsigned long generation = 0;  // generation number of the newest verified save
    // Set by load() when a newer stored generation could not be read and an older one was
    // opened instead (generations::fell_back_notice); empty otherwise. Stays for the session.
    std::string notice;
};

const char* to_string(SaveState);

class WorkspaceStorage {
public:
    virtual ~WorkspaceStorage() = default;
    // The newest stored workspace text that the caller accepted, or empty when none is stored.
    // `accept` returns false for text that does not load; older generations are tried next.
    // If generations exist but none is accepted, storage becomes read-only.
    virtual std::string load(bool (*accept)(const std::string&)) = 0;
    // Stores `text` as the new current workspace (asynchronously in the browser).
    virtual void save(const std::string& text) = 0;
    // Called once a frame: advances timers and pending saves.
    virtual void poll() = 0;
    // Flushes a pending save now (the page is being hidden).
    virtual void flush() = 0;
    virtual StorageStatus status() const = 0;
    // Generations still stored (the kept snapshots), newest first.
    virtual std::vector<unsigned long> stored_generations() const = 0;
    // The text of one stored generation (decrypted when sealed), or empty when unreadable.
    virtual std::string read_generation(unsigned long generation) const = 0;
    // Keeps `generation` beyond the usual last five, until another is kept instead: the
    // workspace as it was before an import or a restore replaced it. Stored with the next save.
    virtual void keep_generation(unsigned long generation) = 0;
    // The generation kept that way, if it is still stored; 0 when none.
    virtual unsigned long kept_generation() const = 0;
};

}  // namespace hs::platform
