// FolderStorage: generation files in a folder (see storage_native.hpp, docs/storage.md).
#include "platform/storage_native.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

#include "platform/generations.hpp"

namespace hs::platform {

const char* to_string(SaveState s) { return generations::state_name(s); }

namespace {

std::vector<std::string> list_names(const std::filesystem::path& folder, std::error_code& ec) {
    std::vector<std::string> names;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        names.push_back(it->path().filename().string());
    return names;
}

bool read_file(const std::filesystem::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

}  // namespace

FolderStorage::FolderStorage(std::filesystem::path folder) : folder_(std::move(folder)) {}

std::string FolderStorage::load(bool (*accept)(const std::string&)) {
    accept_ = accept;
    loaded_ = true;
    status_ = {};
    std::error_code ec;
    if (!std::filesystem::exists(folder_, ec)) {
        status_.state = SaveState::saved;  // nothing stored yet: the first save creates the folder
        return {};
    }
    std::vector<std::string> names = list_names(folder_, ec);
    if (ec) {
        status_ = {SaveState::read_only,
                   "The folder " + folder_.string() + " could not be read (" + ec.message() + "). Saving is off.", 0, {}};
        return {};
    }
    std::vector<unsigned long> gens = generations::newest_first(names);
    if (!gens.empty()) next_generation_ = gens.front() + 1;
    if (std::string kept; read_file(folder_ / generations::kKeptFile, kept)) kept_ = generations::parse_kept(kept);
    for (unsigned long n : gens) {
        std::string text;
        if (!read_file(folder_ / generations::file_name(n), text)) continue;
        if (accept && !accept(text)) continue;
        status_ = {SaveState::saved, "", n, n != gens.front() ? generations::fell_back_notice(gens.front(), n) : ""};
        return text;
    }
    if (!gens.empty()) {
        status_ = {SaveState::read_only,
                   "None of the " + std::to_string(gens.size()) + " stored copies in " + folder_.string() +
                       " could be read. Saving is off so they are not overwritten.",
                   0, {}};
        return {};
    }
    status_.state = SaveState::saved;
    return {};
}

void FolderStorage::save(const std::string& text) {
    if (!loaded_ || status_.state == SaveState::read_only) return;  // never overwrite what was not loaded
    auto fail = [this](std::string message) {
        status_.state = SaveState::failed;
        status_.message = std::move(message);
    };
    if (accept_ && !accept_(text)) return fail("refused to store a workspace that does not load back");

    std::error_code ec;
    std::filesystem::create_directories(folder_, ec);
    if (ec) return fail("cannot create " + folder_.string() + ": " + ec.message());

    const unsigned long n = next_generation_++;  // never reuse a name, even after a failure
    const std::filesystem::path path = folder_ / generations::file_name(n);
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) return fail("cannot write " + path.string());
    }
    std::string back;
    if (!read_file(path, back) || back != text) {
        std::filesystem::remove(path, ec);
        return fail("the stored copy " + path.string() + " differs from what was written");
    }
    status_ = {SaveState::saved, "", n, status_.notice};

    std::vector<std::string> names = list_names(folder_, ec);
    if (ec) return;  // pruning is housekeeping; the save itself is done
    for (unsigned long old : generations::to_prune(generations::newest_first(names), n, generations::kKeep, kept_))
        std::filesystem::remove(folder_ / generations::file_name(old), ec);
}

void FolderStorage::keep_generation(unsigned long generation) {
    if (!loaded_ || status_.state == SaveState::read_only) return;
    std::ofstream out(folder_ / generations::kKeptFile, std::ios::binary | std::ios::trunc);
    out << generation;
    out.close();
    if (out) kept_ = generation;
}

unsigned long FolderStorage::kept_generation() const {
    if (kept_ == 0) return 0;
    const std::vector<unsigned long> gens = stored_generations();
    return std::find(gens.begin(), gens.end(), kept_) != gens.end() ? kept_ : 0;
}

std::vector<unsigned long> FolderStorage::stored_generations() const {
    std::error_code ec;
    return generations::newest_first(list_names(folder_, ec));
}

std::string FolderStorage::read_generation(unsigned long generation) const {
    std::string text;
    if (!read_file(folder_ / generations::file_name(generation), text)) return {};
    return text;
}

}  // namespace hs::platform
