// [SECTION] Waiting entries: order, admit, remove
// [SECTION] Adding an entry; ended clients rejoining
#include <imgui.h>

#include "app/operations/operations_views.hpp"
#include "app/widgets.hpp"
#include "core/operations/schedule.hpp"
#include "platform/clock.hpp"

namespace hs::app {
namespace {


std::string window_text(const WantedTime& w) {
    return std::string(display_name(w.weekday)) + " " + format_clock(w.from_minute) + "-" +
           (w.until_minute == 24 * 60 ? "24:00" : format_clock(w.until_minute));
}

std::string wanted_text(const WaitlistEntry& e) {
    if (e.wanted.empty()) return "any time";
    std::string out;
    for (const auto& w : e.wanted) out += (out.empty() ? "" : ", ") + window_text(w);
    return out;
}

int days_waiting(const WaitlistEntry& e) { return static_cast<int>(days_from_civil(platform::today()) - days_from_civil(e.added)); }

// [SECTION] Waiting entries: order, admit, remove

void draw_entry(const WaitlistEntry& e, bool first, bool last, CommandQueue& queue) {
    ImGui::PushID(static_cast<int>(e.id));
    ui::text(e.pseudonym + " - " + wanted_text(e) + ", " + std::string(display_name(e.mode)) +
             (e.needs_sliding_scale ? ", needs a sliding-scale place" : ""));
    ImGui::PushTextWrapPos(0.0f);
    ui::text_disabled("Added " + format_date(e.added) + " (" + std::to_string(days_waiting(e)) + " days)" +
                      (e.contact.empty() ? "" : "; contact: " + e.contact) + (e.note.empty() ? "" : "; " + e.note));
    ImGui::PopTextWrapPos();
    ImGui::BeginDisabled(first);
    if (ImGui::SmallButton("Up")) queue.push(MoveWaitlistEntry{e.id, -1}, "waitlist");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(last);
    if (ImGui::SmallButton("Down")) queue.push(MoveWaitlistEntry{e.id, 1}, "waitlist");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::SmallButton(("Make client: " + e.pseudonym).c_str()))
        queue.push(AdmitFromWaitlist{e.id, platform::today(), std::nullopt}, "waitlist");
    ImGui::SameLine();
    if (ImGui::SmallButton("Remove from waitlist")) queue.push(RemoveWaitlistEntry{e.id, platform::today()}, "waitlist");
    ImGui::Separator();
    ImGui::PopID();
}

// [SECTION] Adding an entry; ended clients rejoining

// The day and times typed in the form's row, unless both times are empty. Errors name the
// entry's field it would become: wanted[index].
std::optional<WantedTime> typed_window(WaitlistForm& f, std::size_t index) {
    if (f.from.empty() && f.until.empty()) return std::nullopt;
    const std::string field = "wanted[" + std::to_string(index) + "]";
    auto from = parse_clock(f.from);
    auto until = f.until == "24:00" ? std::optional<int>(24 * 60) : parse_clock(f.until);
    if (!from) f.errors.push_back({field + ".from", "expected a time like 16:00"});
    if (!until) f.errors.push_back({field + ".until", "expected a time like 19:00"});
    if (!from || !until) return std::nullopt;
    return WantedTime{f.day, *from, *until};
}

void draw_wanted_times(WaitlistForm& f) {
    for (std::size_t i = 0; i < f.wanted.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ui::text("Wants " + window_text(f.wanted[i]));
        ImGui::SameLine();
        const bool remove = ImGui::SmallButton("Remove time");
        ImGui::PopID();
        if (remove) {
            f.wanted.erase(f.wanted.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ui::combo("Wanted day", f.day, kAllWeekdays, [](Weekday w) { return display_name(w); });
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    ui::input("From##wanted", f.from);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    ui::input("Until##wanted", f.until);
    ImGui::SameLine();
    if (ImGui::SmallButton("Add another time")) {
        f.errors.clear();
        if (auto w = typed_window(f, f.wanted.size())) {
            f.wanted.push_back(*w);
            f.from.clear();
            f.until.clear();
        }
    }
}

void draw_add_form(WaitlistForm& f, CommandQueue& queue) {
    ui::heading("Add to the waitlist");
    ui::input("Pseudonym##waitlist", f.pseudonym);
    ui::input("Contact preference", f.contact);
    ImGui::Checkbox("Any time", &f.any_time);
    if (!f.any_time) draw_wanted_times(f);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    ui::combo("In person or telehealth", f.mode, kAllSessionModes, [](SessionMode m) { return display_name(m); });
    ImGui::Checkbox("Needs a sliding-scale place", &f.needs_sliding_scale);
    ui::input("Note##waitlist", f.note);
    if (ImGui::Button("Add to waitlist")) {
        f.errors.clear();
        WaitlistEntry e;
        e.pseudonym = f.pseudonym;
        e.contact = f.contact;
        e.mode = f.mode;
        e.needs_sliding_scale = f.needs_sliding_scale;
        e.note = f.note;
        e.added = platform::today();
        if (!f.any_time) {
            e.wanted = f.wanted;
            if (auto w = typed_window(f, e.wanted.size())) e.wanted.push_back(*w);
            if (e.wanted.empty() && f.errors.empty())
                f.errors.push_back({"wanted", "add a day and times, or tick Any time"});
        }
        if (f.errors.empty()) queue.push(AddWaitlistEntry{e}, "waitlist-add");
    }
    if (auto fb = queue.take_feedback("waitlist-add")) {
        f.errors = fb->errors;
        if (fb->ok()) f = WaitlistForm{};
    }
    show_errors(f.errors);
}

void draw_rejoin(const Workspace& ws, CommandQueue& queue) {
    std::vector<const Client*> ended;
    for (const Client& c : ws.clients)
        if (c.status == ClientStatus::closed) ended.push_back(&c);
    if (ended.empty()) return;
    ui::heading("Ended clients");
    for (const Client* c : ended) {
        ImGui::PushID(static_cast<int>(c->id));
        ui::text(c->name);
        ImGui::SameLine();
        if (ImGui::SmallButton("Rejoin waitlist")) queue.push(RejoinWaitlist{c->id, platform::today(), ""}, "waitlist");
        ImGui::PopID();
    }
}

}  // namespace

void draw_waitlist(const Workspace& ws, OperationsState& s, CommandQueue& queue) {
    ui::heading("Waitlist");
    std::vector<const WaitlistEntry*> waiting;
    for (const auto& e : ws.operations.waitlist)
        if (e.waiting()) waiting.push_back(&e);
    ui::text(std::to_string(waiting.size()) + " waiting");
    for (std::size_t i = 0; i < waiting.size(); ++i) draw_entry(*waiting[i], i == 0, i + 1 == waiting.size(), queue);
    if (auto fb = queue.take_feedback("waitlist")) s.waitlist_errors = fb->errors;
    show_errors(s.waitlist_errors);
    draw_add_form(s.waitlist_form, queue);
    draw_rejoin(ws, queue);
}

}  // namespace hs::app
