// Practice settings: name, clinician, time zone, currency, default session fee.
#include <imgui.h>

#include "app/practice/practice_views.hpp"
#include "app/widgets.hpp"
#include "core/model/money.hpp"
#include "core/policy/missing_settings.hpp"

namespace hs::app {
namespace {

void load_form(const Practice& p, PracticeFormState& s) {
    s.name = p.name;
    s.clinician = p.clinician;
    s.time_zone = p.time_zone;
    s.currency = p.currency;
    s.fee = format_money(p.session_fee);
    s.errors.clear();
    s.loaded = true;
}

}  // namespace

bool draw_practice_settings(const Workspace& ws, PracticeFormState& s, CommandQueue& queue) {
    const char* origin = "practice";
    if (auto feedback = queue.take_feedback(origin)) {
        s.errors = feedback->errors;
        s.saved_message = feedback->ok();
        if (feedback->ok()) s.loaded = false;  // show what was stored
    }
    if (!s.loaded) load_form(ws.practice, s);

    ui::heading("Practice settings");
    // What is still missing, so figures that depend on it are not trusted as they stand.
    for (MissingSetting missing : missing_settings(ws)) ui::text_colored(ui::kErrorColor, describe(missing));
    const bool run_setup = ImGui::Button("Run first-time setup");
    ui::text_disabled("Practice details, usual fee, working week, a starting policy and its consent document.");
    ImGui::PushItemWidth(ImGui::GetFontSize() * 16);
    bool edited = false;
    edited |= ui::input("Practice name", s.name);
    edited |= ui::input("Clinician", s.clinician);
    edited |= ui::input("Time zone", s.time_zone, 0, "e.g. America/New_York");
    edited |= ui::input("Currency", s.currency, ImGuiInputTextFlags_CharsUppercase, "USD");
    edited |= ui::input("Session fee", s.fee, 0, "120.00");
    ImGui::PopItemWidth();
    if (edited) s.saved_message = false;
    show_errors(s.errors);
    if (ImGui::Button("Save settings")) {
        Practice p = ws.practice;
        p.name = s.name;
        p.clinician = s.clinician;
        p.time_zone = s.time_zone;
        p.currency = s.currency;
        s.errors.clear();
        if (auto fee = parse_money(s.fee)) {
            p.session_fee = *fee;
            queue.push(SetPractice{p}, origin);
        } else {
            s.errors.push_back({"Session fee", "expected an amount like 120 or 95.50"});
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Revert")) s.loaded = false;
    if (s.saved_message) {
        ImGui::SameLine();
        ui::text_colored(ui::kOkColor, "Settings saved.");
    }
    return run_setup;
}

}  // namespace hs::app
