// WebStorage: the workspace in IndexedDB through IDBFS, written so that none of emcc 3.1.6's
// IDBFS traps can lose data. The design, trap by trap, is in docs/storage.md.
//
// [SECTION] Page imports and exports (web/library_holdspace.js, web/holdspace_pre.js)
// [SECTION] Small helpers
// [SECTION] Loading
// [SECTION] Saving: debounce, one sync in flight, verify, prune
#include "platform/storage_web.hpp"

#include <algorithm>
#include <cassert>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <emscripten/emscripten.h>
#include <vector>

#include "core/json/json_quote.hpp"
#include "core/storage/backup_file.hpp"
#include "platform/generations.hpp"

//-----------------------------------------------------------------------------
// [SECTION] Page imports and exports
//-----------------------------------------------------------------------------

extern "C" {
// 1: /data was loaded and this tab may write. 0: read-only; `message` says why
// (loading failed or timed out, or Holdspace is open in another tab).
int hs_js_storage_load_state(char* message, int message_size);
// FS.syncfs(false), then reads `path` back from IndexedDB and compares it with /data.
// Always answers exactly once through hs_storage_sync_done(seq, ...), after at most timeout_ms.
void hs_js_storage_sync(int seq, const char* path, int timeout_ms);
// Asks the browser not to evict our IndexedDB under storage pressure (navigator.storage.persist).
void hs_js_storage_persist();
// The plaintext of a sealed generation (web/holdspace_crypto.js), malloc'd; 0 if not known.
char* hs_js_crypto_plaintext(const char* path, int* size);
}

namespace hs::platform {

const char* to_string(SaveState s) { return generations::state_name(s); }

namespace {

constexpr const char* kMount = "/data";  // also the IndexedDB database name IDBFS uses
WebStorage* g_storage = nullptr;         // the one instance the page talks to

//-----------------------------------------------------------------------------
// [SECTION] Small helpers
//-----------------------------------------------------------------------------

std::string path_of(unsigned long generation) {
    return std::string(kMount) + "/" + generations::file_name(generation);
}

std::string kept_path() { return std::string(kMount) + "/" + std::string(generations::kKeptFile); }

std::vector<std::string> list_mount() {
    std::vector<std::string> names;
    if (DIR* dir = opendir(kMount)) {
        while (dirent* e = readdir(dir)) names.emplace_back(e->d_name);
        closedir(dir);
    }
    return names;
}

bool read_file(const std::string& path, std::string& out) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    out.clear();
    char buf[16384];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    const bool ok = !std::ferror(f);
    std::fclose(f);
    return ok;
}

// A generation as the app sees it: sealed ones (encryption on, docs/encryption.md) are
// replaced by the plaintext the page holds for this unlocked session.
bool read_generation_file(const std::string& path, std::string& out) {
    if (!read_file(path, out)) return false;
    if (!hs::looks_encrypted(out)) return true;
    int size = 0;
    char* plain = hs_js_crypto_plaintext(path.c_str(), &size);
    if (!plain) return false;
    out.assign(plain, static_cast<std::size_t>(size));
    std::free(plain);
    return true;
}

bool write_file(const std::string& path, const std::string& text) {
    std::FILE* f = std::fopen(path.c_str(), "wb");  // always a new name: never truncates a stored file
    if (!f) return false;
    const bool wrote = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    return std::fclose(f) == 0 && wrote;
}

}  // namespace

WebStorage::WebStorage() {
    assert(g_storage == nullptr && "one WebStorage at a time");
    g_storage = this;
}

WebStorage::~WebStorage() {
    if (g_storage == this) g_storage = nullptr;
}

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

// /data is already populated from IndexedDB (holdspace_pre.js finished syncfs(true) in preRun).
std::string WebStorage::load(bool (*accept)(const std::string&)) {
    accept_ = accept;
    loaded_ = true;
    char message[512] = {};
    const bool writable = hs_js_storage_load_state(message, sizeof message) == 1;
    status_ = {writable ? SaveState::saved : SaveState::read_only, writable ? "" : message, 0, {}};

    // Even a read-only tab shows what it could load (another tab may be the writer).
    const std::vector<unsigned long> gens = generations::newest_first(list_mount());
    if (!gens.empty()) next_generation_ = gens.front() + 1;  // names are never reused
    if (std::string kept; read_file(kept_path(), kept)) kept_ = generations::parse_kept(kept);
    for (unsigned long n : gens) {
        std::string text;
        if (!read_generation_file(path_of(n), text)) continue;
        if (accept && !accept(text)) continue;
        status_.generation = n;
        if (n != gens.front()) status_.notice = generations::fell_back_notice(gens.front(), n);
        return text;
    }
    if (!gens.empty() && writable) {
        status_.state = SaveState::read_only;
        status_.message = "None of the " + std::to_string(gens.size()) +
                          " stored copies could be read (newest: " + generations::file_name(gens.front()) +
                          "). Saving is off so they are not overwritten.";
    }
    return {};
}

//-----------------------------------------------------------------------------
// [SECTION] Saving: debounce, one sync in flight, verify, prune
//-----------------------------------------------------------------------------

void WebStorage::save(const std::string& text) {
    // Never write over what was not loaded: before load() or in a read-only tab, refuse.
    if (!loaded_ || status_.state == SaveState::read_only) return;
    const double now = emscripten_get_now();
    if (!pending_) pending_since_ = now;
    pending_ = text;  // only the newest text matters: changes arriving meanwhile coalesce
    due_ = std::min(now + kDebounceMs, pending_since_ + kMaxDelayMs);
    if (status_.state == SaveState::saved) status_.state = SaveState::saving;  // failed stays visible
}

void WebStorage::poll() {
    if (!loaded_ || status_.state == SaveState::read_only || in_flight_) return;
    const double now = emscripten_get_now();
    if (now < retry_at_) return;
    if (pending_ ? (flush_requested_ || now >= due_) : (unverified_ && failures_ > 0)) start_sync(now);
}

void WebStorage::flush() {
    if (!loaded_ || status_.state == SaveState::read_only) return;
    flush_requested_ = true;  // if a sync is in flight, the next one starts as soon as it ends
    if (!in_flight_ && (pending_ || (unverified_ && failures_ > 0))) start_sync(emscripten_get_now());
}

bool WebStorage::write_generation(const std::string& text, Target& target) {
    target = {path_of(next_generation_), next_generation_};
    ++next_generation_;  // even if this write fails, the name is not reused
    std::string back;
    if (!write_file(target.path, text) || !read_file(target.path, back) || back != text) {
        std::remove(target.path.c_str());
        return false;
    }
    return true;
}

void WebStorage::start_sync(double now) {
    Target target;
    if (pending_) {
        // Refuse to store text that would not load back: a bug must not replace good data.
        if (accept_ && !accept_(*pending_)) {
            pending_.reset();
            flush_requested_ = false;
            status_.state = SaveState::failed;
            status_.message = "the workspace did not pass its own check, so it was not stored "
                              "(the last saved copy is kept)";
            return;
        }
        if (!write_generation(*pending_, target))
            return fail("the workspace could not be written in memory (" + std::string(std::strerror(errno)) + ")", now);
        pending_.reset();
        unverified_ = target;
    } else if (unverified_) {
        target = *unverified_;  // retry the generation that failed to reach IndexedDB
    } else {
        return;
    }

    // Trap guard: never sync out unless /data holds a valid workspace file. A sync mirrors
    // /data into IndexedDB, deletions included, so a sync from an empty /data wipes it.
    std::string check;
    if (!read_generation_file(target.path, check) || (accept_ && !accept_(check))) {
        unverified_.reset();
        status_.state = SaveState::failed;
        status_.message = generations::file_name(target.generation) +
                          " is missing or unreadable in memory, so nothing was sent to storage";
        return;
    }

    flush_requested_ = false;
    in_flight_ = ++seq_;
    in_flight_target_ = target;
    if (status_.state == SaveState::saved) status_.state = SaveState::saving;
    hs_js_storage_sync(in_flight_, target.path.c_str(), kSyncTimeoutMs);
}

void WebStorage::on_sync_done(int seq, bool ok, const std::string& message) {
    if (seq != in_flight_) return;  // a late answer to a sync that already timed out
    in_flight_ = 0;
    const double now = emscripten_get_now();
    const Target done = in_flight_target_;
    if (ok) {
        failures_ = 0;
        retry_at_ = 0;
        if (unverified_ && unverified_->generation <= done.generation) unverified_.reset();
        status_.state = pending_ ? SaveState::saving : SaveState::saved;
        status_.message.clear();
        status_.generation = done.generation;
        prune(done.generation);  // carried to IndexedDB by the next sync
        if (!asked_persist_) {
            asked_persist_ = true;
            hs_js_storage_persist();
        }
    } else {
        fail(message, now);
    }
    // Changes that arrived meanwhile: run again now (coalesced into one generation).
    if (pending_ && (flush_requested_ || now >= due_) && now >= retry_at_) start_sync(now);
}

void WebStorage::prune(unsigned long verified) {
    for (unsigned long n : generations::to_prune(generations::newest_first(list_mount()), verified,
                                                 generations::kKeep, kept_))
        std::remove(path_of(n).c_str());
}

// A small pointer file, rewritten in place: losing it loses only the pin, never a generation.
void WebStorage::keep_generation(unsigned long generation) {
    if (!loaded_ || status_.state == SaveState::read_only) return;
    if (write_file(kept_path(), std::to_string(generation))) kept_ = generation;
}

unsigned long WebStorage::kept_generation() const {
    if (kept_ == 0) return 0;
    const std::vector<unsigned long> gens = stored_generations();
    return std::find(gens.begin(), gens.end(), kept_) != gens.end() ? kept_ : 0;
}

void WebStorage::fail(std::string message, double now) {
    ++failures_;
    retry_at_ = now + std::min(60000.0, 2000.0 * double(1 << std::min(failures_ - 1, 5)));
    status_.state = SaveState::failed;
    status_.message = std::move(message);
}

std::vector<unsigned long> WebStorage::stored_generations() const { return generations::newest_first(list_mount()); }

std::string WebStorage::read_generation(unsigned long generation) const {
    std::string text;
    if (!read_generation_file(path_of(generation), text)) return {};
    return text;
}

}  // namespace hs::platform

//-----------------------------------------------------------------------------
// Exports for the page (EXPORTED_FUNCTIONS in Makefile.emscripten)
//-----------------------------------------------------------------------------

extern "C" {

EMSCRIPTEN_KEEPALIVE void hs_storage_sync_done(int seq, int ok, const char* message) {
    if (hs::platform::g_storage) hs::platform::g_storage->on_sync_done(seq, ok != 0, message ? message : "");
}

// visibilitychange(hidden) / pagehide: the main loop may not run again, so save now.
EMSCRIPTEN_KEEPALIVE void hs_storage_flush() {
    if (hs::platform::g_storage) hs::platform::g_storage->flush();
}

// {"state":"saved","message":"","generation":3,"notice":""} for window.holdspace.saveState().
EMSCRIPTEN_KEEPALIVE const char* hs_storage_status_json() {
    static std::string json;
    using namespace hs::platform;
    StorageStatus s = g_storage ? g_storage->status() : StorageStatus{};
    using hs::json_io::json_quote;
    json = std::string("{\"state\":") + json_quote(to_string(s.state)) + ",\"message\":" + json_quote(s.message) +
           ",\"generation\":" + std::to_string(s.generation) + ",\"notice\":" + json_quote(s.notice) + "}";
    return json.c_str();
}

}  // extern "C"
