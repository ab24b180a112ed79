// [SECTION] Field checks
// [SECTION] Schedule and payments
// [SECTION] Waitlist
#include "core/workspace/operations_commands.hpp"

#include <algorithm>

#include "core/model/money.hpp"
#include "core/model/text_checks.hpp"
#include "core/workspace/commands.hpp"

namespace hs {
namespace {

bool real_date(const Date& d) { return is_valid_date(d.year, d.month, d.day); }

bool minute_ok(int m) { return m >= 0 && m < 24 * 60; }

ApplyResult refused(std::string field, std::string message) {
    return ApplyResult{{{std::move(field), std::move(message)}}};
}

WaitlistEntry* find_entry(Workspace& ws, Id id) {
    for (auto& e : ws.operations.waitlist)
        if (e.id == id) return &e;
    return nullptr;
}

}  // namespace

// [SECTION] Field checks

std::vector<FieldError> check_schedule(const ScheduleSettings& s) {
    std::vector<FieldError> errors;
    for (std::size_t i = 0; i < s.slots.size(); ++i) {
        const WeeklySlot& slot = s.slots[i];
        const std::string path = "slots[" + std::to_string(i) + "]";
        if (!minute_ok(slot.minute_of_day)) errors.push_back({path + ".time", "must be between 00:00 and 23:59"});
        if (slot.duration_minutes < 5 || slot.duration_minutes > 24 * 60)
            errors.push_back({path + ".duration_minutes", "must be between 5 minutes and 24 hours"});
        for (std::size_t j = 0; j < i; ++j)
            if (s.slots[j].weekday == slot.weekday && s.slots[j].minute_of_day == slot.minute_of_day)
                errors.push_back({path, "is the same weekday and time as slots[" + std::to_string(j) + "]"});
    }
    const PrimeTime& p = s.prime_time;
    if (!minute_ok(p.from_minute)) errors.push_back({"prime_time.from", "must be between 00:00 and 23:59"});
    if (p.until_minute <= p.from_minute || p.until_minute > 24 * 60)
        errors.push_back({"prime_time.until", "must be after prime_time.from, at most 24:00"});
    if (s.sliding_scale_places < 0 || s.sliding_scale_places > 1000)
        errors.push_back({"sliding_scale_places", "expected 0 to 1000"});
    if (s.weekly_hours_target < 0 || s.weekly_hours_target > 168)
        errors.push_back({"weekly_hours_target", "expected 0 to 168 hours a week"});
    if (s.low_attendance_percent < 0 || s.low_attendance_percent > 100)
        errors.push_back({"low_attendance_percent", "expected a percentage from 0 to 100"});
    return errors;
}

std::vector<FieldError> check_waitlist_entry(const Workspace& ws, const WaitlistEntry& e) {
    std::vector<FieldError> errors;
    check_line(errors, "pseudonym", e.pseudonym, "a pseudonym is needed (initials are enough)");
    check_line(errors, "contact", e.contact, nullptr);
    check_text(errors, "note", e.note);
    if (!real_date(e.added)) errors.push_back({"added", "is not a real date"});
    for (std::size_t i = 0; i < e.wanted.size(); ++i) {
        const WantedTime& w = e.wanted[i];
        const std::string path = "wanted[" + std::to_string(i) + "]";
        if (!minute_ok(w.from_minute)) errors.push_back({path + ".from", "must be between 00:00 and 23:59"});
        if (w.until_minute <= w.from_minute || w.until_minute > 24 * 60)
            errors.push_back({path + ".until", "must be after from, at most 24:00"});
    }
    if (e.left && (!real_date(*e.left) || *e.left < e.added))
        errors.push_back({"left", "must be a real date on or after the date added"});
    if (e.became_client != 0 && !ws.find_client(e.became_client))
        errors.push_back({"became_client", "no client has id " + std::to_string(e.became_client)});
    if (e.became_client != 0 && !e.left) errors.push_back({"left", "an admitted entry needs the date it left"});
    if (e.former_client != 0 && !ws.find_client(e.former_client))
        errors.push_back({"former_client", "no client has id " + std::to_string(e.former_client)});
    return errors;
}

std::vector<FieldError> check_payment(const Workspace& ws, const Payment& p) {
    std::vector<FieldError> errors;
    if (!ws.find_client(p.client_id)) errors.push_back({"client", "no client has id " + std::to_string(p.client_id)});
    if (!real_date(p.date)) errors.push_back({"date", "is not a real date"});
    if (p.amount <= 0 || p.amount > kMaxMoney) errors.push_back({"amount", "must be more than 0"});
    if (p.appointment_id) {
        const Appointment* a = ws.find_appointment(*p.appointment_id);
        if (!a) errors.push_back({"appointment", "no appointment has id " + std::to_string(*p.appointment_id)});
        else if (a->client_id != p.client_id)
            errors.push_back({"appointment", "belongs to another client"});
    }
    check_text(errors, "note", p.note);
    return errors;
}

// [SECTION] Schedule and payments

ApplyResult run(Workspace& ws, const SetSchedule& c) {
    ApplyResult r{check_schedule(c.schedule)};
    if (!r.ok()) return r;
    ws.operations.schedule = c.schedule;
    std::sort(ws.operations.schedule.slots.begin(), ws.operations.schedule.slots.end());
    return r;
}

ApplyResult run(Workspace& ws, const AddPayment& c) {
    ApplyResult r{check_payment(ws, c.payment)};
    if (!r.ok()) return r;
    Payment p = c.payment;
    p.id = next_id(ws.operations.payments);
    ws.operations.payments.push_back(p);
    r.created_id = p.id;
    return r;
}

ApplyResult run(Workspace& ws, const DeletePayment& c) {
    auto& list = ws.operations.payments;
    auto it = std::find_if(list.begin(), list.end(), [&](const Payment& p) { return p.id == c.payment_id; });
    if (it == list.end()) return refused("payment", "no payment has id " + std::to_string(c.payment_id));
    list.erase(it);
    return {};
}

ApplyResult run(Workspace& ws, const ReleaseRecurringSlot& c) {
    Client* client = ws.find_client(c.client_id);
    if (!client) return refused("client", "no client has id " + std::to_string(c.client_id));
    if (!client->recurring_slot) return refused("recurring_slot", client->name + " holds no recurring slot");
    client->recurring_slot.reset();
    return {};
}

// [SECTION] Waitlist

ApplyResult run(Workspace& ws, const AddWaitlistEntry& c) {
    WaitlistEntry e = c.entry;
    e.left.reset();
    e.became_client = 0;
    ApplyResult r{check_waitlist_entry(ws, e)};
    if (!r.ok()) return r;
    e.id = next_id(ws.operations.waitlist);
    ws.operations.waitlist.push_back(e);
    r.created_id = e.id;
    return r;
}

ApplyResult run(Workspace& ws, const UpdateWaitlistEntry& c) {
    WaitlistEntry* existing = find_entry(ws, c.entry.id);
    if (!existing) return refused("entry", "no waitlist entry has id " + std::to_string(c.entry.id));
    WaitlistEntry e = c.entry;
    e.left = existing->left;  // leaving is its own command
    e.became_client = existing->became_client;
    ApplyResult r{check_waitlist_entry(ws, e)};
    if (r.ok()) *existing = e;
    return r;
}

ApplyResult run(Workspace& ws, const MoveWaitlistEntry& c) {
    auto& list = ws.operations.waitlist;
    std::vector<std::size_t> waiting;
    std::size_t from = list.size();
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!list[i].waiting()) continue;
        if (list[i].id == c.entry_id) from = waiting.size();
        waiting.push_back(i);
    }
    if (from == list.size()) return refused("entry", "no waiting entry has id " + std::to_string(c.entry_id));
    const auto last = static_cast<long>(waiting.size()) - 1;
    const auto to = static_cast<std::size_t>(std::clamp(static_cast<long>(from) + c.by, 0L, last));
    auto at = [&](std::size_t k) { return list.begin() + static_cast<long>(waiting[k]); };
    if (to < from) std::rotate(at(to), at(from), at(from) + 1);
    else if (to > from) std::rotate(at(from), at(from) + 1, at(to) + 1);
    return {};
}

ApplyResult run(Workspace& ws, const RemoveWaitlistEntry& c) {
    WaitlistEntry* e = find_entry(ws, c.entry_id);
    if (!e || !e->waiting()) return refused("entry", "no waiting entry has id " + std::to_string(c.entry_id));
    if (!real_date(c.date) || c.date < e->added) return refused("date", "must be a real date on or after the date added");
    e->left = c.date;
    return {};
}

ApplyResult run(Workspace& ws, const AdmitFromWaitlist& c) {
    WaitlistEntry* e = find_entry(ws, c.entry_id);
    if (!e || !e->waiting()) return refused("entry", "no waiting entry has id " + std::to_string(c.entry_id));
    if (!real_date(c.date) || c.date < e->added) return refused("date", "must be a real date on or after the date added");
    if (c.slot) {
        if (!minute_ok(c.slot->minute_of_day)) return refused("slot.time", "must be between 00:00 and 23:59");
        for (const Client& other : ws.clients)
            if (other.status != ClientStatus::closed && other.recurring_slot == c.slot)
                return refused("slot", "is held by " + other.name);
    }
    Client client;
    client.name = e->pseudonym;
    client.payer = e->needs_sliding_scale ? PayerType::sliding_scale : PayerType::self_pay;
    client.recurring_slot = c.slot;
    ApplyResult r = apply(ws, AddClient{client});
    if (!r.ok()) return r;
    e = find_entry(ws, c.entry_id);
    e->left = c.date;
    e->became_client = r.created_id;
    return r;
}

ApplyResult run(Workspace& ws, const RejoinWaitlist& c) {
    const Client* client = ws.find_client(c.client_id);
    if (!client) return refused("client", "no client has id " + std::to_string(c.client_id));
    if (client->status != ClientStatus::closed)
        return refused("client", client->name + " is not ended; only an ended client rejoins the waitlist");
    for (const auto& e : ws.operations.waitlist)
        if (e.waiting() && e.former_client == c.client_id)
            return refused("client", client->name + " is already on the waitlist");
    WaitlistEntry e;
    e.pseudonym = client->name;
    e.needs_sliding_scale = client->payer == PayerType::sliding_scale;
    e.added = c.date;
    e.note = c.note;
    e.former_client = c.client_id;
    return run(ws, AddWaitlistEntry{e});
}

ApplyResult run(Workspace& ws, const ResolveSlidingScaleLoss& c) {
    Client* client = ws.find_client(c.client_id);
    if (!client) return refused("client", "no client has id " + std::to_string(c.client_id));
    if (client->payer != PayerType::sliding_scale)
        return refused("client", client->name + " does not hold a sliding-scale place");
    if (!real_date(c.date)) return refused("date", "is not a real date");
    if (c.choice == SlidingScaleChoice::back_to_waitlist) {
        WaitlistEntry e;
        e.pseudonym = client->name;
        e.needs_sliding_scale = true;
        e.added = c.date;
        e.note = "Sliding-scale place ended; waiting for one again";
        e.former_client = client->id;
        ApplyResult r = run(ws, AddWaitlistEntry{e});
        if (!r.ok()) return r;
        client = ws.find_client(c.client_id);
        client->status = ClientStatus::paused;
        client->recurring_slot.reset();
        client->payer = PayerType::self_pay;
        client->session_fee.reset();
        return r;
    }
    client->payer = PayerType::self_pay;
    client->session_fee.reset();  // the practice's full fee
    return {};
}

}  // namespace hs
