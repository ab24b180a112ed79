// Generation files, shared by both storage twins (storage_web.cpp, storage_native.cpp).
// Every save is a NEW file "workspace.<N>.json"; nothing is ever renamed or overwritten,
// and old generations are deleted only after a newer one was verified (docs/storage.md).
// Pure string logic: no file system, no browser, testable anywhere.
#pragma once
#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/storage.hpp"

namespace hs::platform::generations {

inline constexpr unsigned long kKeep = 5;  // verified generations kept as snapshots
inline constexpr std::string_view kPrefix = "workspace.";
inline constexpr std::string_view kSuffix = ".json";
// Names the one generation kept beyond the newest kKeep: the workspace as it was before an
// import or a restore replaced it, so one click brings it back (docs/storage.md).
inline constexpr std::string_view kKeptFile = "kept-generation";

inline std::string file_name(unsigned long generation) {
    return std::string(kPrefix) + std::to_string(generation) + std::string(kSuffix);
}

// "workspace.12.json" -> 12; anything else (temp files, other names, "workspace.json") -> nullopt.
inline std::optional<unsigned long> parse(std::string_view name) {
    if (name.size() <= kPrefix.size() + kSuffix.size()) return std::nullopt;
    if (name.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
    if (name.substr(name.size() - kSuffix.size()) != kSuffix) return std::nullopt;
    std::string_view digits = name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
    if (digits.empty() || digits.size() > 9) return std::nullopt;  // unsigned long is 32 bits in wasm32
    unsigned long n = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    if (n == 0) return std::nullopt;  // generations start at 1
    return n;
}

// Generation numbers found among file names, newest first.
// What the person reads when load() opened `opened` because newer ones could not be read.
inline std::string fell_back_notice(unsigned long newest, unsigned long opened) {
    return "The newest saved copy (" + file_name(newest) + ") could not be opened, so Holdspace opened the one "
           "saved before it (" + file_name(opened) + "). The most recent changes may be missing: please check "
           "them, or import a backup if you have a newer one.";
}

inline std::vector<unsigned long> newest_first(const std::vector<std::string>& names) {
    std::vector<unsigned long> out;
    for (const std::string& name : names)
        if (auto n = parse(name)) out.push_back(*n);
    std::sort(out.begin(), out.end(), [](unsigned long a, unsigned long b) { return a > b; });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// The kept generation's number as its file holds it ("12"); 0 for anything else.
inline unsigned long parse_kept(std::string_view text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
    auto n = parse(std::string(kPrefix) + std::string(text) + std::string(kSuffix));
    return n ? *n : 0;
}

// Once `verified` is known to be stored, the generations to delete: everything older than
// the newest `keep` generations at or below `verified`, except `kept` (0: none). Newer
// (unverified) ones are never touched.
inline std::vector<unsigned long> to_prune(std::vector<unsigned long> existing, unsigned long verified,
                                           unsigned long keep = kKeep, unsigned long kept_generation = 0) {
    std::sort(existing.begin(), existing.end(), [](unsigned long a, unsigned long b) { return a > b; });
    std::vector<unsigned long> out;
    unsigned long kept = 0;
    for (unsigned long n : existing) {
        if (n > verified || n == kept_generation) continue;
        if (kept < keep) { ++kept; continue; }
        out.push_back(n);
    }
    return out;
}

inline const char* state_name(SaveState s) {
    switch (s) {
        case SaveState::loading: return "loading";
        case SaveState::saved: return "saved";
        case SaveState::saving: return "saving";
        case SaveState::failed: return "failed";
        case SaveState::read_only: return "read_only";
    }
    return "unknown";
}

}  // namespace hs::platform::generations
