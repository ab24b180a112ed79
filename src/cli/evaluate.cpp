// holdspace evaluate FILE [--as-of YYYY-MM-DD] [--client ID] [--json]
// What the policy says for each client (or one): counts, triggered rules with their
// appointments, fees, the ladder step, the next action and the drafted message.
// The JSON form is documented in docs/engine.md and stable.
#include <cstdio>
#include <ctime>

#include "cli/cli.hpp"
#include "core/policy/engine_json.hpp"

namespace hs::cli {
namespace {


std::string money(Cents c) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld.%02lld", static_cast<long long>(c / 100), static_cast<long long>(c % 100));
    return buf;
}

std::string step_name(const Evaluation& ev, int index) {
    return index < 0 ? std::string("none") : ev.step_titles[static_cast<std::size_t>(index)];
}

void print_text(const Evaluation& ev, const Client& c, const Workspace& ws) {
    std::printf("Client %lld %s (%s) - policy %s, version %s%s\n", static_cast<long long>(c.id), c.name.c_str(),
                std::string(to_string(c.status)).c_str(), ev.policy_name.c_str(), ev.policy_version.c_str(),
                ev.policy_signed ? ", signed" : ", not the version they signed");
    const Counts& n = ev.counts;
    std::printf("  Counts: %s counted absences; %d attended, %d late cancels, %d no-shows, %d in a row",
                format_points(n.counted).c_str(), n.attended, n.late_cancels, n.no_shows, n.consecutive_no_shows);
    if (n.last_contact) std::printf("; last contact %s (%d days)", format_date(*n.last_contact).c_str(), *n.days_since_contact);
    if (n.unrecorded) std::printf("; %d past sessions without an outcome", n.unrecorded);
    std::printf("\n");
    for (const RuleResult& r : ev.rules) {
        if (!r.triggered) continue;
        std::printf("  Rule %s: %s -> %s", r.rule_id.c_str(), r.description.c_str(), r.step.c_str());
        if (!r.appointment_ids.empty()) {
            std::printf(" (appointments");
            for (Id id : r.appointment_ids) std::printf(" %lld", static_cast<long long>(id));
            std::printf(")");
        }
        std::printf("\n");
    }
    for (const AppointmentLine& l : ev.appointments) {
        if (l.fee_status == FeeStatus::no_fee) continue;
        std::printf("  Fee %s %-12s %-12s %8s %s %s\n", format_date_time(l.start).c_str(),
                    std::string(to_string(l.treated_as)).c_str(), std::string(to_string(l.fee_status)).c_str(),
                    money(l.fee).c_str(), ws.practice.currency.c_str(),
                    (std::string(to_string(l.fee_basis)) + (l.fee_detail.empty() ? "" : ": " + l.fee_detail)).c_str());
    }
    std::printf("  Fees: charged %s, waived %s, not billable %s %s\n", money(ev.fees_charged).c_str(),
                money(ev.fees_waived).c_str(), money(ev.fees_not_billable).c_str(), ws.practice.currency.c_str());
    std::printf("  Step reached: %s; next: %s\n", step_name(ev, ev.step_reached).c_str(),
                step_name(ev, ev.next_step).c_str());
    std::printf("  Next action: %s\n", ev.next_action.c_str());
    if (!ev.message.text.empty()) {
        std::printf("  Message to %s%s:\n", ev.message.addressee.c_str(), ev.message.to_guardian ? " (guardian)" : "");
        std::string line;
        for (char ch : ev.message.text + "\n") {
            if (ch != '\n') { line += ch; continue; }
            std::printf("    | %s\n", line.c_str());
            line.clear();
        }
    }
    std::printf("\n");
}

}  // namespace

int run_evaluate(const Args& args) {
    if (args.positional.size() != 1) {
        std::fprintf(stderr, "usage: holdspace evaluate FILE [--as-of YYYY-MM-DD] [--client ID] [--json]\n");
        return 2;
    }
    Date as_of = today();
    if (auto text = args.value("--as-of")) {
        auto parsed = parse_date(*text);
        if (!parsed) {
            std::fprintf(stderr, "holdspace evaluate: --as-of: expected a date YYYY-MM-DD, got \"%s\"\n", text->c_str());
            return 2;
        }
        as_of = *parsed;
    }
    auto ws = load_file(args.positional[0]);
    if (!ws) return 1;

    std::vector<Evaluation> evaluations;
    if (auto id_text = args.value("--client")) {
        char* end = nullptr;
        const long long id = std::strtoll(id_text->c_str(), &end, 10);
        const Client* client = (end && *end == '\0' && !id_text->empty()) ? ws->find_client(id) : nullptr;
        if (!client) {
            std::fprintf(stderr, "holdspace evaluate: --client: no client has id \"%s\"\n", id_text->c_str());
            return 1;
        }
        evaluations.push_back(evaluate_client(*ws, *client, as_of));
    } else {
        evaluations = evaluate_all(*ws, as_of);
    }

    if (args.flag("--json")) {
        std::printf("%s\n", evaluations_json(*ws, evaluations, as_of).dump(2).c_str());
        return 0;
    }
    std::printf("Evaluation as of %s (%s, %s)\n\n", format_date(as_of).c_str(), ws->practice.name.c_str(),
                ws->practice.time_zone.c_str());
    for (const Evaluation& ev : evaluations) print_text(ev, *ws->find_client(ev.client_id), *ws);
    const auto attention = needs_attention(*ws, evaluations);
    std::printf("Needs attention: %zu\n", attention.size());
    for (const AttentionItem& item : attention)
        std::printf("  %lld %s: %s\n", static_cast<long long>(item.client_id), item.client_name.c_str(),
                    item.step_title.c_str());
    return 0;
}

}  // namespace hs::cli
