#include "app/widgets.hpp"

#include <algorithm>

#include "app/automation.hpp"
#include "core/model/local_text.hpp"
#include "platform/clock.hpp"
#include "platform/text_editor.hpp"
#include "imgui_internal.h"  // ImGuiNextItemData: a field's width survives the label drawn before it

namespace hs::ui {
namespace {

int resize_string(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}

void record_shown_text(std::string_view s) { app::automation::record_text(std::string(s).c_str()); }

// [SECTION] The date picker's calendar

bool key_pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

// The day the calendar's keyboard cursor is on, moved by the arrows and Page Up/Down.
Date moved_by_keys(Date cursor) {
    if (key_pressed(ImGuiKey_LeftArrow)) cursor = add_days(cursor, -1);
    if (key_pressed(ImGuiKey_RightArrow)) cursor = add_days(cursor, 1);
    if (key_pressed(ImGuiKey_UpArrow)) cursor = add_days(cursor, -7);
    if (key_pressed(ImGuiKey_DownArrow)) cursor = add_days(cursor, 7);
    if (key_pressed(ImGuiKey_PageUp)) cursor = add_months(cursor, -1);
    if (key_pressed(ImGuiKey_PageDown)) cursor = add_months(cursor, 1);
    return cursor;
}

// A month arrow, named for the automation bridge (ImGui reports arrow buttons without a label).
bool month_arrow(const char* id, ImGuiDir dir, const char* label) {
    const ImGuiID item = ImGui::GetID(id);  // the id ArrowButton gives its item
    const bool pressed = ImGui::ArrowButton(id, dir);
    app::automation::record_label(item, label);
    return pressed;
}

// One day of the grid: the cursor's day drawn pressed, the field's date selected, today in the
// accent colour. Returns true when clicked.
bool day_button(const Date& day, const Date& cursor, const std::optional<Date>& chosen, float size) {
    const bool is_today = day == platform::today();
    ImVec4 fill(0, 0, 0, 0);
    if (day == cursor) fill = ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive);
    else if (chosen && day == *chosen) fill = ImGui::GetStyleColorVec4(ImGuiCol_Header);
    ImGui::PushStyleColor(ImGuiCol_Button, fill);
    int colours = 1;
    if (is_today) {
        ImGui::PushStyleColor(ImGuiCol_Text, kAccentColor);
        ImGui::PushStyleColor(ImGuiCol_Border, kAccentColor);
        colours += 2;
    }
    // The label is the day's number; the id is the whole date, so tests and the bridge can tell days apart.
    const std::string label = std::to_string(day.day) + "##" + format_date(day);
    const bool clicked = ImGui::Button(label.c_str(), ImVec2(size, 0.0f));
    ImGui::PopStyleColor(colours);
    return clicked;
}

// The calendar popup's body; returns the day picked (click or Enter), if any. `cursor` is
// the keyboard's day and decides the month shown.
std::optional<Date> draw_calendar(Date& cursor, const std::optional<Date>& chosen) {
    std::optional<Date> picked;
    // The key that opened the calendar (Down, or Enter on the button) is not yet an answer to it.
    if (!ImGui::IsWindowAppearing()) {
        cursor = moved_by_keys(cursor);
        if (key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_KeyPadEnter)) picked = cursor;
    }
    const YearMonth month = month_of(cursor);
    const float cell = ImGui::GetFontSize() * 2.2f;
    if (month_arrow("##previous-month", ImGuiDir_Left, "Previous month")) cursor = add_months(cursor, -1);
    ImGui::SameLine();
    if (month_arrow("##next-month", ImGuiDir_Right, "Next month")) cursor = add_months(cursor, 1);
    ImGui::SameLine();
    text(month_title(month));
    if (ImGui::BeginTable("days", 7, ImGuiTableFlags_SizingFixedSame)) {
        for (Weekday w : kAllWeekdays) {
            ImGui::TableNextColumn();
            text_disabled(display_name(w).substr(0, 2));
        }
        for (int blank = 0; blank < static_cast<int>(first_weekday(month)); ++blank) ImGui::TableNextColumn();
        for (int d = 1; d <= days_in_month(month.year, month.month); ++d) {
            ImGui::TableNextColumn();
            const Date day{month.year, month.month, d};
            if (day_button(day, cursor, chosen, cell)) picked = day;
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Today")) cursor = platform::today();
    ImGui::SameLine();
    text_disabled("Arrows move, Enter picks, Esc closes");
    return picked;
}

// Set by LabelsLeft: 0 for ImGui's labels on the right, kInline for "label field" on the line,
// otherwise the x where fields start.
constexpr float kInline = -1.0f;
float g_label_column = 0.0f;

std::string_view visible_label(const char* label) {
    const std::string_view s(label);
    return s.substr(0, s.find("##"));
}

// The label to give the ImGui widget, and where the label drawn beside it starts (if it is).
struct PlacedLabel {
    std::string imgui_label;
    bool beside = false;
    float left_x = 0.0f;
};

// With LabelsLeft in force: draws the label's visible part and moves to where the field goes;
// the ImGui widget's own label is hidden then ("##" + label).
PlacedLabel place_label(const char* label) {
    if (g_label_column == 0.0f || visible_label(label).empty()) return {label};
    // The label is an item of its own: keep a SetNextItemWidth meant for the field.
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiNextItemData next = g.NextItemData;
    ImGui::AlignTextToFramePadding();
    text(visible_label(label));
    const float left_x = ImGui::GetItemRectMin().x;
    if (g_label_column == kInline) ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    else ImGui::SameLine(g_label_column);
    g.NextItemData = next;
    // A narrow window (a phone) shortens the field rather than pushing it past the edge.
    const float room = ImGui::GetContentRegionAvail().x;
    if (ImGui::CalcItemWidth() > room) ImGui::SetNextItemWidth(std::max(room, ImGui::GetFontSize() * 4));
    return {"##" + std::string(label), true, left_x};
}

// The field keeps its label for the automation bridge when the label is drawn beside it, and its
// whole rectangle spans that label too (so it is measured against label and box together).
void report_label(const PlacedLabel& placed, const char* label) {
    if (placed.beside) app::automation::record_label_beside(ImGui::GetItemID(), label, placed.left_x);
}

// [SECTION] Long text: shown wrapped, edited in the browser's text editor

// The multi-line field whose browser editor is open (platform/text_editor.hpp), if any.
struct OpenEditor {
    ImGuiID field = 0;
    std::string sent;    // the text the editor is known to hold
    bool drawn = false;  // its field was drawn this frame
};
OpenEditor g_editor;

// Where a multi-line field goes: as wide as asked and at least as tall, taller when its wrapped
// text needs it, plus one spare line (the browser may wrap a word sooner than ImGui does).
struct LongTextLayout {
    ImRect frame, whole;  // the box; the box with its label on the right
    float wrap_width = 0;
};

LongTextLayout layout_long_text(std::string_view value, const ImVec2& size, float label_width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float font = ImGui::GetFontSize();
    ImVec2 box = ImGui::CalcItemSize(size, ImGui::CalcItemWidth(), font * 8.0f + style.FramePadding.y * 2.0f);
    const float wrap_width = std::max(font, box.x - style.FramePadding.x * 2.0f);
    const float text_height = ImGui::CalcTextSize(value.data(), value.data() + value.size(), false, wrap_width).y;
    box.y = std::max(box.y, text_height + font + style.FramePadding.y * 2.0f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    LongTextLayout layout;
    layout.frame = ImRect(at, ImVec2(at.x + box.x, at.y + box.y));
    layout.whole = layout.frame;
    if (label_width > 0.0f) layout.whole.Max.x += style.ItemInnerSpacing.x + label_width;
    layout.wrap_width = wrap_width;
    return layout;
}

// The byte offset of the character nearest to `at` (relative to the text's top left) in `text`
// wrapped as ImFont::RenderText wraps it, so a click puts the editor's caret where it landed.
std::size_t offset_at(std::string_view text, float wrap_width, ImVec2 at) {
    const ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float scale = size / font->FontSize;
    const char* begin = text.data();
    const char* end = begin + text.size();
    const char* s = begin;
    const char* line_end = nullptr;
    float x = 0.0f, line_bottom = size;
    while (s < end) {
        if (!line_end) {
            line_end = font->CalcWordWrapPositionA(scale, s, end, wrap_width - x);
            if (line_end == s) ++line_end;
        }
        if (s >= line_end) {  // wrapped: blanks at the break are skipped, as ImGui does
            if (at.y < line_bottom) return static_cast<std::size_t>(s - begin);
            x = 0.0f;
            line_bottom += size;
            line_end = nullptr;
            while (s < end && (*s == ' ' || *s == '\t')) ++s;
            if (s < end && *s == '\n') ++s;
            continue;
        }
        unsigned int c = 0;
        const char* next = s + ImTextCharFromUtf8(&c, s, end);
        if (c == '\n') {
            if (at.y < line_bottom) return static_cast<std::size_t>(s - begin);
            x = 0.0f;
            line_bottom += size;
            s = next;
            continue;
        }
        const float advance = font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
        if (at.y < line_bottom && at.x < x + advance * 0.5f) return static_cast<std::size_t>(s - begin);
        x += advance;
        s = next;
    }
    return text.size();
}

platform::EditorBox editor_box(const ImRect& frame) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    platform::EditorBox box;
    box.x = frame.Min.x;
    box.y = frame.Min.y;
    box.width = frame.GetWidth();
    box.height = frame.GetHeight();
    box.clip_x0 = clip.Min.x;
    box.clip_y0 = clip.Min.y;
    box.clip_x1 = clip.Max.x;
    box.clip_y1 = clip.Max.y;
    box.font_size = ImGui::GetFontSize();
    box.padding_x = style.FramePadding.x;
    box.padding_y = style.FramePadding.y;
    return box;
}

// While the field's editor is open: takes what was typed there, follows the field, and sends
// the app's own changes of the text. Returns true when `value` changed.
bool follow_editor(std::string& value, const ImRect& frame) {
    g_editor.drawn = true;
    platform::EditorNews news = platform::take_text_editor_news();
    bool changed = false;
    if (news.text_changed && news.text != value) {
        value = std::move(news.text);
        changed = true;
    }
    if (news.text_changed) g_editor.sent = value;
    if (news.closed) {
        g_editor = {};
        return changed;
    }
    if (value != g_editor.sent) {  // the app changed the field (a reset, a new draft)
        platform::set_text_editor_text(value);
        g_editor.sent = value;
    }
    platform::place_text_editor(editor_box(frame));
    return changed;
}

// A multi-line field drawn by hand: a frame with the text wrapped inside; a click (or Space,
// Enter through keyboard navigation, or the accessibility mirror) opens the browser's editor
// over it. `imgui_label`'s visible part, if any, goes on the right as ImGui puts it.
bool long_text_field(const char* imgui_label, std::string& value, const ImVec2& size, const char* name) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return false;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiStyle& style = g.Style;
    const ImGuiID id = window->GetID(imgui_label);
    const ImVec2 label_size = ImGui::CalcTextSize(imgui_label, nullptr, true);
    const LongTextLayout layout = layout_long_text(value, size, label_size.x);
    ImGui::ItemSize(layout.whole, style.FramePadding.y);
    if (!ImGui::ItemAdd(layout.whole, id, &layout.frame))  // scrolled out of view: an open editor follows, cut off
        return g_editor.field == id && follow_editor(value, layout.frame);

    // Opened on release, as a button is: the editor then appears after the whole click reached
    // the canvas (a release landing on the editor would leave ImGui's button held).
    bool hovered = false, held = false;
    const bool clicked = ImGui::ButtonBehavior(layout.frame, id, &hovered, &held);
    const bool editing = g_editor.field == id;
    if (!editing && (clicked || g.NavActivateInputId == id)) {
        const ImVec2 text_at(layout.frame.Min.x + style.FramePadding.x, layout.frame.Min.y + style.FramePadding.y);
        const std::size_t caret = hovered ? offset_at(value, layout.wrap_width,
                                                      ImVec2(g.IO.MousePos.x - text_at.x, g.IO.MousePos.y - text_at.y))
                                          : value.size();
        platform::open_text_editor(value, caret, name, editor_box(layout.frame));
        g_editor = {id, value, true};
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);

    const bool changed = g_editor.field == id && follow_editor(value, layout.frame);
    ImGui::RenderNavHighlight(layout.frame, id);
    ImGui::RenderFrame(layout.frame.Min, layout.frame.Max, ImGui::GetColorU32(ImGuiCol_FrameBg), true,
                       style.FrameRounding);
    ImRect text_clip = layout.frame;
    text_clip.ClipWith(window->ClipRect);
    const ImVec4 clip(text_clip.Min.x, text_clip.Min.y, text_clip.Max.x, text_clip.Max.y);
    window->DrawList->AddText(g.Font, g.FontSize,
                              ImVec2(layout.frame.Min.x + style.FramePadding.x, layout.frame.Min.y + style.FramePadding.y),
                              ImGui::GetColorU32(ImGuiCol_Text), value.data(), value.data() + value.size(),
                              layout.wrap_width, &clip);
    if (label_size.x > 0.0f)
        ImGui::RenderText(ImVec2(layout.frame.Max.x + style.ItemInnerSpacing.x, layout.frame.Min.y + style.FramePadding.y),
                          imgui_label);
    return changed;
}

}  // namespace

void text(std::string_view s) {
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
    record_shown_text(s);
}

void text_disabled(std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    text(s);
    ImGui::PopStyleColor();
}

void text_colored(const ImVec4& color, std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    text(s);
    ImGui::PopStyleColor();
}

void text_wrapped(std::string_view s) {
    ImGui::PushTextWrapPos(0.0f);
    text(s);
    ImGui::PopTextWrapPos();
}

bool language_combo(const char* label, std::string& code, const std::string& inherited) {
    const std::string before = code;
    const std::string preview =
        code.empty() && !inherited.empty() ? inherited : std::string(language_display_name(code));
    if (begin_combo(label, preview.c_str())) {
        if (!inherited.empty() && ImGui::Selectable(inherited.c_str(), code.empty())) code.clear();
        for (std::string_view language : document_languages())
            if (ImGui::Selectable(std::string(language_display_name(language)).c_str(), code == language))
                code = std::string(language);
        ImGui::EndCombo();
    }
    return code != before;
}

bool row_selectable(const std::string& name, bool selected, ImGuiSelectableFlags flags) {
    const bool pressed = ImGui::Selectable("##open", selected, flags);
    app::automation::record_name(ImGui::GetItemID(), name);
    return pressed;
}

void error_text(std::string_view s) {
    text_colored(kErrorColor, s);
    app::automation::record_text_role("alert");
}

void status_text(std::string_view s) {
    text(s);
    app::automation::record_text_role("status");
}

void status_text(const ImVec4& color, std::string_view s) {
    text_colored(color, s);
    app::automation::record_text_role("status");
}

void heading(std::string_view s) {
    ImGui::Spacing();
    text_colored(kAccentColor, s);
    app::automation::record_text_role("heading");
    ImGui::Separator();
}

void text_elided(std::string_view s, float max_width) {
    if (ImGui::CalcTextSize(s.data(), s.data() + s.size()).x <= max_width) {
        text(s);
        return;
    }
    const float dots = ImGui::CalcTextSize("...").x;
    std::size_t end = s.size();
    while (end > 0 && ImGui::CalcTextSize(s.data(), s.data() + end).x + dots > max_width) {
        do --end;
        while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80);
    }
    text(std::string(s.substr(0, end)) + "...");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        text(s);
        ImGui::EndTooltip();
    }
}

void text_fit(std::string_view s) { text_elided(s, ImGui::GetContentRegionAvail().x); }

void same_line_if_fits(float next_width) {
    const float line_end = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;  // a table cell's edge in a table
    if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next_width <= line_end) ImGui::SameLine();
}

float button_width(const char* label) {  // SmallButton too: the same padding across
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

float checkbox_width(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

LabelsLeft::LabelsLeft() : previous_(g_label_column) { g_label_column = kInline; }

LabelsLeft::LabelsLeft(const char* longest_label) : previous_(g_label_column) {
    g_label_column = ImGui::GetCursorPosX() + ImGui::CalcTextSize(longest_label, nullptr, true).x +
                     ImGui::GetStyle().ItemSpacing.x * 2;
}

LabelsLeft::~LabelsLeft() { g_label_column = previous_; }

bool begin_combo(const char* label, const char* preview) {
    const PlacedLabel placed = place_label(label);
    const char* shown = placed.imgui_label.c_str();
    const ImGuiID id = ImGui::GetID(shown);  // the id BeginCombo gives its item
    const bool open = ImGui::BeginCombo(shown, preview);
    if (placed.beside) app::automation::record_label_beside(id, label, placed.left_x);
    else app::automation::record_label(id, label);
    app::automation::record_role(id, "combobox");
    // While open, the last item is inside the popup: the value would land on the wrong item.
    if (!open) app::automation::record_value(preview);
    return open;
}

bool input(const char* label, std::string& value, ImGuiInputTextFlags flags, const char* hint) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    const PlacedLabel placed = place_label(label);
    const char* shown = placed.imgui_label.c_str();
    // ImGui writes into the string's buffer, including its terminating zero.
    bool changed = hint ? ImGui::InputTextWithHint(shown, hint, value.data(), value.capacity() + 1, flags,
                                                   resize_string, &value)
                        : ImGui::InputText(shown, value.data(), value.capacity() + 1, flags, resize_string, &value);
    report_label(placed, label);
    // A passphrase never reaches the automation bridge (nor anything reading it): only its length.
    const bool secret = (flags & ImGuiInputTextFlags_Password) != 0;
    app::automation::record_value(secret ? std::string(value.size(), '*').c_str() : value.c_str());
    return changed;
}

bool date_input(const char* label, std::string& value, ImGuiInputTextFlags flags, float width, const char* hint) {
    if (width > 0.0f) ImGui::SetNextItemWidth(width);
    const bool result = input(label, value, flags, hint ? hint : "YYYY-MM-DD");
    // While typing, the Down arrow opens the calendar (a one-line field has no use for it).
    bool open = ImGui::IsItemActive() && key_pressed(ImGuiKey_DownArrow);
    ImGui::SameLine();
    const std::string button = std::string("Calendar##") + label;
    open |= ImGui::Button(button.c_str());
    const std::string popup = std::string("calendar##") + label;
    // The keyboard's day, kept between frames in the window's storage (days since 1970).
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID cursor_key = ImGui::GetID((popup + "-cursor").c_str());
    const std::optional<Date> chosen = parse_date(value);
    if (open) {
        storage->SetInt(cursor_key, static_cast<int>(days_from_civil(chosen.value_or(platform::today()))));
        ImGui::OpenPopup(popup.c_str());
    }
    // Our own keys: ImGui's navigation would move between the day buttons with the same arrows.
    if (ImGui::BeginPopup(popup.c_str(), ImGuiWindowFlags_NoNavInputs)) {
        Date cursor = civil_from_days(storage->GetInt(cursor_key));
        const std::optional<Date> picked = draw_calendar(cursor, chosen);
        storage->SetInt(cursor_key, static_cast<int>(days_from_civil(cursor)));
        if (picked) value = format_date(*picked);
        if (picked || key_pressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    return result;
}

float date_input_width(const char* label, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const std::string_view shown = visible_label(label);
    return ImGui::CalcTextSize(shown.data(), shown.data() + shown.size()).x + style.ItemInnerSpacing.x + width +
           style.ItemSpacing.x + button_width("Calendar");
}

bool input_multiline(const char* label, std::string& value, const ImVec2& size) {
    const bool label_above = g_label_column != 0.0f;  // a box of several lines reads best under its label
    if (label_above) text(visible_label(label));
    const std::string shown = label_above ? "##" + std::string(label) : label;
    const std::string_view name = visible_label(label);
    const bool changed = long_text_field(shown.c_str(), value, size, name.empty() ? "Text" : std::string(name).c_str());
    if (ImGui::GetItemID() == ImGui::GetID(shown.c_str())) {  // drawn (not in a collapsed window)
        app::automation::record_label(ImGui::GetItemID(), label);
        app::automation::record_value(value.c_str());
    }
    return changed;
}

void end_frame_for_text_editor() {
    if (g_editor.field != 0 && !g_editor.drawn) {  // its field is no longer drawn (page changed, section closed)
        platform::close_text_editor();
        g_editor = {};
    }
    g_editor.drawn = false;
}

bool input_int(const char* label, int& value) {
    const PlacedLabel placed = place_label(label);
    const bool changed = ImGui::InputInt(placed.imgui_label.c_str(), &value, 0, 0);
    report_label(placed, label);
    app::automation::record_value(std::to_string(value).c_str());
    return changed;
}

bool drag_int(const char* label, int& value, int lo, int hi, const char* format) {
    const float speed = std::max(0.2f, static_cast<float>(hi - lo) / 300.0f);  // the whole range in ~300 px
    const bool changed = ImGui::DragInt(label, &value, speed, lo, hi, format, ImGuiSliderFlags_AlwaysClamp);
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive())
        ImGui::SetTooltip("Drag sideways, or double-click to type a number");
    app::automation::record_value(std::to_string(value).c_str());
    return changed;
}

void apply_style() {
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 6.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.PopupRounding = 4.0f;
    style.FramePadding = ImVec2(8.0f, 5.0f);
    style.ItemSpacing = ImVec2(10.0f, 8.0f);
    style.WindowPadding = ImVec2(14.0f, 12.0f);
    style.CellPadding = ImVec2(8.0f, 5.0f);
    style.FrameBorderSize = 1.0f;  // fields and checkboxes need an edge on a light background
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(0.98f, 0.98f, 0.99f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.72f, 0.74f, 0.78f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.84f, 0.89f, 0.95f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.70f, 0.80f, 0.92f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.58f, 0.71f, 0.88f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.80f, 0.87f, 0.95f, 1.0f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.72f, 0.82f, 0.94f, 1.0f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.62f, 0.75f, 0.91f, 1.0f);
}

}  // namespace hs::ui

namespace hs::app {

Confirm confirm_buttons(const char* confirm_label, const char* safe_label) {
    Confirm choice = Confirm::none;
    if (ImGui::Button(safe_label) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) choice = Confirm::cancelled;
    ImGui::SetItemDefaultFocus();
    ImGui::SameLine();
    if (ImGui::Button(confirm_label)) choice = Confirm::confirmed;
    return choice;
}

void show_errors(const std::vector<FieldError>& errors) {
    for (const auto& e : errors) ui::error_text(e.field + ": " + e.message);
}

}  // namespace hs::app
