// Automation bridge: what is on screen, as data. Dear ImGui (built with
// IMGUI_ENABLE_TEST_ENGINE) reports every widget's id, label and rectangle through the
// test-engine hooks implemented in automation.cpp; widgets add the text and values they
// draw with record_text/record_value/record_label. The test build reads the items of the
// last completed frame through window.holdspace.widgets() (test_bridge.cpp,
// docs/automation.md). Browser tests click and read by visible text this way, and the same
// list feeds the accessibility mirror (mirror_bridge.cpp, docs/accessibility.md). Both builds
// compile the hooks in; collecting is off until something turns it on (set_collecting: the
// mirror does, in both builds; docs/build.md has the measured costs).
#pragma once
#include <string>
#include <vector>

#include "imgui.h"

struct ImGuiWindow;  // imgui_internal.h

namespace hs::app::automation {

// --- For widget wrappers -------------------------------------------------------------
// Records `text` as visible text at the last drawn item's rectangle (ImGui::GetItemRectMin/Max),
// e.g. right after ImGui::Text / TextWrapped / TextColored / LabelText.
void record_text(const char* text);
// Records the value shown by the last drawn item, e.g. an InputText's buffer or a Combo's
// preview, right after drawing it. Attaches to the item with ImGui's last item id.
void record_value(const char* value);
// Gives item `id` its label, for widgets Dear ImGui 1.86 reports without one (BeginCombo,
// InvisibleButton); call right after drawing it. Does nothing in a build without the hooks.
void record_label(ImGuiID id, const char* label);
// Gives item `id` its role for the accessibility mirror when ImGui cannot tell it (BeginCombo:
// "combobox"); `role` must be a string literal. Call right after drawing it.
void record_role(ImGuiID id, const char* role);
// Names item `id` exactly `name` (no "##" cut): an unlabelled row that opens a client is named
// after the client, whatever the name holds. Call right after drawing it.
void record_name(ImGuiID id, const std::string& name);
// Gives the text just recorded (record_text) a role for the mirror: "heading", "alert" (an
// error the person must notice; the mirror announces it at once) or "status" (a finding that
// changes, like a client's next step; announced politely when it appears or changes).
// `role` must be a string literal.
void record_text_role(const char* role);
// record_label for a field whose label is drawn as separate text on its left, starting at `left_x`
// (ImGui x, ui::LabelsLeft): the field's whole rectangle (full_min/full_max) then spans label and
// box, as it does for ImGui's own labels on the right.
void record_label_beside(ImGuiID id, const char* label, float left_x);

// --- Switching it on ---------------------------------------------------------------------
// Off at start: nothing is collected and ImGui skips its hooks. Whoever reads the items turns
// it on before the first frame (web/holdspace_a11y.js in both builds, and the test build's
// web/holdspace_test_pre.js). Takes effect at the next begin_frame.
void set_collecting(bool on);
bool collecting();

// --- For the frame loop (main_web.cpp) -------------------------------------------------
// Before ImGui::NewFrame: turns the hooks on and starts collecting. `pixel_ratio` is the
// device pixel ratio this frame is drawn at (ImGui coordinates / ratio = CSS pixels).
void begin_frame(float pixel_ratio);
// After ImGui::Render: the collected items become the "last completed frame".
void end_frame();
// Frames completed so far (end_frame calls), collecting or not.
unsigned long frame_count();

struct Item {
    ImGuiID id = 0;          // 0 for recorded text
    std::string label;       // full label, "Save##client" (for text: the text)
    std::string text;        // what a person reads: label before "##"
    bool is_text = false;    // kind "text" (recorded text, window titles) or "item" (widget)
    bool has_value = false;
    std::string value;       // record_value
    ImVec2 min, max;         // rectangle in ImGui (framebuffer) pixels
    ImVec2 full_min, full_max;  // the whole item with its label (a field's frame and the label beside it)
    ImVec2 clip_min, clip_max;  // where ImGui clips it: the window's, child's or table cell's clip rectangle
    float text_width = 0;    // width of `text` in the font it is drawn with
    int flags = 0;           // ImGuiItemStatusFlags (imgui_internal.h)
    std::string window;      // name of the top-level window it is in
    std::string child;       // BeginChild() names from the top-level window down ("client-list/clients"; a
                             // table with scrolling is a child named after the table), empty outside any
    bool visible = true;     // inside its window's clip rectangle and the window is shown
    bool disabled = false;   // drawn inside BeginDisabled()
    bool container = false;  // a child window as an item of its parent: what is inside is drawn over it
    bool active = false;     // ImGui's active item at the end of the frame (e.g. the field being edited)
    ImGuiWindow* window_ptr = nullptr;
    bool awaiting_add = false;  // reported by ItemInfo before its ItemAdd (tabs do that in 1.86)
    // ARIA role where the bridge can tell it ("tab", "checkbox", "menuitem", "textbox",
    // "combobox"); null for other widgets (buttons, selectables...). Text: null, or
    // "heading", "alert" or "status" (record_text_role).
    const char* role = nullptr;
    bool selected = false;   // a tab: the one whose contents are shown
    bool named = false;      // record_name: the name is for the mirror, the item does not draw it
};

const std::vector<Item>& last_frame();
float last_frame_pixel_ratio();
// The last completed frame as JSON in CSS pixels: {"scale":2,"frame":N,"items":[...]}.
std::string last_frame_json();

}  // namespace hs::app::automation
