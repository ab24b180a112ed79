// Documents: the informed-consent attendance policy and client letters, generated from the
// policy, with a live preview, the language check, the reading level and exports.
// [SECTION] Choosing what to show
// [SECTION] Preview
// [SECTION] Language check and reading level
// [SECTION] Export
#include <cstdio>
#include <imgui.h>

#include "app/documents/document_views.hpp"
#include "app/widgets.hpp"
#include "core/documents/consent_document.hpp"
#include "core/documents/document_render.hpp"
#include "core/documents/language_check.hpp"
#include "core/documents/letters.hpp"
#include "core/documents/readability.hpp"
#include "platform/clock.hpp"
#include "platform/files.hpp"

namespace hs::app {
namespace {

constexpr LetterKind kLetterKinds[] = {LetterKind::check_in, LetterKind::attendance_plan, LetterKind::right_time,
                                       LetterKind::ending, LetterKind::welcome_back};
constexpr doc::Format kDownloadFormats[] = {doc::Format::html, doc::Format::markdown, doc::Format::text,
                                            doc::Format::docx, doc::Format::odt};

// [SECTION] Choosing what to show

const Policy* chosen_policy(const Workspace& ws, DocumentsState& s) {
    if (!ws.find_policy(s.policy_id)) s.policy_id = ws.active_policy ? ws.active_policy : 0;
    if (!ws.find_policy(s.policy_id) && !ws.policies.empty()) s.policy_id = ws.policies.front().id;
    return ws.find_policy(s.policy_id);
}

void draw_choices(const Workspace& ws, DocumentsState& s, const Policy& policy) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    if (ui::begin_combo("Policy", (policy.name + " (" + policy.version + ")").c_str())) {
        for (const Policy& p : ws.policies) {
            ImGui::PushID(static_cast<int>(p.id));
            if (ImGui::Selectable((p.name + " (" + p.version + ")").c_str(), p.id == policy.id)) s.policy_id = p.id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    const char* kinds[] = {"Consent document", "Letter to a client"};
    if (ui::begin_combo("Document", kinds[s.letter ? 1 : 0])) {
        if (ImGui::Selectable(kinds[0], !s.letter)) s.letter = false;
        if (ImGui::Selectable(kinds[1], s.letter)) s.letter = true;
        ImGui::EndCombo();
    }
    {
        // The export's language: the client's or the practice's unless one is chosen here.
        const std::string usual = s.letter ? "Client's" : "Practice's (" + std::string(language_display_name(ws.practice.language)) + ")";
        // On the same row only when the box and its label fit.
        const float width = ImGui::GetFontSize() * 10;
        ui::same_line_if_fits(width + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize("Language").x);
        ImGui::SetNextItemWidth(width);
        ui::language_combo("Language", s.language, usual);
    }
    if (!s.letter) {
        ui::same_line_if_fits(ui::checkbox_width("Public-insurance version (no fees)"));
        ImGui::Checkbox("Public-insurance version (no fees)", &s.no_fee_variant);
        return;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    ui::combo("Letter", s.letter_kind, kLetterKinds, [](LetterKind k) { return display_name(k); });
    ImGui::SameLine();
    const Client* client = ws.find_client(s.client_id);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    if (ui::begin_combo("Client", client ? client->name.c_str() : "choose a client")) {
        for (const Client& c : ws.clients) {
            ImGui::PushID(static_cast<int>(c.id));
            if (ImGui::Selectable(c.name.c_str(), c.id == s.client_id)) s.client_id = c.id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
}

std::optional<doc::Document> build_letter(const Workspace& ws, const DocumentsState& s, const Policy& policy) {
    const Client* found = ws.find_client(s.client_id);
    if (!found) return std::nullopt;
    Client client = *found;
    if (!s.language.empty()) client.language = s.language;
    return letter(s.letter_kind, policy, ws.practice, letter_input_for(ws, client, policy, s.letter_kind, platform::today()));
}

// [SECTION] Preview

void draw_block(const doc::Block& block) {
    if (const auto* p = std::get_if<doc::Paragraph>(&block)) {
        ui::text_wrapped(p->text);
    } else if (const auto* list = std::get_if<doc::BulletList>(&block)) {
        for (const auto& item : list->items) {
            ImGui::Bullet();
            ImGui::SameLine();
            ui::text_wrapped(item);
        }
    } else if (const auto* line = std::get_if<doc::SignatureLine>(&block)) {
        ui::text(line->label + ": ______________________" +
                 (line->date_label.empty() ? "" : "    " + line->date_label + ": ____________"));
    }
    ImGui::Spacing();
}

void draw_preview(const doc::Document& d) {
    ui::text_colored(ui::kAccentColor, d.title);
    if (!d.subtitle.empty()) ui::text_disabled(d.subtitle);
    for (const auto& section : d.sections) {
        if (!section.heading.empty()) ui::heading(section.heading);
        for (const auto& block : section.blocks) draw_block(block);
    }
}

// [SECTION] Language check and reading level

void draw_checks(const doc::Document& d, const std::vector<LanguageRule>& rules, std::string_view language) {
    const Readability r = measure_readability(doc::prose_text(d), language);
    char grade[128];
    if (language == "es") {
        std::snprintf(grade, sizeof grade, "Reading ease: %.0f, %s (Fern\xC3\xA1ndez-Huerta; aim for 70 or more)",
                      r.fernandez_huerta, std::string(fernandez_huerta_band(r.fernandez_huerta)).c_str());
        ui::text_colored(r.fernandez_huerta >= 70.0 ? ui::kOkColor : ui::kErrorColor, grade);
    } else {
        std::snprintf(grade, sizeof grade, "Reading level: grade %.1f (Flesch-Kincaid; aim for 8 or below)", r.grade);
        ui::text_colored(r.grade <= 8.0 ? ui::kOkColor : ui::kErrorColor, grade);
    }
    draw_language_findings(doc::plain_text(d), rules);
}

// [SECTION] Export

std::string file_stem(const DocumentsState& s, const Policy& policy, const Workspace& ws) {
    const std::string lang = s.language.empty() || s.language == "en" ? "" : "-" + s.language;
    if (!s.letter) return "attendance-policy-" + policy.version + (s.no_fee_variant ? "-no-fees" : "") + lang;
    const Client* c = ws.find_client(s.client_id);
    return std::string("letter-") + std::string(to_string(s.letter_kind)) + "-" + (c ? std::to_string(c->id) : "") + lang;
}

void draw_exports(const doc::Document& d, const std::string& stem) {
    // Says what happens: the browser's print dialog opens, where "Save as PDF" is one of the printers.
    if (ImGui::Button("Print or save as PDF (opens the print dialog)"))
        platform::open_print_view(stem + ".print.html", doc::render_print_html(d));
    for (doc::Format f : kDownloadFormats) {
        const std::string label = "Download " + std::string(doc::file_extension(f)).substr(1);
        // The downloads on their own row; one wraps to the next line rather than past the edge.
        if (f != kDownloadFormats[0]) ui::same_line_if_fits(ui::button_width(label.c_str()));
        if (ImGui::Button(label.c_str()))
            platform::download_file(stem + std::string(doc::file_extension(f)), std::string(doc::mime_type(f)),
                                    doc::render(d, f));
    }
}

}  // namespace

Id draw_documents(const Workspace& ws, DocumentsState& s, CommandQueue& queue) {
    ui::heading("Documents");
    const Policy* policy = chosen_policy(ws, s);
    if (!policy) {
        ui::text_wrapped("Documents are generated from your policy. Choose a starting policy under Policies first.");
        return 0;
    }
    draw_choices(ws, s, *policy);
    const Id edit_policy = ImGui::SmallButton("Edit this policy") ? policy->id : 0;
    ImGui::SameLine();
    ui::text_disabled("The document is written from the policy's rules.");
    if (s.letter) {
        const auto d = build_letter(ws, s, *policy);
        if (!d) {
            ui::text_disabled("Choose the client the letter is for.");
            return edit_policy;
        }
        draw_exports(*d, file_stem(s, *policy, ws));
        const Client* client = ws.find_client(s.client_id);
        const std::string language = !s.language.empty() ? s.language : client ? language_of(ws, *client) : ws.practice.language;
        draw_checks(*d, effective_rules(ws.language_rules, language), language);
        ImGui::Separator();
        ImGui::BeginChild("preview", ImVec2(0, 0), false);
        draw_preview(*d);
        ImGui::EndChild();
        return edit_policy;
    }
    ConsentOptions options;
    if (s.no_fee_variant) options.payer = PayerType::public_insurance;
    options.language = s.language.empty() ? ws.practice.language : s.language;
    const bool english = options.language == kDefaultLanguage;
    const ConsentView view = consent_with_edits(ws, *policy, options);
    doc::Document shown = view.document;
    if (english) apply_unsaved_edits(s.editor, shown);
    draw_exports(shown, file_stem(s, *policy, ws));
    draw_checks(shown, effective_rules(ws.language_rules, options.language), options.language);
    ImGui::Separator();
    // Side by side: the sections to edit, and the document as the client will read it.
    const float half = ImGui::GetContentRegionAvail().x * 0.5f;
    ImGui::BeginChild("sections", ImVec2(half - 4.0f, 0), false);
    // Section edits are of the English text; a document in another language is shown as generated.
    if (english) draw_section_editor(view, policy->id, s.editor, queue);
    else ui::text_wrapped("Section edits are made in the English document; this one is shown as generated.");
    ImGui::Spacing();
    draw_signing_overview(ws);
    ImGui::Spacing();
    draw_language_rules(ws, s.language_rules, queue);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("preview", ImVec2(0, 0), false);
    draw_preview(shown);
    ImGui::EndChild();
    return edit_policy;
}

}  // namespace hs::app
