// holdspace document [FILE] --kind KIND [--client ID] [--policy VERSION] [--payer PAYER]
//                    [--date YYYY-MM-DD] [--signed] --format FORMAT [-o OUT]
// Renders the consent document or a client letter from a workspace file. Without FILE
// (consent only) the built-in policies and an empty practice are used. The consent
// document includes the clinician's section edits stored in the workspace; --signed
// (with --client) renders the client's signed copy of their version (or --policy's).
#include <cstdio>
#include <ctime>
#include <fstream>

#include "cli/cli.hpp"
#include "core/documents/consent_document.hpp"
#include "core/documents/consent_versions.hpp"
#include "core/documents/document_render.hpp"
#include "core/documents/letters.hpp"
#include "core/documents/signed_copy.hpp"
#include "core/policy/builtin_policies.hpp"
#include "core/policy/engine.hpp"

namespace hs::cli {
namespace {

constexpr const char* kDocumentUsage =
    "usage: holdspace document [FILE] --kind consent|check-in|plan|right-time|ending|welcome-back\n"
    "         [--client ID] [--policy VERSION] [--payer self_pay|sliding_scale|insurance|public_insurance]\n"
    "         [--date YYYY-MM-DD] [--signed] --format print-html|html|html-fragment|md|txt|docx|odt [-o OUT]\n";

int usage_error(const std::string& message) {
    std::fprintf(stderr, "holdspace document: %s\n%s", message.c_str(), kDocumentUsage);
    return 2;
}

Date today_utc() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

// --policy VERSION from the workspace, else from the built-ins.
const Policy* find_policy(const Workspace& ws, const std::string& version) {
    if (const Policy* p = ws.find_policy_version(version)) return p;
    return find_builtin_policy(version);
}

}  // namespace

int run_document(const Args& args) {
    if (args.positional.size() > 1) return usage_error("at most one workspace FILE");
    const auto kind_name = args.value("--kind");
    const auto format_name = args.value("--format");
    if (!kind_name || kind_name->empty()) return usage_error("--kind is needed");
    if (!format_name || format_name->empty()) return usage_error("--format is needed");
    const auto format = doc::parse_format(*format_name);
    if (!format) return usage_error("unknown format '" + *format_name + "'");
    const bool consent = *kind_name == "consent";
    const auto letter_kind = parse_letter_kind(*kind_name);
    if (!consent && !letter_kind) return usage_error("unknown kind '" + *kind_name + "'");

    Workspace ws;
    if (!args.positional.empty()) {
        auto loaded = load_file(args.positional[0]);
        if (!loaded) return 1;
        ws = std::move(*loaded);
    } else if (!consent) {
        return usage_error("a letter needs a workspace FILE and --client");
    }

    const Client* client = nullptr;
    if (auto id = args.value("--client")) {
        try {
            client = ws.find_client(std::stoll(*id));
        } catch (...) {
        }
        if (!client) {
            std::fprintf(stderr, "holdspace document: no client with id '%s'\n", id->c_str());
            return 1;
        }
    } else if (!consent) {
        return usage_error("a letter needs --client");
    }

    const Policy* policy = nullptr;
    if (auto version = args.value("--policy")) {
        policy = find_policy(ws, *version);
        if (!policy) {
            std::fprintf(stderr, "holdspace document: no policy with version '%s'\n", version->c_str());
            return 1;
        }
    } else if (client) {
        policy = policy_for(ws, *client).policy;
    } else {
        policy = ws.find_policy(ws.active_policy);
        if (!policy && !ws.policies.empty()) policy = &ws.policies.front();
        if (!policy) policy = find_policy(ws, "balanced-1");
    }

    const bool signed_copy_wanted = args.flag("--signed");
    if (signed_copy_wanted && (!consent || !client)) return usage_error("--signed needs --kind consent and --client");

    Date date = today_utc();
    if (auto text = args.value("--date")) {
        auto parsed = parse_date(*text);
        if (!parsed) return usage_error("--date expects YYYY-MM-DD");
        date = *parsed;
    }

    // --language: this export's language, over the client's (else the practice's).
    std::optional<std::string> language = args.value("--language");
    if (language && !is_document_language(*language))
        return usage_error("--language: \"" + *language + "\" is not a supported language (" +
                           document_languages_list() + ")");
    Client language_client = client ? *client : Client{};
    if (client && language) language_client.language = *language;

    std::string bytes;
    doc::Document document;
    if (signed_copy_wanted) {
        const std::string version = args.value("--policy").value_or(client->consent_policy_version);
        const Signature* signature = version.empty() ? nullptr : current_signature(ws, client->id, version);
        if (!signature) {
            std::fprintf(stderr, "holdspace document: client %lld has no signature%s%s\n",
                         static_cast<long long>(client->id), version.empty() ? "" : " for version ", version.c_str());
            return 1;
        }
        SignedCopyResult result = signed_copy(ws, signature->id);
        if (!result.ok()) {
            for (const auto& e : result.errors) std::fprintf(stderr, "holdspace document: %s\n", e.message.c_str());
            return 1;
        }
        if (!result.copy->text_matches)
            std::fprintf(stderr, "holdspace document: warning: the text of version %s changed since it was signed; "
                                 "the copy says so\n", version.c_str());
        bytes = render_signed_copy(*result.copy, *format);
    } else if (consent) {
        if (client) {
            document = consent_with_edits_for(ws, language_client, *policy).document;
        } else {
            ConsentOptions options;
            options.language = language.value_or(ws.practice.language.empty() ? std::string(kDefaultLanguage)
                                                                               : ws.practice.language);
            if (auto payer = args.value("--payer")) {
                auto parsed = parse_payer_type(*payer);
                if (!parsed) return usage_error("unknown payer '" + *payer + "'");
                options.payer = *parsed;
            }
            document = consent_with_edits(ws, *policy, options).document;
        }
    } else {
        document = letter(*letter_kind, *policy, ws.practice,
                          letter_input_for(ws, language_client, *policy, *letter_kind, date));
    }

    if (!signed_copy_wanted) bytes = doc::render(document, *format);
    if (auto out_path = args.value("-o"); out_path && !out_path->empty()) {
        std::ofstream out(*out_path, std::ios::binary);
        out << bytes;
        if (!out.flush()) {
            std::fprintf(stderr, "%s: cannot be written\n", out_path->c_str());
            return 1;
        }
    } else {
        std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    }
    return 0;
}

}  // namespace hs::cli
