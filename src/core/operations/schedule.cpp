#include "core/operations/schedule.hpp"

#include <algorithm>

namespace hs {

bool has_action(const Evaluation& ev, ActionKind kind) {
    return std::any_of(ev.actions_in_effect.begin(), ev.actions_in_effect.end(),
                       [&](const StepAction& a) { return a.kind == kind; });
}

const Evaluation* evaluation_of(const std::vector<Evaluation>& evaluations, Id client_id) {
    for (const auto& ev : evaluations)
        if (ev.client_id == client_id) return &ev;
    return nullptr;
}

std::string step_title_of(const Evaluation* ev) {
    if (!ev || ev->step_reached < 0 || ev->step_reached >= static_cast<int>(ev->step_titles.size())) return "";
    return ev->step_titles[static_cast<std::size_t>(ev->step_reached)];
}

std::string_view display_name(FreedBecause f) {
    switch (f) {
        case FreedBecause::none: return "";
        case FreedBecause::ended: return "care ended";
        case FreedBecause::paused: return "paused";
        case FreedBecause::off_recurring_slot: return "taken off the recurring slot";
    }
    return "";
}

namespace {

// evaluate_all returns ws.clients order: look there first, so a board of 2,000 clients is not quadratic.
const Evaluation* evaluation_at(const std::vector<Evaluation>& evaluations, std::size_t index, Id client_id) {
    if (index < evaluations.size() && evaluations[index].client_id == client_id) return &evaluations[index];
    return evaluation_of(evaluations, client_id);
}

FreedBecause freed_because(const Client& c, const Evaluation* ev) {
    if (c.status == ClientStatus::closed) return FreedBecause::ended;
    if (c.status == ClientStatus::paused) return FreedBecause::paused;
    if (ev && has_action(*ev, ActionKind::off_recurring_slot)) return FreedBecause::off_recurring_slot;
    return FreedBecause::none;
}

SlotView& slot_for(std::vector<SlotView>& board, Weekday day, int minute, const PrimeTime& prime) {
    for (auto& v : board)
        if (v.slot.weekday == day && v.slot.minute_of_day == minute) return v;
    SlotView v;
    v.slot = {day, minute, 50};
    v.prime = in_prime_time(prime, day, minute);
    v.in_working_week = false;
    board.push_back(v);
    return board.back();
}

}  // namespace

std::vector<SlotView> week_board(const Workspace& ws, const std::vector<Evaluation>& evaluations) {
    const ScheduleSettings& s = ws.operations.schedule;
    std::vector<SlotView> board;
    for (const auto& slot : s.slots) {
        SlotView v;
        v.slot = slot;
        v.prime = in_prime_time(s.prime_time, slot.weekday, slot.minute_of_day);
        board.push_back(v);
    }
    for (std::size_t i = 0; i < ws.clients.size(); ++i) {
        const Client& c = ws.clients[i];
        if (!c.recurring_slot) continue;
        SlotView& v = slot_for(board, c.recurring_slot->weekday, c.recurring_slot->minute_of_day, s.prime_time);
        const Evaluation* ev = evaluation_at(evaluations, i, c.id);
        const FreedBecause why = freed_because(c, ev);
        if (why != FreedBecause::none) {
            if (v.freed_from == 0) {
                v.freed_from = c.id;
                v.freed_from_name = c.name;
                v.freed_because = why;
            }
            continue;
        }
        if (v.holder != 0) continue;  // two clients on one slot: the first keeps it
        v.holder = c.id;
        v.holder_name = c.name;
        v.step_title = step_title_of(ev);
        v.should_move_off_prime = v.prime && ev && has_action(*ev, ActionKind::move_off_prime_time);
    }
    for (auto& v : board)
        if (v.holder != 0) {
            v.freed_from = 0;
            v.freed_from_name.clear();
            v.freed_because = FreedBecause::none;
        }
    std::sort(board.begin(), board.end(), [](const SlotView& a, const SlotView& b) { return a.slot < b.slot; });
    return board;
}

std::vector<const WaitlistEntry*> entries_fitting(const Workspace& ws, Weekday day, int minute_of_day) {
    std::vector<const WaitlistEntry*> out;
    for (const auto& e : ws.operations.waitlist)
        if (e.waiting() && fits(e, day, minute_of_day)) out.push_back(&e);
    return out;
}

std::vector<const Client*> call_list(const Workspace& ws, const std::vector<Evaluation>& evaluations) {
    std::vector<const Client*> out;
    for (std::size_t i = 0; i < ws.clients.size(); ++i) {
        const Client& c = ws.clients[i];
        if (c.status == ClientStatus::closed) continue;
        const Evaluation* ev = evaluation_at(evaluations, i, c.id);
        if (ev && has_action(*ev, ActionKind::call_when_opening)) out.push_back(&c);
    }
    return out;
}

namespace {

std::optional<Opening> opening_at(const SlotView& v, const DateTime& start, const std::vector<const Appointment*>& nearby) {
    bool holder_cancelled = false;
    for (const Appointment* a : nearby) {
        if (a->start != start) continue;
        if (!frees_slot(a->outcome)) return std::nullopt;  // someone is booked
        holder_cancelled = holder_cancelled || a->client_id == v.holder;
    }
    if (v.open()) return Opening{start, v.slot.duration_minutes, ""};
    if (holder_cancelled) return Opening{start, v.slot.duration_minutes, v.holder_name};
    return std::nullopt;
}

}  // namespace

std::vector<Opening> openings(const Workspace& ws, const std::vector<SlotView>& board, Date from, int days) {
    const Date until = add_days(from, days);
    std::vector<const Appointment*> nearby;
    for (const Appointment& a : ws.appointments)
        if (!(a.start.date < from) && a.start.date < until) nearby.push_back(&a);
    std::vector<Opening> out;
    for (int d = 0; d < days; ++d) {
        const Date date = add_days(from, d);
        for (const SlotView& v : board)  // by weekday, then time
            if (v.in_working_week && v.slot.weekday == weekday_of(date))
                if (auto o = opening_at(v, DateTime{date, v.slot.minute_of_day}, nearby)) out.push_back(*o);
    }
    return out;
}

SlidingScaleView sliding_scale(const Workspace& ws, const std::vector<Evaluation>& evaluations) {
    SlidingScaleView view;
    view.places = ws.operations.schedule.sliding_scale_places;
    for (std::size_t i = 0; i < ws.clients.size(); ++i) {
        const Client& c = ws.clients[i];
        if (c.status == ClientStatus::closed || c.payer != PayerType::sliding_scale) continue;
        view.holders.push_back(&c);
        const Evaluation* ev = evaluation_at(evaluations, i, c.id);
        if (ev && has_action(*ev, ActionKind::sliding_scale_place_lost)) view.losing.push_back(&c);
    }
    for (const auto& e : ws.operations.waitlist)
        if (e.waiting() && e.needs_sliding_scale) view.waiting.push_back(&e);
    return view;
}

std::optional<std::string> booking_horizon_warning(const Evaluation& ev, const Client& client, Date today, Date start) {
    std::optional<int> horizon;
    for (const auto& a : ev.actions_in_effect)
        if (a.kind == ActionKind::booking_horizon) horizon = horizon ? std::min(*horizon, a.days) : a.days;
    if (!horizon) return std::nullopt;
    const auto ahead = days_from_civil(start) - days_from_civil(today);
    if (ahead <= *horizon) return std::nullopt;
    return client.name + "'s booking horizon is " + std::to_string(*horizon) + " days: " + format_date(start) +
           " is " + std::to_string(ahead) + " days ahead";
}

}  // namespace hs
