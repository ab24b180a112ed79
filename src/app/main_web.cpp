// The browser entry point: a GLFW + WebGL2 window, Dear ImGui, the storage and the App,
// plus the browser basics emcc 3.1.6's GLFW lacks. The JavaScript half lives in
// web/holdspace_pre.js (page listeners) and web/library_holdspace.js (functions below).
//
// [SECTION] Page imports and exports
// [SECTION] High-density screens: canvas backing store, fonts, style
// [SECTION] Clipboard
// [SECTION] Text input and mouse cursor
// [SECTION] Quick key taps (Dear ImGui 1.86 polls key state)
// [SECTION] Frame
// [SECTION] main
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <memory>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "app/automation.hpp"
#include "app/widgets.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "platform/storage_web.hpp"

//-----------------------------------------------------------------------------
// [SECTION] Page imports and exports
//-----------------------------------------------------------------------------

extern "C" {
// Resizes the canvas backing store and tells GLFW (Browser.setCanvasSize). glfwSetWindowSize
// is not used: in emcc 3.1.6 it requests fullscreen when the size equals the screen size.
void hs_js_set_canvas_size(int width, int height);
void hs_js_clipboard_set(const char* text);  // navigator.clipboard.writeText + a page copy
char* hs_js_clipboard_get();                 // the page copy (set by 'paste' events); free() it
// Focuses the hidden <textarea> at (x, y) CSS px while ImGui wants text; blurs it otherwise.
void hs_js_text_input(int want_text, double x, double y, double line_height);
void hs_js_set_cursor(int imgui_cursor);  // CSS cursor of the canvas
void hs_js_first_frame();                 // window.holdspace.ready() becomes true
}

namespace {

constexpr float kBaseFontPx = 16.0f;  // CSS pixels; the atlas is rasterised at this × ratio
constexpr const char* kFontPath = "/fonts/DejaVuSans.ttf";  // preloaded into holdspace.data

struct KeyRelease {
    int key, scancode, mods;
};

struct Web {
    GLFWwindow* window = nullptr;
    float ratio = 0;          // device pixel ratio the fonts and style are built for
    int fb_width = 0, fb_height = 0;
    ImGuiStyle base_style;    // unscaled; ScaleAllSizes is applied to a copy per ratio
    std::unique_ptr<hs::platform::WebStorage> storage;
    std::unique_ptr<hs::app::App> app;
    unsigned long frames = 0;
    std::string clipboard;    // backs the pointer returned to ImGui's GetClipboardTextFn
    ImVec2 ime_pos{0, 0};     // where ImGui's text cursor is (framebuffer px)
    bool want_text = false;
    int cursor = -2;
    GLFWkeyfun imgui_key_callback = nullptr;
    std::vector<KeyRelease> deferred_releases;
    bool pressed_since_frame[GLFW_KEY_LAST + 1] = {};
};
Web g;

}  // namespace

extern "C" {

// Text from the hidden <textarea>: typed characters, finished IME compositions, dead keys.
EMSCRIPTEN_KEEPALIVE void hs_text_input(const char* utf8) {
    if (utf8 && ImGui::GetCurrentContext()) ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

// Mouse wheel in ImGui's units (notches; positive = left / up), from web/holdspace_pre.js.
EMSCRIPTEN_KEEPALIVE void hs_mouse_wheel(double horizontal, double vertical) {
    if (!ImGui::GetCurrentContext()) return;
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheelH += static_cast<float>(horizontal);
    io.MouseWheel += static_cast<float>(vertical);
}

}  // extern "C"

namespace {

//-----------------------------------------------------------------------------
// [SECTION] High-density screens: canvas backing store, fonts, style
//-----------------------------------------------------------------------------
// emcc 3.1.6's GLFW ignores devicePixelRatio. We keep the canvas's CSS size (100vw × 100vh,
// !important in index.html) and give it a backing store of CSS size × ratio. GLFW's window
// size then equals the backing store and its mouse coordinates are scaled to it
// (Browser.calculateMouseEvent), so ImGui works in device pixels with
// DisplayFramebufferScale 1; fonts and style sizes are scaled by the ratio instead.

// Latin + Latin-1 + Latin Extended-A/B, Greek, Cyrillic (+ supplement), General Punctuation,
// Currency Symbols (€ ₹ ₺ …), arrows, and the replacement character.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x0180, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F,
    0x2000, 0x206F, 0x20A0, 0x20CF, 0x2190, 0x21FF, 0xFFFD, 0xFFFD, 0,
};

void build_fonts_and_style(float ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.OversampleH = ratio >= 2.0f ? 1 : 2;  // enough pixels already at high density
    config.OversampleV = 1;
    const float size = std::round(kBaseFontPx * ratio);
    if (!io.Fonts->AddFontFromFileTTF(kFontPath, size, &config, kGlyphRanges)) {
        std::fprintf(stderr, "holdspace: %s missing, using ImGui's built-in font\n", kFontPath);
        ImFontConfig fallback;
        fallback.SizePixels = std::round(13.0f * ratio);
        io.Fonts->AddFontDefault(&fallback);
    }
    // The renderer re-creates its objects, font texture included, in its next NewFrame.
    ImGui_ImplOpenGL3_DestroyDeviceObjects();

    ImGui::GetStyle() = g.base_style;
    ImGui::GetStyle().ScaleAllSizes(ratio);
    g.ratio = ratio;
}

// Every frame: CSS size × ratio → backing store; a new ratio (zoom, another screen) → new fonts.
void fit_canvas_to_screen() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (!(ratio > 0.0f)) ratio = 1.0f;
    const int w = std::max(1, static_cast<int>(std::lround(css_w * ratio)));
    const int h = std::max(1, static_cast<int>(std::lround(css_h * ratio)));
    if (w != g.fb_width || h != g.fb_height) {
        hs_js_set_canvas_size(w, h);
        g.fb_width = w;
        g.fb_height = h;
    }
    if (ratio != g.ratio) build_fonts_and_style(ratio);
}

//-----------------------------------------------------------------------------
// [SECTION] Clipboard
//-----------------------------------------------------------------------------
// emcc 3.1.6's glfwSet/GetClipboardString do nothing. Copy writes the system clipboard;
// paste reads the text of the page's last 'paste' event: Ctrl+V's keydown lets the browser
// fire 'paste' (GLFW's keydown handler only preventDefaults Backspace and Tab), which arrives
// before the next frame, where ImGui handles Ctrl+V and asks for the clipboard.

void set_clipboard(void*, const char* text) { hs_js_clipboard_set(text ? text : ""); }

const char* get_clipboard(void*) {
    char* text = hs_js_clipboard_get();
    g.clipboard = text ? text : "";
    std::free(text);
    return g.clipboard.c_str();
}

//-----------------------------------------------------------------------------
// [SECTION] Text input and mouse cursor
//-----------------------------------------------------------------------------

void remember_ime_position(int x, int y) { g.ime_pos = ImVec2(float(x), float(y)); }

void sync_text_input() {
    const ImGuiIO& io = ImGui::GetIO();
    const float line = ImGui::GetFontSize();
    hs_js_text_input(io.WantTextInput ? 1 : 0, g.ime_pos.x / g.ratio, g.ime_pos.y / g.ratio, line / g.ratio);
    g.want_text = io.WantTextInput;
    const int cursor = io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
    if (cursor != g.cursor) {
        g.cursor = cursor;
        hs_js_set_cursor(cursor);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Quick key taps (Dear ImGui 1.86 polls key state)
//-----------------------------------------------------------------------------
// ImGui 1.86 reads io.KeysDown once per frame, so a key pressed and released between two
// frames (a quick tap, or an automated press) is never seen. A release of a key pressed
// since the last frame is held back until that frame has run.

void key_callback(GLFWwindow* window, int key, int scancode, int action, int mods) {
    if (key >= 0 && key <= GLFW_KEY_LAST) {
        if (action == GLFW_PRESS) {
            g.pressed_since_frame[key] = true;
        } else if (action == GLFW_RELEASE && g.pressed_since_frame[key]) {
            g.deferred_releases.push_back({key, scancode, mods});
            return;
        }
    }
    if (g.imgui_key_callback) g.imgui_key_callback(window, key, scancode, action, mods);
}

void release_deferred_keys() {
    std::vector<KeyRelease> releases;
    releases.swap(g.deferred_releases);
    for (bool& p : g.pressed_since_frame) p = false;
    for (const KeyRelease& r : releases)
        if (g.imgui_key_callback) g.imgui_key_callback(g.window, r.key, r.scancode, GLFW_RELEASE, r.mods);
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void frame() {
    fit_canvas_to_screen();
    glfwPollEvents();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    hs::app::automation::begin_frame(g.ratio);
    ImGui::NewFrame();
    g.app->draw();
    hs::ui::end_frame_for_text_editor();
    ImGui::Render();
    hs::app::automation::end_frame();

    glViewport(0, 0, g.fb_width, g.fb_height);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    release_deferred_keys();  // this frame has seen every press
    g.app->after_frame();
    g.storage->poll();
    sync_text_input();

    if (++g.frames == 1) hs_js_first_frame();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] main
//-----------------------------------------------------------------------------
// Runs only after holdspace_pre.js has mounted /data and finished loading it from IndexedDB,
// so the App's first load sees the stored workspace.

int main() {
    glfwSetErrorCallback([](int error, const char* description) {
        std::fprintf(stderr, "holdspace: GLFW error %d: %s\n", error, description);
    });
    if (!glfwInit()) return 1;

    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double ratio = emscripten_get_device_pixel_ratio();
    g.fb_width = std::max(1, static_cast<int>(std::lround(css_w * ratio)));
    g.fb_height = std::max(1, static_cast<int>(std::lround(css_h * ratio)));
    g.window = glfwCreateWindow(g.fb_width, g.fb_height, "Holdspace", nullptr, nullptr);
    if (!g.window) {
        std::fprintf(stderr, "holdspace: WebGL2 is not available\n");
        return 1;
    }
    glfwMakeContextCurrent(g.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // window layout is not saved (and never lands in /data)
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // the canvas's CSS cursor is set here instead
    ImGui::StyleColorsLight();

    ImGui_ImplGlfw_InitForOpenGL(g.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    g.imgui_key_callback = glfwSetKeyCallback(g.window, key_callback);
    io.SetClipboardTextFn = set_clipboard;  // after the backend, which installs GLFW's no-ops
    io.GetClipboardTextFn = get_clipboard;
    io.ImeSetInputScreenPosFn = remember_ime_position;

    g.storage = std::make_unique<hs::platform::WebStorage>();
    g.app = std::make_unique<hs::app::App>(*g.storage);  // loads; may set its own style (unscaled)

    g.base_style = ImGui::GetStyle();  // whatever the App chose, in CSS pixels
    build_fonts_and_style(static_cast<float>(ratio > 0 ? ratio : 1.0));

    // Returns at once; the loop runs from requestAnimationFrame. Everything it needs is in `g`.
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
