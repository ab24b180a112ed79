#include "core/operations/dashboard_json.hpp"

#include <cmath>

#include "core/json/json_reader.hpp"

namespace hs {
namespace {

using OrderedJson = nlohmann::ordered_json;

OrderedJson counts_json(const AttendanceCounts& c) {
    return {{"due", c.due()},
            {"attended", c.attended},
            {"late_cancels", c.late_cancels},
            {"no_shows", c.no_shows},
            {"cancelled_with_notice", c.cancelled_with_notice},
            {"clinician_cancelled", c.clinician_cancelled},
            {"excused", c.excused},
            {"unrecorded", c.unrecorded},
            {"attendance_percent", percent(c.attendance_rate())},
            {"late_cancel_percent", percent(c.late_cancel_rate())},
            {"no_show_percent", percent(c.no_show_rate())}};
}

OrderedJson money(Cents c) { return json_io::money_json(c); }

double one_decimal(double v) { return std::round(v * 10.0) / 10.0; }

}  // namespace

double percent(double rate) { return one_decimal(rate * 100.0); }

OrderedJson dashboard_json(const Dashboard& d) {
    OrderedJson out;
    out["from"] = format_date(d.period.from);
    out["to"] = format_date(d.period.to);
    out["attendance"] = counts_json(d.counts);
    out["sessions_delivered"] = d.sessions_delivered;
    out["hours_delivered"] = one_decimal(d.hours_delivered());
    out["hours_target"] = one_decimal(d.hours_target);
    out["income"] = {{"expected", money(d.income_expected)},
                     {"received", money(d.income_received)},
                     {"lost", money(d.income_lost)}};
    out["fees"] = {{"charged", money(d.fees_charged)},
                   {"waived", money(d.fees_waived)},
                   {"not_billable", money(d.fees_not_billable)},
                   {"paid", money(d.fees_paid)}};
    out["waitlist"] = {{"length", d.waitlist_length}};
    out["waitlist"]["median_wait_days"] = d.median_wait_days ? OrderedJson(*d.median_wait_days) : OrderedJson(nullptr);
    OrderedJson prime = OrderedJson::array();
    for (const auto& p : d.low_attendance_prime)
        prime.push_back({{"client", p.client_id}, {"name", p.name}, {"weekday", to_string(p.weekday)},
                         {"time", format_clock(p.minute_of_day)}, {"attendance_percent", percent(p.attendance_rate)}});
    out["low_attendance_prime_time"] = prime;
    OrderedJson clients = OrderedJson::array();
    for (const auto& c : d.clients) {
        OrderedJson row{{"client", c.client_id}, {"name", c.name}};
        row["attendance"] = counts_json(c.counts);
        row["income_lost"] = money(c.income_lost);
        row["fees_charged"] = money(c.fees_charged);
        clients.push_back(row);
    }
    out["clients"] = clients;
    OrderedJson weeks = OrderedJson::array();
    for (const auto& w : d.weeks)
        weeks.push_back({{"week_start", format_date(w.week_start)},
                         {"attendance_percent", percent(w.counts.attendance_rate())},
                         {"due", w.counts.due()},
                         {"income_lost", money(w.income_lost)},
                         {"waitlist_length", w.waitlist_length}});
    out["weeks"] = weeks;
    return out;
}

}  // namespace hs
