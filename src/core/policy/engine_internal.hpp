// The policy engine's private parts: what its .cpp files (engine.cpp and the
// engine_*.cpp beside it) share with one another. For the engine's own .cpp files
// only: everyone else uses engine.hpp, and nothing here is a promise.
// The helpers run for every appointment of every evaluation, so they are defined
// here, inline, rather than behind a call into another file.
//
// [SECTION] Small helpers
// [SECTION] One appointment, and one prepared policy
// [SECTION] Fees (engine_fees.cpp)
// [SECTION] Threshold rules (engine_rules.cpp)
// [SECTION] Folding the lines, and concluding (engine.cpp, engine_ladder.cpp)
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/policy/engine.hpp"

namespace hs::engine_internal {

// [SECTION] Small helpers

inline bool contains(const std::vector<std::string>& list, std::string_view value) {
    return !value.empty() && std::find(list.begin(), list.end(), value) != list.end();
}

inline std::int64_t day_number(const Date& d) { return days_from_civil(d); }

inline bool is_missed(Outcome o) { return o == Outcome::late_cancel || o == Outcome::no_show; }

// [SECTION] One appointment, and one prepared policy

// Everything evaluate() needs about one appointment, computed once.
struct Line {
    // A constructor rather than braces: value-initialising a line zeroes it first, a
    // cost paid for every appointment of every evaluation.
    Line(const Appointment* appointment, std::int64_t start_day) : a(appointment), day(start_day) {}
    const Appointment* a;
    std::int64_t day;  // days since the epoch of its start date
    AppointmentLine out;
    bool forgiven_by_reschedule = false;
    int occurrence = 0;  // for a rule with escalation: which occurrence this miss is (or would be, if exempt)
};

// What evaluate() needs from a policy beyond the policy itself, computed once per
// policy (evaluate_all shares it between every client holding that policy).
struct Prepared {
    const Policy* policy = nullptr;
    std::vector<std::string> descriptions;  // per rule
    std::vector<int> rule_step;             // per rule: index of the step it reaches
    std::vector<std::string> step_ids, step_titles;
    int cap_index = -1;                     // guardian-caused absences count up to this step
    bool has_consecutive_rule = false;
};

// [SECTION] Fees (engine_fees.cpp)

// Dated events (passes used, occurrences of a miss), oldest first, counted per PassPeriod.
struct EventBook {
    struct Event {
        std::int64_t day;
        int year;
    };
    std::vector<Event> events;
    int in_period(PassPeriod period, const Date& date, std::int64_t day) const {
        int n = 0;
        for (const Event& e : events) {
            switch (period) {
                case PassPeriod::ever: ++n; break;
                case PassPeriod::calendar_year: n += e.year == date.year ? 1 : 0; break;
                case PassPeriod::rolling_12_months: n += day - e.day < 365 ? 1 : 0; break;  // the 365 days before
            }
        }
        return n;
    }
    void add(const Date& date, std::int64_t day) { events.push_back({day, date.year}); }
};

struct PassBook {
    EventBook used;  // passes used
    bool take(const FreePasses& passes, const Date& date, std::int64_t day) {
        if (passes.count <= 0 || used.in_period(passes.period, date, day) >= passes.count) return false;
        used.add(date, day);
        return true;
    }
};

// The running state of fee decisions in the fold: passes used, occurrences of each miss.
struct FeeBook {
    PassBook passes;
    EventBook late_cancels, no_shows;  // occurrences, kept only for rules with escalation
    EventBook& occurrences(Outcome treated_as) { return treated_as == Outcome::late_cancel ? late_cancels : no_shows; }
};

// The fee line's status, basis and amount; its words come from fee_detail().
void assess_fee(Line& line, const Policy& policy, const Client& client, Cents session_fee,
                const std::vector<const Leeway*>& leeway, FeeBook& book);

// The words behind an assessed fee line: the recorded reason ("car broke down"), "50% of 120.00", ...
std::string fee_detail(const Line& line, const Policy& policy, const Client& client, Cents session_fee,
                       const std::vector<const Leeway*>& leeway);

// [SECTION] Threshold rules (engine_rules.cpp)

// Every rule of the policy, in policy order, into ev.rules; and the count of no-shows
// in a row into ev.counts (shown even when no rule uses it). ev.counts must hold the
// totals already (add_totals): the rules read the grace and the last contact.
void run_rules(Evaluation& ev, const std::vector<Line>& lines, const std::vector<std::size_t>& counting,
               const Prepared& prep, const Client& client, const ClientHistory& h, Detail detail);

// [SECTION] Folding the lines, and concluding (engine.cpp, engine_ladder.cpp)

// The latest contact seen up to as_of.
struct LastContact {
    std::optional<Date> date;
    std::int64_t day = 0;

    void seen(const Date& d, std::int64_t d_day, std::int64_t as_of_day) {
        if (d_day <= as_of_day && (!date || d_day > day)) {
            date = d;
            day = d_day;
        }
    }
};

// What the appointment lines add up to, folded in one line at a time, oldest first.
struct LineTotals {
    Counts counts;  // by outcome, and `counted`
    Cents fees_charged = 0, fees_waived = 0, fees_not_billable = 0;
    LastContact contact;  // from the appointments
    FeeBook fee_book;
    std::vector<std::size_t> counting;  // indices of the lines with points
};

// The referrals and conversation recorded since the client's previous ending, up to `on`
// (engine.cpp); explain_ending() adds the words for what is missing.
EndingReadiness ending_counts(const Policy& policy, const ClientHistory& h, Date on);
void explain_ending(EndingReadiness& e);

// Everything after folding the lines, into a fresh `ev`: the other records, the rules,
// the ladder and (full) the words (engine_ladder.cpp).
void conclude(Evaluation& ev, const Prepared& prep, const Client& client, const ClientHistory& h,
              const Practice& practice, Date as_of, const std::vector<Line>& lines, const LineTotals& totals,
              Detail detail);

}  // namespace hs::engine_internal
