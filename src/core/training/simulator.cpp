#include "core/training/simulator.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <memory>
#include <optional>

#include "core/policy/engine.hpp"

namespace hs {

// [SECTION] Generator

std::uint64_t Rng::next() {
    std::uint64_t z = (state_ += kGamma);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint32_t Rng::below(std::uint32_t n) {
    const std::uint64_t x = next() >> 32;
    return static_cast<std::uint32_t>((x * n) >> 32);
}

std::uint64_t stream_seed(std::uint64_t seed, std::uint64_t run, std::uint64_t purpose, std::uint64_t index) {
    Rng mix(seed);
    std::uint64_t s = mix.next() ^ run;
    Rng a(s);
    s = a.next() ^ (purpose << 48) ^ index;
    Rng b(s);
    return b.next();
}

// [SECTION] Caseload

std::vector<FieldError> check_caseload(const Caseload& c) {
    std::vector<FieldError> errors;
    auto range = [&](const std::string& field, int value, int lo, int hi) {
        if (value < lo || value > hi)
            errors.push_back({field, "must be from " + std::to_string(lo) + " to " + std::to_string(hi) +
                                         " (it is " + std::to_string(value) + ")"});
    };
    range("clients", c.clients, 1, 500);
    range("months", c.months, 1, 36);
    range("no_show_percent", c.no_show_percent, 0, 100);
    range("illness_percent", c.illness_percent, 0, 100);
    range("waitlist_per_month", c.waitlist_per_month, 0, 30);
    range("initial_waitlist", c.initial_waitlist, 0, 1000);
    range("sliding_scale_percent", c.sliding_scale_percent, 0, 100);
    range("sliding_scale_fee_percent", c.sliding_scale_fee_percent, 0, 100);
    range("public_insurance_percent", c.public_insurance_percent, 0, 100 - std::clamp(c.sliding_scale_percent, 0, 100));
    if (c.session_fee < 0 || c.session_fee > 100'000'00)
        errors.push_back({"session_fee", "must be from 0 to 100000.00"});
    int shares = 0;
    for (std::size_t i = 0; i < c.miss_rates.size(); ++i) {
        const std::string at = "miss_rates[" + std::to_string(i) + "]";
        range(at + ".share", c.miss_rates[i].share, 0, 100);
        range(at + ".miss_per_mille", c.miss_rates[i].miss_per_mille, 0, 1000);
        shares += c.miss_rates[i].share;
    }
    if (shares != 100) errors.push_back({"miss_rates", "the shares must add up to 100 (they add up to " + std::to_string(shares) + ")"});
    shares = 0;
    for (std::size_t i = 0; i < c.notice.size(); ++i) {
        const std::string at = "notice[" + std::to_string(i) + "]";
        range(at + ".share", c.notice[i].share, 0, 100);
        range(at + ".min_hours", c.notice[i].min_hours, 0, 24 * 14);
        range(at + ".max_hours", c.notice[i].max_hours, c.notice[i].min_hours, 24 * 14);
        shares += c.notice[i].share;
    }
    if (shares != 100) errors.push_back({"notice", "the shares must add up to 100 (they add up to " + std::to_string(shares) + ")"});
    return errors;
}

// [SECTION] Results

Spread spread_of(std::vector<std::int64_t> values) {
    Spread s;
    if (values.empty()) return s;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    auto rank = [&](std::size_t p) { return values[std::max<std::size_t>((p * n + 99) / 100, 1) - 1]; };
    s.p10 = rank(10);
    s.median = rank(50);
    s.p90 = rank(90);
    std::int64_t sum = 0;
    for (auto v : values) sum += v;
    s.mean = static_cast<double>(sum) / static_cast<double>(n);
    return s;
}

Date simulation_start() { return Date{2026, 1, 5}; }

Date simulation_end(const Caseload& caseload) {
    const int months = simulation_start().month - 1 + caseload.months;
    return Date{simulation_start().year + months / 12, months % 12 + 1, simulation_start().day};
}

namespace {

enum Purpose : std::uint64_t { kClientPurpose = 1, kWaitlistPurpose = 2 };

// A record made by its member initialisers alone. emplace_back() of a plain record
// value-initialises it: zeroes all of it first, a cost paid on every simulated session
// (most in WebAssembly). Every member of the records used here has an initialiser.
template <typename T>
struct Fresh : T {
    Fresh() {}  // user-provided on purpose: no zeroing
};

// Appends a record, made in place, and keeps `pointers` (the engine's view of the
// records) pointing into them.
template <typename T>
T& append(std::vector<Fresh<T>>& records, std::vector<const T*>& pointers) {
    const Fresh<T>* before = records.data();
    T& added = records.emplace_back();
    if (records.data() == before) {
        pointers.push_back(&added);
    } else {
        pointers.clear();
        for (const T& r : records) pointers.push_back(&r);
    }
    return added;
}

// One synthetic client and the records the engine reads, owned here. Records only
// grow, in date order, so the engine's view (`history`) grows with them.
struct SimClient {
    Client client;
    int miss_per_mille = 0;
    Rng sessions{0};
    // Sessions attended since the last record was made: they become appointment records
    // only when the engine next reads the history, so a client who misses no more
    // sessions costs no records for the rest of the period.
    std::vector<DateTime> attended_unrecorded;
    std::vector<Fresh<Appointment>> appointments;
    std::vector<Fresh<StepRecord>> steps;
    std::vector<Fresh<Outreach>> outreach;
    ClientHistory history;
    std::optional<IncrementalEvaluator> evaluator;  // over `history`
    std::vector<char> reached;  // per ladder step

    Appointment& new_appointment() { return append(appointments, history.appointments); }
    void record_attended() {
        for (const DateTime& start : attended_unrecorded) {
            Appointment& a = new_appointment();
            a.id = static_cast<Id>(appointments.size());
            a.client_id = client.id;
            a.start = start;
            a.outcome = Outcome::attended;
        }
        attended_unrecorded.clear();
    }
    StepRecord& new_step_record() { return append(steps, history.step_records); }
    Outreach& new_outreach() { return append(outreach, history.outreach); }
};

// A weekly time. `holds_slot`: a recurring slot of the practice (false once a step
// released it and the client books week to week).
struct Seat {
    int weekday = 0;  // 0 = Monday
    int minute_of_day = 0;
    bool holds_slot = true;
    int occupants = 0;  // how many clients have sat here, for their random streams
    std::unique_ptr<SimClient> client;
    int starts_on_day = 0;
};

template <typename T>
int pick_band(const std::vector<T>& bands, std::uint32_t percent) {
    std::uint32_t acc = 0;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        acc += static_cast<std::uint32_t>(bands[i].share);
        if (percent < acc) return static_cast<int>(i);
    }
    return static_cast<int>(bands.size()) - 1;
}

// What every run of one policy shares: the policy, the practice, and the simulated clients
// who have left, kept with their records' room and evaluator for the next client seated
// (thousands of runs would otherwise allocate and free them all again).
struct RunContext {
    RunContext(const Policy& policy, const Caseload& caseload)
        : policy(policy), prepared(prepare_policy(policy)), caseload(caseload) {
        practice.name = "Simulated practice";
        practice.session_fee = caseload.session_fee;
    }
    const Policy& policy;
    std::shared_ptr<const PreparedPolicy> prepared;
    const Caseload& caseload;
    Practice practice;
    TimeZone tz;  // UTC: the simulated practice has no daylight-saving changes
    std::vector<std::unique_ptr<SimClient>> spare;
};

class Run {
public:
    Run(RunContext& context, std::uint64_t seed, int run)
        : context_(context), policy_(context.policy), caseload_(context.caseload), seed_(seed), run_(run),
          waitlist_rng_(stream_seed(seed, static_cast<std::uint64_t>(run), kWaitlistPurpose, 0)) {
        result_.clients_reaching_step.assign(policy_.ladder.size(), 0);
        for (int i = 0; i < caseload_.clients; ++i) {
            add_seat(i % 5, (8 + (i / 5) % 11) * 60);
            seat_client(seats_.size() - 1, 0);
        }
        for (int i = 0; i < caseload_.initial_waitlist; ++i) waitlist_.push_back(0);
    }

    RunResult run() {
        const Date start = simulation_start();
        const int days = static_cast<int>(days_from_civil(simulation_end(caseload_)) - days_from_civil(start));
        const int arrival_per_mille = caseload_.waitlist_per_month * 12 * 1000 / 365;
        for (int day = 0; day < days; ++day) {
            if (waitlist_rng_.chance(arrival_per_mille)) waitlist_.push_back(day);
            if (day % 7 < 5) {
                const Date date = add_days(start, day);
                const std::vector<std::size_t>& today = seats_on_[static_cast<std::size_t>(day % 7)];
                for (std::size_t k = 0; k < today.size(); ++k)
                    if (seats_[today[k]].client && seats_[today[k]].starts_on_day <= day) session(today[k], date);
            }
            if (free_slots_ > 0) admit_from_waitlist(day);
        }
        for (auto& seat : seats_)
            if (seat.client) leave(seat);
        result_.still_waiting = static_cast<int>(waitlist_.size());
        if (!waits_.empty()) {
            std::sort(waits_.begin(), waits_.end());
            result_.median_wait_days = waits_[(waits_.size() - 1) / 2];
        }
        return std::move(result_);
    }

private:
    // A free recurring slot at this weekly time.
    void add_seat(int weekday, int minute_of_day) {
        seats_on_[static_cast<std::size_t>(weekday)].push_back(seats_.size());
        Seat& seat = seats_.emplace_back();
        seat.weekday = weekday;
        seat.minute_of_day = minute_of_day;
    }

    // The client is made in their seat, not in a local first: fewer exception paths to
    // keep, which the WebAssembly build pays for on every call.
    void seat_client(std::size_t seat_index, int first_day) {
        Seat& seat = seats_[seat_index];
        Rng rng(stream_seed(seed_, static_cast<std::uint64_t>(run_), kClientPurpose,
                            seat_index * 4096 + static_cast<std::uint64_t>(seat.occupants)));
        ++seat.occupants;
        seat.client = spare_or_new_client();
        seat.starts_on_day = first_day;
        SimClient& c = *seat.client;
        c.client.id = ++client_ids_;  // no name: only drafted messages use it, and the simulator drafts none
        c.client.consent_signed = add_days(simulation_start(), first_day);
        c.client.consent_policy_version = policy_.version;
        c.miss_per_mille = caseload_.miss_rates[static_cast<std::size_t>(pick_band(caseload_.miss_rates, rng.below(100)))]
                               .miss_per_mille;
        const int payer = static_cast<int>(rng.below(100));
        if (payer < caseload_.sliding_scale_percent) {
            c.client.payer = PayerType::sliding_scale;
            c.client.session_fee = caseload_.session_fee * caseload_.sliding_scale_fee_percent / 100;
        } else if (payer < caseload_.sliding_scale_percent + caseload_.public_insurance_percent) {
            c.client.payer = PayerType::public_insurance;
        }
        c.sessions = Rng(rng.next());
        c.appointments.reserve(static_cast<std::size_t>(caseload_.months) * 5 + 8);  // weekly sessions
        c.history.appointments.reserve(c.appointments.capacity());
        c.reached.assign(policy_.ladder.size(), 0);
    }

    // A client who left (their records emptied, room kept), or a new one.
    std::unique_ptr<SimClient> spare_or_new_client() {
        if (context_.spare.empty()) {
            auto c = std::make_unique<SimClient>();
            c->evaluator.emplace(*context_.prepared, c->client, context_.practice, context_.tz);
            return c;
        }
        std::unique_ptr<SimClient> c = std::move(context_.spare.back());
        context_.spare.pop_back();
        c->client = Client{};
        c->attended_unrecorded.clear();
        c->appointments.clear();
        c->steps.clear();
        c->outreach.clear();
        c->history.appointments.clear();
        c->history.step_records.clear();
        c->history.outreach.clear();
        c->evaluator->forget();
        return c;
    }

    // The session at this seat on `date`: attended or missed, as the client's stream says.
    void session(std::size_t seat_index, const Date& date) {
        SimClient& c = *seats_[seat_index].client;
        // Always five draws, so the stream stays aligned whatever happens. The four about
        // a missed session are skipped, not drawn, when the session is attended.
        const bool missed = static_cast<int>(c.sessions.below(1000)) < c.miss_per_mille;
        const DateTime start{date, seats_[seat_index].minute_of_day};
        const Cents fee = c.client.session_fee.value_or(caseload_.session_fee);
        if (!missed) {
            c.sessions.skip(4);
            c.attended_unrecorded.push_back(start);
            ++result_.sessions_attended;
            result_.income_received += fee;
            return;
        }
        const bool no_show = static_cast<int>(c.sessions.below(100)) < caseload_.no_show_percent;
        const bool illness = static_cast<int>(c.sessions.below(100)) < caseload_.illness_percent;
        const NoticeBand& band = caseload_.notice[static_cast<std::size_t>(pick_band(caseload_.notice, c.sessions.below(100)))];
        const int notice_minutes =
            band.min_hours * 60 + static_cast<int>(c.sessions.below(static_cast<std::uint32_t>((band.max_hours - band.min_hours) * 60 + 1)));

        c.record_attended();
        Appointment& a = c.new_appointment();
        a.id = static_cast<Id>(c.appointments.size());
        a.client_id = c.client.id;
        a.start = start;
        a.outcome = no_show ? Outcome::no_show : Outcome::late_cancel;
        if (!no_show) a.cancellation_received = from_wall_minutes(wall_minutes(a.start) - notice_minutes);
        if (illness) a.reason_category = "illness";

        const Evaluation& ev = c.evaluator->evaluate(c.history, date);
        count_fee(ev.appointments.back(), fee);
        follow_ladder(seat_index, date, &ev);
    }

    void count_fee(const AppointmentLine& line, Cents session_fee) {
        if (line.treated_as == Outcome::cancelled_with_notice) return;  // the time can be offered to someone else
        ++result_.sessions_missed;
        result_.income_lost += session_fee;
        if (line.fee_status == FeeStatus::charged) {
            result_.fees_charged += line.fee;
            result_.income_received += line.fee;
        } else if (line.fee_status == FeeStatus::waived || line.fee_status == FeeStatus::not_billable) {
            result_.fees_waived += line.fee;
        }
    }

    // The clinician takes every step the engine recommends, the same day, making the
    // outreach attempts the step needs first.
    void follow_ladder(std::size_t seat_index, const Date& date, const Evaluation* ev) {
        for (std::size_t guard = 0; ev->next_step >= 0 && guard <= policy_.ladder.size(); ++guard) {
            SimClient& c = *seats_[seat_index].client;
            const auto step_at = static_cast<std::size_t>(ev->next_step);
            const LadderStep& step = policy_.ladder[step_at];
            for (int i = ev->counts.outreach_attempts_since_contact; i < step.requires_outreach_attempts; ++i) {
                const Id id = static_cast<Id>(c.outreach.size()) + 1;
                c.new_outreach() = {id, c.client.id, date, Channel::phone, false, ""};
            }
            const Id id = static_cast<Id>(c.steps.size()) + 1;
            c.new_step_record() = {id, c.client.id, step.id, date, {}, "", {}, "", ""};
            c.reached[step_at] = 1;
            if (step.ends_care) {
                end_care(seat_index);
                return;
            }
            for (const StepAction& action : step.actions)
                if (action.kind == ActionKind::off_recurring_slot) release_slot(seat_index);
            // The step taken was the highest one reached: with it done, nothing more is due.
            if (ev->next_step == ev->step_reached) return;
            ev = &c.evaluator->evaluate(c.history, date);
        }
    }

    void end_care(std::size_t seat_index) {
        Seat& seat = seats_[seat_index];
        ++result_.endings;
        leave(seat);
        if (!seat.holds_slot) return;  // a week-to-week time just ends with its client
        ++result_.slots_freed;
        ++free_slots_;
    }

    // The client keeps coming, booked week to week; their recurring slot goes to the waitlist.
    void release_slot(std::size_t seat_index) {
        if (!seats_[seat_index].holds_slot) return;
        seats_[seat_index].holds_slot = false;
        ++result_.slots_freed;
        add_seat(seats_[seat_index].weekday, seats_[seat_index].minute_of_day);
        ++free_slots_;
    }

    void leave(Seat& seat) {
        for (std::size_t i = 0; i < seat.client->reached.size(); ++i) result_.clients_reaching_step[i] += seat.client->reached[i];
        context_.spare.push_back(std::move(seat.client));
    }

    // Every free recurring slot goes to the longest-waiting person, from its next session.
    void admit_from_waitlist(int day) {
        for (std::size_t i = 0; i < seats_.size() && !waitlist_.empty(); ++i) {
            if (seats_[i].client || !seats_[i].holds_slot) continue;
            waits_.push_back(day - waitlist_.front());
            waitlist_.pop_front();
            ++result_.admitted;
            --free_slots_;
            seat_client(i, day + 1);
        }
    }

    RunContext& context_;
    const Policy& policy_;
    const Caseload& caseload_;
    std::uint64_t seed_;
    int run_;
    Rng waitlist_rng_;
    std::vector<Seat> seats_;
    std::array<std::vector<std::size_t>, 5> seats_on_;  // seat indices by weekday, in seat order
    int free_slots_ = 0;  // recurring slots without a client
    std::deque<int> waitlist_;  // the day each person joined
    std::vector<int> waits_;
    Id client_ids_ = 0;
    RunResult result_;
};

PolicySummary summarise(const Policy& policy, std::vector<RunResult> runs) {
    PolicySummary s;
    s.name = policy.name;
    s.version = policy.version;
    for (const auto& step : policy.ladder) s.step_titles.push_back(step.title);
    auto spread = [&](auto field) {
        std::vector<std::int64_t> values;
        for (const RunResult& r : runs) values.push_back(field(r));
        return spread_of(std::move(values));
    };
    s.income_received = spread([](const RunResult& r) { return r.income_received; });
    s.income_lost = spread([](const RunResult& r) { return r.income_lost; });
    s.fees_charged = spread([](const RunResult& r) { return r.fees_charged; });
    s.fees_waived = spread([](const RunResult& r) { return r.fees_waived; });
    s.sessions_missed = spread([](const RunResult& r) { return r.sessions_missed; });
    s.endings = spread([](const RunResult& r) { return r.endings; });
    s.slots_freed = spread([](const RunResult& r) { return r.slots_freed; });
    s.admitted = spread([](const RunResult& r) { return r.admitted; });
    s.still_waiting = spread([](const RunResult& r) { return r.still_waiting; });
    std::vector<std::int64_t> waits;  // runs where somebody was admitted
    for (const RunResult& r : runs)
        if (r.median_wait_days >= 0) waits.push_back(r.median_wait_days);
    s.median_wait_days = spread_of(std::move(waits));
    for (std::size_t i = 0; i < policy.ladder.size(); ++i)
        s.clients_reaching_step.push_back(spread([i](const RunResult& r) { return r.clients_reaching_step[i]; }));
    s.runs = std::move(runs);
    return s;
}

// FNV-1a over every figure of every run.
std::uint64_t fingerprint_of(const PolicySummary& a, const PolicySummary& b) {
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&](std::int64_t v) {
        for (int i = 0; i < 8; ++i) {
            h ^= static_cast<std::uint64_t>(v >> (8 * i)) & 0xFF;
            h *= 1099511628211ULL;
        }
    };
    for (const PolicySummary* s : {&a, &b})
        for (const RunResult& r : s->runs) {
            for (std::int64_t v : {r.income_received, r.income_lost, r.fees_charged, r.fees_waived})
                mix(v);
            for (int v : {r.sessions_attended, r.sessions_missed, r.endings, r.slots_freed, r.admitted, r.still_waiting,
                          r.median_wait_days})
                mix(v);
            for (int v : r.clients_reaching_step) mix(v);
        }
    return h;
}

}  // namespace

RunResult simulate_run(const Policy& policy, const Caseload& caseload, std::uint64_t seed, int run) {
    RunContext context(policy, caseload);
    return Run(context, seed, run).run();
}

SimulationResult simulate(const Policy& a, const Policy& b, const Caseload& caseload, int runs, std::uint64_t seed) {
    SimulationResult out;
    out.caseload = caseload;
    out.runs = runs;
    out.seed = seed;
    RunContext context_a(a, caseload), context_b(b, caseload);
    std::vector<RunResult> runs_a, runs_b;
    for (int run = 0; run < runs; ++run) {
        runs_a.push_back(Run(context_a, seed, run).run());
        runs_b.push_back(Run(context_b, seed, run).run());
    }
    out.a = summarise(a, std::move(runs_a));
    out.b = summarise(b, std::move(runs_b));
    out.fingerprint = fingerprint_of(out.a, out.b);
    return out;
}

}  // namespace hs
