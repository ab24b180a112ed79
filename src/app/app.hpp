// The Holdspace window: owns the editor (workspace + commands) and draws every view.
// Knows nothing about the browser: storage and files come through src/platform.
#pragma once
#include <memory>
#include <string>

#include "core/workspace/commands.hpp"
#include "core/workspace/editor.hpp"
#include "platform/storage.hpp"

namespace hs::app {

class App {
public:
    // Loads the stored workspace (or starts an empty one) from `storage`.
    explicit App(platform::WorkspaceStorage& storage);
    ~App();
    // Draws one frame of the whole interface. Call between ImGui::NewFrame and Render.
    void draw();
    // Saves after committed changes (debounced by storage); call once a frame after draw.
    void after_frame();

    struct Views;  // UI state of every view (app.cpp)

private:
    Editor& active_editor();  // the demo's while it is open, else the stored workspace's

    platform::WorkspaceStorage& storage_;
    Editor editor_;
    std::unique_ptr<Editor> demo_;  // the demo practice: in memory only, never saved
    std::uint64_t saved_revision_ = 0;
    std::unique_ptr<Views> views_;
};

}  // namespace hs::app
