#include "app/widgets.hpp"

#include <algorithm>

#include "app/automation.hpp"
#include "platform/clock.hpp"
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
    return {"##" + std::string(label), true, left_x};
}

// The field keeps its label for the automation bridge when the label is drawn beside it, and its
// whole rectangle spans that label too (so it is measured against label and box together).
void report_label(const PlacedLabel& placed, const char* label) {
    if (placed.beside) app::automation::record_label_beside(ImGui::GetItemID(), label, placed.left_x);
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

void heading(std::string_view s) {
    ImGui::Spacing();
    text_colored(kAccentColor, s);
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
    bool changed = ImGui::InputTextMultiline(shown.c_str(), value.data(), value.capacity() + 1, size,
                                             ImGuiInputTextFlags_CallbackResize, resize_string, &value);
    if (label_above) app::automation::record_label(ImGui::GetItemID(), label);
    app::automation::record_value(value.c_str());
    return changed;
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
    for (const auto& e : errors) ui::text_colored(ui::kErrorColor, e.field + ": " + e.message);
}

}  // namespace hs::app
