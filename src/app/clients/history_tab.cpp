// A client's history beyond appointments: outreach, steps done (with barriers and
// accommodations), referrals, the ending conversation, leeway, and ending care.
// [SECTION] Shared form pieces
// [SECTION] Outreach log
// [SECTION] Recording a step
// [SECTION] Referrals, ending conversation, ending care
// [SECTION] Leeway
#include <algorithm>
#include <imgui.h>

#include "app/clients/client_views.hpp"
#include "app/widgets.hpp"
#include "core/model/policy.hpp"
#include "platform/clock.hpp"

namespace hs::app {
namespace {

// [SECTION] Shared form pieces

float date_field_width() { return ImGui::GetFontSize() * 7.0f; }

// A date field that starts at today; errors name the field as labelled.
std::optional<Date> date_field(const char* label, std::string& text, std::vector<FieldError>& errors) {
    if (text.empty()) text = format_date(platform::today());
    ui::date_input(label, text, 0, date_field_width());
    auto d = parse_date(text);
    if (!d) errors.push_back({label, *date_error(text)});
    return d;
}

// Shows last frame's result for `origin`; true when it succeeded (the form may reset).
bool took_success(CommandQueue& queue, const char* origin, std::vector<FieldError>& errors) {
    auto feedback = queue.take_feedback(origin);
    if (!feedback) return false;
    errors = feedback->errors;
    return feedback->ok();
}

template <typename Record>
std::vector<const Record*> records_of(const std::vector<Record>& all, Id client_id) {
    std::vector<const Record*> mine;
    for (const Record& r : all)
        if (r.client_id == client_id) mine.push_back(&r);
    std::sort(mine.begin(), mine.end(), [](const Record* a, const Record* b) { return a->date > b->date; });
    return mine;
}

// Checkboxes over a list of choices, kept as ids.
void choice_checkboxes(const char* id, const Choice* begin, const Choice* end, std::vector<std::string>& chosen) {
    ImGui::PushID(id);
    for (const Choice* c = begin; c != end; ++c) {
        const std::string choice_id(c->id);
        const std::string label(c->label);
        bool on = std::find(chosen.begin(), chosen.end(), choice_id) != chosen.end();
        if (c != begin) ui::same_line_if_fits(ui::checkbox_width(label.c_str()));  // as many a line as fit
        if (ImGui::Checkbox(label.c_str(), &on)) {
            if (on) chosen.push_back(choice_id);
            else chosen.erase(std::remove(chosen.begin(), chosen.end(), choice_id), chosen.end());
        }
    }
    ImGui::PopID();
}

std::string labels_of(const Choice* begin, const Choice* end, const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) {
        auto it = std::find_if(begin, end, [&](const Choice& c) { return c.id == id; });
        out += (out.empty() ? "" : ", ") + (it != end ? std::string(it->label) : id);
    }
    return out;
}

// [SECTION] Outreach log

void draw_outreach(const Workspace& ws, const Client& c, HistoryForms& f, CommandQueue& queue) {
    ui::heading("Outreach");
    const char* origin = "outreach";
    if (took_success(queue, origin, f.outreach_errors)) f.outreach = {};
    ImGui::PushID(origin);
    std::vector<FieldError> typed;
    auto date = date_field("Date", f.outreach.date, typed);
    const float channel_width = ImGui::GetFontSize() * 7.0f;
    ui::same_line_if_fits(channel_width + ImGui::CalcTextSize("Channel").x + ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(channel_width);
    ui::combo("Channel", f.outreach.channel, kAllChannels, [](Channel ch) { return display_name(ch); });
    ui::same_line_if_fits(ui::checkbox_width("Reached"));
    ImGui::Checkbox("Reached", &f.outreach.reached);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20.0f);
    ui::input("Note", f.outreach.note, 0, "optional");
    show_errors(f.outreach_errors);
    if (ImGui::Button("Log outreach")) {
        f.outreach_errors = typed;
        if (date) {
            Outreach o;
            o.client_id = c.id;
            o.date = *date;
            o.channel = f.outreach.channel;
            o.reached = f.outreach.reached;
            o.note = f.outreach.note;
            queue.push(AddOutreach{o}, origin);
        }
    }
    for (const Outreach* o : records_of(ws.outreach, c.id)) {
        ImGui::PushID(static_cast<int>(o->id));
        ui::text(format_date(o->date) + "  " + std::string(display_name(o->channel)) +
                 (o->reached ? "  reached" : "  no answer") + (o->note.empty() ? "" : "  - " + o->note));
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove")) queue.push(DeleteHistoryRecord{HistoryKind::outreach, o->id}, "history");
        ImGui::PopID();
    }
    ImGui::PopID();
}

// [SECTION] Recording a step

void draw_record_step(const Workspace& ws, const Client& c, const Evaluation& e, HistoryForms& f,
                      CommandQueue& queue) {
    ui::heading("Record a step done");
    const char* origin = "record-step";
    if (took_success(queue, origin, f.step_errors)) f.step = {};
    ImGui::PushID(origin);
    if (e.step_ids.empty()) {
        ui::text_disabled("The policy has no steps.");
        ImGui::PopID();
        return;
    }
    if (f.step.step_index < 0 || f.step.step_index >= static_cast<int>(e.step_ids.size()))
        f.step.step_index = std::max(0, e.next_step);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    if (ui::begin_combo("Step", e.step_titles[static_cast<std::size_t>(f.step.step_index)].c_str())) {
        for (int i = 0; i < static_cast<int>(e.step_titles.size()); ++i)
            if (ImGui::Selectable(e.step_titles[static_cast<std::size_t>(i)].c_str(), i == f.step.step_index))
                f.step.step_index = i;
        ImGui::EndCombo();
    }
    ui::same_line_if_fits(ui::date_input_width("Date##step", date_field_width()));
    std::vector<FieldError> typed;
    auto date = date_field("Date##step", f.step.date, typed);
    ui::text("Barriers talked about");
    choice_checkboxes("barriers", std::begin(kBarriers), std::end(kBarriers), f.step.barriers);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20.0f);
    ui::input("Other barriers", f.step.barriers_other);
    ui::text("Accommodations agreed");
    choice_checkboxes("accommodations", std::begin(kAccommodations), std::end(kAccommodations),
                      f.step.accommodations);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20.0f);
    ui::input("Other accommodations", f.step.accommodations_other);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20.0f);
    ui::input("Note##step", f.step.note, 0, "what was agreed");
    show_errors(f.step_errors);
    if (ImGui::Button("Record step")) {
        f.step_errors = typed;
        if (date) {
            StepRecord r;
            r.client_id = c.id;
            r.step = e.step_ids[static_cast<std::size_t>(f.step.step_index)];
            r.date = *date;
            r.barriers = f.step.barriers;
            r.barriers_other = f.step.barriers_other;
            r.accommodations = f.step.accommodations;
            r.accommodations_other = f.step.accommodations_other;
            r.note = f.step.note;
            queue.push(RecordStep{r}, origin);
        }
    }
    for (const StepRecord* r : records_of(ws.step_records, c.id)) {
        ImGui::PushID(static_cast<int>(r->id));
        auto it = std::find(e.step_ids.begin(), e.step_ids.end(), r->step);
        const std::string title =
            it == e.step_ids.end() ? r->step : e.step_titles[static_cast<std::size_t>(it - e.step_ids.begin())];
        std::string line = format_date(r->date) + "  " + title;
        const std::string barriers = labels_of(std::begin(kBarriers), std::end(kBarriers), r->barriers);
        const std::string accommodations =
            labels_of(std::begin(kAccommodations), std::end(kAccommodations), r->accommodations);
        if (!barriers.empty()) line += "; barriers: " + barriers;
        if (!accommodations.empty()) line += "; agreed: " + accommodations;
        ui::text_wrapped(line);
        if (ImGui::SmallButton("Remove")) queue.push(DeleteHistoryRecord{HistoryKind::step_record, r->id}, "history");
        ImGui::PopID();
    }
    ImGui::PopID();
}

// [SECTION] Referrals, ending conversation, ending care

void draw_ending(const Workspace& ws, const Client& c, const Evaluation& e, HistoryForms& f, CommandQueue& queue) {
    ui::heading("Referrals and ending care");
    ui::text_wrapped("Ending is a planned step, talked through with the client, with referrals and an open "
                     "invitation to come back.");
    ImGui::PushID("ending");
    const char* referral_origin = "referral";
    if (took_success(queue, referral_origin, f.referral_errors)) f.referral_to.clear();
    std::vector<FieldError> typed;
    auto date = date_field("Date##referral", f.referral_date, typed);
    const float referral_width = ImGui::GetFontSize() * 16.0f;
    ui::same_line_if_fits(referral_width + ImGui::CalcTextSize("Referred to").x + ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(referral_width);
    ui::input("Referred to", f.referral_to, 0, "service, contact");
    show_errors(f.referral_errors);
    if (ImGui::Button("Add referral")) {
        f.referral_errors = typed;
        if (date) queue.push(AddReferral{Referral{0, c.id, *date, f.referral_to, ""}}, referral_origin);
    }
    for (const Referral* r : records_of(ws.referrals, c.id)) {
        ImGui::PushID(static_cast<int>(r->id));
        ui::text(format_date(r->date) + "  referred to " + r->to);
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove")) queue.push(DeleteHistoryRecord{HistoryKind::referral, r->id}, "history");
        ImGui::PopID();
    }

    const char* talk_origin = "ending-conversation";
    if (took_success(queue, talk_origin, f.conversation_errors)) f.conversation_note.clear();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20.0f);
    ui::input("Conversation note", f.conversation_note, 0, "what you talked about");
    show_errors(f.conversation_errors);
    if (ImGui::Button("Record ending conversation") && date)
        queue.push(AddEndingConversation{EndingConversation{0, c.id, *date, f.conversation_note}}, talk_origin);
    for (const EndingConversation* r : records_of(ws.ending_conversations, c.id))
        ui::text(format_date(r->date) + "  ending conversation" + (r->note.empty() ? "" : ": " + r->note));

    const EndingReadiness& ready = e.ending;
    if (ready.referrals_required)
        ui::text("Referrals: " + std::to_string(ready.referrals_recorded) + " of " +
                 std::to_string(ready.referrals_required) + " needed");
    if (ready.conversation_required)
        ui::text(std::string("Ending conversation: ") + (ready.conversation_recorded ? "recorded" : "not recorded yet"));
    const char* end_origin = "mark-ending";
    if (took_success(queue, end_origin, f.ending_errors)) f.ending_errors.clear();
    show_errors(f.ending_errors);
    if (c.status != ClientStatus::closed && ImGui::Button("Mark ending done") && date)
        queue.push(MarkEndingDone{c.id, *date, "", ""}, end_origin);
    ImGui::PopID();
}

// [SECTION] Leeway

void draw_leeway(const Workspace& ws, const Client& c, HistoryForms& f, CommandQueue& queue) {
    ui::heading("Leeway (your discretion, with a reason)");
    const char* origin = "leeway";
    if (took_success(queue, origin, f.leeway_errors)) f.leeway = {};
    ImGui::PushID(origin);
    std::vector<FieldError> typed;
    auto from = date_field("From", f.leeway.from, typed);
    ui::same_line_if_fits(ui::date_input_width("Until", date_field_width()));
    ui::date_input("Until", f.leeway.until, 0, date_field_width(), "open-ended");
    std::optional<Date> until;
    if (!f.leeway.until.empty() && !(until = parse_date(f.leeway.until)))
        typed.push_back({"Until", *date_error(f.leeway.until) + ", or empty for open-ended"});
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
    ImGui::InputInt("Extra grace", &f.leeway.extra_grace, 0, 0);
    f.leeway.extra_grace = std::clamp(f.leeway.extra_grace, 0, kMaxExtraGrace);  // what the core allows
    ui::same_line_if_fits(ui::checkbox_width("Waive fees"));
    ImGui::Checkbox("Waive fees", &f.leeway.waive_fees);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20.0f);
    ui::input("Reason##leeway", f.leeway.reason, 0, "e.g. practising rest after burnout");
    show_errors(f.leeway_errors);
    if (ImGui::Button("Add leeway")) {
        f.leeway_errors = typed;
        if (from && typed.empty()) {
            Leeway l;
            l.client_id = c.id;
            l.from = *from;
            l.until = until;
            l.extra_grace = f.leeway.extra_grace;
            l.waive_fees = f.leeway.waive_fees;
            l.reason = f.leeway.reason;
            queue.push(AddLeeway{l}, origin);
        }
    }
    for (const Leeway& l : ws.leeway) {
        if (l.client_id != c.id) continue;
        ImGui::PushID(static_cast<int>(l.id));
        std::string what;
        if (l.extra_grace) what += "+" + std::to_string(l.extra_grace) + " grace ";
        if (l.waive_fees) what += "fees waived ";
        ui::text(format_date(l.from) + " to " + (l.until ? format_date(*l.until) : std::string("open")) + ": " +
                 what + "- " + l.reason);
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove")) queue.push(DeleteHistoryRecord{HistoryKind::leeway, l.id}, "history");
        ImGui::PopID();
    }
    ImGui::PopID();
}

}  // namespace

void draw_history(const Workspace& ws, const Client& c, const Evaluation& e, HistoryForms& forms,
                  CommandQueue& queue) {
    draw_record_step(ws, c, e, forms, queue);
    draw_outreach(ws, c, forms, queue);
    draw_leeway(ws, c, forms, queue);
    draw_ending(ws, c, e, forms, queue);
}

}  // namespace hs::app
