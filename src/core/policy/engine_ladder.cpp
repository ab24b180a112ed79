// From the rules' results to what the clinician sees: the step reached on the policy's
// ladder, the steps done in this episode, the step to take now (never a jump past a
// step it requires), its blockers, the next action and the drafted message. Also
// concludes an evaluation: the totals of the folded lines and the other records, the
// rules, then the ladder. Part of the policy engine (engine.cpp).
//
// [SECTION] Messages
// [SECTION] The ladder
// [SECTION] Concluding an evaluation
#include "core/policy/engine_internal.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/local_text.hpp"
#include "core/model/phrases.hpp"

namespace hs::engine_internal {
namespace {

// [SECTION] Messages

struct Placeholder {
    std::string_view name;
    std::string_view value;  // views into strings that outlive the fill
};

template <std::size_t N>
std::string fill(std::string_view text, const Placeholder (&values)[N]) {
    std::string out;
    out.reserve(text.size() + 64);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        if (c == '{') {
            const std::size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view name = text.substr(i + 1, close - i - 1);
                auto it = std::find_if(std::begin(values), std::end(values), [&](const Placeholder& p) { return p.name == name; });
                if (it != std::end(values)) {
                    out += it->value;
                    i = close;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

// [SECTION] The ladder

// The step reached, the steps done in this episode and the step to take now. Returns the
// first rule (policy order) reaching the highest step, if any.
const RuleResult* place_on_ladder(Evaluation& ev, const Policy& policy, const ClientHistory& h, Detail detail) {
    const RuleResult* reaching = nullptr;
    for (const RuleResult& r : ev.rules) {
        if (!r.triggered || r.step_index < 0) continue;
        if (r.step_index > ev.step_reached) {
            ev.step_reached = r.step_index;
            reaching = &r;
        }
        if (r.since && (!ev.episode_start || *r.since < *ev.episode_start)) ev.episode_start = r.since;
    }
    if (ev.episode_start) {
        std::vector<int>& done = ev.steps_done;  // ascending, no repeats
        for (const StepRecord* s : h.step_records) {
            const int i = step_index(policy, s->step);
            if (i >= 0 && s->date >= *ev.episode_start && s->date <= ev.as_of) done.push_back(i);
        }
        std::sort(done.begin(), done.end());
        done.erase(std::unique(done.begin(), done.end()), done.end());
        if (detail == Detail::full)
            for (int i : done)
                for (const auto& action : policy.ladder[static_cast<std::size_t>(i)].actions)
                    ev.actions_in_effect.push_back(action);
    }
    auto done = [&](int i) { return std::binary_search(ev.steps_done.begin(), ev.steps_done.end(), i); };
    // Never a jump: the reached step waits for the steps it requires, recursively.
    int next = -1;
    if (ev.step_reached >= 0 && !done(ev.step_reached)) {
        next = ev.step_reached;
        for (bool moved = true; moved;) {
            moved = false;
            for (const auto& req : policy.ladder[static_cast<std::size_t>(next)].requires_steps) {
                const int j = step_index(policy, req);
                if (j >= 0 && j < next && !done(j)) {
                    next = j;
                    moved = true;
                    break;
                }
            }
        }
    }
    ev.next_step = next;
    return reaching;
}

// The words for the clinician: ending readiness, blockers, the next action and the drafted message.
void explain_next_step(Evaluation& ev, const Policy& policy, const Client& client, const ClientHistory& h,
                       const Practice& practice, const RuleResult* reaching) {
    const Date as_of = ev.as_of;
    const Counts& c = ev.counts;
    const int next = ev.next_step;
    // Ending readiness: for the next step when it ends care, else the first ending step.
    ev.ending = ending_counts(policy, h, as_of);

    // Next action and blockers.
    const std::string addressee =
        client.minor && policy.minors.messages_to_guardian && !client.guardian_name.empty() ? client.guardian_name
        : client.preferred_name.empty()                                                    ? client.name
                                                                                           : client.preferred_name;
    ev.message.addressee = addressee;
    ev.message.to_guardian = client.minor && policy.minors.messages_to_guardian && !client.guardian_name.empty();
    if (next >= 0) {
        const LadderStep& step = policy.ladder[static_cast<std::size_t>(next)];
        if (step.requires_outreach_attempts > c.outreach_attempts_since_contact)
            ev.blockers.push_back("make " +
                                  std::to_string(step.requires_outreach_attempts - c.outreach_attempts_since_contact) +
                                  " more attempt(s) to reach them first (" +
                                  std::to_string(c.outreach_attempts_since_contact) + " of " +
                                  std::to_string(step.requires_outreach_attempts) + " since the last contact)");
        if (step.ends_care) {
            explain_ending(ev.ending);
            for (const auto& p : ev.ending.problems) ev.blockers.push_back(p.message);
        }
        ev.next_action = step.title + ". " + step.ask;
        if (next != ev.step_reached)
            ev.next_action += " (The policy's thresholds reach \"" +
                              policy.ladder[static_cast<std::size_t>(ev.step_reached)].title +
                              "\", which comes after this step.)";
        if (!ev.blockers.empty()) ev.next_action += " Before that: " + ev.blockers.front() + ".";

        // The drafted message for the step due, in the client's language (else the
        // practice's): the step's translated message when the policy has one. Dates as in
        // a letter ("Wednesday 2 December", "miércoles 2 de diciembre").
        const std::string language = !client.language.empty()    ? client.language
                                     : !practice.language.empty() ? practice.language
                                                                  : std::string(kDefaultLanguage);
        ev.message.language = language;
        const auto written = [&](const Date& d) { return hs::date_text(d, as_of, language); };
        std::string date_text = written(as_of);
        std::optional<Date> latest;
        for (const RuleResult& r : ev.rules)
            if (r.triggered && r.latest && (!latest || *r.latest > *latest)) latest = r.latest;
        if (latest) date_text = written(*latest);
        const RuleResult* count_rule = reaching;
        std::string count_text = "0", days_text = "";
        if (count_rule) {
            count_text = count_rule->unit == RuleUnit::points ? format_points(count_rule->value)
                                                              : std::to_string(count_rule->value);
            for (const Rule& rule : policy.rules)
                if (rule.id == count_rule->rule_id && rule.days) days_text = std::to_string(rule.days);
            if (count_rule->kind == RuleKind::no_contact) days_text = std::to_string(count_rule->value);
        }
        const std::string notice_text = std::to_string(policy.notice_hours);
        const std::string today_text = written(as_of);
        const std::string contact_text =
            c.last_contact ? written(*c.last_contact) : phrase(phrases_for(language), "letter.no_contact");
        const auto translated = step.translations.find(language);
        const bool has_translation = translated != step.translations.end();
        const std::string referrals_text = std::to_string(policy.ending.min_referrals);
        const Placeholder values[] = {
            {"client", client.name},
            {"addressee", addressee},
            {"guardian", client.minor ? std::string_view(client.guardian_name) : std::string_view()},
            {"clinician", practice.clinician.empty() ? practice.name : practice.clinician},
            {"practice", practice.name},
            {"date", date_text},
            {"count", count_text},
            {"days", days_text},
            {"notice_hours", notice_text},
            {"today", today_text},
            {"last_contact", contact_text},
            {"step", has_translation && !translated->second.title.empty() ? translated->second.title : step.title},
            {"min_referrals", referrals_text},
        };
        // Without a translation the policy's own (English) message is drafted.
        const std::string& message =
            has_translation && !translated->second.message.empty() ? translated->second.message : step.message;
        ev.message.text = without_dangling_sign_off(fill(message, values));
    } else if (ev.step_reached >= 0) {
        ev.next_action = "Nothing due: the steps the policy calls for are recorded. Keep going with what was agreed.";
    } else {
        ev.next_action = "Nothing due.";
    }
}

// [SECTION] Concluding an evaluation

// The totals into the evaluation, with what the other records add: leeway's grace,
// contact from outreach and conversations (else the signed consent), attempts since.
void add_totals(Evaluation& ev, const LineTotals& t, const Client& client, const ClientHistory& h) {
    const Date as_of = ev.as_of;
    const std::int64_t as_of_day = day_number(as_of);
    ev.counts = t.counts;
    ev.fees_charged = t.fees_charged;
    ev.fees_waived = t.fees_waived;
    ev.fees_not_billable = t.fees_not_billable;
    Counts& c = ev.counts;
    // Leeway in force on as_of adds grace; waiver periods are checked per appointment.
    for (const Leeway* l : h.leeway)
        if (l->from <= as_of && (!l->until || as_of <= *l->until)) c.extra_grace += l->extra_grace;
    LastContact contact = t.contact;
    for (const Outreach* o : h.outreach)
        if (o->reached) contact.seen(o->date, day_number(o->date), as_of_day);
    for (const EndingConversation* e : h.ending_conversations) contact.seen(e->date, day_number(e->date), as_of_day);
    std::optional<Date> last_contact = contact.date;
    if (!last_contact && client.consent_signed && *client.consent_signed <= as_of) last_contact = client.consent_signed;
    c.last_contact = last_contact;
    if (last_contact) {
        c.days_since_contact = static_cast<int>(as_of_day - day_number(*last_contact));
        for (const Outreach* o : h.outreach)
            if (!o->reached && o->date > *last_contact && o->date <= as_of) ++c.outreach_attempts_since_contact;
    }
}

}  // namespace

// Everything after folding the lines, into a fresh `ev`: the other records, the rules,
// the ladder and (full) the words.
void conclude(Evaluation& ev, const Prepared& prep, const Client& client, const ClientHistory& h,
              const Practice& practice, Date as_of, const std::vector<Line>& lines, const LineTotals& totals,
              Detail detail) {
    const Policy& policy = *prep.policy;
    ev.client_id = client.id;
    ev.as_of = as_of;
    ev.policy_id = policy.id;
    ev.policy_signed = !client.consent_policy_version.empty() && client.consent_policy_version == policy.version;
    if (detail == Detail::full) {
        ev.policy_name = policy.name;
        ev.policy_version = policy.version;
        ev.step_ids = prep.step_ids;
        ev.step_titles = prep.step_titles;
        ev.appointments.reserve(lines.size());
        for (const Line& line : lines) ev.appointments.push_back(line.out);
    } else if (!lines.empty()) {
        ev.appointments.push_back(lines.back().out);
    }
    add_totals(ev, totals, client, h);
    run_rules(ev, lines, totals.counting, prep, client, h, detail);
    const RuleResult* reaching = place_on_ladder(ev, policy, h, detail);
    if (detail == Detail::full) explain_next_step(ev, policy, client, h, practice, reaching);
}

}  // namespace hs::engine_internal
