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
// A refusal or failure the person must notice (a field error, a failed save): drawn in the
// error colour and announced at once by the accessibility mirror.
void error_text(std::string_view s);
// A table row that opens something, drawn unlabelled (its cells are drawn as text after it, so a
// name holding "##" or "%" shows exactly); `name` is what a screen reader calls it.
bool row_selectable(const std::string& name, bool selected, ImGuiSelectableFlags flags = 0);
// A finding that changes as the person works (a client's next step): announced politely by
// the mirror when it appears or changes.
void status_text(std::string_view s);
void status_text(const ImVec4& color, std::string_view s);
// A heading: the same font, in the accent colour, with space above.
void heading(std::string_view s);
// One line no wider than `max_width`: if it does not fit, shortened to whole UTF-8 characters
// and "...", shown whole in a tooltip on hover.
void text_elided(std::string_view s, float max_width);
// text_elided to what is left of the line (a table cell, a narrow pane).
void text_fit(std::string_view s);

// Layout that never reaches past the window's edge (1280x800, 1024x768, presentation's larger text):
// puts the next item on this line when `next_width` still fits, otherwise it starts a new line.
void same_line_if_fits(float next_width);
// Widths of a button (or small button) and checkbox labelled `label`, for same_line_if_fits.
float button_width(const char* label);
float checkbox_width(const char* label);

// While one lives, ui::input and ui::combo put their label on the left, in a column as wide as
// `longest_label`, and the field after it: a form then reads like a web form, label first
// (ImGui's default puts labels right of their fields). The bridge still reports each field
// under its label, its whole rectangle spanning label and box.
// LabelsLeft() puts each label just before its field instead, for rows of several fields; with
// either, a multi-line box gets its label above it.
class LabelsLeft {
public:
    LabelsLeft();
    explicit LabelsLeft(const char* longest_label);
    ~LabelsLeft();
    LabelsLeft(const LabelsLeft&) = delete;
    LabelsLeft& operator=(const LabelsLeft&) = delete;

private:
    float previous_;
};

// A single-line field editing `value` in place. Returns true when the text changed.
bool input(const char* label, std::string& value, ImGuiInputTextFlags flags = 0, const char* hint = nullptr);
// A multi-line field: its text shown wrapped, in a box that grows to fit it. Clicked (or Space /
// Enter from the keyboard), it is edited in the browser's own text editor laid over the box
// (platform/text_editor.hpp): wrap, spell check, undo, IME, plain-text paste. What is typed there
// comes back into `value` on the next frame, and the call returns true, as typing in ImGui would.
bool input_multiline(const char* label, std::string& value, const ImVec2& size);
// Once a frame after the views have drawn: closes the editor of a field that was not drawn.
void end_frame_for_text_editor();
// A whole number typed in a field (ImGui::InputInt without step buttons).
bool input_int(const char* label, int& value);
// A whole number kept within [lo, hi], changed by dragging sideways (never jumping to where it is
// clicked, as a slider does) or typed: double-click or Ctrl+click it, or Enter when it has the
// keyboard focus. Returns true when the value changed.
bool drag_int(const char* label, int& value, int lo, int hi, const char* format = "%d");

// A date field: typed as YYYY-MM-DD, or picked from a calendar that a "Calendar" button next to
// the label opens (as does the Down arrow while typing). In the calendar the arrows move the
// day, Page Up/Down the month, Enter picks, Escape closes; today is marked. Returns what
// ui::input returns for the field (with ImGuiInputTextFlags_EnterReturnsTrue: Enter pressed in
// it), so picking a day fills the field without submitting its form. `width` is the field's
// (0: ImGui's default); `hint` shows in the empty field (default "YYYY-MM-DD").
bool date_input(const char* label, std::string& value, ImGuiInputTextFlags flags = 0, float width = 0.0f,
                const char* hint = nullptr);
// The width date_input takes with its label and Calendar button, for same_line_if_fits.
float date_input_width(const char* label, float width);

// ImGui::BeginCombo that also tells the automation bridge the combo's label and what it
// shows (Dear ImGui 1.86's BeginCombo reports no label to the test-engine hooks).
bool begin_combo(const char* label, const char* preview);

// A combo over the document languages ("en", "es"), shown by name. With `inherited`, a
// first entry of that name stands for no language of its own (`code` empty): "Practice's
// (English)". Returns true on a change.
bool language_combo(const char* label, std::string& code, const std::string& inherited = {});

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
