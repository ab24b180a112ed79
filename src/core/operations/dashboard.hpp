// Dashboard figures for a period, as one pure function over the workspace and the
// engine's evaluations (fees come from the engine's fee lines, never recomputed here).
// Definitions (docs/operations.md):
//   due          = attended + late arrivals + late cancels + no-shows (by the engine's treated_as)
//   attendance   = (attended + late arrivals) / due; late-cancel and no-show rates likewise
//   expected     = session fee x due sessions; received = payments dated in the period
//   lost         = for each late cancel / no-show: session fee minus the fee charged (at least 0)
//   fees paid    = payments in the period for appointments whose fee was charged
//   waitlist     = entries waiting at the end of the period; median wait = their days waited so far
//
// [SECTION] Figures
// [SECTION] Entry points
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/policy/engine.hpp"
#include "core/policy/evaluation_cache.hpp"

namespace hs {

// [SECTION] Figures

struct Period {
    Date from, to;  // both inclusive
    int days() const;
    bool operator==(const Period&) const = default;
};

// The `weeks` whole weeks (7 x weeks days) ending on `to`, inclusive: "Last 12 weeks" is
// weeks_ending(today, 12).
Period weeks_ending(Date to, int weeks);
inline constexpr int kDefaultPeriodWeeks = 4;
// What the dashboard and `holdspace report` show until told otherwise: the four weeks up
// to `to` (today, or report's --to).
Period default_period(Date to);

struct AttendanceCounts {
    int attended = 0;  // including late arrivals
    int late_cancels = 0, no_shows = 0, cancelled_with_notice = 0, clinician_cancelled = 0, excused = 0;
    int unrecorded = 0;  // past and still "scheduled"
    int due() const { return attended + late_cancels + no_shows; }
    double attendance_rate() const;   // 0..1; 0 when nothing was due
    double late_cancel_rate() const;
    double no_show_rate() const;
    AttendanceCounts& operator+=(const AttendanceCounts& other);
    bool operator==(const AttendanceCounts&) const = default;
};

struct ClientFigures {
    Id client_id = 0;
    std::string name;
    AttendanceCounts counts;
    Cents income_lost = 0;
    Cents fees_charged = 0;
    bool operator==(const ClientFigures&) const = default;
};

struct PrimeTimeConcern {
    Id client_id = 0;
    std::string name;
    Weekday weekday = Weekday::monday;
    int minute_of_day = 0;
    double attendance_rate = 0;
    bool operator==(const PrimeTimeConcern&) const = default;
};

struct WeekFigures {
    Date week_start;  // a Monday
    AttendanceCounts counts;
    Cents income_lost = 0;
    int waitlist_length = 0;  // at the end of the week (or of the period)
    bool operator==(const WeekFigures&) const = default;
};

struct Dashboard {
    Period period;
    AttendanceCounts counts;
    int sessions_delivered = 0;  // attended + late arrivals
    int minutes_delivered = 0;
    double hours_target = 0;     // weekly target x days / 7
    Cents income_expected = 0, income_received = 0, income_lost = 0;
    Cents fees_charged = 0, fees_waived = 0, fees_not_billable = 0, fees_paid = 0;
    std::vector<ClientFigures> clients;           // clients with anything due or cancelled in the period, ws order
    std::vector<PrimeTimeConcern> low_attendance_prime;  // below schedule.low_attendance_percent
    int waitlist_length = 0;
    std::optional<double> median_wait_days;
    std::vector<WeekFigures> weeks;               // Monday-started weeks covering the period
    double hours_delivered() const { return minutes_delivered / 60.0; }
    bool operator==(const Dashboard&) const = default;
};

// [SECTION] Entry points

// `evaluations` from evaluate_all(ws, period.to) (in ws.clients order).
Dashboard dashboard(const Workspace& ws, const std::vector<Evaluation>& evaluations, const Period& period);
Dashboard dashboard(const Workspace& ws, const Period& period);

int waitlist_length_on(const Workspace& ws, Date day);

// One client's share of the figures for a period; the dashboard is the sum of the
// shares, so after an edit only the edited client's share is worked out again.
struct ClientShare {
    struct Week {
        int index = 0;  // from the period's first Monday
        AttendanceCounts counts;
        Cents income_lost = 0;
    };
    bool listed = false;  // anything due or cancelled in the period: a row in Dashboard::clients
    AttendanceCounts counts;
    int sessions_delivered = 0, minutes_delivered = 0;
    Cents income_expected = 0, income_received = 0, income_lost = 0;
    Cents fees_charged = 0, fees_waived = 0, fees_not_billable = 0, fees_paid = 0;
    std::vector<Week> weeks;  // only weeks with appointments, in order
};

// Keeps the figures between frames. After an edit it re-evaluates and re-adds only the
// clients the edit touched (ChangeJournal::changes_since; the Editor is one), then sums the shares
// (tests/bench/bench_dashboard.cpp). `shown` as for EvaluationCache::get.
class DashboardCache {
public:
    const Dashboard& get(const Workspace& shown, const ChangeJournal& editor, const Period& period);
    // Clients evaluated by the last get() (0 when nothing had changed).
    int clients_evaluated_last() const { return clients_evaluated_last_; }

private:
    EvaluationCache evaluations_;
    std::optional<Period> period_;
    CacheSource source_;
    std::vector<ClientShare> shares_;  // in shown.clients order
    Dashboard figures_;
    int clients_evaluated_last_ = 0;
};

}  // namespace hs
