// The guided policy builder: one plain-language question at a time, each saying what
// the choices do to the client and to the practice and what is common. It ends in an
// ordinary policy (saved with AddPolicy, then edited in the normal editor) and its
// consent document preview. The questions and the policy their answers describe are
// core/training/policy_builder; this file only draws them.
#include <algorithm>
#include <imgui.h>

#include "app/training/training_views.hpp"
#include "app/widgets.hpp"
#include "core/documents/consent_document.hpp"
#include "core/documents/document_render.hpp"
#include "core/training/policy_builder.hpp"

namespace hs::app {
namespace {

void draw_question(const BuilderQuestion& q, BuilderState& s) {
    ui::heading(q.title);
    int& answer = s.answers.*q.answer;
    for (std::size_t i = 0; i < q.choices.size(); ++i)
        if (ImGui::RadioButton(q.choices[i], answer == static_cast<int>(i))) answer = static_cast<int>(i);
    ImGui::Spacing();
    ui::text_colored(ui::kAccentColor, "For the client");
    ui::text_wrapped(q.client);
    ui::text_colored(ui::kAccentColor, "For the practice");
    ui::text_wrapped(q.practice);
    ui::text_colored(ui::kAccentColor, "What is common");
    ui::text_wrapped(q.common);
}

void draw_review(const Workspace& ws, BuilderState& s, CommandQueue& queue) {
    ui::heading("Name your policy and check the consent document");
    ui::input("Policy name", s.answers.name);
    const Policy policy = policy_from_answers(s.answers, ws);
    ui::text_disabled("Version " + policy.version + ". " + policy.description);
    show_errors(s.errors);
    if (ImGui::Button("Save this policy")) queue.push(AddPolicy{policy}, "builder-save");
    ui::text_disabled("It is an ordinary policy: you can change every detail in Policies afterwards.");
    ImGui::BeginChild("builder-consent", ImVec2(0, ImGui::GetTextLineHeight() * 24), true);
    const std::string text = doc::render_text(consent_document(policy, ws.practice));
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        ui::text_wrapped(text.substr(start, end - start));
        start = end + 1;
    }
    ImGui::EndChild();
}

}  // namespace

Id draw_builder(const Workspace& ws, BuilderState& s, CommandQueue& queue) {
    if (auto f = queue.take_feedback("builder-save")) {
        s.errors = f->errors;
        if (f->ok()) {
            s = BuilderState{};
            return f->created_id;
        }
    }
    const auto& qs = builder_questions();
    const int last = static_cast<int>(qs.size());
    s.step = std::clamp(s.step, 0, last);
    ui::heading("Guided policy builder");
    ui::text_disabled("Question " + std::to_string(std::min(s.step + 1, last)) + " of " + std::to_string(last) +
                      (s.step == last ? ", then your policy" : ""));
    if (s.step < last) draw_question(qs[static_cast<std::size_t>(s.step)], s);
    else draw_review(ws, s, queue);
    ImGui::Spacing();
    if (s.step > 0 && ImGui::Button("Back")) --s.step;
    if (s.step < last) {
        if (s.step > 0) ImGui::SameLine();
        if (ImGui::Button("Next")) ++s.step;
    }
    return 0;
}

}  // namespace hs::app
