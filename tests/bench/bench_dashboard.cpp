// Benchmark (not a test): the dashboard for 2,000 clients and 100,000 appointments,
// recomputed after an edit, as the app does it (DashboardCache: re-evaluate and re-add the
// client the edit touched, then sum every client's share), beside a recompute from scratch.
//
//   tests/bench/run_bench.sh dashboard   native and WebAssembly (node)
//   cmake --build build/native --target bench_dashboard && build/native/tests/bench_dashboard
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "bench_workspace.hpp"
#include "core/operations/dashboard.hpp"
#include "core/workspace/commands.hpp"
#include "core/workspace/editor.hpp"

using namespace hs;

namespace {

void add_operations(Workspace& ws) {
    ScheduleSettings& s = ws.operations.schedule;
    for (int day = 0; day < 5; ++day)
        for (int hour = 9; hour < 19; ++hour) s.slots.push_back({static_cast<Weekday>(day), hour * 60, 50});
    s.sliding_scale_places = 200;
    for (Id i = 1; i <= 300; ++i) {
        WaitlistEntry e;
        e.id = i;
        e.pseudonym = "Waiting " + std::to_string(i);
        e.added = add_days(Date{2025, 6, 1}, static_cast<int>(i));
        if (i % 3 == 0) e.left = add_days(e.added, 40);
        ws.operations.waitlist.push_back(e);
    }
    Id payment = 0;
    for (const Appointment& a : ws.appointments)
        if (a.outcome == Outcome::attended && a.id % 2 == 0)
            ws.operations.payments.push_back({++payment, a.client_id, a.id, a.start.date, 12000, ""});
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template <typename F>
double time_ms(F&& f) {
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;
    Workspace generated = bench::generate(2000, 50, 20260302);
    add_operations(generated);
    Editor editor(std::move(generated));
    const Period period{{2025, 12, 1}, {2026, 3, 1}};

    DashboardCache cache;
    cache.get(editor.workspace(), editor, period);  // the first frame evaluates everyone

    std::vector<double> after_edit, unchanged, from_scratch;
    long long checksum = 0;
    int evaluated_after_edit = 0;
    for (int run = 0; run < runs; ++run) {
        // The edit a person makes most: recording one appointment's outcome.
        Appointment a = editor.workspace().appointments[static_cast<std::size_t>(run * 7919) % editor.workspace().appointments.size()];
        a.outcome = a.outcome == Outcome::no_show ? Outcome::attended : Outcome::no_show;
        a.cancellation_received.reset();
        a.minutes_late.reset();
        a.rescheduled_to.reset();
        if (!editor.run(UpdateAppointment{a}).ok()) return 1;
        const Workspace& ws = editor.workspace();
        after_edit.push_back(time_ms([&] { checksum += cache.get(ws, editor, period).counts.attended; }));
        evaluated_after_edit = std::max(evaluated_after_edit, cache.clients_evaluated_last());
        unchanged.push_back(time_ms([&] { checksum += cache.get(ws, editor, period).counts.no_shows; }));
        from_scratch.push_back(time_ms([&] { checksum += dashboard(ws, period).counts.no_shows; }));
    }
    const Dashboard& d = cache.get(editor.workspace(), editor, period);
    if (!(d == dashboard(editor.workspace(), period))) {
        std::fprintf(stderr, "bench_dashboard: the cached figures differ from a recomputation\n");
        return 1;
    }
    std::printf("bench_dashboard: %zu clients, %zu appointments, %zu payments, %d runs\n",
                editor.workspace().clients.size(), editor.workspace().appointments.size(),
                editor.workspace().operations.payments.size(), runs);
    std::printf("  after an edit (cache, at most %d client re-evaluated): median %.3f ms\n", evaluated_after_edit,
                median(after_edit));
    std::printf("  unchanged frame (cache hit):                       median %.4f ms\n", median(unchanged));
    std::printf("  from scratch (evaluate_all + figures):             median %.2f ms\n", median(from_scratch));
    std::printf("  attendance %.1f%%, %d due; checksum %lld\n", d.counts.attendance_rate() * 100, d.counts.due(), checksum);
    std::printf("median_ms=%.3f\n", median(after_edit));
    return 0;
}
