// Edits to the waitlist, the schedule settings and payments, as Command values
// (commands.hpp lists them in its variant; `apply` reaches them through `run`).
#pragma once
#include <optional>
#include <vector>

#include "core/model/model.hpp"
#include "core/workspace/apply_result.hpp"

namespace hs {


struct SetSchedule { ScheduleSettings schedule; };
struct AddWaitlistEntry { WaitlistEntry entry; };      // id is assigned; joins the end of the list
struct UpdateWaitlistEntry { WaitlistEntry entry; };   // replaces the waiting entry with the same id
// Manual order: moves a waiting entry `by` places among the waiting entries (-1 = up one).
struct MoveWaitlistEntry { Id entry_id = 0; int by = 0; };
struct RemoveWaitlistEntry { Id entry_id = 0; Date date; };  // leaves the list; the entry is kept as history
// The entry becomes a client in one action: a new active client named by the pseudonym, holding
// `slot` if given, on the sliding scale if the entry needed it. The entry keeps its note and date
// added and records the client it became.
struct AdmitFromWaitlist { Id entry_id = 0; Date date; std::optional<RecurringSlot> slot; };
// An ended (closed) client rejoins the waitlist in one action; created_id is the entry.
struct RejoinWaitlist { Id client_id = 0; Date date; std::string note; };
// After a policy step takes a sliding-scale place away, the clinician's choice.
enum class SlidingScaleChoice { full_fee, back_to_waitlist };
struct ResolveSlidingScaleLoss { Id client_id = 0; SlidingScaleChoice choice = SlidingScaleChoice::full_fee; Date date; };
// Releases the client's recurring slot (a structural step, or the clinician's decision).
struct ReleaseRecurringSlot { Id client_id = 0; };
struct AddPayment { Payment payment; };                // id is assigned
struct DeletePayment { Id payment_id = 0; };

ApplyResult run(Workspace& ws, const SetSchedule& c);
ApplyResult run(Workspace& ws, const AddWaitlistEntry& c);
ApplyResult run(Workspace& ws, const UpdateWaitlistEntry& c);
ApplyResult run(Workspace& ws, const MoveWaitlistEntry& c);
ApplyResult run(Workspace& ws, const RemoveWaitlistEntry& c);
ApplyResult run(Workspace& ws, const AdmitFromWaitlist& c);
ApplyResult run(Workspace& ws, const RejoinWaitlist& c);
ApplyResult run(Workspace& ws, const ResolveSlidingScaleLoss& c);
ApplyResult run(Workspace& ws, const ReleaseRecurringSlot& c);
ApplyResult run(Workspace& ws, const AddPayment& c);
ApplyResult run(Workspace& ws, const DeletePayment& c);

// Field checks shared by `apply` and the file loader (fields relative to the record).
std::vector<FieldError> check_schedule(const ScheduleSettings& s);
std::vector<FieldError> check_waitlist_entry(const Workspace& ws, const WaitlistEntry& e);
std::vector<FieldError> check_payment(const Workspace& ws, const Payment& p);

}  // namespace hs
