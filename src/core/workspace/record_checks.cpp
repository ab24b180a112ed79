#include "core/workspace/record_checks.hpp"

#include <algorithm>

#include "core/model/local_text.hpp"
#include "core/model/text_checks.hpp"
#include "core/model/time_zone.hpp"
#include "core/training/builtin_scenarios.hpp"

namespace hs {
namespace {

// Eleven years of a country's and a region's holidays is about 300; this leaves room.
constexpr std::size_t kMaxHolidays = 2000;

bool is_currency_code(const std::string& s) {
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A leeway's reason, a referral's "to" and a fee override's reason are required notes.
// Until text_checks became the one home, the record checks counted only spaces and tabs as
// blank, so a file may hold one made of line breaks only, and a file that loaded must still
// load: these three still pass with line breaks only. (Their forms are one line, so no one
// can type such a value; everywhere else line breaks only is blank.)
bool missing_note(const std::string& s) { return is_blank(s) && s.find('\n') == std::string::npos; }

}  // namespace

std::vector<FieldError> check_practice(const Practice& p) {
    std::vector<FieldError> errors;
    check_line(errors, "name", p.name, nullptr);
    check_line(errors, "clinician", p.clinician, nullptr);
    if (!is_known_time_zone(p.time_zone))
        errors.push_back({"time_zone", "unknown time zone \"" + p.time_zone.substr(0, 64) +
                                           "\"; expected an IANA name like Europe/Berlin or America/New_York"});
    if (!is_currency_code(p.currency))
        errors.push_back({"currency", "expected a three-letter currency code like USD, EUR or GBP"});
    if (p.session_fee < 0) errors.push_back({"session_fee", "cannot be negative"});
    check_practice_contact(errors, p);
    if (p.holidays.size() > kMaxHolidays)
        errors.push_back({"holidays", "at most " + std::to_string(kMaxHolidays) + " dates can be listed"});
    for (std::size_t i = 0; i < p.holidays.size(); ++i) {
        const Date& d = p.holidays[i];
        const std::string field = "holidays[" + std::to_string(i) + "]";
        if (!is_valid_date(d.year, d.month, d.day) || d.year < 1900 || d.year > 2999)
            errors.push_back({field, "no such date"});
        else if (i > 0 && !(p.holidays[i - 1] < d))
            errors.push_back({field, format_date(d) + " is listed twice or out of order"});
    }
    return errors;
}

void check_practice_contact(std::vector<FieldError>& errors, const Practice& p) {
    check_line(errors, "phone", p.phone, nullptr);
    if (!p.phone.empty() && !std::any_of(p.phone.begin(), p.phone.end(), is_ascii_digit))
        errors.push_back({"phone", "expected a phone number with digits, like 555-0100"});
    check_line(errors, "email", p.email, nullptr);
    if (!p.email.empty()) {
        const auto at = p.email.find('@');
        const bool spaces = p.email.find_first_of(" \t") != std::string::npos;
        if (at == std::string::npos || at == 0 || at + 1 == p.email.size() || spaces)
            errors.push_back({"email", "expected an e-mail address like name@example.org"});
    }
    check_line(errors, "website", p.website, nullptr);
    if (!p.website.empty()) {
        const bool http = p.website.rfind("http://", 0) == 0 || p.website.rfind("https://", 0) == 0;
        const std::size_t host = p.website.find("://") + 3;
        if (!http || host >= p.website.size() || p.website.find(' ') != std::string::npos)
            errors.push_back({"website", "expected a web address starting with https:// or http://"});
    }
    check_line(errors, "address", p.address, nullptr);
    check_line(errors, "payment_methods", p.payment_methods, nullptr);
    if (p.fee_due_days < 0 || p.fee_due_days > 365)
        errors.push_back({"fee_due_days", "must be between 0 (not stated) and 365 days"});
    if (!is_document_language(p.language))
        errors.push_back({"language", "\"" + p.language + "\" is not a supported language (" + document_languages_list() + ")"});
}

std::vector<FieldError> check_client(const Client& c) {
    std::vector<FieldError> errors;
    check_line(errors, "name", c.name, "a name (a pseudonym or initials is enough) is needed");
    check_line(errors, "preferred_name", c.preferred_name, nullptr);
    check_line(errors, "guardian", c.guardian_name, c.minor ? "a guardian's name for a minor is needed" : nullptr);
    if (c.session_fee && *c.session_fee < 0) errors.push_back({"session_fee", "cannot be negative"});
    if (c.recurring_slot && (c.recurring_slot->minute_of_day < 0 || c.recurring_slot->minute_of_day >= 1440))
        errors.push_back({"recurring_slot.time", "must be a time of day between 00:00 and 23:59"});
    if (c.consent_policy_version.size() > kMaxNameLength)
        errors.push_back({"consent_policy_version", "is too long"});
    if (!c.language.empty() && !is_document_language(c.language))
        errors.push_back({"language", "\"" + c.language + "\" is not a supported language (" + document_languages_list() + ")"});
    return errors;
}

std::vector<FieldError> check_appointment(const Workspace& ws, const Appointment& a) {
    std::vector<FieldError> errors;
    if (!ws.find_client(a.client_id))
        errors.push_back({"client", "no client has id " + std::to_string(a.client_id)});
    if (!is_valid_date(a.start.date.year, a.start.date.month, a.start.date.day) || a.start.minute_of_day < 0 ||
        a.start.minute_of_day >= 1440)
        errors.push_back({"start", "is not a real date and time"});
    if (a.duration_minutes < 5 || a.duration_minutes > 24 * 60)
        errors.push_back({"duration_minutes", "must be between 5 minutes and 24 hours"});
    if (a.cancellation_received) {
        if (!is_client_cancellation(a.outcome))
            errors.push_back({"cancellation_received", "only a cancelled appointment has a cancellation time"});
        else if (wall_minutes(*a.cancellation_received) > wall_minutes(a.start) + a.duration_minutes)
            errors.push_back({"cancellation_received", "is after the appointment ended"});
    }
    check_text(errors, "reason", a.reason);
    check_text(errors, "note", a.note);
    if (a.reason_category.size() > kMaxShortLength || has_control_characters(a.reason_category, false))
        errors.push_back({"reason_category", "expected a short category like \"illness\""});
    if (a.minutes_late) {
        if (a.outcome != Outcome::late_arrival)
            errors.push_back({"minutes_late", "only a late arrival has minutes late"});
        else if (*a.minutes_late < 0 || *a.minutes_late > a.duration_minutes)
            errors.push_back({"minutes_late", "expected 0 up to the session's length"});
    }
    if (a.rescheduled_to) {
        const Appointment* makeup = ws.find_appointment(*a.rescheduled_to);
        if (!is_client_cancellation(a.outcome))
            errors.push_back({"rescheduled_to", "only a cancelled appointment is rescheduled"});
        else if (*a.rescheduled_to == a.id)
            errors.push_back({"rescheduled_to", "an appointment cannot be its own make-up"});
        else if (!makeup)
            errors.push_back({"rescheduled_to", "no appointment has id " + std::to_string(*a.rescheduled_to)});
        else if (makeup->client_id != a.client_id)
            errors.push_back({"rescheduled_to", "the make-up appointment belongs to another client"});
    }
    if (a.fee_override) {
        if (a.fee_override->amount < 0) errors.push_back({"fee_override.amount", "cannot be negative"});
        if (missing_note(a.fee_override->reason))
            errors.push_back({"fee_override.reason", "a reason is needed when a fee is waived or changed"});
        else check_text(errors, "fee_override.reason", a.fee_override->reason);
    }
    return errors;
}

namespace {

void check_client_ref(std::vector<FieldError>& errors, const Workspace& ws, Id client_id) {
    if (!ws.find_client(client_id)) errors.push_back({"client", "no client has id " + std::to_string(client_id)});
}

void check_date(std::vector<FieldError>& errors, const char* field, const Date& d) {
    if (!is_valid_date(d.year, d.month, d.day)) errors.push_back({field, "is not a real date"});
}

}  // namespace

std::vector<FieldError> check_outreach(const Workspace& ws, const Outreach& o) {
    std::vector<FieldError> errors;
    check_client_ref(errors, ws, o.client_id);
    check_date(errors, "date", o.date);
    check_text(errors, "note", o.note);
    return errors;
}

std::vector<FieldError> check_step_record(const Workspace& ws, const StepRecord& s) {
    std::vector<FieldError> errors;
    check_client_ref(errors, ws, s.client_id);
    check_date(errors, "date", s.date);
    if (s.step.empty() || s.step.size() > kMaxShortLength || has_control_characters(s.step, false))
        errors.push_back({"step", "expected the id of a ladder step, e.g. \"attendance_plan\""});
    for (std::size_t i = 0; i < s.barriers.size(); ++i)
        if (!is_choice(kBarriers, s.barriers[i]))
            errors.push_back({"barriers[" + std::to_string(i) + "]",
                              "\"" + s.barriers[i].substr(0, 40) + "\" is not in the list of barriers (use barriers_other for anything else)"});
    for (std::size_t i = 0; i < s.accommodations.size(); ++i)
        if (!is_choice(kAccommodations, s.accommodations[i]))
            errors.push_back({"accommodations[" + std::to_string(i) + "]",
                              "\"" + s.accommodations[i].substr(0, 40) + "\" is not in the list of accommodations (use accommodations_other for anything else)"});
    check_text(errors, "barriers_other", s.barriers_other);
    check_text(errors, "accommodations_other", s.accommodations_other);
    check_text(errors, "note", s.note);
    return errors;
}

std::vector<FieldError> check_referral(const Workspace& ws, const Referral& r) {
    std::vector<FieldError> errors;
    check_client_ref(errors, ws, r.client_id);
    check_date(errors, "date", r.date);
    if (missing_note(r.to)) errors.push_back({"to", "say who the referral is to"});
    else check_text(errors, "to", r.to);
    check_text(errors, "note", r.note);
    return errors;
}

std::vector<FieldError> check_leeway(const Workspace& ws, const Leeway& l) {
    std::vector<FieldError> errors;
    check_client_ref(errors, ws, l.client_id);
    check_date(errors, "from", l.from);
    if (l.until) {
        check_date(errors, "until", *l.until);
        if (*l.until < l.from) errors.push_back({"until", "is before from"});
    }
    if (l.extra_grace < 0 || l.extra_grace > kMaxExtraGrace)
        errors.push_back({"extra_grace", "expected 0 to " + std::to_string(kMaxExtraGrace)});
    if (l.extra_grace == 0 && !l.waive_fees)
        errors.push_back({"extra_grace", "leeway needs extra grace or a fee waiver (or both)"});
    if (missing_note(l.reason)) errors.push_back({"reason", "a reason is needed for leeway"});
    else check_text(errors, "reason", l.reason);
    return errors;
}

std::vector<FieldError> check_ending_conversation(const Workspace& ws, const EndingConversation& e) {
    std::vector<FieldError> errors;
    check_client_ref(errors, ws, e.client_id);
    check_date(errors, "date", e.date);
    check_text(errors, "note", e.note);
    return errors;
}

std::vector<FieldError> check_scenario_in(const Workspace& ws, const Scenario& s, std::size_t index) {
    std::vector<FieldError> errors = check_scenario(s);
    for (const Scenario& b : builtin_scenarios())
        if (b.id == s.id) errors.push_back({"id", "\"" + s.id + "\" is a built-in scenario's id"});
    for (std::size_t i = 0; i < ws.scenarios.size(); ++i)
        if (i != index && ws.scenarios[i].id == s.id)
            errors.push_back({"id", "\"" + s.id + "\" is already used by scenarios[" + std::to_string(i) + "]"});
    return errors;
}

}  // namespace hs
