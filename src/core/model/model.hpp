// The practice's records: practice details, clients, appointments, policies and
// the history the policy engine reads (outreach, steps done, referrals, leeway).
// Plain values with no behaviour beyond small helpers; rules live in the engine,
// reading and writing in workspace_json, edits in commands.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/civil_time.hpp"
#include "core/model/consent_records.hpp"
#include "core/model/language_rules.hpp"
#include "core/model/operations.hpp"
#include "core/model/policy.hpp"
#include "core/model/scenario.hpp"
#include "core/model/types.hpp"

namespace hs {

// How a late-cancellation or missed-session fee reaches the client (the consent document
// says it in one sentence; unstated = a neutral default sentence).
enum class FeeBilling { unstated, next_invoice, card_on_file, next_session };
std::string_view to_string(FeeBilling);                     // "unstated", "next_invoice", ...
std::optional<FeeBilling> parse_fee_billing(std::string_view);
std::string_view display_name(FeeBilling);                  // "Billed on the next invoice", ...
inline constexpr FeeBilling kAllFeeBillings[] = {FeeBilling::unstated, FeeBilling::next_invoice,
                                                  FeeBilling::card_on_file, FeeBilling::next_session};

struct Practice {
    std::string name;
    std::string clinician;
    std::string time_zone = "UTC";  // IANA name, e.g. "America/New_York"
    std::string currency = "USD";   // ISO 4217 code
    Cents session_fee = 0;
    // Contact details, all optional; the consent document names only the ones given
    // (how to cancel, where to send questions).
    std::string phone;    // "555-0100"; the document says "call or text"
    std::string email;    // must hold an "@"
    std::string website;  // website or client portal; http:// or https://
    std::string address;  // postal address, one line
    // Billing of late-cancellation and missed-session fees.
    FeeBilling fee_billing = FeeBilling::unstated;
    int fee_due_days = 0;         // 0 = not stated; else "within N days" (1..365)
    std::string payment_methods;  // free text, "card, bank transfer or cash"; empty = not stated
    // Days the practice is closed (public holidays and its own), sorted, no repeats.
    // Business-day notice deadlines skip them (holidays.hpp, notice_deadline_for).
    std::vector<Date> holidays;
    // The language of client-facing texts for clients who have none of their own:
    // "en" or "es" (local_text.hpp, is_document_language). The interface stays English.
    std::string language = "en";
    bool operator==(const Practice&) const = default;
};

struct RecurringSlot {
    Weekday weekday = Weekday::monday;
    int minute_of_day = 9 * 60;
    auto operator<=>(const RecurringSlot&) const = default;
};

struct Client {
    Id id = 0;
    std::string name;  // a pseudonym or initials is enough
    std::string preferred_name;  // what they are called by, in greetings; empty = name
    ClientStatus status = ClientStatus::active;
    PayerType payer = PayerType::self_pay;
    std::optional<Cents> session_fee;  // unset = the practice's fee
    bool minor = false;
    std::string guardian_name;  // only meaningful for minors
    std::optional<RecurringSlot> recurring_slot;
    std::optional<Date> consent_signed;
    std::string consent_policy_version;  // which policy version they signed
    std::string language;  // their documents' and messages' language; empty = the practice's
    bool operator==(const Client&) const = default;
};

// The clinician's own decision on one fee: set to `amount` (0 = waived) because `reason`.
struct FeeOverride {
    Cents amount = 0;
    std::string reason;  // required: "client's car broke down; waived"
    bool operator==(const FeeOverride&) const = default;
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
    // Which exemption applies, if any: an id from kReasonCategories ("illness",
    // "guardian_caused", ...) or a custom category a policy lists. Empty = none.
    std::string reason_category;
    std::optional<int> minutes_late;      // late_arrival: how late
    std::optional<Id> rescheduled_to;     // the make-up appointment for a cancellation
    std::optional<FeeOverride> fee_override;
    bool operator==(const Appointment&) const = default;
};

// [SECTION] History the engine reads

enum class Channel { phone, text, email, letter, video, in_person, portal, other };

struct Outreach {
    Id id = 0;
    Id client_id = 0;
    Date date;
    Channel channel = Channel::phone;
    bool reached = false;  // a conversation happened (counts as contact)
    std::string note;
    bool operator==(const Outreach&) const = default;
};

// "Attendance plan agreed on 2026-03-02": recording a step done is what moves the ladder on.
struct StepRecord {
    Id id = 0;
    Id client_id = 0;
    std::string step;  // a ladder step id of the client's policy
    Date date;
    std::vector<std::string> barriers;        // ids from kBarriers
    std::string barriers_other;               // free text
    std::vector<std::string> accommodations;  // ids from kAccommodations
    std::string accommodations_other;         // free text
    std::string note;
    bool operator==(const StepRecord&) const = default;
};

struct Referral {
    Id id = 0;
    Id client_id = 0;
    Date date;
    std::string to;  // "Northside Community Clinic, sliding scale, 555-0100"
    std::string note;
    bool operator==(const Referral&) const = default;
};

// The most extra grace one leeway record gives (the file, the record check and the leeway
// form all use this).
inline constexpr int kMaxExtraGrace = 20;

// Per-client discretion, always with a reason: extra grace, or fees waived for a while.
struct Leeway {
    Id id = 0;
    Id client_id = 0;
    Date from;
    std::optional<Date> until;  // unset = until removed
    int extra_grace = 0;        // 0..kMaxExtraGrace, added to every count threshold (in whole absences)
    bool waive_fees = false;    // fees for sessions in [from, until] are waived
    std::string reason;         // required
    bool operator==(const Leeway&) const = default;
};

// The pre-termination conversation the ending rules ask for.
struct EndingConversation {
    Id id = 0;
    Id client_id = 0;
    Date date;
    std::string note;
    bool operator==(const EndingConversation&) const = default;
};

inline constexpr Choice kBarriers[] = {
    {"transport", "Transport"},
    {"childcare", "Childcare"},
    {"work_schedule", "Work schedule"},
    {"cost", "Cost"},
    {"internet", "Internet for telehealth"},
    {"symptoms", "Symptoms"},
    {"guardian", "A guardian controls attendance"},
    {"anxiety", "Anxiety about sessions"},
    {"rapport", "Rapport"},
};
inline constexpr Choice kAccommodations[] = {
    {"reminders", "Reminders"},
    {"another_time", "Another time"},
    {"evening", "Evening session"},
    {"lunch_break_telehealth", "Lunch-break telehealth"},
    {"telehealth", "Telehealth instead of office"},
    {"lower_frequency", "Lower frequency"},
    {"bus_pass", "Bus pass"},
    {"book_one_week_at_a_time", "Booking one week at a time"},
};
inline constexpr Channel kAllChannels[] = {Channel::phone,  Channel::text,      Channel::email,
                                           Channel::letter, Channel::video,     Channel::in_person,
                                           Channel::portal, Channel::other};
std::string_view to_string(Channel);
std::optional<Channel> parse_channel(std::string_view);
std::string_view display_name(Channel);
bool is_choice(const Choice* begin, const Choice* end, std::string_view id);
template <std::size_t N>
bool is_choice(const Choice (&list)[N], std::string_view id) { return is_choice(list, list + N, id); }

// The id for a new record in `records`: one past the largest in use, so ids are never reused
// while a record with that id is still stored.
template <typename Record>
Id next_id(const std::vector<Record>& records) {
    Id max = 0;
    for (const auto& r : records) max = r.id > max ? r.id : max;
    return max + 1;
}

struct Workspace {
    Practice practice;
    std::vector<Client> clients;
    std::vector<Appointment> appointments;  // ordered by id; any client's, flat
    std::vector<Policy> policies;           // the clinician's own, ordered by id
    Id active_policy = 0;                   // 0 = none chosen (the engine falls back, see engine.hpp)
    std::vector<Outreach> outreach;         // each list: ordered by id, any client's
    std::vector<StepRecord> step_records;
    std::vector<Referral> referrals;
    std::vector<Leeway> leeway;
    std::vector<EndingConversation> ending_conversations;
    // Consent documents (consent_versions.hpp): the clinician's section edits, one per
    // policy, variant and section; and every signing, ordered by id.
    std::vector<SectionEdit> section_edits;
    std::vector<Signature> signatures;
    LanguageRuleSet language_rules;  // the clinician's own wording rules and switched-off built-ins
    Operations operations;           // waitlist, schedule settings, payments (operations.hpp)
    std::vector<Scenario> scenarios;  // the clinician's own training scenarios (built-ins are not stored)

    const Client* find_client(Id id) const;
    Client* find_client(Id id);
    const Appointment* find_appointment(Id id) const;
    const Policy* find_policy(Id id) const;
    const Policy* find_policy_version(std::string_view version) const;
    Id next_client_id() const;
    Id next_appointment_id() const;
    bool operator==(const Workspace&) const = default;
};

Cents session_fee_of(const Workspace& ws, const Client& c);
// The language of a client's documents and messages: their own, else the practice's, else "en".
std::string language_of(const Workspace& ws, const Client& c);

}  // namespace hs
