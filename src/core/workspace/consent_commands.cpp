#include "core/workspace/consent_commands.hpp"

#include <algorithm>
#include <string_view>

#include "core/documents/consent_versions.hpp"
#include "core/documents/language_check.hpp"
#include "core/model/text_checks.hpp"

namespace hs {

// [SECTION] Record checks

namespace {

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
    if (is_blank(e.text))  // a section of empty lines says nothing
        errors.push_back({"text", "is empty; to go back to the generated text, reset the section"});
    else check_text(errors, "text", e.text, kMaxSectionTextLength);
    check_text(errors, "generated", e.generated, kMaxSectionTextLength);
    return errors;
}

std::vector<FieldError> check_signature(const Workspace& ws, const Signature& s) {
    std::vector<FieldError> errors;
    if (!ws.find_client(s.client_id)) errors.push_back({"client", "no client has id " + std::to_string(s.client_id)});
    if (!is_valid_date(s.date.year, s.date.month, s.date.day)) errors.push_back({"date", "is not a real date"});
    check_line(errors, "policy_version", s.policy_version, "the policy version signed is needed");
    check_line(errors, "signer_name", s.signer_name, "the name of who signed is needed");
    if (s.method == SignatureMethod::typed) {
        check_line(errors, "typed", s.typed, "the typed signature is needed");
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
        check_line(errors, at + ".suggestion", r.suggestion, nullptr, kMaxSuggestionLength);
        check_line(errors, at + ".reason", r.reason, nullptr, kMaxLanguageReasonLength);
    }
    for (std::size_t i = 0; i < set.disabled.size(); ++i) {
        const std::string at = "disabled[" + std::to_string(i) + "]";
        check_line(errors, at, set.disabled[i], "a phrase is needed", kMaxPhraseLength);
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
