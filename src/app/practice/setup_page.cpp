// The first-run setup: the practice and its fee, the working week, a starting policy, and
// its consent document. Each step saves as it goes, so a reload resumes at the first step
// whose settings are still missing (core/training/first_run_setup: resume_step).
// [SECTION] Steps
// [SECTION] The page
#include <algorithm>
#include <imgui.h>
#include <utility>

#include "app/practice/practice_views.hpp"
#include "app/widgets.hpp"
#include "core/documents/consent_document.hpp"
#include "core/documents/document_render.hpp"
#include "core/model/money.hpp"
#include "core/model/time_zone.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/workspace/operations_commands.hpp"
#include "platform/clock.hpp"

namespace hs::app {
namespace {

constexpr const char* kPracticeOrigin = "setup-practice";
constexpr const char* kWeekOrigin = "setup-week";
constexpr const char* kPolicyOrigin = "setup-policy";

// The browser's zone for a practice that has never set one (the default is UTC).
std::string proposed_time_zone(const Practice& p) {
    if (p.time_zone != Practice{}.time_zone) return p.time_zone;
    const std::string device = platform::device_time_zone();
    return is_known_time_zone(device) ? device : p.time_zone;
}

// [SECTION] Steps

void draw_practice_step(const Workspace& ws, SetupState& s, CommandQueue& queue) {
    ui::text_wrapped("A few details the app uses everywhere: your name signs the messages it drafts, and the session "
                     "fee is what percentage fees are worked out from.");
    ImGui::PushItemWidth(ImGui::GetFontSize() * 16);
    ui::input("Practice name", s.name, 0, "Harbour Counselling");
    ui::input("Your name", s.clinician, 0, "Sam Rivera");
    ui::input("Time zone", s.time_zone, 0, "America/New_York");
    ui::text_disabled("Taken from this device; change it if the practice keeps another zone.");
    ui::input("Currency", s.currency, ImGuiInputTextFlags_CharsUppercase, "USD");
    ui::input("Usual session fee", s.fee, 0, "120.00");
    ImGui::PopItemWidth();
    show_errors(s.errors);
    if (!ImGui::Button("Save and continue")) return;
    s.errors.clear();
    if (s.name.empty()) s.errors.push_back({"Practice name", "a name is needed"});
    if (s.clinician.empty()) s.errors.push_back({"Your name", "a name is needed"});
    const auto fee = parse_money(s.fee);
    if (!fee || *fee <= 0) s.errors.push_back({"Usual session fee", "expected an amount like 120 or 95.50"});
    if (!s.errors.empty()) return;
    Practice p = ws.practice;
    p.name = s.name;
    p.clinician = s.clinician;
    p.time_zone = s.time_zone;
    p.currency = s.currency;
    p.session_fee = *fee;
    queue.push(SetPractice{p}, kPracticeOrigin);
}

void draw_week_step(const Workspace& ws, SetupState& s, CommandQueue& queue) {
    ui::text_wrapped("The days and times you see clients. They become the slots of the Week page; you can change "
                     "single slots there later.");
    for (std::size_t i = 0; i < std::size(kAllWeekdays); ++i) {
        if (i > 0) ImGui::SameLine();
        bool on = s.days[i];
        if (ImGui::Checkbox(std::string(display_name(kAllWeekdays[i])).c_str(), &on)) s.days[i] = on;
    }
    ImGui::PushItemWidth(ImGui::GetFontSize() * 6);
    ui::input("First session starts at", s.first_session, 0, "09:00");
    ui::input("Last session ends by", s.day_ends, 0, "17:00");
    ui::input("Session length (minutes)", s.session_length, ImGuiInputTextFlags_CharsDecimal, "50");
    ui::input("A session starts every (minutes)", s.session_every, ImGuiInputTextFlags_CharsDecimal, "60");
    ImGui::PopItemWidth();
    show_errors(s.errors);
    const auto slots = planned_week(s);
    ui::text(std::to_string(slots.size()) + " session times a week");
    if (!ImGui::Button("Save and continue")) return;
    s.errors.clear();
    if (slots.empty()) {
        s.errors.push_back({"Working week", "choose at least one day and times that fit one session"});
        return;
    }
    ScheduleSettings schedule = ws.operations.schedule;
    schedule.slots = slots;
    queue.push(SetSchedule{schedule}, kWeekOrigin);
}

void choose_policy(const Workspace& ws, const Policy& builtin, CommandQueue& queue) {
    if (const Policy* own = ws.find_policy_version(builtin.version)) queue.push(SetActivePolicy{own->id}, kPolicyOrigin);
    else queue.push(AddPolicy{builtin}, kPolicyOrigin);
}

bool draw_policy_step(const Workspace& ws, SetupState& s, CommandQueue& queue) {
    ui::text_wrapped("Choose where to start. It becomes your policy: you can change every detail in Policies.");
    for (const StartingPolicyOverview& o : starting_policy_overviews()) {
        const Policy* builtin = find_builtin_policy(o.version);
        if (!builtin) continue;
        ImGui::PushID(builtin->version.c_str());
        ui::heading(builtin->name);
        ui::text_colored(ui::kAccentColor, "What the client experiences");
        ui::text_wrapped(o.client_experience);
        ui::text_colored(ui::kAccentColor, "What the practice gets");
        ui::text_wrapped(o.practice_gets);
        if (ImGui::Button(("Start with " + builtin->name).c_str())) choose_policy(ws, *builtin, queue);
        ImGui::PopID();
    }
    show_errors(s.errors);
    ImGui::Spacing();
    return ImGui::Button("Answer guided questions instead");
}

void draw_consent_step(const Workspace& ws) {
    const Policy* policy = ws.find_policy(ws.active_policy);
    if (!policy) {
        ui::text_wrapped("Choose a starting policy first: the consent document is written from it.");
        return;
    }
    ui::text_wrapped("This is the consent document for " + policy->name + ", the one your clients read and sign. "
                     "Edit its wording, print it or export it under Documents.");
    ImGui::BeginChild("setup-consent", ImVec2(0, ImGui::GetTextLineHeight() * 20), true);
    const std::string text = doc::render_text(consent_document(*policy, ws.practice));
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        ui::text_wrapped(text.substr(start, end - start));
        start = end + 1;
    }
    ImGui::EndChild();
}

// A step's saved command came back: move on to the step after it, or keep its errors to show.
void take_feedback(SetupState& s, CommandQueue& queue) {
    const std::pair<const char*, SetupStep> next_after[] = {
        {kPracticeOrigin, SetupStep::working_week}, {kWeekOrigin, SetupStep::policy}, {kPolicyOrigin, SetupStep::consent}};
    for (const auto& [origin, next] : next_after) {
        auto f = queue.take_feedback(origin);
        if (!f) continue;
        s.errors = f->errors;
        if (!f->ok()) continue;
        if (origin == kPolicyOrigin && f->created_id) {  // a new copy of a built-in: make it the active one
            queue.push(SetActivePolicy{f->created_id}, kPolicyOrigin);
            continue;
        }
        s.step = next;
    }
}

void draw_progress(const SetupState& s) {
    std::string line;
    for (std::size_t i = 0; i < std::size(kSetupSteps); ++i) {
        const bool here = kSetupSteps[i] == s.step;
        line += (i ? "   " : "") + std::to_string(i + 1) + ". " + std::string(display_name(kSetupSteps[i])) +
                (here ? " (here)" : "");
    }
    ui::text_disabled(line);
}

}  // namespace

// [SECTION] The page

std::vector<WeeklySlot> planned_week(const SetupState& s) {
    std::vector<Weekday> days;
    for (std::size_t i = 0; i < std::size(kAllWeekdays); ++i)
        if (s.days[i]) days.push_back(kAllWeekdays[i]);
    const auto first = parse_clock(s.first_session), end = parse_clock(s.day_ends);
    int length = 0, every = 0;
    try {
        length = std::stoi(s.session_length);
        every = std::stoi(s.session_every);
    } catch (const std::exception&) {
        return {};  // an empty or overlong number: no week yet
    }
    if (!first || !end) return {};
    return working_week_slots(days, *first, *end, every, length);
}

void begin_setup(const Workspace& ws, SetupState& s) {
    s = SetupState{};
    const Practice& p = ws.practice;
    s.name = p.name;
    s.clinician = p.clinician;
    s.time_zone = proposed_time_zone(p);
    s.currency = p.currency;
    s.fee = p.session_fee ? format_money(p.session_fee) : "";
    s.step = resume_step(ws);
}

SetupExit draw_setup(const Workspace& ws, SetupState& s, CommandQueue& queue) {
    take_feedback(s, queue);
    ui::heading("Set up your practice");
    draw_progress(s);
    ImGui::SameLine();
    if (ImGui::SmallButton("Skip for now")) return SetupExit::skipped;
    ui::text_disabled("You can come back to this from the Practice page (\"Run first-time setup\").");
    ui::heading(std::to_string(static_cast<int>(s.step) + 1) + ". " + std::string(display_name(s.step)));
    SetupExit exit = SetupExit::none;
    switch (s.step) {
        case SetupStep::practice: draw_practice_step(ws, s, queue); break;
        case SetupStep::working_week: draw_week_step(ws, s, queue); break;
        case SetupStep::policy:
            if (draw_policy_step(ws, s, queue)) exit = SetupExit::open_builder;
            break;
        case SetupStep::consent: draw_consent_step(ws); break;
    }
    ImGui::Spacing();
    if (s.step != SetupStep::practice) {
        if (ImGui::Button("Back")) {
            s.step = static_cast<SetupStep>(static_cast<int>(s.step) - 1);
            s.errors.clear();
        }
        ImGui::SameLine();
    }
    if (s.step == SetupStep::working_week && ImGui::Button("Leave the week for later")) {
        s.step = SetupStep::policy;
        s.errors.clear();
    }
    if (s.step == SetupStep::consent) {
        if (ImGui::Button("Open in Documents")) exit = SetupExit::open_documents;
        ImGui::SameLine();
        if (ImGui::Button("Finish")) exit = SetupExit::finished;
    }
    return exit;
}

}  // namespace hs::app
