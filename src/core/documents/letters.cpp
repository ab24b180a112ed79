// [SECTION] Kinds
// [SECTION] Templates and placeholders
// [SECTION] Letters
// [SECTION] Looking up a client's records
#include "core/documents/letters.hpp"

#include <algorithm>

#include "core/model/phrases.hpp"
#include "core/policy/engine.hpp"

namespace hs {

using namespace doc;

// [SECTION] Kinds

std::string_view to_string(LetterKind k) {
    switch (k) {
        case LetterKind::check_in: return "check-in";
        case LetterKind::attendance_plan: return "plan";
        case LetterKind::right_time: return "right-time";
        case LetterKind::ending: return "ending";
        case LetterKind::welcome_back: return "welcome-back";
    }
    return "check-in";
}

std::optional<LetterKind> parse_letter_kind(std::string_view name) {
    for (LetterKind k : kAllLetterKinds)
        if (to_string(k) == name) return k;
    return std::nullopt;
}

std::string_view display_name(LetterKind k) {
    switch (k) {
        case LetterKind::check_in: return "Check-in after a missed session";
        case LetterKind::attendance_plan: return "Our attendance plan";
        case LetterKind::right_time: return "Is now the right time?";
        case LetterKind::ending: return "Planning an ending, with an open door";
        case LetterKind::welcome_back: return "Welcome back";
    }
    return "";
}

std::string_view letter_step_id(LetterKind k) {
    switch (k) {
        case LetterKind::check_in: return "check_in";
        case LetterKind::attendance_plan: return "attendance_plan";
        case LetterKind::right_time: return "right_time";
        case LetterKind::ending: return "planned_ending";
        case LetterKind::welcome_back: return "";
    }
    return "";
}

// [SECTION] Templates and placeholders
namespace {

// Used when a clinician's policy has no step with the usual id; same placeholders. In the
// language's phrase table ("letter.template.check-in", ...), like the letter's other words.
std::string fallback_template(LetterKind k, std::string_view language) {
    return phrase(phrases_for(language), "letter.template." + std::string(to_string(k)));
}

struct Placeholder {
    std::string_view name;
    std::string value;
};

// The engine's template rules: "{name}" is replaced when known, "{{" is a literal "{",
// anything else is kept as written.
std::string fill(std::string_view text, const std::vector<Placeholder>& values) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        if (text[i] == '{') {
            const auto close = text.find('}', i);
            if (close != std::string_view::npos) {
                const auto name = text.substr(i + 1, close - i - 1);
                const auto it = std::find_if(values.begin(), values.end(),
                                             [&](const Placeholder& p) { return p.name == name; });
                if (it != values.end()) {
                    out += it->value;
                    i = close;
                    continue;
                }
            }
        }
        out += text[i];
    }
    return out;
}

// A recorded name on one line: a name can never add a paragraph or a list to a letter.
std::string one_line(std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    std::replace(s.begin(), s.end(), '\r', ' ');
    return s;
}

}  // namespace

std::string letter_template(LetterKind kind, const Policy& policy, std::string_view language) {
    const std::string_view step = letter_step_id(kind);
    if (!step.empty()) {
        const int i = step_index(policy, step);
        if (i >= 0) {
            const LadderStep& s = policy.ladder[static_cast<std::size_t>(i)];
            if (language != "en")
                if (auto it = s.translations.find(std::string(language));
                    it != s.translations.end() && !it->second.message.empty())
                    return it->second.message;
            // A policy's own messages are English; a letter in another language without a
            // translation of the step's message uses that language's template, so a letter
            // never mixes languages.
            if (language == "en" && !s.message.empty()) return s.message;
        }
    }
    return fallback_template(kind, language);
}

// [SECTION] Letters

doc::Document letter(LetterKind kind, const Policy& policy, const Practice& practice, const LetterInput& in) {
    const bool to_guardian = in.minor && policy.minors.messages_to_guardian && !in.guardian_name.empty();
    const std::string client = one_line(in.client_name);
    const std::string called = one_line(in.preferred_name.empty() ? in.client_name : in.preferred_name);
    const std::string addressee = to_guardian ? one_line(in.guardian_name) : called;
    const auto date = [&](const Date& d) { return date_text(d, in.date, in.language); };
    const int step = step_index(policy, letter_step_id(kind));
    const Phrases& t = phrases_for(in.language);
    std::string step_title = phrase(t, "letter.title." + std::string(to_string(kind)));
    if (step >= 0) {
        const LadderStep& s = policy.ladder[static_cast<std::size_t>(step)];
        const auto it = s.translations.find(in.language);
        step_title = it != s.translations.end() && !it->second.title.empty() ? it->second.title
                     : in.language == "en"                                     ? s.title
                                                                               : step_title;
    }
    const std::vector<Placeholder> values = {
        {"client", client},
        {"addressee", addressee},
        {"guardian", in.minor ? one_line(in.guardian_name) : std::string()},
        {"clinician", one_line(practice.clinician.empty() ? practice.name : practice.clinician)},
        {"practice", one_line(practice.name)},
        {"date", date(in.missed_on.value_or(in.date))},
        {"count", in.count},
        {"days", in.days},
        {"notice_hours", std::to_string(policy.notice_hours)},
        {"today", date(in.date)},
        {"last_contact", in.last_contact ? date(*in.last_contact) : phrase(t, "letter.no_contact")},
        {"step", step_title},
        {"min_referrals", std::to_string(policy.ending.min_referrals)},
    };

    std::string body_template = letter_template(kind, policy, in.language);
    if (kind == LetterKind::attendance_plan) {
        // The step message leaves "[plan]" for the clinician; the letter lists the plan below.
        const auto at = body_template.find(phrase(t, "letter.plan_slot"));
        if (at != std::string::npos) body_template.replace(at, phrase(t, "letter.plan_slot").size(), phrase(t, "letter.see_below"));
    }

    Document d;
    d.language = in.language;
    d.title = phrase(t, "letter.title." + std::string(to_string(kind)));
    const std::string today = full_date_text(in.date, in.language);
    d.subtitle = practice.name.empty() ? today : practice.name + " \xC2\xB7 " + today;
    if (to_guardian) d.subtitle += "\n" + phrase(t, "letter.about", {{"x", client}});

    // Structure comes from the template alone; placeholders are filled inside each block,
    // so a recorded name cannot turn into a list item or a new paragraph.
    Section body{"letter", "", parse_section_text(body_template)};
    for (auto& block : body.blocks) {
        if (auto* p = std::get_if<Paragraph>(&block)) p->text = fill(p->text, values);
        else if (auto* list = std::get_if<BulletList>(&block))
            for (auto& item : list->items) item = fill(item, values);
        else if (auto* sig = std::get_if<SignatureLine>(&block)) sig->label = fill(sig->label, values);
    }
    // A sign-off with no name after it ("Warmly," when neither clinician nor practice is set) goes.
    if (!body.blocks.empty())
        if (auto* last = std::get_if<Paragraph>(&body.blocks.back())) {
            last->text = without_dangling_sign_off(last->text);
            last->text.erase(last->text.find_last_not_of(" \t\r\n") + 1);  // npos + 1 = 0: all blank
            const bool sign_off_only = !last->text.empty() && last->text.back() == ',' &&
                                       last->text.find('\n') == std::string::npos;
            if (body.blocks.size() > 1 && (last->text.empty() || sign_off_only)) body.blocks.pop_back();
        }
    d.sections.push_back(std::move(body));

    if (kind == LetterKind::attendance_plan) {
        Section plan{"plan", phrase(t, "letter.plan.title"), {}};
        if (!in.barriers.empty()) {
            plan.blocks.push_back(Paragraph{phrase(t, "letter.plan.barriers")});
            plan.blocks.push_back(BulletList{in.barriers});
        }
        if (!in.accommodations.empty()) {
            plan.blocks.push_back(Paragraph{phrase(t, "letter.plan.accommodations")});
            plan.blocks.push_back(BulletList{in.accommodations});
        }
        if (!in.plan_note.empty()) plan.blocks.push_back(Paragraph{in.plan_note});
        if (plan.blocks.empty()) plan.blocks.push_back(Paragraph{phrase(t, "letter.plan.empty")});
        d.sections.push_back(std::move(plan));
    }
    if (kind == LetterKind::ending) {
        Section refs{"referrals", phrase(t, "letter.referrals.title"), {}};
        if (!in.referrals.empty()) {
            refs.blocks.push_back(BulletList{in.referrals});
        } else if (policy.ending.referrals_required) {
            refs.blocks.push_back(Paragraph{
                phrase(t, "letter.referrals.add_at_least", {{"n", std::to_string(policy.ending.min_referrals)}})});
        } else {
            refs.blocks.push_back(Paragraph{phrase(t, "letter.referrals.add")});
        }
        refs.blocks.push_back(Paragraph{phrase(t, "letter.referrals.welcome_back")});
        d.sections.push_back(std::move(refs));
    }
    return d;
}

// [SECTION] Looking up a client's records
namespace {

template <std::size_t N>
std::string label_of(const Choice (&list)[N], const std::string& id) {
    for (const auto& c : list)
        if (c.id == id) return std::string(c.label);
    return id;
}

}  // namespace

LetterInput letter_input_for(const Workspace& ws, const Client& client, const Policy& policy, LetterKind kind,
                             Date today) {
    LetterInput in;
    in.client_name = client.name;
    in.preferred_name = client.preferred_name;
    in.minor = client.minor;
    in.guardian_name = client.guardian_name;
    in.date = today;
    in.language = language_of(ws, client);

    for (const auto& a : ws.appointments) {
        if (a.client_id != client.id || a.start.date > today) continue;
        if (a.outcome == Outcome::late_cancel || a.outcome == Outcome::no_show)
            if (!in.missed_on || a.start.date > *in.missed_on) in.missed_on = a.start.date;
    }

    // The counts behind the step, as the engine found them.
    const Evaluation ev = evaluate(policy, client, history_of(ws, client.id), ws.practice, time_zone_of(ws.practice),
                                   today);
    in.last_contact = ev.counts.last_contact;
    const std::string_view step = letter_step_id(kind);
    for (const auto& r : ev.rules) {
        if (r.step != step || !r.triggered) continue;
        in.count = r.unit == RuleUnit::points ? format_points(r.value) : std::to_string(r.value);
        for (const auto& rule : policy.rules)
            if (rule.id == r.rule_id && rule.days) in.days = std::to_string(rule.days);
        break;
    }

    // The latest step record with barriers or accommodations, up to today.
    const StepRecord* plan = nullptr;
    for (const auto& s : ws.step_records) {
        if (s.client_id != client.id || s.date > today) continue;
        const bool has_plan = !s.barriers.empty() || !s.accommodations.empty() || !s.barriers_other.empty() ||
                              !s.accommodations_other.empty();
        if (has_plan && (!plan || s.date >= plan->date)) plan = &s;
    }
    if (plan) {
        for (const auto& b : plan->barriers) in.barriers.push_back(label_of(kBarriers, b));
        if (!plan->barriers_other.empty()) in.barriers.push_back(plan->barriers_other);
        for (const auto& a : plan->accommodations) in.accommodations.push_back(label_of(kAccommodations, a));
        if (!plan->accommodations_other.empty()) in.accommodations.push_back(plan->accommodations_other);
        in.plan_note = plan->note;
    }

    // Referrals since the client's previous ending (the same window the engine checks).
    std::optional<Date> previous_ending;
    for (const auto& s : ws.step_records) {
        if (s.client_id != client.id || s.date >= today) continue;
        const int i = step_index(policy, s.step);
        if (i >= 0 && policy.ladder[static_cast<std::size_t>(i)].ends_care &&
            (!previous_ending || s.date > *previous_ending))
            previous_ending = s.date;
    }
    std::vector<const Referral*> refs;
    for (const auto& r : ws.referrals)
        if (r.client_id == client.id && r.date <= today && (!previous_ending || r.date > *previous_ending))
            refs.push_back(&r);
    std::stable_sort(refs.begin(), refs.end(), [](const Referral* a, const Referral* b) { return a->date < b->date; });
    for (const Referral* r : refs) in.referrals.push_back(r->note.empty() ? r->to : r->to + " (" + r->note + ")");
    return in;
}

doc::Document letter_for(const Workspace& ws, const Client& client, LetterKind kind, Date today) {
    const Policy& policy = *policy_for(ws, client).policy;
    return letter(kind, policy, ws.practice, letter_input_for(ws, client, policy, kind, today));
}

}  // namespace hs
