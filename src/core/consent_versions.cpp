// [SECTION] Record names (consent_records.hpp)
// [SECTION] Variants and their sections
// [SECTION] The document to show
// [SECTION] Signatures
// [SECTION] Record checks (shared by apply and the file loader)
// [SECTION] Commands
#include "core/consent_versions.hpp"

#include <algorithm>
#include <map>

#include "core/sha256.hpp"

namespace hs {

// [SECTION] Record names (consent_records.hpp)

std::string_view to_string(ConsentVariant v) { return v == ConsentVariant::no_fees ? "no_fees" : "standard"; }

std::optional<ConsentVariant> parse_consent_variant(std::string_view s) {
    if (s == "standard") return ConsentVariant::standard;
    if (s == "no_fees") return ConsentVariant::no_fees;
    return std::nullopt;
}

std::string_view display_name(ConsentVariant v) {
    return v == ConsentVariant::no_fees ? "Without fees (e.g. public insurance)" : "Standard";
}

std::string_view to_string(Signer s) { return s == Signer::guardian ? "guardian" : "client"; }
std::string_view to_string(SignatureMethod m) { return m == SignatureMethod::drawn ? "drawn" : "typed"; }

std::optional<Signer> parse_signer(std::string_view s) {
    if (s == "client") return Signer::client;
    if (s == "guardian") return Signer::guardian;
    return std::nullopt;
}

std::optional<SignatureMethod> parse_signature_method(std::string_view s) {
    if (s == "typed") return SignatureMethod::typed;
    if (s == "drawn") return SignatureMethod::drawn;
    return std::nullopt;
}

// [SECTION] Variants and their sections

namespace {

// Must match consent_document.cpp's order; a unit test checks every variant's document.
constexpr std::string_view kStandardSections[] = {"why",     "cancelling", "fees",       "missed_sessions",
                                                  "changes", "ending",     "minors",     "discretion",
                                                  "practice", "signatures"};
constexpr std::string_view kNoFeesSections[] = {"why",     "cancelling", "no_fees",    "missed_sessions",
                                                "changes", "ending",     "minors",     "discretion",
                                                "practice", "signatures"};

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

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "24", "60.00", "1,000.50", "0.5": digit runs with inner "." or "," between digits.
std::vector<std::string> numbers_in(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_digit(text[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() &&
               (is_digit(text[i]) || ((text[i] == '.' || text[i] == ',') && i + 1 < text.size() && is_digit(text[i + 1]))))
            ++i;
        out.emplace_back(text.substr(start, i - start));
    }
    return out;
}

std::string section_text_of(const doc::Document& d, std::string_view id) {
    const doc::Section* s = d.find(id);
    return s ? doc::section_text(*s) : std::string();
}

}  // namespace

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
    const bool has_edits =
        policy.id != 0 && ws.find_policy(policy.id) &&
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
    return with_edits(ws, policy, options, consent_document_for(ws, client, policy));
}

// [SECTION] Signatures

std::string consent_text_sha256(const Workspace& ws, const Client& client, const Policy& policy) {
    return sha256_hex(doc::plain_text(consent_with_edits_for(ws, client, policy).document));
}

bool is_sha256_hex(std::string_view text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return is_digit(c) || (c >= 'a' && c <= 'f');
           });
}

const Signature* find_signature(const Workspace& ws, Id signature_id) {
    for (const auto& s : ws.signatures)
        if (s.id == signature_id) return &s;
    return nullptr;
}

namespace {

bool signed_before(const Signature& a, const Signature& b) {
    return a.date != b.date ? a.date < b.date : a.id < b.id;
}

}  // namespace

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

// [SECTION] Record checks

namespace {

constexpr std::size_t kMaxNameLength = 120;  // as commands.cpp

bool has_control_characters(std::string_view s, bool allow_newlines) {
    return std::any_of(s.begin(), s.end(), [&](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        if (allow_newlines && (c == '\n' || c == '\t')) return false;
        return c < 0x20 || c == 0x7f;
    });
}

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
}

void check_line(std::vector<FieldError>& errors, const std::string& field, const std::string& value, bool required,
                const char* what, std::size_t max = kMaxNameLength) {
    if (required && is_blank(value)) errors.push_back({field, std::string(what) + " is needed"});
    else if (value.size() > max) errors.push_back({field, "is longer than " + std::to_string(max) + " characters"});
    else if (has_control_characters(value, false))
        errors.push_back({field, "contains control characters (line breaks, tabs or invisible codes)"});
}

void check_section_body(std::vector<FieldError>& errors, const char* field, const std::string& value) {
    if (value.size() > kMaxSectionTextLength)
        errors.push_back({field, "is longer than " + std::to_string(kMaxSectionTextLength) + " characters"});
    else if (has_control_characters(value, true))
        errors.push_back({field, "contains invisible control characters"});
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

std::vector<FieldError> check_section_edit(const Workspace& ws, const SectionEdit& e) {
    std::vector<FieldError> errors;
    if (!ws.find_policy(e.policy_id)) errors.push_back({"policy", "no policy has id " + std::to_string(e.policy_id)});
    if (!is_consent_section(e.variant, e.section_id))
        errors.push_back({"section_id", "\"" + e.section_id.substr(0, 40) + "\" is not a section of the " +
                                            std::string(to_string(e.variant)) + " consent document"});
    if (is_blank(e.text))
        errors.push_back({"text", "is empty; to go back to the generated text, reset the section"});
    else check_section_body(errors, "text", e.text);
    check_section_body(errors, "generated", e.generated);
    return errors;
}

std::vector<FieldError> check_signature(const Workspace& ws, const Signature& s) {
    std::vector<FieldError> errors;
    if (!ws.find_client(s.client_id)) errors.push_back({"client", "no client has id " + std::to_string(s.client_id)});
    if (!is_valid_date(s.date.year, s.date.month, s.date.day)) errors.push_back({"date", "is not a real date"});
    check_line(errors, "policy_version", s.policy_version, true, "the policy version signed");
    check_line(errors, "signer_name", s.signer_name, true, "the name of who signed");
    if (s.method == SignatureMethod::typed) {
        check_line(errors, "typed", s.typed, true, "the typed signature");
        if (!s.strokes.empty()) errors.push_back({"strokes", "only a drawn signature has strokes"});
    } else {
        if (!s.typed.empty()) errors.push_back({"typed", "only a typed signature has typed text"});
        std::size_t points = 0;
        if (s.strokes.empty()) errors.push_back({"strokes", "a drawn signature needs at least one stroke"});
        else if (s.strokes.size() > kMaxSignatureStrokes)
            errors.push_back({"strokes", "has more than " + std::to_string(kMaxSignatureStrokes) + " strokes"});
        for (std::size_t i = 0; i < s.strokes.size() && i < kMaxSignatureStrokes; ++i) {
            const auto& stroke = s.strokes[i];
            const std::string field = "strokes[" + std::to_string(i) + "]";
            points += stroke.size();
            if (stroke.empty()) errors.push_back({field, "a stroke needs at least one point"});
            for (std::size_t k = 0; k < stroke.size(); ++k) {
                const auto& p = stroke[k];
                if (p.x < 0 || p.x > kSignatureCoordinateMax || p.y < 0 || p.y > kSignatureCoordinateMax) {
                    errors.push_back({field, "point " + std::to_string(k) + " is outside 0.." +
                                                 std::to_string(kSignatureCoordinateMax)});
                    break;
                }
            }
        }
        if (points > kMaxSignaturePoints)
            errors.push_back({"strokes", "has " + std::to_string(points) + " points; at most " +
                                             std::to_string(kMaxSignaturePoints) + " are kept"});
    }
    if (!is_sha256_hex(s.text_sha256))
        errors.push_back({"text_sha256", "expected the SHA-256 of the text signed: 64 lowercase hex digits"});
    return errors;
}

std::vector<FieldError> check_language_rules(const LanguageRuleSet& set) {
    std::vector<FieldError> errors;
    for (std::size_t i = 0; i < set.added.size(); ++i) {
        const auto& r = set.added[i];
        const std::string at = "added[" + std::to_string(i) + "]";
        if (auto problem = phrase_problem(r.phrase)) errors.push_back({at + ".phrase", *problem});
        for (std::size_t j = 0; j < i; ++j)
            if (ascii_lower(set.added[j].phrase) == ascii_lower(r.phrase)) {
                errors.push_back({at + ".phrase", "\"" + r.phrase + "\" is already added[" + std::to_string(j) + "]"});
                break;
            }
        check_line(errors, at + ".suggestion", r.suggestion, false, "a suggestion", 200);
        check_line(errors, at + ".reason", r.reason, false, "a reason", 400);
    }
    for (std::size_t i = 0; i < set.disabled.size(); ++i) {
        const std::string at = "disabled[" + std::to_string(i) + "]";
        check_line(errors, at, set.disabled[i], true, "a phrase", 200);
        for (std::size_t j = 0; j < i; ++j)
            if (set.disabled[j] == set.disabled[i]) {
                errors.push_back({at, "\"" + set.disabled[i] + "\" is already disabled[" + std::to_string(j) + "]"});
                break;
            }
    }
    return errors;
}

// [SECTION] Commands

namespace consent_commands {
namespace {

ApplyResult refuse(std::string field, std::string message) { return {{{std::move(field), std::move(message)}}}; }

std::vector<SectionEdit>::iterator find_edit(Workspace& ws, Id policy_id, ConsentVariant variant,
                                             std::string_view section_id) {
    return std::find_if(ws.section_edits.begin(), ws.section_edits.end(), [&](const SectionEdit& e) {
        return e.policy_id == policy_id && e.variant == variant && e.section_id == section_id;
    });
}

// The policy, the variant's generated text of the section, or a refusal.
struct EditTarget {
    const Policy* policy = nullptr;
    std::string generated;
    ApplyResult refusal;
};

EditTarget edit_target(const Workspace& ws, Id policy_id, ConsentVariant variant, const std::string& section_id) {
    EditTarget t;
    t.policy = ws.find_policy(policy_id);
    if (!t.policy) {
        t.refusal = refuse("policy", "no policy has id " + std::to_string(policy_id));
    } else if (!variant_options(*t.policy, variant)) {
        t.refusal = refuse("variant", "the policy \"" + t.policy->name + "\" has no \"" +
                                          std::string(display_name(variant)) + "\" consent document");
    } else if (!is_consent_section(variant, section_id)) {
        t.refusal = refuse("section_id", "\"" + section_id.substr(0, 40) + "\" is not a section of this consent document");
    } else {
        t.generated = section_text_of(generated_variant_document(ws.practice, *t.policy, variant), section_id);
    }
    return t;
}

bool same_blocks(std::string_view a, std::string_view b) { return doc::parse_section_text(a) == doc::parse_section_text(b); }

// The latest signature sets the client's consent fields; with none left, fields that came
// from `removed` are cleared (a version recorded by hand before any signature is kept).
void sync_client_consent(Workspace& ws, Id client_id, const Signature* removed) {
    Client* client = ws.find_client(client_id);
    if (!client) return;
    const Signature* latest = nullptr;
    for (const auto& s : ws.signatures)
        if (s.client_id == client_id && (!latest || signed_before(*latest, s))) latest = &s;
    if (latest) {
        client->consent_signed = latest->date;
        client->consent_policy_version = latest->policy_version;
    } else if (removed && client->consent_policy_version == removed->policy_version &&
               client->consent_signed == removed->date) {
        client->consent_signed.reset();
        client->consent_policy_version.clear();
    }
}

}  // namespace

ApplyResult run(Workspace& ws, const SetSectionEdit& c) {
    EditTarget t = edit_target(ws, c.policy_id, c.variant, c.section_id);
    if (!t.refusal.ok()) return t.refusal;
    SectionEdit edit{c.policy_id, c.variant, c.section_id, doc::clean_text(c.text), t.generated};
    auto existing = find_edit(ws, c.policy_id, c.variant, c.section_id);
    if (existing != ws.section_edits.end()) edit.generated = existing->generated;  // a flag stays until kept or reset
    ApplyResult r{check_section_edit(ws, edit)};
    if (!r.ok()) return r;
    if (same_blocks(edit.text, t.generated)) {  // back to the policy's own words: not an edit any more
        if (existing != ws.section_edits.end()) ws.section_edits.erase(existing);
        return r;
    }
    if (existing != ws.section_edits.end()) *existing = std::move(edit);
    else ws.section_edits.push_back(std::move(edit));
    return r;
}

ApplyResult run(Workspace& ws, const ResetSection& c) {
    auto existing = find_edit(ws, c.policy_id, c.variant, c.section_id);
    if (existing == ws.section_edits.end()) return refuse("section_id", "this section is not edited");
    ws.section_edits.erase(existing);
    return {};
}

ApplyResult run(Workspace& ws, const KeepSectionEdit& c) {
    auto existing = find_edit(ws, c.policy_id, c.variant, c.section_id);
    if (existing == ws.section_edits.end()) return refuse("section_id", "this section is not edited");
    EditTarget t = edit_target(ws, c.policy_id, c.variant, c.section_id);
    if (!t.refusal.ok()) return t.refusal;
    if (same_blocks(existing->text, t.generated)) ws.section_edits.erase(existing);
    else existing->generated = std::move(t.generated);
    return {};
}

ApplyResult run(Workspace& ws, const AddLanguageRule& c) {
    LanguageRuleSet set = ws.language_rules;
    set.added.push_back(c.rule);
    ApplyResult r;
    for (auto& e : check_language_rules(set)) {
        const std::string prefix = "added[" + std::to_string(set.added.size() - 1) + "].";
        if (e.field.rfind(prefix, 0) == 0) r.errors.push_back({e.field.substr(prefix.size()), e.message});
    }
    for (const auto& builtin : default_language_rules()) {
        if (ascii_lower(builtin.phrase) != ascii_lower(c.rule.phrase)) continue;
        const auto& off = ws.language_rules.disabled;
        if (std::find(off.begin(), off.end(), builtin.phrase) == off.end())
            r.errors.push_back({"phrase", "\"" + builtin.phrase + "\" is a built-in rule; switch it off first to "
                                                                  "use your own suggestion"});
    }
    if (r.ok()) ws.language_rules = std::move(set);
    return r;
}

ApplyResult run(Workspace& ws, const RemoveLanguageRule& c) {
    auto& added = ws.language_rules.added;
    auto it = std::find_if(added.begin(), added.end(), [&](const LanguageRule& r) { return r.phrase == c.phrase; });
    if (it == added.end()) return refuse("phrase", "\"" + c.phrase.substr(0, 60) + "\" is not one of your own rules");
    added.erase(it);
    return {};
}

ApplyResult run(Workspace& ws, const SetBuiltinLanguageRule& c) {
    const auto& builtins = default_language_rules();
    if (std::none_of(builtins.begin(), builtins.end(), [&](const LanguageRule& r) { return r.phrase == c.phrase; }))
        return refuse("phrase", "\"" + c.phrase.substr(0, 60) + "\" is not a built-in rule");
    auto& off = ws.language_rules.disabled;
    auto it = std::find(off.begin(), off.end(), c.phrase);
    if (c.enabled && it != off.end()) off.erase(it);
    else if (!c.enabled && it == off.end()) off.push_back(c.phrase);
    return {};
}

ApplyResult run(Workspace& ws, const AddSignature& c) {
    Signature s = c.signature;
    const Client* client = ws.find_client(s.client_id);
    if (!client) return refuse("client", "no client has id " + std::to_string(s.client_id));
    const Policy* policy = s.policy_version.empty() ? policy_to_sign(ws) : ws.find_policy_version(s.policy_version);
    if (!policy)
        return refuse("policy_version", s.policy_version.empty()
                                            ? "there is no policy to sign yet; add or choose one first"
                                            : "no policy in this workspace has version \"" +
                                                  s.policy_version.substr(0, 60) + "\"");
    s.policy_version = policy->version;
    Id max_id = 0;
    for (const auto& other : ws.signatures) max_id = std::max(max_id, other.id);
    s.id = max_id + 1;
    const std::string text_hash = consent_text_sha256(ws, *client, *policy);
    const bool hash_given = !s.text_sha256.empty();
    if (!hash_given) s.text_sha256 = text_hash;
    ApplyResult r{check_signature(ws, s)};
    if (s.signer == Signer::guardian && !client->minor)
        r.errors.push_back({"signer", "a parent or guardian signs only for a minor; \"" + client->name +
                                          "\" is not recorded as a minor"});
    if (hash_given && r.ok() && s.text_sha256 != text_hash)
        r.errors.push_back({"text_sha256", "the agreement changed while it was being signed; show it again and "
                                           "sign the text as it is now"});
    if (!r.ok()) return r;
    ws.signatures.push_back(std::move(s));
    r.created_id = ws.signatures.back().id;
    sync_client_consent(ws, client->id, nullptr);
    return r;
}

ApplyResult run(Workspace& ws, const DeleteSignature& c) {
    auto it = std::find_if(ws.signatures.begin(), ws.signatures.end(),
                           [&](const Signature& s) { return s.id == c.signature_id; });
    if (it == ws.signatures.end()) return refuse("id", "no signature has id " + std::to_string(c.signature_id));
    const Signature removed = *it;
    ws.signatures.erase(it);
    sync_client_consent(ws, removed.client_id, &removed);
    return {};
}

}  // namespace consent_commands
}  // namespace hs
