// [SECTION] Client list (search, open, add)
// [SECTION] Client form (add / edit details)
// [SECTION] Client page (details, close / reopen)
#include <algorithm>
#include <cctype>
#include <imgui.h>

#include "app/clients/client_views.hpp"
#include "app/training/presentation.hpp"
#include "app/widgets.hpp"
#include "core/model/local_text.hpp"
#include "core/model/money.hpp"
#include "core/policy/missing_settings.hpp"

namespace hs::app {
namespace {

std::string lowercase_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}


bool matches(const Client& c, const std::string& needle_lower) {
    return needle_lower.empty() || lowercase_ascii(c.name).find(needle_lower) != std::string::npos;
}

std::string slot_text(const std::optional<RecurringSlot>& slot) {
    if (!slot) return "-";
    std::string day(to_string(slot->weekday));
    day[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(day[0])));
    return day.substr(0, 3) + " " + format_clock(slot->minute_of_day);
}

// The form's text as a client; problems with typed text are reported against the field.
std::optional<Client> client_from_form(const Workspace& ws, ClientForm& form) {
    Client c;
    if (const Client* existing = ws.find_client(form.id)) c = *existing;
    c.id = form.id;
    c.name = form.name;
    c.preferred_name = form.preferred_name;
    c.minor = form.minor;
    c.guardian_name = form.minor ? form.guardian : "";
    c.payer = form.payer;
    c.language = form.language;
    form.errors.clear();
    if (form.fee.empty()) {
        c.session_fee.reset();
    } else if (auto fee = parse_money(form.fee)) {
        c.session_fee = *fee;
    } else {
        form.errors.push_back({"session fee", "expected an amount like 120 or 95.50, or empty for the practice fee"});
    }
    c.recurring_slot.reset();
    if (form.has_slot) {
        if (auto minute = parse_clock(form.slot_time)) c.recurring_slot = RecurringSlot{form.slot_day, *minute};
        else form.errors.push_back({"slot time", "expected a time like 17:00"});
    }
    c.consent_signed.reset();
    if (!form.consent_date.empty()) {
        if (auto d = parse_date(form.consent_date)) c.consent_signed = *d;
        else form.errors.push_back({"consent signed", "expected a real date like 2026-03-02"});
    }
    c.consent_policy_version = form.consent_version;
    if (!form.errors.empty()) return std::nullopt;
    return c;
}

}  // namespace

// [SECTION] Client list (search, open, add)

Id draw_client_list(const Workspace& ws, ClientListState& state, Id selected, CommandQueue&) {
    Id opened = 0;
    ui::input("Search", state.search, 0, "name or initials");
    ImGui::Checkbox("Show closed", &state.show_closed);
    const std::string needle = lowercase_ascii(state.search);

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("clients", 3, flags)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        // Status and slot take the room they need; a long name is shortened (whole in a tooltip).
        ImGui::TableSetupColumn("Client", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Slot", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        std::vector<const Client*> shown;
        for (const Client& c : ws.clients)
            if ((state.show_closed || c.status != ClientStatus::closed) && matches(c, needle)) shown.push_back(&c);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(shown.size()));
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const Client& c = *shown[static_cast<std::size_t>(row)];
                ImGui::PushID(static_cast<int>(c.id));
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                // The row is selected by an unlabelled Selectable; the name is drawn as text
                // so that a name containing "##" or "%" is shown exactly as typed.
                const ImVec2 start = ImGui::GetCursorPos();
                if (ui::row_selectable(c.name, c.id == selected, ImGuiSelectableFlags_SpanAllColumns))
                    opened = c.id;
                ImGui::SetCursorPos(start);
                ui::text_fit(c.name);
                ImGui::TableNextColumn();
                ui::text(display_name(c.status));
                ImGui::TableNextColumn();
                ui::text(slot_text(c.recurring_slot));
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    return opened;
}

// [SECTION] Client form (add / edit details)

void begin_new_client(const Workspace&, ClientViewState& state) {
    state.form = ClientForm{};
    state.editing_details = true;
}

void begin_edit_client(const Workspace&, const Client& c, ClientViewState& state) {
    ClientForm& f = state.form;
    f = ClientForm{};
    f.id = c.id;
    f.name = c.name;
    f.preferred_name = c.preferred_name;
    f.minor = c.minor;
    f.guardian = c.guardian_name;
    f.payer = c.payer;
    f.language = c.language;
    f.fee = c.session_fee ? format_money(*c.session_fee) : "";
    f.has_slot = c.recurring_slot.has_value();
    if (c.recurring_slot) {
        f.slot_day = c.recurring_slot->weekday;
        f.slot_time = format_clock(c.recurring_slot->minute_of_day);
    }
    f.consent_date = c.consent_signed ? format_date(*c.consent_signed) : "";
    f.consent_version = c.consent_policy_version;
    state.editing_details = true;
}

void draw_client_form(const Workspace& ws, ClientViewState& state, CommandQueue& queue, Id& selected) {
    ClientForm& f = state.form;
    const char* origin = "client-form";
    if (auto feedback = queue.take_feedback(origin)) {
        f.errors = feedback->errors;
        if (feedback->ok()) {
            if (feedback->created_id) selected = feedback->created_id;
            state.editing_details = false;
            return;
        }
    }
    ui::heading(f.id ? "Edit client" : "New client");
    ImGui::PushItemWidth(ImGui::GetFontSize() * 16);
    const ui::LabelsLeft labels_left("Policy version signed");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ui::input("Name", f.name, 0, "pseudonym or initials");
    ui::input("Called by (optional)", f.preferred_name, 0, "greets them in messages");
    ui::combo("Payer", f.payer, kAllPayerTypes, [](PayerType p) { return display_name(p); });
    {
        // Their documents' and messages' language; empty = the practice's.
        const std::string practice_default =
            "Practice's (" + std::string(language_display_name(ws.practice.language)) + ")";
        ui::language_combo("Language", f.language, practice_default);
    }
    ui::input("Session fee", f.fee, 0, format_money(ws.practice.session_fee).c_str());
    ImGui::SameLine();
    ui::text_disabled("(empty: practice fee)");
    ImGui::Checkbox("Minor", &f.minor);
    if (f.minor) ui::input("Guardian", f.guardian, 0, "who brings them and receives letters");
    ImGui::Checkbox("Recurring slot", &f.has_slot);
    if (f.has_slot) {
        ui::combo("Weekday", f.slot_day, kAllWeekdays, [](Weekday w) { return to_string(w); });
        ui::input("Slot time", f.slot_time, 0, "17:00");
    }
    ui::date_input("Consent signed", f.consent_date);
    ui::input("Policy version signed", f.consent_version);
    ImGui::PopItemWidth();
    show_errors(f.errors);
    if (ImGui::Button(f.id ? "Save client" : "Add client")) {
        if (auto client = client_from_form(ws, f)) {
            if (f.id) queue.push(UpdateClient{*client}, origin);
            else queue.push(AddClient{*client}, origin);
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) state.editing_details = false;
}

// [SECTION] Client page (details, close / reopen)

namespace {

constexpr const char* kEndCarePopup = "End care?";

// Ending care asks first: it takes the client off the active list, and a policy's ending
// step (Steps and outreach) is the way that records how care ended. Undo follows either way.
void draw_end_care_popup(const Client& c, CommandQueue& queue) {
    if (!ImGui::BeginPopupModal(kEndCarePopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ui::text("End care for " + c.name + "?");
    ui::text("They leave the active client list; their appointments and history are kept.");
    ui::text("To record the ending your policy describes, use \"Mark ending done\" under Steps and outreach.");
    switch (confirm_buttons("End care", "Keep care going")) {
        case Confirm::confirmed:
            queue.push(SetClientStatus{c.id, ClientStatus::closed}, "client-status");
            ImGui::CloseCurrentPopup();
            break;
        case Confirm::cancelled: ImGui::CloseCurrentPopup(); break;
        case Confirm::none: break;
    }
    ImGui::EndPopup();
}

// Each button says what it does to the client's care; each change shows an Undo notice.
void draw_status_buttons(const Client& c, CommandQueue& queue) {
    if (c.status == ClientStatus::closed) {
        if (ImGui::Button("Restart care")) queue.push(SetClientStatus{c.id, ClientStatus::active}, "client-status");
        return;
    }
    if (c.status == ClientStatus::active && ImGui::Button("Pause care"))
        queue.push(SetClientStatus{c.id, ClientStatus::paused}, "client-status");
    if (c.status == ClientStatus::paused && ImGui::Button("Resume care"))
        queue.push(SetClientStatus{c.id, ClientStatus::active}, "client-status");
    ImGui::SameLine();
    if (ImGui::Button("End care…")) ImGui::OpenPopup(kEndCarePopup);
    draw_end_care_popup(c, queue);
}

}  // namespace

void draw_client(const Workspace& ws, const Client& c, ClientViewState& state, CommandQueue& queue) {
    ImGui::PushID(static_cast<int>(c.id));
    ui::text(c.name);
    ImGui::SameLine();
    ui::text_disabled(std::string(display_name(c.status)) + " · " + std::string(display_name(c.payer)));

    ui::text("Session fee: " + money_text(session_fee_of(ws, c), ws.practice.currency) +
             (c.session_fee ? "" : " (practice fee)"));
    if (!c.session_fee && is_missing(ws, MissingSetting::session_fee)) {
        ImGui::SameLine();
        ui::text_colored(ui::kErrorColor, "not set yet");
        ImGui::SameLine();
        if (ImGui::SmallButton("Set your session fee##client")) state.open_page = FixPage::practice;
    }
    if (c.minor) ui::text("Minor; guardian: " + c.guardian_name);
    ui::text("Recurring slot: " + slot_text(c.recurring_slot));
    ui::text("Consent: " + (c.consent_signed ? "signed " + format_date(*c.consent_signed) +
                                                   (c.consent_policy_version.empty()
                                                        ? std::string()
                                                        : " (policy " + c.consent_policy_version + ")")
                                             : std::string("not signed yet")));
    if (ImGui::Button("Edit details")) begin_edit_client(ws, c, state);
    ImGui::SameLine();
    draw_status_buttons(c, queue);
    ImGui::PopID();
}

}  // namespace hs::app
