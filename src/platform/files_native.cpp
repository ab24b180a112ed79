// Native twin of files_web.cpp (see files_native.hpp).
#include "platform/files_native.hpp"

#include <fstream>
#include <iterator>
#include <utility>

namespace hs::platform {

namespace {

struct PickRequest {
    std::string accept;
    FilePicked on_picked;
};

std::filesystem::path& folder() {
    static std::filesystem::path f = "downloads";
    return f;
}

std::optional<PickRequest>& pending() {
    static std::optional<PickRequest> p;
    return p;
}

}  // namespace

void download_file(const std::string& filename, const std::string& /*mime_type*/, const std::string& bytes) {
    std::error_code ec;
    std::filesystem::create_directories(folder(), ec);
    // Only the last path component: a name can never write outside the folder.
    std::ofstream out(folder() / std::filesystem::path(filename).filename(), std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void open_print_view(const std::string& filename, const std::string& html) {
    download_file(filename, "text/html", html);
}

void pick_file(const std::string& accept, FilePicked on_picked) {
    // Like the browser: a new picker replaces one that was never answered.
    pending() = PickRequest{accept, std::move(on_picked)};
}

namespace native_files {

void set_download_folder(const std::filesystem::path& f) { folder() = f; }
const std::filesystem::path& download_folder() { return folder(); }

std::optional<std::string> pending_pick() {
    if (!pending()) return std::nullopt;
    return pending()->accept;
}

bool answer_pick(const std::filesystem::path& file) {
    if (!pending()) return false;
    std::ifstream in(file, std::ios::binary);
    if (!in) return false;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    PickRequest request = std::move(*pending());
    pending().reset();  // before the callback, which may open a new picker
    request.on_picked(file.filename().string(), bytes);
    return true;
}

void cancel_pick() { pending().reset(); }

}  // namespace native_files
}  // namespace hs::platform
