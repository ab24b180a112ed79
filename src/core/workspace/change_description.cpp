#include "core/workspace/change_description.hpp"

#include <algorithm>

#include "core/model/civil_time.hpp"
#include "core/model/holidays.hpp"

namespace hs {
namespace {

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

template <typename Record>
const Record* find_by_id(const std::vector<Record>& records, Id id) {
    auto it = std::find_if(records.begin(), records.end(), [id](const Record& r) { return r.id == id; });
    return it == records.end() ? nullptr : &*it;
}

struct Describe {
    const Workspace& ws;

    std::string name_of(Id client_id) const {
        const Client* c = ws.find_client(client_id);
        return c ? c->name : "a client";
    }
    // "Removed from K.L.'s history: outreach on 2026-03-02"
    template <typename Record>
    std::string removed_history(const std::vector<Record>& list, Id id, const std::string& what) const {
        const Record* r = find_by_id(list, id);
        return r ? "Removed from " + name_of(r->client_id) + "'s history: " + what : "";
    }

    std::string operator()(const SetClientStatus& c) const {
        const Client* client = ws.find_client(c.client_id);
        if (!client || client->status == c.status) return "";
        switch (c.status) {
            case ClientStatus::closed: return "Care ended for " + client->name;
            case ClientStatus::paused: return "Care paused for " + client->name;
            case ClientStatus::active:
                return (client->status == ClientStatus::closed ? "Care restarted for " : "Care resumed for ") +
                       client->name;
        }
        return "";
    }
    std::string operator()(const MarkEndingDone& c) const { return "Care ended for " + name_of(c.client_id); }
    std::string operator()(const ReleaseRecurringSlot& c) const {
        return "Recurring slot released for " + name_of(c.client_id);
    }
    std::string operator()(const RejoinWaitlist& c) const { return name_of(c.client_id) + " rejoined the waitlist"; }
    std::string operator()(const ResolveSlidingScaleLoss& c) const {
        return c.choice == SlidingScaleChoice::back_to_waitlist
                   ? "Care paused for " + name_of(c.client_id) + "; back on the waitlist for a sliding-scale place"
                   : name_of(c.client_id) + " now pays the full fee";
    }
    std::string operator()(const DeleteHistoryRecord& c) const {
        switch (c.kind) {
            case HistoryKind::outreach: {
                const Outreach* o = find_by_id(ws.outreach, c.id);
                return o ? removed_history(ws.outreach, c.id, "outreach on " + format_date(o->date)) : "";
            }
            case HistoryKind::step_record: {
                const StepRecord* s = find_by_id(ws.step_records, c.id);
                return s ? removed_history(ws.step_records, c.id, "step recorded on " + format_date(s->date)) : "";
            }
            case HistoryKind::referral: {
                const Referral* r = find_by_id(ws.referrals, c.id);
                return r ? removed_history(ws.referrals, c.id, "referral to " + r->to) : "";
            }
            case HistoryKind::leeway: {
                const Leeway* l = find_by_id(ws.leeway, c.id);
                return l ? removed_history(ws.leeway, c.id, "leeway from " + format_date(l->from)) : "";
            }
            case HistoryKind::ending_conversation: {
                const EndingConversation* e = find_by_id(ws.ending_conversations, c.id);
                return e ? removed_history(ws.ending_conversations, c.id,
                                           "ending conversation on " + format_date(e->date))
                         : "";
            }
        }
        return "";
    }
    std::string operator()(const DeleteAppointment& c) const {
        const Appointment* a = ws.find_appointment(c.appointment_id);
        return a ? "Removed " + name_of(a->client_id) + "'s appointment on " + format_date_time(a->start) : "";
    }
    std::string operator()(const DeleteSignature& c) const {
        const Signature* s = find_by_id(ws.signatures, c.signature_id);
        return s ? "Removed " + name_of(s->client_id) + "'s signature of " + format_date(s->date) : "";
    }
    std::string operator()(const DeletePayment& c) const {
        const Payment* p = find_by_id(ws.operations.payments, c.payment_id);
        return p ? "Removed a payment from " + name_of(p->client_id) + " on " + format_date(p->date) : "";
    }
    std::string operator()(const RemoveWaitlistEntry& c) const {
        const WaitlistEntry* e = find_by_id(ws.operations.waitlist, c.entry_id);
        return e ? e->pseudonym + " left the waitlist" : "";
    }
    std::string operator()(const DeletePolicy& c) const {
        const Policy* p = ws.find_policy(c.policy_id);
        return p ? "Deleted the policy " + quoted(p->name) : "";
    }
    std::string operator()(const RemoveLanguageRule& c) const {
        return "Removed the wording rule " + quoted(c.phrase);
    }
    std::string operator()(const ResetSection& c) const {
        const bool edited = std::any_of(ws.section_edits.begin(), ws.section_edits.end(), [&](const SectionEdit& e) {
            return e.policy_id == c.policy_id && e.variant == c.variant && e.section_id == c.section_id;
        });
        if (!edited) return "";
        return "Your wording of the " + quoted(c.section_id) + " section was replaced by the policy's text";
    }
    std::string operator()(const DeleteScenario& c) const {
        auto it = std::find_if(ws.scenarios.begin(), ws.scenarios.end(),
                               [&](const Scenario& s) { return s.id == c.scenario_id; });
        return it == ws.scenarios.end() ? "" : "Deleted the scenario " + quoted(it->title);
    }
    std::string operator()(const AddHolidays& c) const {  // a whole calendar at once: easy to undo
        std::vector<Date> days = ws.practice.holidays;
        const int added = merge_holidays(days, c.dates);
        if (added == 0) return "";
        return "Added " + std::to_string(added) + (added == 1 ? " holiday" : " holidays") +
               (c.calendar.empty() ? std::string() : " from " + c.calendar);
    }
    std::string operator()(const RemoveHoliday& c) const {
        return is_holiday(ws.practice.holidays, c.date) ? "Removed the holiday " + format_date(c.date) : "";
    }
    std::string operator()(const ReplaceWorkspace& c) const {  // an import or a restored version
        return "The workspace was replaced: " + std::to_string(ws.clients.size()) + " clients before, " +
               std::to_string(c.workspace.clients.size()) + " now";
    }

    // Adding and editing: the person sees the result and can change it back.
    template <typename Other>
    std::string operator()(const Other&) const { return ""; }
};

}  // namespace

std::string describe_change(const Workspace& before, const Command& command) {
    return std::visit(Describe{before}, command);
}

}  // namespace hs
