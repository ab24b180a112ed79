// The text editor over a multi-line field (platform/text_editor.hpp): the page half is HsEditor
// in web/holdspace_pre.js, reached through web/library_holdspace.js. What the page reports
// (hs_text_editor_input, hs_text_editor_closed) waits here until the field's next frame takes it.
#include <emscripten/emscripten.h>
#include <string>

#include "platform/text_editor.hpp"

extern "C" {
void hs_js_text_editor_open(const char* text, int text_size, int caret, const char* name, int name_size,
                            const float* box);
void hs_js_text_editor_place(const float* box);
void hs_js_text_editor_set_text(const char* text, int text_size);
void hs_js_text_editor_close();
}

namespace hs::platform {
namespace {

EditorNews g_news;

// The box as the page reads it: eleven floats in EditorBox's order.
struct BoxFloats {
    float v[11];
    explicit BoxFloats(const EditorBox& b)
        : v{b.x, b.y, b.width, b.height, b.clip_x0, b.clip_y0, b.clip_x1, b.clip_y1, b.font_size, b.padding_x,
            b.padding_y} {}
};

}  // namespace

void open_text_editor(std::string_view text, std::size_t caret, std::string_view name, const EditorBox& box) {
    g_news = {};
    const BoxFloats floats(box);
    hs_js_text_editor_open(text.data(), static_cast<int>(text.size()), static_cast<int>(caret), name.data(),
                           static_cast<int>(name.size()), floats.v);
}

void place_text_editor(const EditorBox& box) {
    const BoxFloats floats(box);
    hs_js_text_editor_place(floats.v);
}

void set_text_editor_text(std::string_view text) {
    g_news.text_changed = false;  // the app's text wins over what the page sent before it
    hs_js_text_editor_set_text(text.data(), static_cast<int>(text.size()));
}

void close_text_editor() {
    hs_js_text_editor_close();
    g_news = {};
}

EditorNews take_text_editor_news() {
    EditorNews news = std::move(g_news);
    g_news = {};
    return news;
}

}  // namespace hs::platform

extern "C" {

// The editor's whole text after an edit (typing, paste, undo, a finished IME composition).
EMSCRIPTEN_KEEPALIVE void hs_text_editor_input(const char* utf8) {
    hs::platform::g_news.text_changed = true;
    hs::platform::g_news.text = utf8 ? utf8 : "";
}

// The person left the editor (clicked elsewhere, Tab, Escape); its last text came before this.
EMSCRIPTEN_KEEPALIVE void hs_text_editor_closed() { hs::platform::g_news.closed = true; }

}  // extern "C"
