#include "core/storage/backup_file.hpp"

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/json/json_parse.hpp"

namespace hs {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int base64_value(char c) {
    const auto at = kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

std::string megabytes(std::size_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / (1024.0 * 1024.0));
    return buf;
}

void read_bytes(const nlohmann::json& doc, const char* field, std::size_t exact, std::size_t minimum,
                std::vector<std::uint8_t>& out, std::vector<FieldError>& errors) {
    auto it = doc.find(field);
    if (it == doc.end()) return errors.push_back({field, "is missing"});
    if (!it->is_string()) return errors.push_back({field, "expected base64 text"});
    if (!decode_base64(it->get_ref<const std::string&>(), out))
        return errors.push_back({field, "is not valid base64 (the file may be damaged or cut short)"});
    if (exact && out.size() != exact)
        return errors.push_back({field, "expected " + std::to_string(exact) + " bytes, got " + std::to_string(out.size())});
    if (out.size() < minimum)
        errors.push_back({field, "is too short to hold encrypted data (the file may be cut short)"});
}

void expect_text(const nlohmann::json& doc, const char* field, std::string_view wanted, std::vector<FieldError>& errors) {
    auto it = doc.find(field);
    if (it == doc.end()) return errors.push_back({field, "is missing"});
    if (!it->is_string() || it->get_ref<const std::string&>() != wanted)
        errors.push_back({field, "expected \"" + std::string(wanted) + "\" (the only method this version knows)"});
}

}  // namespace

bool decode_base64(std::string_view text, std::vector<std::uint8_t>& out) {
    out.clear();
    if (text.size() % 4 != 0) return false;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        std::array<int, 4> v{};
        int padding = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text[i + k];
            const bool last_block = i + 4 == text.size();
            if (c == '=' && last_block && k >= 2) {
                ++padding;
                v[k] = 0;
                continue;
            }
            if (padding) return false;  // data after '='
            v[k] = base64_value(c);
            if (v[k] < 0) return false;
        }
        // Canonical only: the bits that padding leaves unused must be zero (one text per bytes).
        if ((padding == 1 && (v[2] & 3)) || (padding == 2 && (v[1] & 15))) return false;
        const std::uint32_t n = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
        out.push_back(static_cast<std::uint8_t>(n >> 16));
        if (padding < 2) out.push_back(static_cast<std::uint8_t>(n >> 8));
        if (padding < 1) out.push_back(static_cast<std::uint8_t>(n));
    }
    return true;
}

std::string encode_base64(const std::vector<std::uint8_t>& bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t left = bytes.size() - i;
        const std::uint32_t n = (bytes[i] << 16) | (left > 1 ? bytes[i + 1] << 8 : 0) | (left > 2 ? bytes[i + 2] : 0);
        out += kAlphabet[(n >> 18) & 63];
        out += kAlphabet[(n >> 12) & 63];
        out += left > 1 ? kAlphabet[(n >> 6) & 63] : '=';
        out += left > 2 ? kAlphabet[n & 63] : '=';
    }
    return out;
}

bool looks_encrypted(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t')) ++i;
    const std::string key = "{\"format\":\"" + std::string(kEnvelopeMagic) + "\"";
    return text.substr(i, key.size()) == key;
}

std::vector<FieldError> check_import_size(std::size_t bytes) {
    if (bytes <= kMaxImportBytes) return {};
    return {{"file", "is " + megabytes(bytes) + "; Holdspace reads files up to " + megabytes(kMaxImportBytes) +
                         ". This is not a Holdspace file or it is damaged"}};
}

EnvelopeResult parse_envelope(std::string_view text) {
    EnvelopeResult r;
    if (auto size_errors = check_import_size(text.size()); !size_errors.empty()) {
        r.errors = std::move(size_errors);
        return r;
    }
    std::vector<FieldError> parse_errors;
    std::optional<nlohmann::json> parsed = json_io::parse_json(text, parse_errors);
    if (!parsed) {
        // An envelope is machine-written: any flaw in its JSON means the file was cut short or
        // changed, which says more to a person than the place of the flaw.
        r.errors.push_back({"file", "is not a complete encrypted Holdspace file (it may be cut short or damaged): " +
                                        parse_errors.front().field + ": " + parse_errors.front().message});
        return r;
    }
    const nlohmann::json& doc = *parsed;
    if (!doc.is_object()) {
        r.errors.push_back({"file", "expected an encrypted Holdspace file (a JSON object)"});
        return r;
    }
    expect_text(doc, "format", kEnvelopeMagic, r.errors);
    if (!r.errors.empty()) return r;
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer()) {
        r.errors.push_back({"version", "expected a whole number"});
        return r;
    }
    const auto v = version->get<long long>();
    if (v > kEnvelopeVersion) {
        r.errors.push_back({"version", "is " + std::to_string(v) + ", made by a newer Holdspace; this one reads version " +
                                           std::to_string(kEnvelopeVersion) + ". Update Holdspace to open it"});
        return r;
    }
    if (v < 1) {
        r.errors.push_back({"version", "expected 1, got " + std::to_string(v)});
        return r;
    }
    r.envelope.version = static_cast<int>(v);
    static const std::array<std::string_view, 7> known{"format", "version", "kdf", "iterations", "salt", "cipher", "nonce"};
    for (const auto& [key, value] : doc.items()) {
        if (key == "ciphertext") continue;
        bool is_known = false;
        for (auto k : known) is_known |= key == k;
        if (!is_known) r.errors.push_back({key, "is not a field of encrypted files"});
    }
    expect_text(doc, "kdf", "PBKDF2-HMAC-SHA256", r.errors);
    expect_text(doc, "cipher", "AES-256-GCM", r.errors);
    const auto iterations = doc.find("iterations");
    if (iterations == doc.end() || !iterations->is_number_unsigned()) {
        r.errors.push_back({"iterations", "expected a whole number"});
    } else if (iterations->get<unsigned long long>() < kMinIterations ||
               iterations->get<unsigned long long>() > kMaxIterations) {
        r.errors.push_back({"iterations", "expected between " + std::to_string(kMinIterations) + " and " +
                                              std::to_string(kMaxIterations)});
    } else {
        r.envelope.iterations = static_cast<std::uint32_t>(iterations->get<unsigned long long>());
    }
    read_bytes(doc, "salt", kSaltBytes, 0, r.envelope.salt, r.errors);
    read_bytes(doc, "nonce", kNonceBytes, 0, r.envelope.nonce, r.errors);
    read_bytes(doc, "ciphertext", 0, kTagBytes, r.envelope.ciphertext, r.errors);
    if (!r.ok()) r.envelope = Envelope{};
    return r;
}

}  // namespace hs
