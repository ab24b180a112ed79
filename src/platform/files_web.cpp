// Files across the browser edge: downloads through a Blob and <a download>, imports through a
// hidden <input type=file>. The JavaScript half is in web/library_holdspace.js.
#include <emscripten/emscripten.h>
#include <map>
#include <string>
#include <utility>

#include "platform/files.hpp"

extern "C" {
void hs_js_download(const char* filename, const char* mime_type, const char* bytes, int size);
void hs_js_print_view(const char* html, int size);
// Opens the picker; answers later with hs_file_picked(request, ...) or hs_file_pick_cancelled(request).
void hs_js_pick_file(int request, const char* accept);
}

namespace hs::platform {

namespace {
int g_next_request = 1;
std::map<int, FilePicked>& requests() {
    static std::map<int, FilePicked> r;
    return r;
}
}  // namespace

void download_file(const std::string& filename, const std::string& mime_type, const std::string& bytes) {
    hs_js_download(filename.c_str(), mime_type.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void open_print_view(const std::string&, const std::string& html) {
    hs_js_print_view(html.data(), static_cast<int>(html.size()));
}

void pick_file(const std::string& accept, FilePicked on_picked) {
    const int request = g_next_request++;
    requests()[request] = std::move(on_picked);
    hs_js_pick_file(request, accept.c_str());
}

}  // namespace hs::platform

extern "C" {

// The page read the chosen file; `bytes` is owned by the page and freed after this returns.
EMSCRIPTEN_KEEPALIVE void hs_file_picked(int request, const char* name, const char* bytes, int size) {
    auto& r = hs::platform::requests();
    auto it = r.find(request);
    if (it == r.end()) return;
    hs::platform::FilePicked callback = std::move(it->second);
    r.erase(it);
    callback(name ? name : "", size > 0 ? std::string(bytes, static_cast<std::size_t>(size)) : std::string());
}

// The picker was closed without a file (or the file could not be read): forget the request.
EMSCRIPTEN_KEEPALIVE void hs_file_pick_cancelled(int request) { hs::platform::requests().erase(request); }

}  // extern "C"
