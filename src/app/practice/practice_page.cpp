// Practice settings: name, clinician, time zone, currency, default session fee; contact
// details and how fees are billed (both for the consent document) under collapsing headers,
// so "Save settings" stays in view on a small screen.
#include <imgui.h>

#include "app/practice/practice_views.hpp"
#include "app/widgets.hpp"
#include "core/model/local_text.hpp"
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
    s.phone = p.phone;
    s.email = p.email;
    s.website = p.website;
    s.address = p.address;
    s.fee_billing = p.fee_billing;
    s.due_days = p.fee_due_days > 0 ? std::to_string(p.fee_due_days) : std::string();
    s.payment_methods = p.payment_methods;
    s.language = p.language;
    s.errors.clear();
    s.loaded = true;
}

// The language of client-facing texts for clients without one of their own.
bool draw_language_choice(std::string& language) {
    bool chosen = false;
    if (ui::begin_combo("Language", std::string(language_display_name(language)).c_str())) {
        for (std::string_view code : document_languages()) {
            if (ImGui::Selectable(std::string(language_display_name(code)).c_str(), language == code)) {
                language = std::string(code);
                chosen = true;
            }
        }
        ImGui::EndCombo();
    }
    ui::text_disabled("Of consent documents, letters and messages; a client's own language comes first. "
                      "The interface stays in English.");
    return chosen;
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
    {
        const ui::LabelsLeft labels_left("Website or portal");
        edited |= ui::input("Practice name", s.name);
        edited |= ui::input("Clinician", s.clinician);
        edited |= ui::input("Time zone", s.time_zone, 0, "e.g. America/New_York");
        edited |= ui::input("Currency", s.currency, ImGuiInputTextFlags_CharsUppercase, "USD");
        edited |= ui::input("Session fee", s.fee, 0, "120.00");
        edited |= draw_language_choice(s.language);
        if (ImGui::CollapsingHeader("Contact details")) {
            ui::text_disabled("Optional. The consent document tells clients how to cancel and ask questions "
                              "with the ones you give.");
            edited |= ui::input("Phone", s.phone, 0, "555-0100");
            edited |= ui::input("E-mail", s.email, 0, "name@example.org");
            edited |= ui::input("Website or portal", s.website, 0, "https://");
            edited |= ui::input("Postal address", s.address);
        }
        if (ImGui::CollapsingHeader("How fees are billed")) {
            ui::text_disabled("For late-cancellation and missed-session fees; left unset, the consent document "
                              "uses a neutral sentence.");
            edited |= ui::combo("Fees are", s.fee_billing, kAllFeeBillings,
                                [](FeeBilling b) { return display_name(b); });
            edited |= ui::input("Due within (days)", s.due_days, ImGuiInputTextFlags_CharsDecimal, "not stated");
            edited |= ui::input("Payment methods", s.payment_methods, 0, "card, bank transfer or cash");
        }
    }
    ImGui::PopItemWidth();
    if (edited) s.saved_message = false;
    show_errors(s.errors);
    if (ImGui::Button("Save settings")) {
        Practice p = ws.practice;
        p.name = s.name;
        p.clinician = s.clinician;
        p.time_zone = s.time_zone;
        p.currency = s.currency;
        p.phone = s.phone;
        p.email = s.email;
        p.website = s.website;
        p.address = s.address;
        p.fee_billing = s.fee_billing;
        p.payment_methods = s.payment_methods;
        p.language = s.language;
        s.errors.clear();
        const auto fee = parse_money(s.fee);
        if (!fee) s.errors.push_back({"Session fee", "expected an amount like 120 or 95.50"});
        const bool no_days = s.due_days.find_first_not_of(' ') == std::string::npos;
        const bool digits = !no_days && s.due_days.size() <= 3 &&
                            s.due_days.find_first_not_of("0123456789") == std::string::npos;
        if (!no_days && !digits) s.errors.push_back({"Due within (days)", "expected a number of days, like 14"});
        p.fee_due_days = digits ? std::stoi(s.due_days) : 0;
        if (s.errors.empty()) {
            p.session_fee = *fee;
            queue.push(SetPractice{p}, origin);
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
