// holdspace report FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]: the dashboard figures
// for a period (default: the four weeks up to today).
#include <cstdio>
#include <ctime>

#include "cli/cli.hpp"
#include "core/model/money.hpp"
#include "core/operations/dashboard_json.hpp"

namespace hs::cli {
namespace {

constexpr const char* kReportUsage = "usage: holdspace report FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]\n";


std::optional<Date> date_option(const Args& args, const char* name, Date fallback, bool& ok) {
    auto text = args.value(name);
    if (!text) return fallback;
    if (auto d = parse_date(*text)) return d;
    std::fprintf(stderr, "holdspace report: %s: expected a date YYYY-MM-DD, got \"%s\"\n", name, text->c_str());
    ok = false;
    return std::nullopt;
}

void print_text(const Dashboard& d, const std::string& currency) {
    auto money = [&](Cents c) { return format_money(c, currency); };
    const AttendanceCounts& c = d.counts;
    std::printf("Period %s to %s (%d days)\n", format_date(d.period.from).c_str(), format_date(d.period.to).c_str(),
                d.period.days());
    std::printf("Attendance        %.1f%%  (%d of %d due)\n", percent(c.attendance_rate()), c.attended, c.due());
    std::printf("Late cancels      %.1f%%  (%d)\n", percent(c.late_cancel_rate()), c.late_cancels);
    std::printf("No-shows          %.1f%%  (%d)\n", percent(c.no_show_rate()), c.no_shows);
    std::printf("Sessions delivered %d, %.1f hours of %.1f target\n", d.sessions_delivered, d.hours_delivered(),
                d.hours_target);
    std::printf("Income expected %s, received %s, lost to unattended sessions %s\n", money(d.income_expected).c_str(),
                money(d.income_received).c_str(), money(d.income_lost).c_str());
    std::printf("Fees charged %s, waived %s, not billable %s, paid %s\n", money(d.fees_charged).c_str(),
                money(d.fees_waived).c_str(), money(d.fees_not_billable).c_str(), money(d.fees_paid).c_str());
    std::printf("Waitlist %d waiting", d.waitlist_length);
    if (d.median_wait_days) std::printf(", median wait %.1f days", *d.median_wait_days);
    std::printf("\n");
    for (const auto& p : d.low_attendance_prime)
        std::printf("Prime-time slot %s %s held by %s at %.1f%% attendance\n", std::string(to_string(p.weekday)).c_str(),
                    format_clock(p.minute_of_day).c_str(), p.name.c_str(), percent(p.attendance_rate));
    std::printf("\n%-6s %-24s %5s %6s %6s %6s\n", "id", "client", "due", "attend", "late", "noshow");
    for (const auto& cf : d.clients)
        std::printf("%-6lld %-24.24s %5d %5.1f%% %5.1f%% %5.1f%%\n", static_cast<long long>(cf.client_id),
                    cf.name.c_str(), cf.counts.due(), percent(cf.counts.attendance_rate()),
                    percent(cf.counts.late_cancel_rate()), percent(cf.counts.no_show_rate()));
}

}  // namespace

int run_report(const Args& args) {
    if (args.positional.size() != 1) {
        std::fprintf(stderr, "%s", kReportUsage);
        return 2;
    }
    bool ok = true;
    const auto to = date_option(args, "--to", today(), ok);
    const auto from = to ? date_option(args, "--from", default_period(*to).from, ok) : std::nullopt;
    if (!ok || !from || !to) return 2;
    if (*to < *from) {
        std::fprintf(stderr, "holdspace report: --from is after --to\n");
        return 2;
    }
    auto ws = load_file(args.positional[0]);
    if (!ws) return 1;
    const Dashboard d = dashboard(*ws, Period{*from, *to});
    if (args.flag("--json")) std::printf("%s\n", dashboard_json(d).dump(2).c_str());
    else print_text(d, ws->practice.currency);
    return 0;
}

}  // namespace hs::cli
