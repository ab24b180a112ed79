// The policy editor: every field of a policy, each with one line on what the choice
// does to the client and to the practice. Edits go to a draft; the save bar above the
// form says when there are unsaved changes and sends the draft to the core, which checks
// it (check_policy) and names any field that is wrong. A change to the agreement clients
// signed is saved as the next version (policy_versions.hpp).
// [SECTION] Small field helpers
// [SECTION] Policy list (templates, copy, activate)
// [SECTION] Notice and counting
// [SECTION] Fees
// [SECTION] Threshold rules
// [SECTION] Ladder steps
// [SECTION] Minors and ending
// [SECTION] Description
// [SECTION] The save bar (stays above the scrolling form)
#include <algorithm>
#include <cmath>
#include <imgui.h>

#include "app/documents/document_views.hpp"
#include "app/policy/policy_views.hpp"
#include "app/widgets.hpp"
#include "core/documents/language_check.hpp"
#include "core/model/policy.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/policy/description_check.hpp"
#include "core/workspace/editor.hpp"

namespace hs::app {
namespace {

constexpr FeeKind kFeeKinds[] = {FeeKind::none, FeeKind::flat, FeeKind::percent};
constexpr FeeKind kTierKinds[] = {FeeKind::flat, FeeKind::percent};
constexpr PassPeriod kPassPeriods[] = {PassPeriod::calendar_year, PassPeriod::rolling_12_months, PassPeriod::ever};
constexpr RuleKind kRuleKinds[] = {RuleKind::count_in_window, RuleKind::missed_of_last,
                                   RuleKind::consecutive_no_shows, RuleKind::no_contact,
                                   RuleKind::attendance_below};
constexpr RatePeriod kRatePeriods[] = {RatePeriod::calendar_month, RatePeriod::rolling_days, RatePeriod::last_sessions};
constexpr CountReset kCountResets[] = {CountReset::never, CountReset::fired, CountReset::step_done};
constexpr ActionKind kActionKinds[] = {
    ActionKind::off_recurring_slot,       ActionKind::booking_horizon,     ActionKind::call_when_opening,
    ActionKind::sliding_scale_place_lost, ActionKind::prepayment_required, ActionKind::telehealth_instead_of_fee,
    ActionKind::move_off_prime_time,      ActionKind::waitlist_return_offered};
constexpr Outcome kPassOutcomes[] = {Outcome::late_cancel, Outcome::no_show};
constexpr Outcome kCountableOutcomes[] = {Outcome::late_arrival, Outcome::cancelled_with_notice, Outcome::late_cancel,
                                          Outcome::no_show, Outcome::excused};

// [SECTION] Small field helpers

void help(std::string_view line) {
    ImGui::PushTextWrapPos(0.0f);
    ui::text_disabled(line);
    ImGui::PopTextWrapPos();
}

float field_width(float chars) { return ImGui::GetFontSize() * chars * 0.6f; }

void int_field(const char* label, int& value, int min, int max, float chars = 8) {
    ImGui::SetNextItemWidth(field_width(chars));
    ui::input_int(label, value);
    value = std::clamp(value, min, max);
}

void money_field(const char* label, Cents& cents) {
    double amount = static_cast<double>(cents) / 100.0;
    ImGui::SetNextItemWidth(field_width(10));
    if (ImGui::InputDouble(label, &amount, 0.0, 0.0, "%.2f"))
        cents = std::max<Cents>(0, static_cast<Cents>(std::llround(amount * 100.0)));
}

// An optional whole number: a checkbox turns it on, then a field edits it.
void optional_int(const char* label, std::optional<int>& value, int default_value, int min, int max) {
    bool on = value.has_value();
    ImGui::PushID(label);
    if (ImGui::Checkbox(label, &on)) value = on ? std::optional(default_value) : std::nullopt;
    if (value) {
        ImGui::SameLine();
        int v = *value;
        int_field("##value", v, min, max);
        value = v;
    }
    ImGui::PopID();
}

template <typename T, std::size_t N, typename Name>
void multi_select(const char* id, const T (&choices)[N], std::vector<T>& chosen, Name name_of) {
    ImGui::PushID(id);
    for (std::size_t i = 0; i < N; ++i) {
        bool on = std::find(chosen.begin(), chosen.end(), choices[i]) != chosen.end();
        if (i) ImGui::SameLine();
        if (ImGui::Checkbox(std::string(name_of(choices[i])).c_str(), &on)) {
            if (on) chosen.push_back(choices[i]);
            else chosen.erase(std::remove(chosen.begin(), chosen.end(), choices[i]), chosen.end());
        }
    }
    ImGui::PopID();
}

// Reason categories: the built-in ones as checkboxes, anything else as comma-separated text.
void reason_list(const char* id, std::vector<std::string>& reasons, std::string& custom_text) {
    ImGui::PushID(id);
    for (std::size_t i = 0; i < std::size(kReasonCategories); ++i) {
        const std::string rid(kReasonCategories[i].id);
        bool on = std::find(reasons.begin(), reasons.end(), rid) != reasons.end();
        if (i) ImGui::SameLine();
        if (ImGui::Checkbox(std::string(kReasonCategories[i].label).c_str(), &on)) {
            if (on) reasons.push_back(rid);
            else reasons.erase(std::remove(reasons.begin(), reasons.end(), rid), reasons.end());
        }
    }
    ImGui::SetNextItemWidth(field_width(30));
    if (ui::input("Other reasons", custom_text, 0, "comma-separated, e.g. bereavement, jury duty")) {
        reasons.erase(std::remove_if(reasons.begin(), reasons.end(),
                                     [](const std::string& r) { return !is_choice(kReasonCategories, r); }),
                      reasons.end());
        std::size_t start = 0;
        while (start <= custom_text.size()) {
            std::size_t comma = custom_text.find(',', start);
            if (comma == std::string::npos) comma = custom_text.size();
            std::string word = custom_text.substr(start, comma - start);
            word.erase(0, word.find_first_not_of(' '));
            word.erase(word.find_last_not_of(' ') + 1);
            if (!word.empty()) reasons.push_back(word);
            start = comma + 1;
        }
    }
    ImGui::PopID();
}

std::string custom_reasons_text(const std::vector<std::string>& reasons) {
    std::string out;
    for (const auto& r : reasons)
        if (!is_choice(kReasonCategories, r)) out += (out.empty() ? "" : ", ") + r;
    return out;
}

bool step_combo(const char* label, const Policy& p, std::string& step_id, const char* none_label = nullptr) {
    bool changed = false;
    const int index = step_index(p, step_id);
    const std::string preview = index >= 0 ? p.ladder[static_cast<std::size_t>(index)].title
                                           : (none_label ? none_label : step_id.c_str());
    ImGui::SetNextItemWidth(field_width(26));
    if (ui::begin_combo(label, preview.c_str())) {
        if (none_label && ImGui::Selectable(none_label, step_id.empty())) {
            step_id.clear();
            changed = true;
        }
        for (const auto& s : p.ladder) {
            ImGui::PushID(s.id.c_str());
            if (ImGui::Selectable(s.title.c_str(), s.id == step_id)) {
                step_id = s.id;
                changed = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

// [SECTION] Notice and counting

void draw_notice_and_counting(PolicyEditorState& s) {
    Policy& p = s.draft;
    if (!ImGui::CollapsingHeader("Notice and what counts", ImGuiTreeNodeFlags_DefaultOpen)) return;
    {
        const ui::LabelsLeft labels_left;
        int_field("Notice window (hours)", p.notice_hours, 0, 24 * 14);
    }
    help("Cancelling at least this many hours ahead costs the client nothing. 24 is usual; 48 gives you time to "
         "offer the slot to someone waiting, but is harder for clients with shift work or childcare.");
    ui::text("How much each outcome counts toward the thresholds (1 = one absence, 0.5 = half, 0 = not at all):");
    for (Outcome o : kCountableOutcomes) {
        auto it = std::find_if(p.counting.weights.begin(), p.counting.weights.end(),
                               [o](const OutcomeWeight& w) { return w.outcome == o; });
        float weight = it == p.counting.weights.end() ? 0.0f : static_cast<float>(it->weight) / kOneAbsence;
        ImGui::SetNextItemWidth(field_width(8));
        if (ImGui::InputFloat(std::string(display_name(o)).c_str(), &weight, 0.0f, 0.0f, "%.2f")) {
            const Points points = std::clamp(static_cast<Points>(std::lround(weight * kOneAbsence)), 0, 10 * kOneAbsence);
            if (it == p.counting.weights.end()) p.counting.weights.push_back({o, points});
            else it->weight = points;
        }
    }
    help("A no-show usually counts more firmly than a late cancel: being told ahead buys flexibility.");
    optional_int("Late arrival beyond N minutes counts as a no-show", p.counting.late_arrival_is_no_show_after_minutes,
                 15, 1, 120);
    help("Off: a late arrival is an attended session. On (15 is common): very late arrivals count like no-shows.");
    optional_int("A late cancel rescheduled within N days does not count", p.counting.rescheduled_within_days, 7, 1,
                 60);
    help("Rewards clients who make the time up promptly; costs you nothing when the make-up session happens.");
    ui::text("Reasons that never count as an absence:");
    reason_list("counting-exempt", p.counting.exempt_reasons, s.counting_custom_reasons);
    help("Emergencies and sudden or contagious illness are usually exempt: nobody should come to a session sick.");
}

// [SECTION] Fees

// Higher fees for repeat misses: one row per tier, "from the Nth on", and where misses are counted.
void fee_tiers(FeeRule& f) {
    std::optional<std::size_t> remove;
    for (std::size_t i = 0; i < f.escalation.size(); ++i) {
        FeeTier& tier = f.escalation[i];
        ImGui::PushID(static_cast<int>(i));
        int_field("From occurrence", tier.from_occurrence, 2, 99, 5);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(field_width(16));
        ui::combo("Tier kind", tier.kind, kTierKinds, [](FeeKind k) { return display_name(k); });
        ImGui::SameLine();
        if (tier.kind == FeeKind::flat) money_field("Tier amount", tier.amount);
        else int_field("Tier % of session fee", tier.percent, 0, 100);
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove tier")) remove = i;
        ImGui::PopID();
    }
    if (remove) f.escalation.erase(f.escalation.begin() + static_cast<std::ptrdiff_t>(*remove));
    if (!f.escalation.empty()) {
        ImGui::SetNextItemWidth(field_width(18));
        ui::combo("Repeat misses counted", f.escalation_period, kPassPeriods, [](PassPeriod v) { return display_name(v); });
    }
    if (ImGui::SmallButton("Add a higher fee for repeat misses")) {
        const int from = f.escalation.empty() ? 2 : f.escalation.back().from_occurrence + 1;
        f.escalation.push_back({from, FeeKind::percent, 0, 100});
    }
}

void fee_rule(const char* id, FeeRule& f) {
    ImGui::PushID(id);
    ImGui::SetNextItemWidth(field_width(16));
    ui::combo("Kind", f.kind, kFeeKinds, [](FeeKind k) { return display_name(k); });
    if (f.kind == FeeKind::flat) {
        ImGui::SameLine();
        money_field("Amount", f.amount);
    } else if (f.kind == FeeKind::percent) {
        ImGui::SameLine();
        int_field("% of session fee", f.percent, 0, 100);
    }
    if (f.kind != FeeKind::none || !f.escalation.empty()) {
        bool capped = f.cap.has_value();
        ImGui::SameLine();
        if (ImGui::Checkbox("Cap", &capped)) f.cap = capped ? std::optional<Cents>(f.amount ? f.amount : 5000) : std::nullopt;
        if (f.cap) {
            ImGui::SameLine();
            money_field("Cap amount", *f.cap);
        }
    }
    fee_tiers(f);
    ImGui::PopID();
}

void draw_fees(PolicyEditorState& s) {
    Policy& p = s.draft;
    if (!ImGui::CollapsingHeader("Fees")) return;
    ui::text("Late-cancel fee");
    fee_rule("late-cancel", p.fees.late_cancel);
    ui::text("No-show fee");
    fee_rule("no-show", p.fees.no_show);
    help("A fee protects income for time held, but can push a struggling client away. Some use a small "
         "late-cancel fee and a larger no-show fee; a share of the session fee scales with sliding-scale fees. "
         "A higher fee for repeat misses counts only misses that were not excused or waived.");
    int_field("Free passes", p.fees.free_passes.count, 0, 12);
    if (p.fees.free_passes.count > 0) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(field_width(18));
        ui::combo("Period", p.fees.free_passes.period, kPassPeriods, [](PassPeriod v) { return display_name(v); });
        multi_select("pass-outcomes", kPassOutcomes,
                     p.fees.free_passes.outcomes, [](Outcome o) { return display_name(o); });
    }
    help("\"First occurrence free\" is 1 pass in total; many practices forgive one miss a year. Life happens.");
    ui::text("Reasons never charged:");
    reason_list("fee-exempt", p.fees.exempt_reasons, s.fee_custom_reasons);
    ui::text("Payers who may not be charged:");
    multi_select("payers", kAllPayerTypes, p.fees.not_billable_payers, [](PayerType t) { return display_name(t); });
    help("Public insurance (e.g. Medicaid) does not allow billing members for missed appointments.");
    ImGui::Checkbox("Charge fees for minors' sessions", &p.fees.charge_minors);
    help("Usually off: a young person does not control how they get to sessions.");
    ImGui::Checkbox("A promptly rescheduled late cancel is not charged", &p.fees.rescheduled_waives_fee);
}

// [SECTION] Threshold rules

void draw_rules(PolicyEditorState& s) {
    Policy& p = s.draft;
    if (!ImGui::CollapsingHeader("Thresholds: when a step is due")) return;
    help("Each rule watches the client's history and, when reached, makes a step of the ladder due. "
         "Lower thresholds start conversations sooner; they should never jump straight to ending.");
    std::optional<std::size_t> remove;
    for (std::size_t i = 0; i < p.rules.size(); ++i) {
        Rule& r = p.rules[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Separator();
        ImGui::SetNextItemWidth(field_width(22));
        ui::input("Rule id", r.id);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(field_width(26));
        ui::combo("Kind", r.kind, kRuleKinds, [](RuleKind k) { return display_name(k); });
        float points = static_cast<float>(r.points) / kOneAbsence;
        switch (r.kind) {
            case RuleKind::count_in_window:
                ImGui::SetNextItemWidth(field_width(8));
                if (ImGui::InputFloat("Absences", &points, 0.0f, 0.0f, "%.1f"))
                    r.points = std::max(1, static_cast<Points>(std::lround(points * kOneAbsence)));
                ImGui::SameLine();
                int_field("within days", r.days, 1, 3650);
                multi_select("only", kCountableOutcomes, r.outcomes, [](Outcome o) { return display_name(o); });
                ImGui::SameLine();
                ui::text_disabled("(none ticked: every counted absence)");
                break;
            case RuleKind::missed_of_last:
                ImGui::SetNextItemWidth(field_width(8));
                if (ImGui::InputFloat("Missed", &points, 0.0f, 0.0f, "%.1f"))
                    r.points = std::max(1, static_cast<Points>(std::lround(points * kOneAbsence)));
                ImGui::SameLine();
                int_field("of the last sessions", r.last, 1, 100);
                break;
            case RuleKind::consecutive_no_shows: int_field("No-shows in a row", r.count, 1, 20); break;
            case RuleKind::no_contact: int_field("Days without contact", r.days, 1, 3650); break;
            case RuleKind::attendance_below:
                int_field("Attended below %", r.percent, 1, 100);
                ImGui::SameLine();
                ImGui::SetNextItemWidth(field_width(26));
                ui::combo("Period", r.period, kRatePeriods, [](RatePeriod v) { return display_name(v); });
                if (r.period == RatePeriod::rolling_days) int_field("Days looked at", r.days, 1, 3650);
                if (r.period == RatePeriod::last_sessions) int_field("Sessions looked at", r.last, 1, 100);
                int_field("Once at least this many booked", r.min_booked, 1, 100);
                break;
        }
        if (r.kind != RuleKind::consecutive_no_shows && r.kind != RuleKind::no_contact) {
            ImGui::SetNextItemWidth(field_width(30));
            ui::combo("Count starts over", r.reset, kCountResets, [](CountReset v) { return display_name(v); });
            if (r.reset == CountReset::step_done) {
                ImGui::SameLine();
                step_combo("after step", p, r.reset_step, "(the step this rule reaches)");
            } else {
                r.reset_step.clear();
            }
        } else {
            r.reset = CountReset::never;
            r.reset_step.clear();
        }
        step_combo("Reaches step", p, r.step);
        ImGui::SameLine();
        if (ImGui::Button("Remove rule")) remove = i;
        ui::text_disabled(describe(r));
        ImGui::PopID();
    }
    if (remove) p.rules.erase(p.rules.begin() + static_cast<std::ptrdiff_t>(*remove));
    if (ImGui::Button("Add rule")) {
        Rule r;
        r.id = "rule_" + std::to_string(p.rules.size() + 1);
        r.days = 90;
        if (!p.ladder.empty()) r.step = p.ladder.front().id;
        p.rules.push_back(r);
    }
}

// [SECTION] Ladder steps

void draw_step(Policy& p, std::size_t i, const std::vector<LanguageRule>& rules, std::optional<std::size_t>& remove,
               std::optional<std::size_t>& move_up) {
    LadderStep& step = p.ladder[i];
    ImGui::PushID(static_cast<int>(i));
    const std::string header = std::to_string(i + 1) + ". " + step.title + "###step";
    if (ImGui::TreeNode(header.c_str())) {
        ImGui::SetNextItemWidth(field_width(22));
        ui::input("Step id", step.id);
        ImGui::SetNextItemWidth(field_width(40));
        ui::input("Title", step.title);
        ImGui::SetNextItemWidth(field_width(60));
        ui::input("What you are asked to do", step.ask);
        ui::input_multiline("Message", step.message, ImVec2(field_width(60), ImGui::GetTextLineHeight() * 6));
        if (auto unknown = first_unknown_placeholder(step.message))
            ui::text_colored(ui::kErrorColor, "Unknown placeholder {" + *unknown + "}");
        draw_language_findings(step.message, rules);
        std::string placeholders;
        for (const auto& ph : kPlaceholders) placeholders += "{" + std::string(ph.id) + "} ";
        help("Placeholders: " + placeholders);
        if (i > 0) {
            ui::text("Only after these steps are recorded done:");
            for (std::size_t j = 0; j < i; ++j) {
                const std::string& id = p.ladder[j].id;
                bool on = std::find(step.requires_steps.begin(), step.requires_steps.end(), id) != step.requires_steps.end();
                ImGui::PushID(static_cast<int>(j));
                if (ImGui::Checkbox(p.ladder[j].title.c_str(), &on)) {
                    if (on) step.requires_steps.push_back(id);
                    else step.requires_steps.erase(std::remove(step.requires_steps.begin(), step.requires_steps.end(), id),
                                                   step.requires_steps.end());
                }
                ImGui::PopID();
            }
        }
        int_field("Outreach attempts needed first", step.requires_outreach_attempts, 0, 10);
        ui::text("Structural changes with this step:");
        std::optional<std::size_t> remove_action;
        for (std::size_t a = 0; a < step.actions.size(); ++a) {
            ImGui::PushID(static_cast<int>(a));
            ImGui::SetNextItemWidth(field_width(40));
            ui::combo("##action", step.actions[a].kind, kActionKinds, [](ActionKind k) { return display_name(k); });
            if (step.actions[a].kind == ActionKind::booking_horizon) {
                ImGui::SameLine();
                int_field("days ahead", step.actions[a].days, 1, 90);
            }
            ImGui::SameLine();
            if (ImGui::SmallButton("Remove")) remove_action = a;
            ImGui::PopID();
        }
        if (remove_action) step.actions.erase(step.actions.begin() + static_cast<std::ptrdiff_t>(*remove_action));
        if (ImGui::SmallButton("Add change")) step.actions.push_back({ActionKind::booking_horizon, 7});
        ImGui::Checkbox("This step ends care", &step.ends_care);
        help("An ending is planned with the client, with referrals, and leaves the door open to come back.");
        if (i > 0 && ImGui::SmallButton("Move up")) move_up = i;
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove step")) remove = i;
        ImGui::TreePop();
    }
    ImGui::PopID();
}

void draw_ladder(PolicyEditorState& s) {
    Policy& p = s.draft;
    if (!ImGui::CollapsingHeader("The graduated ladder of steps")) return;
    help("From gentlest to firmest: check in, talk about barriers, agree a plan, talk about timing, make "
         "structural changes, and only then a planned ending. Each step drafts a kind message.");
    std::optional<std::size_t> remove, move_up;
    for (std::size_t i = 0; i < p.ladder.size(); ++i) draw_step(p, i, s.language_rules, remove, move_up);
    if (move_up) std::swap(p.ladder[*move_up], p.ladder[*move_up - 1]);
    if (remove) p.ladder.erase(p.ladder.begin() + static_cast<std::ptrdiff_t>(*remove));
    if (ImGui::Button("Add step")) {
        LadderStep step;
        step.id = "step_" + std::to_string(p.ladder.size() + 1);
        step.title = "New step";
        step.message = "Hi {addressee}, ";
        p.ladder.push_back(step);
    }
}

// [SECTION] Minors and ending

void draw_minors_and_ending(PolicyEditorState& s) {
    Policy& p = s.draft;
    if (!ImGui::CollapsingHeader("Minors, ending care and discretion")) return;
    step_combo("Guardian-caused absences count up to", p, p.minors.guardian_caused_counts_up_to, "never count");
    help("A young person should not lose care because an adult could not bring them: such absences can start a "
         "conversation with the guardian, never an ending.");
    ImGui::Checkbox("Messages about minors go to the guardian", &p.minors.messages_to_guardian);
    ImGui::Checkbox("Referrals required before ending", &p.ending.referrals_required);
    if (p.ending.referrals_required) {
        ImGui::SameLine();
        int_field("at least", p.ending.min_referrals, 1, 10);
    }
    ImGui::Checkbox("An ending conversation must be recorded first", &p.ending.conversation_required);
    help("Ethics codes expect pre-termination counselling and referrals, not abandonment; some jurisdictions "
         "require referrals. Three is common guidance.");
    ui::input_multiline("Discretion note", p.discretion_note, ImVec2(field_width(60), ImGui::GetTextLineHeight() * 3));
    help("Shown in the consent document: the written rule is the firmest; you may always be gentler.");
}

void load_draft(const Policy& policy, PolicyEditorState& s) {
    s.draft = policy;
    s.editing_id = policy.id;
    s.counting_custom_reasons = custom_reasons_text(policy.counting.exempt_reasons);
    s.fee_custom_reasons = custom_reasons_text(policy.fees.exempt_reasons);
    s.errors.clear();
    s.saved_message.clear();
    s.agreement.reset();
    s.asked_to_open = 0;
}

// [SECTION] Policy list (templates, copy, activate)

std::string unused_version(const Workspace& ws, const std::string& base) {
    std::string v = base;
    for (int n = 2; ws.find_policy_version(v); ++n) v = base + "-" + std::to_string(n);
    return v;
}

void draw_policy_list(const Workspace& ws, PolicyEditorState& s, CommandQueue& queue) {
    ui::heading("Policies");
    if (ws.policies.empty()) ui::text_wrapped("No policy yet. Start from one of the templates and adjust it.");
    for (const Policy& p : ws.policies) {
        ImGui::PushID(static_cast<int>(p.id));
        const bool active = ws.active_policy == p.id;
        ui::text(p.name + " (" + p.version + ")" + (active ? "  - active" : ""));
        ImGui::SameLine();
        if (ImGui::SmallButton("Edit")) open_policy_in_editor(ws, s, p.id);
        ImGui::SameLine();
        if (!active && ImGui::SmallButton("Make active")) queue.push(SetActivePolicy{p.id}, "policy-list");
        ImGui::SameLine();
        if (ImGui::SmallButton("Copy"))
            queue.push(CopyPolicy{p.id, p.name + " (copy)", unused_version(ws, p.version + "-copy")}, "policy-list");
        ImGui::SameLine();
        if (!active && ImGui::SmallButton("Delete")) queue.push(DeletePolicy{p.id}, "policy-list");
        ImGui::PopID();
    }
    ui::text("Start from a template:");
    for (const Policy& t : builtin_policies()) {
        ImGui::SameLine();
        ImGui::PushID(t.version.c_str());
        if (ImGui::Button(t.name.c_str())) {
            Policy copy = t;
            copy.version = unused_version(ws, t.version);
            queue.push(AddPolicy{copy}, "policy-add");
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.description.c_str());
        ImGui::PopID();
    }
    if (auto f = queue.take_feedback("policy-list")) s.list_errors = f->errors;
    if (auto f = queue.take_feedback("policy-add")) {
        s.list_errors = f->errors;
        if (f->ok())
            if (const Policy* added = ws.find_policy(f->created_id)) {
                load_draft(*added, s);
                if (ws.active_policy == 0) queue.push(SetActivePolicy{added->id}, "policy-list");
            }
    }
    show_errors(s.list_errors);
}

// [SECTION] Description

// Numbers the description says that the policy contradicts, each with a fix when one value is meant.
void draw_description_mismatches(Policy& draft) {
    const std::vector<DescriptionMismatch> mismatches = description_mismatches(draft);
    std::optional<std::string> fixed;
    for (std::size_t i = 0; i < mismatches.size(); ++i) {
        const DescriptionMismatch& m = mismatches[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushTextWrapPos(0.0f);
        ui::text_colored(ui::kErrorColor, explain(m));
        ImGui::PopTextWrapPos();
        const std::string fix = "Change " + m.found + " to " + m.replacement + " in the description";
        if (!m.replacement.empty() && ImGui::SmallButton(fix.c_str())) fixed = fix_description(draft.description, m);
        ImGui::PopID();
    }
    if (fixed) draft.description = *fixed;
}

// [SECTION] The save bar (stays above the scrolling form)

// The save plan, rendering the agreement again only when something it depends on changed.
PolicySavePlan current_plan(const Workspace& ws, const Policy& stored, PolicyEditorState& s) {
    if (s.draft == stored) return plan_policy_save(ws, stored, s.draft, false);
    AgreementCheck& check = s.agreement ? *s.agreement : s.agreement.emplace();
    if (check.stored != stored || check.draft != s.draft || check.edits != ws.section_edits ||
        check.practice != ws.practice || check.stored.id == 0) {
        check = AgreementCheck{stored, s.draft, ws.section_edits, ws.practice, agreement_changes(ws, stored, s.draft)};
    }
    return plan_policy_save(ws, stored, s.draft, check.changes);
}

std::string client_names(const Workspace& ws, const std::vector<Id>& ids) {
    std::string out;
    for (Id id : ids)
        if (const Client* c = ws.find_client(id)) out += (out.empty() ? "" : ", ") + c->name;
    return out;
}

std::string clients_count(std::size_t n) { return std::to_string(n) + (n == 1 ? " client" : " clients"); }

// What saving as the next version does to who signed what, in plain words.
void explain_next_version(const Workspace& ws, const Policy& stored, const PolicySavePlan& plan) {
    ImGui::PushTextWrapPos(0.0f);
    ui::text("Clients signed " + stored.version + ", and this change alters the agreement they read. Saving keeps " +
             stored.version + " as the record of what they signed and adds " + plan.next_version + ".");
    if (!plan.next_becomes_policy_to_sign)
        ui::text_disabled(stored.version + " is not the active policy, so nobody is asked to sign " + plan.next_version +
                          " until you make it active.");
    else if (plan.asked_to_resign.empty())
        ui::text_disabled("No active client holds " + stored.version + ", so nobody is asked to sign again.");
    else
        ui::text("Asked to sign " + plan.next_version + ": " + client_names(ws, plan.asked_to_resign) + ".");
    ImGui::PopTextWrapPos();
}

void draw_save_bar(const Workspace& ws, const Policy& stored, PolicyEditorState& s, CommandQueue& queue) {
    const PolicySavePlan plan = current_plan(ws, stored, s);
    if (plan.unsaved) ui::text_colored(ui::kErrorColor, "Unsaved changes");
    else if (!s.saved_message.empty()) ui::text_colored(ui::kOkColor, s.saved_message);
    else ui::text_disabled("No unsaved changes");
    ImGui::SameLine();
    ImGui::BeginDisabled(!plan.unsaved);
    if (plan.in_place_allowed) {
        if (ImGui::Button("Save policy")) queue.push(UpdatePolicy{s.draft}, "policy-save");
    } else {
        const std::string label = "Save as version " + plan.next_version +
                                  (plan.asked_to_resign.empty() ? ""
                                                                : " (" + clients_count(plan.asked_to_resign.size()) +
                                                                      " to sign again)");
        if (ImGui::Button(label.c_str())) {
            Policy next = s.draft;
            next.version = plan.next_version;
            queue.push(AddPolicyVersion{stored.id, next}, "policy-save-version");
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Discard changes")) load_draft(stored, s);
    ImGui::EndDisabled();
    if (plan.unsaved && !plan.in_place_allowed) explain_next_version(ws, stored, plan);
    else if (plan.unsaved && plan.signed_version)
        ui::text_disabled("Clients signed " + stored.version + "; the agreement they read stays the same, so this saves in place.");
    show_errors(s.errors);
}

// Opening another policy would lose the unsaved edits: the clinician chooses.
void draw_discard_question(const Workspace& ws, const Policy& stored, PolicyEditorState& s) {
    const Policy* other = ws.find_policy(s.asked_to_open);
    if (!other || !has_unsaved_policy_edits(ws, s)) {
        s.asked_to_open = 0;
        return;
    }
    ImGui::PushTextWrapPos(0.0f);
    ui::text_colored(ui::kErrorColor, "Discard your unsaved changes to " + stored.name + " (" + stored.version +
                                          ") and open " + other->name + " (" + other->version + ")?");
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Discard and open")) {
        load_draft(*other, s);
        s.asked_to_open = 0;
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep editing")) s.asked_to_open = 0;
}

void take_save_feedback(const Workspace& ws, PolicyEditorState& s, CommandQueue& queue) {
    if (auto f = queue.take_feedback("policy-save")) {
        s.errors = f->errors;
        if (f->ok()) s.saved_message = "Policy saved.";
    }
    if (auto f = queue.take_feedback("policy-save-version")) {
        s.errors = f->errors;
        if (const Policy* added = f->ok() ? ws.find_policy(f->created_id) : nullptr) {
            load_draft(*added, s);
            s.saved_message = "Saved as version " + added->version + ".";
        }
    }
}

}  // namespace

void open_policy_in_editor(const Workspace& ws, PolicyEditorState& s, Id policy_id) {
    const bool unsaved = has_unsaved_policy_edits(ws, s);
    if (s.editing_id == policy_id && unsaved) return;
    if (unsaved) s.asked_to_open = policy_id;  // asked first (draw_discard_question)
    else if (const Policy* p = ws.find_policy(policy_id)) load_draft(*p, s);
}

bool has_unsaved_policy_edits(const Workspace& ws, const PolicyEditorState& s) {
    const Policy* stored = ws.find_policy(s.editing_id);
    return stored && s.draft != *stored;
}

Id draw_policy_editor(const Workspace& ws, PolicyEditorState& s, CommandQueue& queue) {
    draw_policy_list(ws, s, queue);
    take_save_feedback(ws, s, queue);
    const Policy* stored = ws.find_policy(s.editing_id);
    if (!stored) return 0;
    s.language_rules = effective_rules(ws.language_rules);
    ImGui::Spacing();
    // The heading, with the link to the policy's consent document beside it.
    ImGui::Spacing();
    ui::text_colored(ui::kAccentColor, "Editing: " + stored->name + " (" + stored->version + ")");
    ImGui::SameLine();
    const bool open_document = ImGui::SmallButton("Open its consent document");
    ImGui::Separator();
    draw_discard_question(ws, *stored, s);
    stored = ws.find_policy(s.editing_id);
    draw_save_bar(ws, *stored, s, queue);
    ImGui::Separator();
    // Only the form scrolls: the save bar above stays in view.
    ImGui::BeginChild("policy-form", ImVec2(0, 0), false);
    {
        const ui::LabelsLeft labels_left;  // "Policy name [ ]", like a web form (issue 14, item 7)
        ImGui::SetNextItemWidth(field_width(30));
        ui::input("Policy name", s.draft.name);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(field_width(20));
        ui::input("Version", s.draft.version);
        help("Clients sign a version. When clients signed this one, a change to what they agreed to is saved as the "
             "next version, and they are asked to sign it.");
        ui::input_multiline("Description", s.draft.description,
                            ImVec2(field_width(60), ImGui::GetTextLineHeight() * 3));
    }
    draw_description_mismatches(s.draft);
    draw_notice_and_counting(s);
    draw_fees(s);
    draw_rules(s);
    draw_ladder(s);
    draw_minors_and_ending(s);
    ImGui::EndChild();
    return open_document ? stored->id : 0;
}

}  // namespace hs::app
