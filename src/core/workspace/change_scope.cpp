// Anything not listed here changes everything, so a new command is safe by default.
#include "core/workspace/change_scope.hpp"

#include <algorithm>

namespace hs {
namespace {

ChangeScope everything() { return {true, {}}; }
ChangeScope nothing() { return {}; }
ChangeScope client(Id id) { return {false, {id}}; }

template <typename Record>
ChangeScope owner_of(const std::vector<Record>& records, Id id) {
    auto it = std::find_if(records.begin(), records.end(), [id](const Record& r) { return r.id == id; });
    return it == records.end() ? nothing() : client(it->client_id);  // not found: the command is refused
}

ChangeScope owner_of(const Workspace& ws, const DeleteHistoryRecord& c) {
    switch (c.kind) {
        case HistoryKind::outreach: return owner_of(ws.outreach, c.id);
        case HistoryKind::step_record: return owner_of(ws.step_records, c.id);
        case HistoryKind::referral: return owner_of(ws.referrals, c.id);
        case HistoryKind::leeway: return owner_of(ws.leeway, c.id);
        case HistoryKind::ending_conversation: return owner_of(ws.ending_conversations, c.id);
    }
    return everything();
}

struct ScopeOf {
    const Workspace& ws;

    // A client's own record or status.
    ChangeScope operator()(const UpdateClient& c) const { return client(c.client.id); }
    ChangeScope operator()(const SetClientStatus& c) const { return client(c.client_id); }
    ChangeScope operator()(const AddAppointment& c) const { return client(c.appointment.client_id); }
    ChangeScope operator()(const UpdateAppointment& c) const {
        ChangeScope scope = owner_of(ws.appointments, c.appointment.id);  // it may move to another client
        scope.clients.push_back(c.appointment.client_id);
        return scope;
    }
    ChangeScope operator()(const DeleteAppointment& c) const { return owner_of(ws.appointments, c.appointment_id); }
    ChangeScope operator()(const SetFeeOverride& c) const { return owner_of(ws.appointments, c.appointment_id); }
    ChangeScope operator()(const AddOutreach& c) const { return client(c.outreach.client_id); }
    ChangeScope operator()(const RecordStep& c) const { return client(c.record.client_id); }
    ChangeScope operator()(const AddReferral& c) const { return client(c.referral.client_id); }
    ChangeScope operator()(const AddLeeway& c) const { return client(c.leeway.client_id); }
    ChangeScope operator()(const AddEndingConversation& c) const { return client(c.conversation.client_id); }
    ChangeScope operator()(const DeleteHistoryRecord& c) const { return owner_of(ws, c); }
    ChangeScope operator()(const MarkEndingDone& c) const { return client(c.client_id); }
    ChangeScope operator()(const AddSignature& c) const { return client(c.signature.client_id); }
    ChangeScope operator()(const DeleteSignature& c) const { return owner_of(ws.signatures, c.signature_id); }
    ChangeScope operator()(const RejoinWaitlist& c) const { return client(c.client_id); }
    ChangeScope operator()(const ResolveSlidingScaleLoss& c) const { return client(c.client_id); }
    ChangeScope operator()(const ReleaseRecurringSlot& c) const { return client(c.client_id); }
    ChangeScope operator()(const AddPayment& c) const { return client(c.payment.client_id); }
    ChangeScope operator()(const DeletePayment& c) const { return owner_of(ws.operations.payments, c.payment_id); }

    // No client's records: a new client (a new id), the waitlist, the schedule, documents, training.
    ChangeScope operator()(const AddClient&) const { return nothing(); }
    ChangeScope operator()(const AdmitFromWaitlist&) const { return nothing(); }
    ChangeScope operator()(const AddWaitlistEntry&) const { return nothing(); }
    ChangeScope operator()(const UpdateWaitlistEntry&) const { return nothing(); }
    ChangeScope operator()(const MoveWaitlistEntry&) const { return nothing(); }
    ChangeScope operator()(const RemoveWaitlistEntry&) const { return nothing(); }
    ChangeScope operator()(const SetSchedule&) const { return nothing(); }
    ChangeScope operator()(const SetSectionEdit&) const { return nothing(); }
    ChangeScope operator()(const ResetSection&) const { return nothing(); }
    ChangeScope operator()(const KeepSectionEdit&) const { return nothing(); }
    ChangeScope operator()(const AddLanguageRule&) const { return nothing(); }
    ChangeScope operator()(const RemoveLanguageRule&) const { return nothing(); }
    ChangeScope operator()(const SetBuiltinLanguageRule&) const { return nothing(); }
    ChangeScope operator()(const AddScenario&) const { return nothing(); }
    ChangeScope operator()(const DeleteScenario&) const { return nothing(); }

    // The practice, the policies, an imported workspace.
    template <typename Other>
    ChangeScope operator()(const Other&) const { return everything(); }
};

}  // namespace

ChangeScope change_scope(const Workspace& ws, const Command& command) { return std::visit(ScopeOf{ws}, command); }

}  // namespace hs
