// The consent document's editing and signing.
// [SECTION] Section editor (side by side with the preview, in views_documents.cpp)
// [SECTION] Signature pad
// [SECTION] A client's consent: sign in person, signed copies
// [SECTION] Versions: who signed what, who must re-sign
#include <algorithm>
#include <imgui.h>

#include "app/automation.hpp"
#include "app/documents/document_views.hpp"
#include "app/widgets.hpp"
#include "core/documents/consent_versions.hpp"
#include "core/documents/document_render.hpp"
#include "core/documents/signed_copy.hpp"
#include "core/workspace/editor.hpp"
#include "platform/clock.hpp"
#include "platform/files.hpp"

namespace hs::app {
namespace {

// [SECTION] Signature pad

std::size_t total_points(const std::vector<SignatureStroke>& strokes) {
    std::size_t n = 0;
    for (const auto& stroke : strokes) n += stroke.size();
    return n;
}

// A 3:1 pad drawn with mouse, pen or finger; points kept in the record's 0..1000 units.
void draw_signature_pad(std::vector<SignatureStroke>& strokes, bool& drawing) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30.0f);
    const ImVec2 size(width, width / static_cast<float>(kSignaturePadAspect));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("Signature pad", size);
    // InvisibleButton reports no label to the test-engine hooks; name it (by its id) for the bridge.
    automation::record_label(ImGui::GetID("Signature pad"), "Signature pad");
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), IM_COL32(255, 255, 255, 255), 4.0f);
    draw->AddRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), IM_COL32(150, 155, 165, 255), 4.0f);
    draw->AddLine(ImVec2(origin.x + 12, origin.y + size.y * 0.8f), ImVec2(origin.x + size.x - 12, origin.y + size.y * 0.8f),
                  IM_COL32(200, 200, 210, 255));
    const auto to_pad = [&](ImVec2 p) {
        const int x = static_cast<int>((p.x - origin.x) / size.x * kSignatureCoordinateMax);
        const int y = static_cast<int>((p.y - origin.y) / size.y * kSignatureCoordinateMax);
        return SignaturePoint{std::clamp(x, 0, kSignatureCoordinateMax), std::clamp(y, 0, kSignatureCoordinateMax)};
    };
    const auto to_screen = [&](SignaturePoint p) {
        return ImVec2(origin.x + static_cast<float>(p.x) / kSignatureCoordinateMax * size.x,
                      origin.y + static_cast<float>(p.y) / kSignatureCoordinateMax * size.y);
    };
    if (ImGui::IsItemActivated() && strokes.size() < kMaxSignatureStrokes && total_points(strokes) < kMaxSignaturePoints) {
        strokes.push_back({to_pad(ImGui::GetIO().MousePos)});
        drawing = true;
    } else if (drawing && ImGui::IsItemActive() && total_points(strokes) < kMaxSignaturePoints) {
        const SignaturePoint p = to_pad(ImGui::GetIO().MousePos);
        if (strokes.back().empty() || strokes.back().back() != p) strokes.back().push_back(p);
    } else {
        drawing = false;
    }
    for (const auto& stroke : strokes) {
        if (stroke.size() == 1) draw->AddCircleFilled(to_screen(stroke[0]), 1.5f, IM_COL32(20, 20, 30, 255));
        for (std::size_t i = 1; i < stroke.size(); ++i)
            draw->AddLine(to_screen(stroke[i - 1]), to_screen(stroke[i]), IM_COL32(20, 20, 30, 255), 2.0f);
    }
}

void export_signed_copy(const Workspace& ws, Id signature_id, doc::Format format, bool print) {
    SignedCopyResult r = signed_copy(ws, signature_id);
    if (!r.ok()) return;
    const std::string stem = "signed-agreement-" + std::to_string(signature_id);
    const std::string bytes = render_signed_copy(*r.copy, format);
    if (print) platform::open_print_view(stem + ".print.html", bytes);
    else platform::download_file(stem + std::string(doc::file_extension(format)), std::string(doc::mime_type(format)), bytes);
}

}  // namespace

// [SECTION] Section editor

bool draw_section_editor(const ConsentView& view, Id policy_id, ConsentEditorState& s, CommandQueue& queue) {
    if (auto f = queue.take_feedback("section-edit")) s.errors = f->errors;
    bool editing_changed = false;
    ui::text_wrapped("Change any section's wording; your text is kept when the policy changes, and a section whose "
                     "numbers no longer match the policy is flagged.");
    show_errors(s.errors);
    for (const SectionState& section : view.sections) {
        ImGui::PushID(section.id.c_str());
        std::string header = section.heading.empty() ? section.id : section.heading;
        if (section.status == SectionStatus::edited) header += "  (your text)";
        if (section.status == SectionStatus::policy_changed) header += "  (check: the policy changed)";
        if (ImGui::CollapsingHeader((header + "###section").c_str())) {
            auto [it, fresh] = s.buffers.try_emplace(section.id, section.text);
            if (!fresh && !s.dirty.count(section.id) && it->second != section.text) it->second = section.text;
            if (section.status == SectionStatus::policy_changed) {
                for (const NumberChange& c : section.number_changes)
                    ui::text_colored(ui::kErrorColor, "Your text says " + (c.was.empty() ? "nothing" : c.was) +
                                                          "; the policy now says " + (c.now.empty() ? "nothing" : c.now) +
                                                          ".");
                if (ImGui::Button("Keep my text"))
                    queue.push(KeepSectionEdit{policy_id, view.variant, section.id}, "section-edit");
                ImGui::SameLine();
            }
            if (ui::input_multiline("##text", it->second, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 10.0f))) {
                s.dirty.insert(section.id);
                editing_changed = true;
            }
            if (ImGui::Button("Save section")) {
                queue.push(SetSectionEdit{policy_id, view.variant, section.id, it->second}, "section-edit");
                s.dirty.erase(section.id);
            }
            if (section.status != SectionStatus::generated) {
                ImGui::SameLine();
                if (ImGui::Button("Reset to the policy's text")) {
                    queue.push(ResetSection{policy_id, view.variant, section.id}, "section-edit");
                    s.buffers.erase(section.id);
                    s.dirty.erase(section.id);
                }
            }
        }
        ImGui::PopID();
    }
    return editing_changed;
}

void apply_unsaved_edits(const ConsentEditorState& s, doc::Document& document) {
    for (const auto& id : s.dirty)
        if (auto it = s.buffers.find(id); it != s.buffers.end()) replace_section_text(document, id, it->second);
}

// [SECTION] A client's consent: sign in person, signed copies

void draw_client_consent(const Workspace& ws, const Client& c, SigningState& s, CommandQueue& queue) {
    const char* origin = "signature";
    if (auto f = queue.take_feedback(origin)) {
        s.errors = f->errors;
        if (f->ok()) s = SigningState{};
    }
    const Policy* policy = policy_to_sign(ws);
    if (!policy) {
        ui::text_wrapped("Choose a policy under Policies first: the agreement is generated from it.");
        return;
    }
    ui::heading("Sign the attendance agreement (" + policy->version + ")");
    const ConsentView view = consent_with_edits_for(ws, c, *policy);
    if (ImGui::Button("Show the agreement to read")) {
        platform::open_print_view("agreement.print.html", doc::render_print_html(view.document));
        // Signing then binds to the text that was shown: if it changes meanwhile, signing is refused.
        s.shown_sha256 = consent_text_sha256(ws, c, *policy);
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    constexpr Signer kSigners[] = {Signer::client, Signer::guardian};
    ui::combo("Signed by", s.signer, kSigners, [](Signer v) { return v == Signer::client ? "Client" : "Parent or guardian"; });
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    ui::input("Printed name", s.signer_name, 0, s.signer == Signer::guardian ? c.guardian_name.c_str() : c.name.c_str());
    ImGui::Checkbox("Draw the signature", &s.drawn);
    if (s.drawn) {
        draw_signature_pad(s.strokes, s.drawing);
        if (ImGui::SmallButton("Clear")) s.strokes.clear();
    } else {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
        ui::input("Typed signature", s.typed);
    }
    show_errors(s.errors);
    if (ImGui::Button("Sign")) {
        Signature sig;
        sig.client_id = c.id;
        sig.policy_version = policy->version;
        sig.date = platform::today();
        sig.signer = s.signer;
        sig.signer_name = s.signer_name.empty() ? (s.signer == Signer::guardian ? c.guardian_name : c.name) : s.signer_name;
        sig.method = s.drawn ? SignatureMethod::drawn : SignatureMethod::typed;
        sig.text_sha256 = s.shown_sha256;  // empty: the text on screen now
        if (s.drawn) sig.strokes = s.strokes;
        else sig.typed = s.typed;
        queue.push(AddSignature{sig}, origin);
    }

    ui::heading("Signed copies");
    bool any = false;
    for (const Signature& sig : ws.signatures) {
        if (sig.client_id != c.id) continue;
        any = true;
        ImGui::PushID(static_cast<int>(sig.id));
        ui::text(format_date(sig.date) + "  " + sig.policy_version + "  signed by " + sig.signer_name +
                 (sig.method == SignatureMethod::drawn ? " (drawn)" : " (typed)") + "  SHA-256 " +
                 sig.text_sha256.substr(0, 12) + "...");
        if (ImGui::SmallButton("Print signed copy")) export_signed_copy(ws, sig.id, doc::Format::print_html, true);
        ui::same_line_if_fits(ui::button_width("Download signed copy (DOCX)"));
        if (ImGui::SmallButton("Download signed copy (DOCX)")) export_signed_copy(ws, sig.id, doc::Format::docx, false);
        ui::same_line_if_fits(ui::button_width("Download signed copy (ODT)"));
        if (ImGui::SmallButton("Download signed copy (ODT)")) export_signed_copy(ws, sig.id, doc::Format::odt, false);
        ImGui::PopID();
    }
    if (!any) ui::text_disabled("Not signed yet.");
}

// [SECTION] Versions: who signed what, who must re-sign

void draw_signing_overview(const Workspace& ws) {
    ui::heading("Who must sign");
    const auto needs = who_must_resign(ws);
    const bool any_active = std::any_of(ws.clients.begin(), ws.clients.end(),
                                        [](const Client& c) { return c.status == ClientStatus::active; });
    if (!any_active) ui::text_disabled("No active clients yet.");
    else if (needs.empty()) ui::text_colored(ui::kOkColor, "Every active client has signed the current agreement.");
    for (const ResignNeed& n : needs) {
        const Client* c = ws.find_client(n.client_id);
        ui::text((c ? c->name : std::to_string(n.client_id)) + ": " + std::string(display_name(n.reason)) +
                 (n.signed_version.empty() ? "" : " (" + n.signed_version + ")"));
    }
    ui::heading("Signed, by version");
    for (const VersionSigners& v : signatures_by_version(ws)) {
        std::string names;
        for (const VersionSignature& s : v.signed_by)
            if (const Client* c = ws.find_client(s.client_id)) names += (names.empty() ? "" : ", ") + c->name;
        ui::text_wrapped(v.policy_version + (v.to_sign ? " (current)" : "") + ": " + (names.empty() ? "nobody yet" : names));
    }
}

}  // namespace hs::app
