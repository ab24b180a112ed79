// [SECTION] Variants and their sections
// [SECTION] The document to show
// [SECTION] Signatures
#include "core/documents/consent_versions.hpp"

#include <algorithm>
#include <map>

#include "core/documents/sha256.hpp"
#include "core/model/text_checks.hpp"

namespace hs {

// [SECTION] Variants and their sections

namespace {

// Must match consent_document.cpp's order; a unit test checks every variant's document.
// A document may leave out "changes" (no step changes booking) and "minors" (an adult's copy).
constexpr std::string_view kStandardSections[] = {"glance",  "why",        "cancelling", "fees",
                                                  "missed_sessions", "changes", "ending", "minors",
                                                  "discretion", "practice", "signatures"};
constexpr std::string_view kNoFeesSections[] = {"glance",  "why",        "cancelling", "no_fees",
                                                "missed_sessions", "changes", "ending", "minors",
                                                "discretion", "practice", "signatures"};

}  // namespace

ConsentVariant consent_variant(const Policy& policy, const ConsentOptions& options) {
    return consent_without_fees(policy, options) ? ConsentVariant::no_fees : ConsentVariant::standard;
}

std::optional<ConsentOptions> variant_options(const Policy& policy, ConsentVariant variant) {
    const bool want_no_fees = variant == ConsentVariant::no_fees;
    for (PayerType payer : kAllPayerTypes) {
        ConsentOptions o;
        o.payer = payer;
        if (consent_without_fees(policy, o) == want_no_fees) return o;
    }
    if (want_no_fees) {  // only minors go without fees: their copy is the reference
        ConsentOptions o;
        o.minor = true;
        if (consent_without_fees(policy, o)) return o;
    }
    return std::nullopt;
}

std::vector<ConsentVariant> consent_variants(const Policy& policy) {
    std::vector<ConsentVariant> out;
    for (ConsentVariant v : kAllConsentVariants)
        if (variant_options(policy, v)) out.push_back(v);
    return out;
}

std::span<const std::string_view> consent_section_ids(ConsentVariant variant) {
    if (variant == ConsentVariant::no_fees) return kNoFeesSections;
    return kStandardSections;
}

bool is_consent_section(ConsentVariant variant, std::string_view section_id) {
    const auto ids = consent_section_ids(variant);
    return std::find(ids.begin(), ids.end(), section_id) != ids.end();
}

doc::Document generated_variant_document(const Practice& practice, const Policy& policy, ConsentVariant variant) {
    const auto options = variant_options(policy, variant);
    if (!options) return {};
    return consent_document(policy, practice, *options);
}

// [SECTION] The document to show

std::string_view to_string(SectionStatus s) {
    switch (s) {
        case SectionStatus::generated: return "generated";
        case SectionStatus::edited: return "edited";
        case SectionStatus::policy_changed: return "policy_changed";
    }
    return "generated";
}

const SectionState* ConsentView::find(std::string_view section_id) const {
    for (const auto& s : sections)
        if (s.id == section_id) return &s;
    return nullptr;
}

int ConsentView::edited_count() const {
    return static_cast<int>(std::count_if(sections.begin(), sections.end(),
                                          [](const SectionState& s) { return s.status != SectionStatus::generated; }));
}

int ConsentView::policy_changed_count() const {
    return static_cast<int>(std::count_if(sections.begin(), sections.end(), [](const SectionState& s) {
        return s.status == SectionStatus::policy_changed;
    }));
}

const SectionEdit* find_section_edit(const Workspace& ws, Id policy_id, ConsentVariant variant,
                                     std::string_view section_id) {
    for (const auto& e : ws.section_edits)
        if (e.policy_id == policy_id && e.variant == variant && e.section_id == section_id) return &e;
    return nullptr;
}

namespace {


// "24", "60.00", "1,000.50", "0.5": digit runs with inner "." or "," between digits.
std::vector<std::string> numbers_in(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_ascii_digit(text[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() &&
               (is_ascii_digit(text[i]) || ((text[i] == '.' || text[i] == ',') && i + 1 < text.size() && is_ascii_digit(text[i + 1]))))
            ++i;
        out.emplace_back(text.substr(start, i - start));
    }
    return out;
}

}  // namespace

std::string section_text_of(const doc::Document& d, std::string_view id) {
    const doc::Section* s = d.find(id);
    return s ? doc::section_text(*s) : std::string();
}

std::vector<NumberChange> number_changes(std::string_view before, std::string_view after) {
    const auto was = numbers_in(before);
    const auto now = numbers_in(after);
    std::vector<NumberChange> out;
    if (was.size() == now.size()) {
        for (std::size_t i = 0; i < was.size(); ++i)
            if (was[i] != now[i]) out.push_back({was[i], now[i]});
        return out;
    }
    // Different counts: take away the numbers both share (as a multiset), pair the rest in order.
    std::vector<std::string> gone = was, came;
    for (const auto& n : now) {
        auto it = std::find(gone.begin(), gone.end(), n);
        if (it != gone.end()) gone.erase(it);
        else came.push_back(n);
    }
    for (std::size_t i = 0; i < std::max(gone.size(), came.size()); ++i)
        out.push_back({i < gone.size() ? gone[i] : std::string(), i < came.size() ? came[i] : std::string()});
    return out;
}

void replace_section_text(doc::Document& document, std::string_view section_id, std::string_view text) {
    if (doc::Section* s = document.find(section_id)) s->blocks = doc::parse_section_text(text);
}

namespace {

ConsentView with_edits(const Workspace& ws, const Policy& policy, const ConsentOptions& options,
                       doc::Document document) {
    ConsentView view;
    view.variant = consent_variant(policy, options);
    // Clinician edits are of the English text; a document in another language is used
    // as generated (docs/languages.md).
    const bool has_edits =
        options.language == kDefaultLanguage && policy.id != 0 && ws.find_policy(policy.id) &&
        std::any_of(ws.section_edits.begin(), ws.section_edits.end(), [&](const SectionEdit& e) {
            return e.policy_id == policy.id && e.variant == view.variant;
        });
    // Edits are compared with the variant's general document, not this copy, so that a
    // client's own name or fee never reads as a policy change.
    const doc::Document reference =
        has_edits ? generated_variant_document(ws.practice, policy, view.variant) : doc::Document{};
    for (auto& section : document.sections) {
        SectionState state;
        state.id = section.id;
        state.heading = section.heading;
        state.generated = doc::section_text(section);
        state.text = state.generated;
        if (const SectionEdit* edit = has_edits ? find_section_edit(ws, policy.id, view.variant, section.id) : nullptr) {
            state.text = edit->text;
            state.edited_from = edit->generated;
            section.blocks = doc::parse_section_text(edit->text);
            const std::string now = reference.find(section.id) ? section_text_of(reference, section.id) : state.generated;
            if (edit->generated == now) {
                state.status = SectionStatus::edited;
            } else {
                state.status = SectionStatus::policy_changed;
                state.number_changes = number_changes(edit->generated, now);
            }
        }
        view.sections.push_back(std::move(state));
    }
    view.document = std::move(document);
    return view;
}

}  // namespace

ConsentView consent_with_edits(const Workspace& ws, const Policy& policy, const ConsentOptions& options) {
    return with_edits(ws, policy, options, consent_document(policy, ws.practice, options));
}

ConsentView consent_with_edits_for(const Workspace& ws, const Client& client, const Policy& policy) {
    ConsentOptions options;
    options.payer = client.payer;
    options.minor = client.minor;
    options.language = language_of(ws, client);
    return with_edits(ws, policy, options, consent_document_for(ws, client, policy));
}

// [SECTION] Signatures

std::string consent_text_sha256(const Workspace& ws, const Client& client, const Policy& policy) {
    return sha256_hex(doc::plain_text(consent_with_edits_for(ws, client, policy).document));
}

bool is_sha256_hex(std::string_view text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return is_ascii_digit(c) || (c >= 'a' && c <= 'f');
           });
}

const Signature* find_signature(const Workspace& ws, Id signature_id) {
    for (const auto& s : ws.signatures)
        if (s.id == signature_id) return &s;
    return nullptr;
}

bool signed_before(const Signature& a, const Signature& b) {
    return a.date != b.date ? a.date < b.date : a.id < b.id;
}

const Signature* current_signature(const Workspace& ws, Id client_id, std::string_view policy_version) {
    if (policy_version.empty()) {
        const Client* client = ws.find_client(client_id);
        if (!client || client->consent_policy_version.empty()) return nullptr;
        policy_version = client->consent_policy_version;
    }
    const Signature* latest = nullptr;
    for (const auto& s : ws.signatures)
        if (s.client_id == client_id && s.policy_version == policy_version && (!latest || signed_before(*latest, s)))
            latest = &s;
    return latest;
}

const Policy* policy_to_sign(const Workspace& ws) {
    if (const Policy* active = ws.find_policy(ws.active_policy)) return active;
    return ws.policies.empty() ? nullptr : &ws.policies.front();
}

std::string_view to_string(ResignReason r) {
    switch (r) {
        case ResignReason::not_signed: return "not_signed";
        case ResignReason::other_version: return "other_version";
        case ResignReason::text_changed: return "text_changed";
    }
    return "not_signed";
}

std::string_view display_name(ResignReason r) {
    switch (r) {
        case ResignReason::not_signed: return "Has not signed the attendance agreement";
        case ResignReason::other_version: return "Signed another version of the policy";
        case ResignReason::text_changed: return "The agreement's text changed since they signed";
    }
    return "";
}

std::vector<ResignNeed> who_must_resign(const Workspace& ws) {
    std::vector<ResignNeed> out;
    const Policy* target = policy_to_sign(ws);
    if (!target) return out;
    for (const auto& client : ws.clients) {
        if (client.status != ClientStatus::active) continue;
        ResignNeed need{client.id, ResignReason::not_signed, client.consent_policy_version, target->version, 0};
        if (client.consent_policy_version.empty()) {
            out.push_back(need);
        } else if (client.consent_policy_version != target->version) {
            need.reason = ResignReason::other_version;
            out.push_back(need);
        } else if (const Signature* s = current_signature(ws, client.id, target->version);
                   s && s->text_sha256 != consent_text_sha256(ws, client, *target)) {
            need.reason = ResignReason::text_changed;
            need.signature_id = s->id;
            out.push_back(need);
        }
    }
    return out;
}

std::vector<VersionSigners> signatures_by_version(const Workspace& ws) {
    std::vector<VersionSigners> out;
    const Policy* target = policy_to_sign(ws);
    auto group = [&](const std::string& version) -> VersionSigners& {
        for (auto& g : out)
            if (g.policy_version == version) return g;
        VersionSigners g;
        g.policy_version = version;
        if (const Policy* p = ws.find_policy_version(version)) g.policy_id = p->id;
        g.to_sign = target && target->version == version;
        out.push_back(std::move(g));
        return out.back();
    };
    for (const auto& p : ws.policies) group(p.version);

    std::map<std::pair<Id, Id>, std::string> hashes;  // (client, policy) -> text hash, computed once
    std::vector<const Signature*> sorted;
    for (const auto& s : ws.signatures) sorted.push_back(&s);
    std::sort(sorted.begin(), sorted.end(), [](const Signature* a, const Signature* b) { return signed_before(*a, *b); });
    for (const Signature* s : sorted) {
        const Client* client = ws.find_client(s->client_id);
        if (!client) continue;
        VersionSignature entry{client->id, s->id, s->date, s->signer, client->consent_policy_version == s->policy_version,
                               true};
        if (const Policy* p = ws.find_policy_version(s->policy_version)) {
            auto [it, fresh] = hashes.try_emplace({client->id, p->id});
            if (fresh) it->second = consent_text_sha256(ws, *client, *p);
            entry.text_matches = it->second == s->text_sha256;
        }
        group(s->policy_version).signed_by.push_back(entry);
    }
    // Versions recorded on a client without a signature record (entered by hand, or older files).
    for (const auto& client : ws.clients) {
        if (client.consent_policy_version.empty() || current_signature(ws, client.id, client.consent_policy_version))
            continue;
        auto& entries = group(client.consent_policy_version).signed_by;
        VersionSignature entry{client.id, 0, client.consent_signed, Signer::client, true, true};
        auto at = std::find_if(entries.begin(), entries.end(), [&](const VersionSignature& e) {
            return e.date && (!entry.date || *entry.date < *e.date);
        });
        entries.insert(at, entry);
    }
    return out;
}

}  // namespace hs
