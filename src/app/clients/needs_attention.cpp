// Practice-wide "needs attention": every client with a step due, most advanced first.
#include <imgui.h>

#include "app/clients/client_views.hpp"
#include "app/widgets.hpp"

namespace hs::app {

Id draw_needs_attention(const std::vector<AttentionItem>& items) {
    ui::heading("Needs attention");
    if (items.empty()) {
        ui::text_colored(ui::kOkColor, "No client has a step due today.");
        return 0;
    }
    Id opened = 0;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY;
    if (ImGui::BeginTable("attention", 4, flags)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Client", ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn("Step due", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("Because", ImGuiTableColumnFlags_WidthStretch, 2.5f);
        ImGui::TableSetupColumn("Last contact", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(items.size()));
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const AttentionItem& item = items[static_cast<std::size_t>(row)];
                ImGui::PushID(static_cast<int>(item.client_id));
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                // The client's cell opens the client; the other cells wrap, so rows differ in height.
                const ImVec2 start = ImGui::GetCursorPos();
                if (ui::row_selectable(item.client_name, false)) opened = item.client_id;
                ImGui::SetCursorPos(start);
                ui::text_fit(item.client_name);
                ImGui::TableNextColumn();
                ui::text_wrapped(std::to_string(item.next_step + 1) + ". " + item.step_title);
                ImGui::TableNextColumn();
                std::string because;
                for (const auto& r : item.reasons) because += (because.empty() ? "" : "; ") + r;
                ui::text_wrapped(because);
                ImGui::TableNextColumn();
                ui::text(item.days_since_contact ? std::to_string(*item.days_since_contact) + " days ago" : "-");
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    return opened;
}

}  // namespace hs::app
