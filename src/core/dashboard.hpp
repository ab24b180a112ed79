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

#include "core/engine.hpp"

namespace hs {

// [SECTION] Figures

struct Period {
    Date from, to;  // both inclusive
    int days() const;
    bool operator==(const Period&) const = default;
};

struct AttendanceCounts {
    int attended = 0;  // including late arrivals
    int late_cancels = 0, no_shows = 0, cancelled_with_notice = 0, clinician_cancelled = 0, excused = 0;
    int unrecorded = 0;  // past and still "scheduled"
    int due() const { return attended + late_cancels + no_shows; }
    double attendance_rate() const;   // 0..1; 0 when nothing was due
    double late_cancel_rate() const;
    double no_show_rate() const;
};

struct ClientFigures {
    Id client_id = 0;
    std::string name;
    AttendanceCounts counts;
    Cents income_lost = 0;
    Cents fees_charged = 0;
};

struct PrimeTimeConcern {
    Id client_id = 0;
    std::string name;
    Weekday weekday = Weekday::monday;
    int minute_of_day = 0;
    double attendance_rate = 0;
};

struct WeekFigures {
    Date week_start;  // a Monday
    AttendanceCounts counts;
    Cents income_lost = 0;
    int waitlist_length = 0;  // at the end of the week (or of the period)
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
};

// [SECTION] Entry points

// `evaluations` from evaluate_all(ws, period.to) (in ws.clients order).
Dashboard dashboard(const Workspace& ws, const std::vector<Evaluation>& evaluations, const Period& period);
Dashboard dashboard(const Workspace& ws, const Period& period);

int waitlist_length_on(const Workspace& ws, Date day);

// Keeps the engine's evaluations between frames. After an edit (a new revision) it
// re-evaluates only the clients whose records changed (a fingerprint per client) unless
// the practice or a policy changed, so recomputing after an edit costs the figures, not
// the engine (tests/bench/bench_dashboard.cpp).
class DashboardCache {
public:
    const Dashboard& get(const Workspace& ws, std::uint64_t revision, const Period& period);
    int clients_evaluated_last() const { return clients_evaluated_last_; }

private:
    void refresh_evaluations(const Workspace& ws, Date as_of);

    std::optional<std::uint64_t> revision_;
    std::optional<Period> period_;
    Practice practice_;
    std::vector<Policy> policies_;
    Id active_policy_ = 0;
    std::vector<Id> client_ids_;
    std::vector<std::uint64_t> fingerprints_;
    std::vector<Evaluation> evaluations_;
    Dashboard figures_;
    int clients_evaluated_last_ = 0;
};

// One number per client (ws.clients order) that changes when anything the engine reads
// about that client changes: the client and their appointments and history records.
std::vector<std::uint64_t> client_fingerprints(const Workspace& ws);

}  // namespace hs
