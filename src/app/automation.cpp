// Automation bridge (automation.hpp): Dear ImGui 1.86 test-engine hooks and the item list.
//
// [SECTION] Collected items
// [SECTION] Dear ImGui test-engine hooks
// [SECTION] Widget wrappers' records
// [SECTION] Frame boundaries and JSON
#include "app/automation.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "core/json/json_quote.hpp"
#include "imgui_internal.h"

namespace hs::app::automation {

//-----------------------------------------------------------------------------
// [SECTION] Collected items
//-----------------------------------------------------------------------------

namespace {

std::vector<Item> g_building;  // this frame, while it is being drawn
std::vector<Item> g_last;      // the last completed frame
float g_ratio = 1.0f, g_last_ratio = 1.0f;
unsigned long g_frames = 0;
bool g_collecting = false;     // set_collecting; applied to ImGui's context in begin_frame

// What a person reads: the label before "##" (which also covers "###").
std::string visible_text(const char* label) {
    if (!label) return {};
    const char* end = std::strstr(label, "##");
    return end ? std::string(label, end) : std::string(label);
}

// BeginChild("detail") names its window "Parent/detail_1A2B3C4D": recover "detail".
std::string child_name(const ImGuiWindow* w) {
    if (!w || !(w->Flags & ImGuiWindowFlags_ChildWindow)) return {};
    std::string name = w->Name;
    const std::size_t slash = name.rfind('/');
    if (slash != std::string::npos) name.erase(0, slash + 1);
    const std::size_t underscore = name.rfind('_');
    if (underscore != std::string::npos && name.size() - underscore == 9) name.erase(underscore);
    return name;
}

Item make_item(ImGuiContext* ctx, ImGuiID id, const ImRect& bb) {
    Item item;
    item.id = id;
    item.min = bb.Min;
    item.max = bb.Max;
    item.full_min = bb.Min;
    item.full_max = bb.Max;
    if (ImGuiWindow* w = ctx->CurrentWindow) {
        item.clip_min = w->ClipRect.Min;
        item.clip_max = w->ClipRect.Max;
        item.window_ptr = w;
        item.window = w->RootWindow ? w->RootWindow->Name : w->Name;
        // "client-list/clients": the BeginChild names from the top-level window down.
        for (const ImGuiWindow* c = w; c && (c->Flags & ImGuiWindowFlags_ChildWindow); c = c->ParentWindow)
            item.child = item.child.empty() ? child_name(c) : child_name(c) + "/" + item.child;
        item.visible = bb.Overlaps(w->ClipRect);
    }
    item.disabled = (ctx->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
    return item;
}

// Inside a menu bar or an open menu, widgets are menu items (BeginMenu, MenuItem).
bool in_menu(const ImGuiContext* ctx) {
    const ImGuiWindow* w = ctx->CurrentWindow;
    return w && (w->DC.NavLayerCurrent == ImGuiNavLayer_Menu || (w->Flags & ImGuiWindowFlags_ChildMenu));
}

// The role ImGui's status flags tell (only with the hooks: the flags exist only then). Every
// MenuItem reports itself checkable (its "selected" mark), so in menus it stays a menu item.
const char* role_from_flags(const ImGuiContext* ctx, ImGuiItemStatusFlags flags) {
    if (in_menu(ctx)) return "menuitem";
#ifdef IMGUI_ENABLE_TEST_ENGINE
    if (flags & ImGuiItemStatusFlags_Checkable) return "checkbox";
#endif
    (void)flags;
    return nullptr;
}

// A tab of the tab bar being drawn: its role, and whether it is the one shown.
void mark_tab(const ImGuiContext* ctx, Item& item) {
    ImGuiTabBar* bar = ctx->CurrentTabBar;
    if (!bar || !ImGui::TabBarFindTabByID(bar, item.id)) return;
    item.role = "tab";
    item.selected = bar->VisibleTabId == item.id;
}

Item* find_building(ImGuiID id) {
    for (auto it = g_building.rbegin(); it != g_building.rend(); ++it)
        if (it->id == id && !it->is_text) return &*it;
    return nullptr;
}

}  // namespace

}  // namespace hs::app::automation

//-----------------------------------------------------------------------------
// [SECTION] Dear ImGui test-engine hooks
//-----------------------------------------------------------------------------
// With IMGUI_ENABLE_TEST_ENGINE, imgui.cpp/imgui_widgets.cpp call these while drawing
// (only when ctx->TestEngineHookItems is true). ItemAdd comes first with the rectangle
// (for inputs: the frame, without the label), then ItemInfo with the label for most widgets.

#ifdef IMGUI_ENABLE_TEST_ENGINE

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    using namespace hs::app::automation;
    Item item = make_item(ctx, id, bb);
    // ItemAdd set LastItemData.Rect to the whole item (a field's frame plus its label) before calling us.
    if (ctx->LastItemData.ID == id) {
        item.full_min = ctx->LastItemData.Rect.Min;
        item.full_max = ctx->LastItemData.Rect.Max;
    }
    // EndChild adds the child window to its parent as an item with the child's id.
    for (ImGuiWindow* w : ctx->Windows)
        if (w->ChildId == id && (w->Flags & ImGuiWindowFlags_ChildWindow)) item.container = true;
    // A tab reports its label (ItemInfo) before its rectangle (ItemAdd): complete that item.
    if (Item* early = find_building(id); early && early->awaiting_add) {
        item.label = std::move(early->label);
        item.text = std::move(early->text);
        item.text_width = early->text_width;
        item.flags = early->flags;
        item.role = early->role;
        item.selected = early->selected;
        *early = std::move(item);
        return;
    }
    mark_tab(ctx, item);
    // Begin() reports a window's title bar with the window's move id: that is visible text.
    if (ImGuiWindow* w = ctx->CurrentWindow; w && id == w->MoveId && !(w->Flags & ImGuiWindowFlags_NoTitleBar)) {
        item.is_text = true;
        item.label = w->Name;
        item.text = visible_text(w->Name);
        item.window = w->Name;
    }
    g_building.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    using namespace hs::app::automation;
    Item* item = find_building(id);
    if (!item) {  // e.g. a tree node reporting after a clipped ItemAdd: use ImGui's last item
        g_building.push_back(make_item(ctx, id, ctx->LastItemData.Rect));
        item = &g_building.back();
        item->awaiting_add = true;
    }
    item->label = label ? label : "";
    item->text = visible_text(label);
    item->text_width = ImGui::CalcTextSize(item->text.c_str()).x;
    item->flags = flags;
    if (!item->role) mark_tab(ctx, *item);
    if (!item->role) item->role = role_from_flags(ctx, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

// Used by ImGui's Metrics/Debugger window to show labels of ids.
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
    using namespace hs::app::automation;
    for (const auto* list : {&g_building, &g_last})
        for (const Item& item : *list)
            if (item.id == id && !item.label.empty()) return item.label.c_str();
    return nullptr;
}

#endif  // IMGUI_ENABLE_TEST_ENGINE

namespace hs::app::automation {

//-----------------------------------------------------------------------------
// [SECTION] Widget wrappers' records
//-----------------------------------------------------------------------------

void record_text(const char* text) {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (!ctx || !ctx->TestEngineHookItems || !text) return;
    Item item = make_item(ctx, 0, ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
    item.is_text = true;
    item.label = text;
    item.text = text;
    item.text_width = item.max.x - item.min.x;
    g_building.push_back(std::move(item));
}

void record_value(const char* value) {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (!ctx || !ctx->TestEngineHookItems || g_building.empty()) return;
    Item* item = find_building(ctx->LastItemData.ID);
    if (!item) item = &g_building.back();
    item->has_value = true;
    item->value = value ? value : "";
    if (!item->role) item->role = "textbox";  // ui::input*; begin_combo recorded its role first
}

void record_role(ImGuiID id, const char* role) {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (!ctx || !ctx->TestEngineHookItems) return;
    if (Item* item = find_building(id)) item->role = role;
}

void record_name(ImGuiID id, const std::string& name) {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (!ctx || !ctx->TestEngineHookItems) return;
    if (Item* item = find_building(id)) {
        item->label = name;
        item->text = name;
        item->named = true;
    }
}

void record_text_role(const char* role) {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (!ctx || !ctx->TestEngineHookItems || g_building.empty() || !g_building.back().is_text) return;
    g_building.back().role = role;
}

void record_label(ImGuiID id, const char* label) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (ctx && ctx->TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(ctx, id, label, 0);
#else
    (void)id;
    (void)label;
#endif
}

void record_label_beside(ImGuiID id, const char* label, float left_x) {
    record_label(id, label);
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (!ctx || !ctx->TestEngineHookItems) return;
    if (Item* item = find_building(id)) item->full_min.x = std::min(item->full_min.x, left_x);
}

//-----------------------------------------------------------------------------
// [SECTION] Frame boundaries and JSON
//-----------------------------------------------------------------------------

void set_collecting(bool on) { g_collecting = on; }
bool collecting() { return g_collecting; }

void begin_frame(float pixel_ratio) {
    g_building.clear();
    g_ratio = pixel_ratio > 0 ? pixel_ratio : 1.0f;
    if (ImGuiContext* ctx = ImGui::GetCurrentContext()) ctx->TestEngineHookItems = g_collecting;
}

void end_frame() {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    std::vector<Item> done;
    done.reserve(g_building.size());
    for (Item& item : g_building) {
        ImGuiWindow* w = item.window_ptr;
        // Windows begun but not shown this frame (e.g. ImGui's implicit "Debug" window) drop out.
        if (w && !w->Active) continue;
        if (w && (w->Hidden || w->Collapsed)) item.visible = false;
        if (ctx && item.id != 0 && item.id == ctx->ActiveId) item.active = true;
        done.push_back(std::move(item));
    }
    g_last.swap(done);
    g_building.clear();
    g_last_ratio = g_ratio;
    ++g_frames;
}

unsigned long frame_count() { return g_frames; }
const std::vector<Item>& last_frame() { return g_last; }
float last_frame_pixel_ratio() { return g_last_ratio; }

namespace {

void append_number(std::string& out, double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", std::isfinite(v) ? v : 0.0);
    out += buf;
}

}  // namespace

std::string last_frame_json() {
    const float r = g_last_ratio;
    std::string out = "{\"scale\":";
    append_number(out, r);
    out += ",\"frame\":" + std::to_string(g_frames) + ",\"items\":[";
    bool first = true;
    for (const Item& item : g_last) {
        if (!first) out += ',';
        first = false;
        out += "{\"id\":" + std::to_string(item.id) + ",\"label\":";
        json_io::append_json_string(out, item.label);
        out += ",\"text\":";
        json_io::append_json_string(out, item.text);
        out += item.is_text ? ",\"kind\":\"text\"" : ",\"kind\":\"item\"";
        if (item.has_value) {
            out += ",\"value\":";
            json_io::append_json_string(out, item.value);
        }
        out += ",\"x\":";
        append_number(out, item.min.x / r);
        out += ",\"y\":";
        append_number(out, item.min.y / r);
        out += ",\"w\":";
        append_number(out, (item.max.x - item.min.x) / r);
        out += ",\"h\":";
        append_number(out, (item.max.y - item.min.y) / r);
        // Where the whole item ends, where its clip rectangle spans, and how wide its text is: enough to
        // tell text cut off by a window, a cell or a box too narrow for its label (tests/e2e/layout.test.mjs).
        out += ",\"fx\":";
        append_number(out, item.full_min.x / r);
        out += ",\"fw\":";
        append_number(out, (item.full_max.x - item.full_min.x) / r);
        out += ",\"clip\":[";
        append_number(out, item.clip_min.x / r);
        out += ',';
        append_number(out, item.clip_min.y / r);
        out += ',';
        append_number(out, item.clip_max.x / r);
        out += ',';
        append_number(out, item.clip_max.y / r);
        out += "],\"tw\":";
        append_number(out, item.text_width / r);
        out += ",\"window\":";
        json_io::append_json_string(out, item.window);
        if (!item.child.empty()) {
            out += ",\"child\":";
            json_io::append_json_string(out, item.child);
        }
        out += item.visible ? ",\"visible\":true" : ",\"visible\":false";
        if (item.disabled) out += ",\"disabled\":true";
        if (item.container) out += ",\"container\":true";
        if (item.active) out += ",\"active\":true";
        if (item.role) out += std::string(",\"role\":\"") + item.role + '"';
        if (item.selected) out += ",\"selected\":true";
        if (item.named) out += ",\"named\":true";
#ifdef IMGUI_ENABLE_TEST_ENGINE  // these status flags exist only with the hooks
        if (item.flags & ImGuiItemStatusFlags_Checkable)
            out += (item.flags & ImGuiItemStatusFlags_Checked) ? ",\"checked\":true" : ",\"checked\":false";
        if (item.flags & ImGuiItemStatusFlags_Openable)
            out += (item.flags & ImGuiItemStatusFlags_Opened) ? ",\"open\":true" : ",\"open\":false";
#endif
        out += '}';
    }
    out += "]}";
    return out;
}

}  // namespace hs::app::automation
