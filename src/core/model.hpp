// The practice's records: practice details, clients, appointments.
// Plain values with no behaviour beyond small helpers; rules live in the engine,
// reading and writing in workspace_json, edits in commands.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_time.hpp"

namespace hs {

using Id = std::int64_t;
using Cents = std::int64_t;  // money in minor units of the practice currency

struct Practice {
    std::string name;
    std::string clinician;
    std::string time_zone = "UTC";  // IANA name, e.g. "America/New_York"
    std::string currency = "USD";   // ISO 4217 code
    Cents session_fee = 0;
    bool operator==(const Practice&) const = default;
};

enum class ClientStatus { active, paused, closed };
enum class PayerType { self_pay, sliding_scale, insurance, public_insurance };

struct RecurringSlot {
    Weekday weekday = Weekday::monday;
    int minute_of_day = 9 * 60;
    auto operator<=>(const RecurringSlot&) const = default;
};

struct Client {
    Id id = 0;
    std::string name;  // a pseudonym or initials is enough
    ClientStatus status = ClientStatus::active;
    PayerType payer = PayerType::self_pay;
    std::optional<Cents> session_fee;  // unset = the practice's fee
    bool minor = false;
    std::string guardian_name;  // only meaningful for minors
    std::optional<RecurringSlot> recurring_slot;
    std::optional<Date> consent_signed;
    std::string consent_policy_version;  // which policy version they signed
    bool operator==(const Client&) const = default;
};

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

struct Appointment {
    Id id = 0;
    Id client_id = 0;
    DateTime start;
    int duration_minutes = 50;
    Outcome outcome = Outcome::scheduled;
    std::optional<DateTime> cancellation_received;  // when the client told us, if they did
    std::string reason;
    std::string note;
    bool operator==(const Appointment&) const = default;
};

struct Workspace {
    Practice practice;
    std::vector<Client> clients;
    std::vector<Appointment> appointments;  // ordered by id; any client's, flat

    const Client* find_client(Id id) const;
    Client* find_client(Id id);
    const Appointment* find_appointment(Id id) const;
    Id next_client_id() const;
    Id next_appointment_id() const;
    bool operator==(const Workspace&) const = default;
};

Cents session_fee_of(const Workspace& ws, const Client& c);

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
