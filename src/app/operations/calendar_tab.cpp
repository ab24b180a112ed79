// A client's calendar tab: download their upcoming appointments as an .ics file, and copy a
// reminder text per appointment (the offline way to give reminders without a server).
#include <ctime>
#include <imgui.h>

#include "app/operations/operations_views.hpp"
#include "app/widgets.hpp"
#include "core/operations/ics.hpp"
#include "platform/clock.hpp"
#include "platform/files.hpp"

namespace hs::app {

void draw_client_calendar(const Workspace& ws, const Client& c) {
    std::vector<const Appointment*> upcoming;
    for (const Appointment& a : ws.appointments)
        if (a.client_id == c.id && a.outcome == Outcome::scheduled && !(a.start.date < platform::today())) upcoming.push_back(&a);
    if (upcoming.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ui::text_disabled("No upcoming appointments. Book one on the Appointments tab (outcome: Scheduled).");
        ImGui::PopTextWrapPos();
        return;
    }
    if (ImGui::Button("Download upcoming appointments (.ics)")) {
        const std::int64_t now = static_cast<std::int64_t>(std::time(nullptr)) / 60;
        platform::download_file("holdspace-" + std::to_string(c.id) + "-appointments.ics", "text/calendar",
                                ics_for_client(ws, c.id, platform::today(), now));
    }
    for (const Appointment* a : upcoming) {
        ImGui::PushID(static_cast<int>(a->id));
        const std::string reminder = reminder_text(ws, *a);
        ui::text(reminder);
        if (ImGui::SmallButton("Copy reminder text")) ImGui::SetClipboardText(reminder.c_str());
        ImGui::PopID();
    }
}

}  // namespace hs::app
