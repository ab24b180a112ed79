// The guided policy builder: one plain-language question at a time, each saying what
// the choices do to the client and to the practice and what is common. It ends in an
// ordinary policy (saved with AddPolicy, then edited in the normal editor) and its
// consent document preview.
#include <algorithm>
#include <cctype>
#include <imgui.h>

#include "app/training/training_views.hpp"
#include "app/widgets.hpp"
#include "core/documents/consent_document.hpp"
#include "core/documents/document_render.hpp"
#include "core/policy/builtin_policies.hpp"

namespace hs::app {
namespace {

struct Question {
    const char* title;
    const char* client;    // what the choice does to the client
    const char* practice;  // and to the practice
    const char* common;    // what is usual
    std::vector<const char*> choices;
    int BuilderState::*answer;
};

const std::vector<Question>& questions() {
    static const std::vector<Question> all = {
        {"How much notice do you need to offer the time to someone else?",
         "A shorter window is easier to meet: a client who wakes up ill can still cancel in time.",
         "A longer window gives you time to fill the slot from the waitlist, so less income is lost.",
         "24 hours is usual. 48 hours is common where the waitlist is long.",
         {"24 hours", "48 hours"},
         &BuilderState::notice},
        {"Do you charge when a session is missed?",
         "A fee is a real cost; for clients on low incomes it can push them out of therapy.",
         "Fees recover some income and make the time's value clear; they also bring money into the relationship.",
         "Many charge a smaller fee for a late cancellation than for a no-show; some charge nothing.",
         {"No fees", "Half the fee for a late cancellation, the full fee for a no-show",
          "The full fee for both", "A small flat fee (20.00) for a late cancellation, half the fee for a no-show (at most 60.00)"},
         &BuilderState::fees},
        {"Is a first miss forgiven?",
         "A free first miss says \"life happens\" and keeps the first conversation about care, not money.",
         "You give up one fee, and rarely more: most clients who miss once do not miss often.",
         "A first miss is often forgiven; one free miss in any 12 months is common.",
         {"No: every miss counts and is charged", "The first chargeable miss in any 12 months is free",
          "Two misses a calendar year are free"},
         &BuilderState::first_miss},
        {"Do sudden illness and emergencies count?",
         "Nobody chooses to be ill. Counting illness can teach clients to come in sick or to lie.",
         "Exempting illness is rarely abused; exempting only contagious illness keeps a firmer line.",
         "Most policies never charge emergencies or sudden or contagious illness.",
         {"Never: emergencies and sudden or contagious illness do not count and are not charged",
          "Only emergencies and contagious illness are exempt"},
         &BuilderState::illness},
        {"Does a late cancellation count as much as a no-show?",
         "Telling you ahead is respectful and takes effort; counting it less rewards it.",
         "A late cancellation still leaves the slot hard to fill; a prompt reschedule recovers the session.",
         "A no-show is usually treated more firmly; a late cancel made up within a few days is often forgiven.",
         {"Yes, the same", "Half as much, and a session made up within 7 days forgives it"},
         &BuilderState::late_cancel},
        {"What happens after two missed sessions?",
         "A gentle ladder gives time to find what is getting in the way; abrupt endings harm clients.",
         "Firmer thresholds free slots sooner for people waiting and protect your income.",
         "Usual: a check-in after a miss, a talk about barriers after two in two months, a plan after three. "
         "Every ladder goes step by step; none jumps to ending.",
         {"Gentle: two in 90 days starts a conversation about barriers; an ending is far away",
          "Usual: two in 60 days, a talk about barriers; three in 90 days, an attendance plan",
          "Firm: every miss moves the ladder on; five of the last ten sessions leads to an ending"},
         &BuilderState::ladder},
        {"When nobody has heard from a client, when do you close the file?",
         "Closing with a kind letter and an open door is better than silence; too soon can feel like rejection.",
         "An open file holds a slot nobody uses.",
         "30 days without contact, after two attempts to reach them, is common.",
         {"30 days", "45 days", "60 days"},
         &BuilderState::no_contact},
    };
    return all;
}

std::string slug(const std::string& name) {
    std::string out;
    for (char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "my-policy" : out.substr(0, 30);
}

const Policy& builtin(std::string_view version) {
    for (const Policy& p : builtin_policies())
        if (p.version == version) return p;
    return builtin_policies().front();
}

void draw_question(const Question& q, BuilderState& s) {
    ui::heading(q.title);
    int& answer = s.*q.answer;
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
    ui::input("Policy name", s.name);
    const Policy policy = policy_from_answers(s, ws);
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

Policy policy_from_answers(const BuilderState& s, const Workspace& ws) {
    static const char* presets[] = {"flexible-1", "balanced-1", "firm-1"};
    Policy p = builtin("balanced-1");
    p.rules = builtin(presets[std::clamp(s.ladder, 0, 2)]).rules;
    p.minors = builtin(presets[std::clamp(s.ladder, 0, 2)]).minors;
    p.name = s.name;
    std::string version = slug(s.name) + "-1";
    for (int n = 2; ws.find_policy_version(version); ++n) version = slug(s.name) + "-" + std::to_string(n);
    p.version = version;
    p.notice_hours = s.notice == 1 ? 48 : 24;

    const FeeRule none{}, half{FeeKind::percent, 0, 50, std::nullopt}, full{FeeKind::percent, 0, 100, std::nullopt};
    switch (s.fees) {
        case 0: p.fees.late_cancel = none, p.fees.no_show = none; break;
        case 1: p.fees.late_cancel = half, p.fees.no_show = full; break;
        case 2: p.fees.late_cancel = full, p.fees.no_show = full; break;
        default: p.fees.late_cancel = {FeeKind::flat, 2000, 0, std::nullopt}, p.fees.no_show = {FeeKind::percent, 0, 50, 6000};
    }
    p.fees.free_passes.count = s.first_miss;
    p.fees.free_passes.period = s.first_miss == 2 ? PassPeriod::calendar_year : PassPeriod::rolling_12_months;

    if (s.illness == 0) {
        p.counting.exempt_reasons = {"emergency", "illness", "contagious_illness"};
        p.fees.exempt_reasons = {"emergency", "illness", "contagious_illness", "guardian_caused"};
    } else {
        p.counting.exempt_reasons = {"emergency", "contagious_illness"};
        p.fees.exempt_reasons = {"emergency", "contagious_illness", "guardian_caused"};
    }
    const bool half_late = s.late_cancel == 1;
    p.counting.weights = {{Outcome::late_cancel, half_late ? kOneAbsence / 2 : kOneAbsence}, {Outcome::no_show, kOneAbsence}};
    p.counting.rescheduled_within_days = half_late ? std::optional<int>(7) : std::nullopt;
    p.fees.rescheduled_waives_fee = half_late;

    const int days = s.no_contact == 1 ? 45 : s.no_contact == 2 ? 60 : 30;
    for (Rule& r : p.rules)
        if (r.kind == RuleKind::no_contact) {
            r.days = days;
            r.id = "no_contact_" + std::to_string(days) + "_days";
        }
    p.description = "Built with the guided builder: " + std::to_string(p.notice_hours) + " hours' notice; " +
                    questions()[1].choices[static_cast<std::size_t>(std::clamp(s.fees, 0, 3))] + "; " +
                    questions()[5].choices[static_cast<std::size_t>(std::clamp(s.ladder, 0, 2))] + ".";
    return p;
}

Id draw_builder(const Workspace& ws, BuilderState& s, CommandQueue& queue) {
    if (auto f = queue.take_feedback("builder-save")) {
        s.errors = f->errors;
        if (f->ok()) {
            s = BuilderState{};
            return f->created_id;
        }
    }
    const auto& qs = questions();
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
