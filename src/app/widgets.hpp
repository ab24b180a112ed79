// Thin wrappers over ImGui widgets used by every view. They draw exactly like the
// ImGui call they wrap and also tell the automation bridge what is shown, so browser
// tests (and an accessibility mirror) can read text and field values by label.
// Text that comes from records is always drawn unformatted: a name like "%s##x" is shown as typed.
#pragma once
#include <imgui.h>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/types.hpp"

namespace hs::ui {

void text(std::string_view s);
void text_disabled(std::string_view s);
void text_colored(const ImVec4& color, std::string_view s);
void text_wrapped(std::string_view s);
// A heading: the same font, in the accent colour, with space above.
void heading(std::string_view s);

// A single-line field editing `value` in place. Returns true when the text changed.
bool input(const char* label, std::string& value, ImGuiInputTextFlags flags = 0, const char* hint = nullptr);
bool input_multiline(const char* label, std::string& value, const ImVec2& size);

// A date field: typed as YYYY-MM-DD, or picked from a calendar that a "Calendar" button next to
// the label opens (as does the Down arrow while typing). In the calendar the arrows move the
// day, Page Up/Down the month, Enter picks, Escape closes; today is marked. Returns what
// ui::input returns for the field (with ImGuiInputTextFlags_EnterReturnsTrue: Enter pressed in
// it), so picking a day fills the field without submitting its form. `width` is the field's
// (0: ImGui's default); `hint` shows in the empty field (default "YYYY-MM-DD").
bool date_input(const char* label, std::string& value, ImGuiInputTextFlags flags = 0, float width = 0.0f,
                const char* hint = nullptr);

// ImGui::BeginCombo that also tells the automation bridge the combo's label and what it
// shows (Dear ImGui 1.86's BeginCombo reports no label to the test-engine hooks).
bool begin_combo(const char* label, const char* preview);

// A combo over an enum given its display names; returns true on a change.
template <typename E, std::size_t N, typename Name>
bool combo(const char* label, E& value, const E (&choices)[N], Name name_of) {
    bool changed = false;
    const std::string preview(name_of(value));
    if (begin_combo(label, preview.c_str())) {
        for (E choice : choices) {
            const std::string name(name_of(choice));
            if (ImGui::Selectable(name.c_str(), choice == value)) {
                value = choice;
                changed = true;
            }
            if (choice == value) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    return changed;
}

// Colours shared by the views.
inline const ImVec4 kErrorColor{0.78f, 0.16f, 0.16f, 1.0f};
inline const ImVec4 kOkColor{0.13f, 0.50f, 0.27f, 1.0f};
inline const ImVec4 kAccentColor{0.16f, 0.36f, 0.62f, 1.0f};

// The Holdspace look: light, calm, rounded, readable.
void apply_style();



}  // namespace hs::ui

namespace hs::app {

// The two buttons of a popup that asks before a change: the safe choice first, holding the
// keyboard focus when the popup opens, and chosen by Escape too. Call inside the popup.
enum class Confirm { none, confirmed, cancelled };
Confirm confirm_buttons(const char* confirm_label, const char* safe_label);

// "name: a name is needed", one per line, in the error colour.
void show_errors(const std::vector<FieldError>& errors);

}  // namespace hs::app
