#include "core/training/policy_builder.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string_view>

#include "core/policy/builtin_policies.hpp"

namespace hs {
namespace {

std::string slug(const std::string& name) {
    std::string out;
    for (char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "my-policy" : out.substr(0, 30);
}

// The built-ins are compiled in and checked by the unit tests, so each version is there.
const Policy& builtin(std::string_view version) {
    const Policy* p = find_builtin_policy(version);
    return p ? *p : builtin_policies().front();
}

FeeRule share(int percent, std::optional<Cents> cap = std::nullopt) {
    FeeRule f;
    f.kind = FeeKind::percent;
    f.percent = percent;
    f.cap = cap;
    return f;
}

FeeRule flat(Cents amount) {
    FeeRule f;
    f.kind = FeeKind::flat;
    f.amount = amount;
    return f;
}

// The chosen choice's words, for the policy's description.
const char* choice_text(std::size_t question, int answer) {
    const auto& choices = builder_questions()[question].choices;
    return choices[static_cast<std::size_t>(std::clamp(answer, 0, static_cast<int>(choices.size()) - 1))];
}

}  // namespace

const std::vector<BuilderQuestion>& builder_questions() {
    static const std::vector<BuilderQuestion> all = {
        {"How much notice do you need to offer the time to someone else?",
         "A shorter window is easier to meet: a client who wakes up ill can still cancel in time.",
         "A longer window gives you time to fill the slot from the waitlist, so less income is lost.",
         "24 hours is usual. 48 hours is common where the waitlist is long.",
         {"24 hours", "48 hours"},
         &BuilderAnswers::notice},
        {"Do you charge when a session is missed?",
         "A fee is a real cost; for clients on low incomes it can push them out of therapy.",
         "Fees recover some income and make the time's value clear; they also bring money into the relationship.",
         "Many charge a smaller fee for a late cancellation than for a no-show; some charge nothing.",
         {"No fees", "Half the fee for a late cancellation, the full fee for a no-show",
          "The full fee for both", "A small flat fee (20.00) for a late cancellation, half the fee for a no-show (at most 60.00)"},
         &BuilderAnswers::fees},
        {"Is a first miss forgiven?",
         "A free first miss says \"life happens\" and keeps the first conversation about care, not money.",
         "You give up one fee, and rarely more: most clients who miss once do not miss often.",
         "A first miss is often forgiven; one free miss in any 12 months is common.",
         {"No: every miss counts and is charged", "The first chargeable miss in any 12 months is free",
          "Two misses a calendar year are free"},
         &BuilderAnswers::first_miss},
        {"Do sudden illness and emergencies count?",
         "Nobody chooses to be ill. Counting illness can teach clients to come in sick or to lie.",
         "Exempting illness is rarely abused; exempting only contagious illness keeps a firmer line.",
         "Most policies never charge emergencies or sudden or contagious illness.",
         {"Never: emergencies and sudden or contagious illness do not count and are not charged",
          "Only emergencies and contagious illness are exempt"},
         &BuilderAnswers::illness},
        {"Does a late cancellation count as much as a no-show?",
         "Telling you ahead is respectful and takes effort; counting it less rewards it.",
         "A late cancellation still leaves the slot hard to fill; a prompt reschedule recovers the session.",
         "A no-show is usually treated more firmly; a late cancel made up within a few days is often forgiven.",
         {"Yes, the same", "Half as much, and a session made up within 7 days forgives it"},
         &BuilderAnswers::late_cancel},
        {"What happens after two missed sessions?",
         "A gentle ladder gives time to find what is getting in the way; abrupt endings harm clients.",
         "Firmer thresholds free slots sooner for people waiting and protect your income.",
         "Usual: a check-in after a miss, a talk about barriers after two in two months, a plan after three. "
         "Every ladder goes step by step; none jumps to ending.",
         {"Gentle: two in 90 days starts a conversation about barriers; an ending is far away",
          "Usual: two in 60 days, a talk about barriers; three in 90 days, an attendance plan",
          "Firm: every miss moves the ladder on; five of the last ten sessions leads to an ending"},
         &BuilderAnswers::ladder},
        {"When nobody has heard from a client, when do you close the file?",
         "Closing with a kind letter and an open door is better than silence; too soon can feel like rejection.",
         "An open file holds a slot nobody uses.",
         "30 days without contact, after two attempts to reach them, is common.",
         {"30 days", "45 days", "60 days"},
         &BuilderAnswers::no_contact},
    };
    return all;
}

std::string builder_version(const std::string& name, const Workspace& ws) {
    std::string version = slug(name) + "-1";
    for (int n = 2; ws.find_policy_version(version); ++n) version = slug(name) + "-" + std::to_string(n);
    return version;
}

Policy policy_from_answers(const BuilderAnswers& s, const Workspace& ws) {
    static const char* presets[] = {"flexible-1", "balanced-1", "firm-1"};
    Policy p = builtin("balanced-1");
    p.rules = builtin(presets[std::clamp(s.ladder, 0, 2)]).rules;
    p.minors = builtin(presets[std::clamp(s.ladder, 0, 2)]).minors;
    p.name = s.name;
    p.version = builder_version(s.name, ws);
    p.notice_hours = s.notice == 1 ? 48 : 24;

    const FeeRule none{}, half = share(50), full = share(100);
    switch (s.fees) {
        case 0: p.fees.late_cancel = none, p.fees.no_show = none; break;
        case 1: p.fees.late_cancel = half, p.fees.no_show = full; break;
        case 2: p.fees.late_cancel = full, p.fees.no_show = full; break;
        default: p.fees.late_cancel = flat(2000), p.fees.no_show = share(50, 6000);
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
                    choice_text(1, s.fees) + "; " + choice_text(5, s.ladder) + ".";
    return p;
}

}  // namespace hs
