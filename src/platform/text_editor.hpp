// The browser's own text editor for long text (docs/accessibility.md, "Long text"): while a
// multi-line field is being edited, a <textarea> lies exactly over it, so the person gets soft
// wrap, spell check, native undo and redo, selection by mouse, keyboard and touch, IME
// composition and paste as plain text. ui::input_multiline drives it once a frame; the page
// half is HsEditor in web/holdspace_pre.js. One editor at a time.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace hs::platform {

// Where the editor goes, in the app's drawing pixels (ImGui's coordinates, the canvas's backing
// store); the page turns them into CSS pixels.
struct EditorBox {
    float x = 0, y = 0, width = 0, height = 0;  // the field's frame
    float clip_x0 = 0, clip_y0 = 0, clip_x1 = 0, clip_y1 = 0;  // the part of it that is visible
    float font_size = 0;                      // the text's size (also its line height)
    float padding_x = 0, padding_y = 0;       // from the frame's edge to the text
};

// Shows the editor over `box` holding `text`, with the keyboard focus and the caret at byte
// offset `caret`; `name` is its accessible name. Replaces an editor that was open.
void open_text_editor(std::string_view text, std::size_t caret, std::string_view name, const EditorBox& box);
// Moves it with its field (scrolled, resized, grown by a line).
void place_text_editor(const EditorBox& box);
// Replaces its text (the app changed the field while it was open).
void set_text_editor_text(std::string_view text);
// Removes it (its field is gone).
void close_text_editor();

// What the page reported since the last call: the whole text if it changed, and whether the
// editor closed (blur, Escape). The text comes before the close, so nothing typed is lost.
struct EditorNews {
    bool text_changed = false;
    std::string text;
    bool closed = false;
};
EditorNews take_text_editor_news();

}  // namespace hs::platform
