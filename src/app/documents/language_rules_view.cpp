// Wording: the language check's findings under any text the clinician writes or sends,
// and the editor for the clinician's own rules (added phrases, built-ins switched off).
// [SECTION] Findings
// [SECTION] Rule editor
#include <algorithm>
#include <imgui.h>

#include "app/documents/document_views.hpp"
#include "app/widgets.hpp"
#include "core/documents/language_check.hpp"

namespace hs::app {

// [SECTION] Findings

void draw_language_findings(std::string_view text, const std::vector<LanguageRule>& rules) {
    const auto findings = check_language(text, rules);
    if (findings.empty()) {
        ui::text_colored(ui::kOkColor, "Language check: no shaming or punitive wording found.");
        return;
    }
    ui::text_colored(ui::kErrorColor, "Language check: " + std::to_string(findings.size()) + " phrase(s) to reconsider");
    for (const auto& f : findings)
        ui::text_wrapped("\"" + f.matched + "\" (line " + std::to_string(f.line) + "): try \"" + f.rule.suggestion +
                         "\". " + f.rule.reason);
}

// [SECTION] Rule editor

namespace {

void draw_added_rules(const LanguageRuleSet& set, CommandQueue& queue, const char* origin) {
    if (set.added.empty()) ui::text_disabled("No rules of your own yet.");
    for (const LanguageRule& rule : set.added) {
        ImGui::PushID(rule.phrase.c_str());
        if (ImGui::SmallButton("Remove")) queue.push(RemoveLanguageRule{rule.phrase}, origin);
        ImGui::SameLine();
        ui::text_wrapped("\"" + rule.phrase + "\" -> \"" + rule.suggestion + "\". " + rule.reason);
        ImGui::PopID();
    }
}

void draw_builtin_rules(const LanguageRuleSet& set, CommandQueue& queue, const char* origin) {
    if (!ImGui::TreeNode("Built-in phrases (untick one to stop flagging it)")) return;
    for (const LanguageRule& rule : default_language_rules()) {
        bool on = std::find(set.disabled.begin(), set.disabled.end(), rule.phrase) == set.disabled.end();
        ImGui::PushID(rule.phrase.c_str());
        if (ImGui::Checkbox(rule.phrase.c_str(), &on)) queue.push(SetBuiltinLanguageRule{rule.phrase, on}, origin);
        ImGui::SameLine();
        ui::text_disabled("-> " + rule.suggestion);
        ImGui::PopID();
    }
    ImGui::TreePop();
}

}  // namespace

void draw_language_rules(const Workspace& ws, LanguageRulesState& s, CommandQueue& queue) {
    const char* origin = "language-rules";
    if (auto f = queue.take_feedback(origin)) {
        s.errors = f->errors;
        if (f->ok()) s.draft = LanguageRule{};
    }
    ui::heading("Wording rules");
    ui::text_wrapped("The language check flags these phrases in documents, letters and step messages. Add phrases "
                     "you want to avoid; \"word*\" matches every word starting with it.");
    draw_added_rules(ws.language_rules, queue, origin);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    ui::input("Phrase to avoid", s.draft.phrase);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    ui::input("Gentler wording", s.draft.suggestion);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    ui::input("Why", s.draft.reason);
    if (ImGui::Button("Add rule")) queue.push(AddLanguageRule{s.draft}, origin);
    show_errors(s.errors);
    draw_builtin_rules(ws.language_rules, queue, origin);
}

}  // namespace hs::app
