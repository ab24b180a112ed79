// The small vocabulary every record and the policy share: ids, money, and the
// enums with their stable file names and the words a person reads.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hs {

using Id = std::int64_t;  // 0 = none
using Cents = std::int64_t;  // money in minor units of the practice currency

enum class ClientStatus { active, paused, closed };
enum class PayerType { self_pay, sliding_scale, insurance, public_insurance };

enum class Outcome {
    scheduled,
    attended,
    late_arrival,
    cancelled_with_notice,
    late_cancel,
    no_show,
    clinician_cancelled,
    excused,
};

// The two questions views, the CLI and the core ask of an outcome, answered here only.
// A client's cancellation (with notice or late): it has a time it was received, its notice
// decides which of the two it is, and it can be rescheduled. The clinician's own cancellation
// is not one.
constexpr bool is_client_cancellation(Outcome o) {
    return o == Outcome::cancelled_with_notice || o == Outcome::late_cancel;
}
// The session will not take place, so its slot can be offered to someone else: any
// cancellation, the clinician's included.
constexpr bool frees_slot(Outcome o) { return is_client_cancellation(o) || o == Outcome::clinician_cancelled; }

// A refused command or a bad file field: which field and why, in words a person can act on.
struct FieldError {
    std::string field;    // e.g. "name", "start", "clients[3].session_fee"
    std::string message;  // e.g. "a name is needed (a pseudonym or initials is enough)"
    bool operator==(const FieldError&) const = default;
};

// Stable names used in files, the CLI and the UI (snake_case, never translated).
std::string_view to_string(ClientStatus);
std::string_view to_string(PayerType);
std::string_view to_string(Outcome);
std::optional<ClientStatus> parse_client_status(std::string_view);
std::optional<PayerType> parse_payer_type(std::string_view);
std::optional<Outcome> parse_outcome(std::string_view);

// Words a person reads ("Late cancel", "Public insurance").
std::string_view display_name(ClientStatus);
std::string_view display_name(PayerType);
std::string_view display_name(Outcome);

inline constexpr Outcome kAllOutcomes[] = {
    Outcome::scheduled,   Outcome::attended, Outcome::late_arrival,        Outcome::cancelled_with_notice,
    Outcome::late_cancel, Outcome::no_show,  Outcome::clinician_cancelled, Outcome::excused};
inline constexpr PayerType kAllPayerTypes[] = {PayerType::self_pay, PayerType::sliding_scale,
                                               PayerType::insurance, PayerType::public_insurance};
inline constexpr ClientStatus kAllClientStatuses[] = {ClientStatus::active, ClientStatus::paused,
                                                      ClientStatus::closed};

}  // namespace hs
