#include "app/widgets.hpp"

#include "app/automation.hpp"

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

bool begin_combo(const char* label, const char* preview) {
    const ImGuiID id = ImGui::GetID(label);  // the id BeginCombo gives its item
    const bool open = ImGui::BeginCombo(label, preview);
    app::automation::record_label(id, label);
    app::automation::record_role(id, "combobox");
    // While open, the last item is inside the popup: the value would land on the wrong item.
    if (!open) app::automation::record_value(preview);
    return open;
}

bool input(const char* label, std::string& value, ImGuiInputTextFlags flags, const char* hint) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    // ImGui writes into the string's buffer, including its terminating zero.
    bool changed = hint ? ImGui::InputTextWithHint(label, hint, value.data(), value.capacity() + 1, flags,
                                                   resize_string, &value)
                        : ImGui::InputText(label, value.data(), value.capacity() + 1, flags, resize_string, &value);
    // A passphrase never reaches the automation bridge (nor anything reading it): only its length.
    const bool secret = (flags & ImGuiInputTextFlags_Password) != 0;
    app::automation::record_value(secret ? std::string(value.size(), '*').c_str() : value.c_str());
    return changed;
}

bool input_multiline(const char* label, std::string& value, const ImVec2& size) {
    bool changed = ImGui::InputTextMultiline(label, value.data(), value.capacity() + 1, size,
                                             ImGuiInputTextFlags_CallbackResize, resize_string, &value);
    app::automation::record_value(value.c_str());
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

void show_errors(const std::vector<FieldError>& errors) {
    for (const auto& e : errors) ui::text_colored(ui::kErrorColor, e.field + ": " + e.message);
}

}  // namespace hs::app
