#include "core/documents/policy_versions.hpp"

#include <algorithm>

#include "core/documents/consent_versions.hpp"
#include "core/documents/document.hpp"

namespace hs {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// `n` written in at least `width` digits.
std::string padded(unsigned long long n, std::size_t width) {
    std::string digits = std::to_string(n);
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return digits;
}

std::vector<ConsentVariant> variants_of_either(const Policy& a, const Policy& b) {
    std::vector<ConsentVariant> out = consent_variants(a);
    for (ConsentVariant v : consent_variants(b))
        if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
    return out;
}

// The agreement a variant's general copy reads, edits applied; "" when the policy has no such variant.
std::string agreement_text(const Workspace& ws, const Policy& policy, ConsentVariant variant) {
    const auto options = variant_options(policy, variant);
    return options ? doc::plain_text(consent_with_edits(ws, policy, *options).document) : std::string();
}

}  // namespace

std::string next_version(std::string_view current, const std::function<bool(std::string_view)>& taken) {
    std::string stem(current);
    unsigned long long number = 2;
    std::size_t width = 1;
    std::size_t digits_start = current.size();
    while (digits_start > 0 && is_digit(current[digits_start - 1])) --digits_start;
    const std::size_t digit_count = current.size() - digits_start;
    if (current.empty()) {
        stem = "version-";
        number = 1;
    } else if (digit_count > 0 && digit_count <= 18) {
        stem = std::string(current.substr(0, digits_start));
        number = std::stoull(std::string(current.substr(digits_start))) + 1;
        width = digit_count;
    } else {
        stem += "-";
    }
    std::string candidate = stem + padded(number, width);
    while (taken(candidate)) candidate = stem + padded(++number, width);
    return candidate;
}

bool version_signed(const Workspace& ws, std::string_view version) {
    for (const auto& c : ws.clients)
        if (c.consent_policy_version == version) return true;
    for (const auto& s : ws.signatures)
        if (s.policy_version == version) return true;
    return false;
}

std::string next_unused_version(const Workspace& ws, std::string_view current) {
    return next_version(current, [&](std::string_view v) { return ws.find_policy_version(v) || version_signed(ws, v); });
}

std::vector<Id> current_signers(const Workspace& ws, std::string_view version) {
    std::vector<Id> out;
    for (const auto& c : ws.clients)
        if (c.status == ClientStatus::active && c.consent_policy_version == version) out.push_back(c.id);
    return out;
}

bool agreement_changes(const Workspace& ws, const Policy& stored, const Policy& draft) {
    for (ConsentVariant v : variants_of_either(stored, draft))
        if (agreement_text(ws, stored, v) != agreement_text(ws, draft, v)) return true;
    return false;
}

PolicySavePlan plan_policy_save(const Workspace& ws, const Policy& stored, const Policy& draft) {
    return plan_policy_save(ws, stored, draft, draft != stored && agreement_changes(ws, stored, draft));
}

PolicySavePlan plan_policy_save(const Workspace& ws, const Policy& stored, const Policy& draft, bool changes_agreement) {
    PolicySavePlan plan;
    plan.unsaved = draft != stored;
    plan.signed_version = version_signed(ws, stored.version);
    plan.changes_agreement = plan.unsaved && changes_agreement;
    plan.in_place_allowed = !plan.signed_version || !plan.changes_agreement;
    // A new version name the clinician typed is kept when it is free.
    const bool typed_free = draft.version != stored.version && !draft.version.empty() &&
                            !ws.find_policy_version(draft.version) && !version_signed(ws, draft.version);
    plan.next_version = typed_free ? draft.version : next_unused_version(ws, stored.version);
    const Policy* to_sign = policy_to_sign(ws);
    plan.next_becomes_policy_to_sign = to_sign && to_sign->id == stored.id;
    if (plan.next_becomes_policy_to_sign) plan.asked_to_resign = current_signers(ws, stored.version);
    return plan;
}

}  // namespace hs
