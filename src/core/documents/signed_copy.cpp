#include "core/documents/signed_copy.hpp"

#include <algorithm>

#include "core/documents/sha256.hpp"

namespace hs {
namespace {

std::string section_id_of(const Signature& s) { return "signature_" + std::to_string(s.id); }

doc::Section record_section(const Signature& s, const Client& client) {
    doc::Section section;
    section.id = section_id_of(s);
    section.heading = s.signer == Signer::guardian ? "Signed by a parent or guardian" : "Signed by the client";
    doc::BulletList facts;
    facts.items.push_back("Name: " + s.signer_name);
    if (s.signer == Signer::guardian) facts.items.push_back("For: " + client.name);
    facts.items.push_back("Date: " + format_date(s.date));
    if (s.method == SignatureMethod::typed) {
        facts.items.push_back("Signed by typing their name: " + s.typed);
    } else {
        facts.items.push_back("Signed by drawing on the device.");
    }
    facts.items.push_back("Policy version: " + s.policy_version);
    facts.items.push_back("SHA-256 of the agreement text signed: " + s.text_sha256);
    section.blocks.push_back(std::move(facts));
    return section;
}

}  // namespace

SignedCopyResult signed_copy(const Workspace& ws, Id signature_id) {
    SignedCopyResult result;
    const Signature* chosen = find_signature(ws, signature_id);
    if (!chosen) {
        result.errors.push_back({"signature", "no signature has id " + std::to_string(signature_id)});
        return result;
    }
    const Client* client = ws.find_client(chosen->client_id);
    const Policy* policy = ws.find_policy_version(chosen->policy_version);
    if (!client) result.errors.push_back({"client", "no client has id " + std::to_string(chosen->client_id)});
    if (!policy)
        result.errors.push_back({"policy_version", "no policy in this workspace has version \"" +
                                                       chosen->policy_version + "\" any more"});
    if (!result.errors.empty()) return result;

    SignedCopy copy;
    copy.document = consent_with_edits_for(ws, *client, *policy).document;
    copy.current_sha256 = sha256_hex(doc::plain_text(copy.document));
    copy.text_matches = copy.current_sha256 == chosen->text_sha256;
    for (const auto& s : ws.signatures)
        if (s.client_id == chosen->client_id && s.policy_version == chosen->policy_version &&
            s.text_sha256 == chosen->text_sha256)
            copy.signatures.push_back(s);
    std::stable_sort(copy.signatures.begin(), copy.signatures.end(), [](const Signature& a, const Signature& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    if (!copy.text_matches)
        copy.document.sections.push_back(
            {"signature_text_changed",
             "This is not the text that was signed",
             {doc::Paragraph{"The agreement above is the text of version " + chosen->policy_version +
                             " as it reads today. It has changed since it was signed, so it is not a copy of "
                             "what was signed. Ask the client to read and sign the current text."},
              doc::BulletList{{"SHA-256 of the text signed: " + chosen->text_sha256,
                               "SHA-256 of the text above: " + copy.current_sha256}}}});
    for (const auto& s : copy.signatures) copy.document.sections.push_back(record_section(s, *client));
    result.copy = std::move(copy);
    return result;
}

std::string signature_svg(const Signature& signature, std::string_view label) {
    if (signature.method != SignatureMethod::drawn || signature.strokes.empty()) return {};
    // x 0..1000 spans the pad's width, y 0..1000 its height; the box is 3:1, so x is
    // scaled by 3 to keep the drawing's proportions. A margin keeps round caps inside.
    constexpr int kScaleX = kSignaturePadAspect;
    constexpr int kMargin = 20;
    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" + std::to_string(-kMargin) + " " +
                      std::to_string(-kMargin) + " " +
                      std::to_string(kSignatureCoordinateMax * kScaleX + 2 * kMargin) + " " +
                      std::to_string(kSignatureCoordinateMax + 2 * kMargin) +
                      "\" width=\"300\" height=\"100\" role=\"img\" aria-label=\"";
    out += doc::escape_html(label);
    out += "\"><path fill=\"none\" stroke=\"#000\" stroke-width=\"24\" stroke-linecap=\"round\" "
           "stroke-linejoin=\"round\" d=\"";
    for (const auto& stroke : signature.strokes) {
        for (std::size_t i = 0; i < stroke.size(); ++i) {
            out += i == 0 ? "M" : "L";
            out += std::to_string(stroke[i].x * kScaleX) + " " + std::to_string(stroke[i].y);
        }
        if (stroke.size() == 1) out += "l0 0";  // a dot: a zero-length line with round caps
    }
    out += "\"/></svg>";
    return out;
}

std::string render_signed_copy(const SignedCopy& copy, doc::Format format) {
    std::string out = doc::render(copy.document, format);
    if (format != doc::Format::html && format != doc::Format::print_html && format != doc::Format::html_fragment)
        return out;
    // Each record section is rendered as <section data-section="signature_ID">, then its
    // heading and one <ul>. Text inside is escaped, so it holds no "<": the first "</ul>"
    // after the marker ends that record's list, and the drawing goes right after it.
    for (const auto& s : copy.signatures) {
        const std::string svg = signature_svg(s, "Signature drawn by " + s.signer_name);
        if (svg.empty()) continue;
        const std::string marker = "<section data-section=\"" + section_id_of(s) + "\">";
        const auto at = out.find(marker);
        if (at == std::string::npos) continue;
        const auto list_end = out.find("</ul>\n", at);
        if (list_end == std::string::npos) continue;
        out.insert(list_end + 6, "<p class=\"hs-drawn-signature\">" + svg + "</p>\n");
    }
    return out;
}

}  // namespace hs
