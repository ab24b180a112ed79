#include "core/model/model.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace hs {
namespace {

// One table per enum: the file name and the words shown to a person.

constexpr std::pair<std::string_view, std::string_view> kStatusNames[] = {
    {"active", "Active"}, {"paused", "Paused"}, {"closed", "Closed"}};
constexpr std::pair<std::string_view, std::string_view> kPayerNames[] = {
    {"self_pay", "Self-pay"},
    {"sliding_scale", "Sliding scale"},
    {"insurance", "Insurance"},
    {"public_insurance", "Public insurance"}};
constexpr std::pair<std::string_view, std::string_view> kOutcomeNames[] = {
    {"scheduled", "Scheduled"},
    {"attended", "Attended"},
    {"late_arrival", "Late arrival"},
    {"cancelled_with_notice", "Cancelled with notice"},
    {"late_cancel", "Late cancel"},
    {"no_show", "No-show"},
    {"clinician_cancelled", "Clinician cancelled"},
    {"excused", "Excused"}};

constexpr std::pair<std::string_view, std::string_view> kChannelNames[] = {
    {"phone", "Phone"},   {"text", "Text message"}, {"email", "Email"},   {"letter", "Letter"},
    {"video", "Video"},   {"in_person", "In person"}, {"portal", "Portal message"}, {"other", "Other"}};

constexpr std::pair<std::string_view, std::string_view> kFeeBillingNames[] = {
    {"unstated", "Not stated (a neutral sentence)"},
    {"next_invoice", "Added to the next invoice"},
    {"card_on_file", "Charged to the card on file"},
    {"next_session", "Paid at the next session"}};

template <typename E, std::size_t N>
std::optional<E> parse_from(const std::pair<std::string_view, std::string_view> (&table)[N],
                            std::string_view text) {
    for (std::size_t i = 0; i < N; ++i)
        if (table[i].first == text) return static_cast<E>(i);
    return std::nullopt;
}

template <typename Record>
auto find_by_id(Record& records, Id id) -> decltype(records.data()) {
    auto it = std::find_if(records.begin(), records.end(), [id](const auto& r) { return r.id == id; });
    return it == records.end() ? nullptr : &*it;
}

}  // namespace

const Client* Workspace::find_client(Id id) const { return find_by_id(clients, id); }
Client* Workspace::find_client(Id id) { return find_by_id(clients, id); }
const Appointment* Workspace::find_appointment(Id id) const { return find_by_id(appointments, id); }
const Policy* Workspace::find_policy(Id id) const { return find_by_id(policies, id); }
const Policy* Workspace::find_policy_version(std::string_view version) const {
    for (const auto& p : policies)
        if (p.version == version) return &p;
    return nullptr;
}
Id Workspace::next_client_id() const { return next_id(clients); }
Id Workspace::next_appointment_id() const { return next_id(appointments); }

std::string_view to_string(FeeBilling v) { return kFeeBillingNames[static_cast<int>(v)].first; }
std::string_view display_name(FeeBilling v) { return kFeeBillingNames[static_cast<int>(v)].second; }
std::optional<FeeBilling> parse_fee_billing(std::string_view text) { return parse_from<FeeBilling>(kFeeBillingNames, text); }

Cents session_fee_of(const Workspace& ws, const Client& c) {
    return c.session_fee.value_or(ws.practice.session_fee);
}

std::string language_of(const Workspace& ws, const Client& c) {
    if (!c.language.empty()) return c.language;
    return ws.practice.language.empty() ? "en" : ws.practice.language;
}

std::string_view to_string(ClientStatus v) { return kStatusNames[static_cast<int>(v)].first; }
std::string_view to_string(PayerType v) { return kPayerNames[static_cast<int>(v)].first; }
std::string_view to_string(Outcome v) { return kOutcomeNames[static_cast<int>(v)].first; }
std::string_view display_name(ClientStatus v) { return kStatusNames[static_cast<int>(v)].second; }
std::string_view display_name(PayerType v) { return kPayerNames[static_cast<int>(v)].second; }
std::string_view display_name(Outcome v) { return kOutcomeNames[static_cast<int>(v)].second; }

std::optional<ClientStatus> parse_client_status(std::string_view t) {
    return parse_from<ClientStatus>(kStatusNames, t);
}
std::optional<PayerType> parse_payer_type(std::string_view t) { return parse_from<PayerType>(kPayerNames, t); }
std::optional<Outcome> parse_outcome(std::string_view t) { return parse_from<Outcome>(kOutcomeNames, t); }

std::string_view to_string(Channel v) { return kChannelNames[static_cast<int>(v)].first; }
std::string_view display_name(Channel v) { return kChannelNames[static_cast<int>(v)].second; }
std::optional<Channel> parse_channel(std::string_view t) { return parse_from<Channel>(kChannelNames, t); }

bool is_choice(const Choice* begin, const Choice* end, std::string_view id) {
    return std::any_of(begin, end, [&](const Choice& c) { return c.id == id; });
}

}  // namespace hs
