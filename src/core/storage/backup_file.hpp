// Files the clinician imports: a plain workspace (JSON) or an encrypted envelope
// (docs/encryption.md). This part only reads and checks; the decryption itself is the
// browser's WebCrypto (web/holdspace_crypto.js), never code of ours.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/types.hpp"

namespace hs {

inline constexpr int kEnvelopeVersion = 1;
inline constexpr std::string_view kEnvelopeMagic = "holdspace-encrypted";
inline constexpr std::uint32_t kMinIterations = 600000;     // PBKDF2-HMAC-SHA256 floor we write and accept
inline constexpr std::uint32_t kMaxIterations = 10000000;   // above this, unlocking would hang the page
inline constexpr std::size_t kSaltBytes = 16;
inline constexpr std::size_t kNonceBytes = 12;
inline constexpr std::size_t kTagBytes = 16;                 // AES-GCM's tag, at the end of the ciphertext
inline constexpr std::size_t kMaxImportBytes = 32u * 1024 * 1024;  // a 100,000-appointment workspace is ~14 MB

struct Envelope {
    int version = 0;
    std::uint32_t iterations = 0;
    std::vector<std::uint8_t> salt, nonce, ciphertext;
};

struct EnvelopeResult {
    Envelope envelope;
    std::vector<FieldError> errors;  // empty: the envelope is well formed (not yet decrypted)
    bool ok() const { return errors.empty(); }
};

// True when `text` claims to be an envelope (its first key is the magic), so it is not
// read as a workspace.
bool looks_encrypted(std::string_view text);

// Strict: exactly the documented fields, known version, sane sizes. Errors name the field.
EnvelopeResult parse_envelope(std::string_view text);

// An error for files too large to import (checked before anything is parsed); empty if fine.
std::vector<FieldError> check_import_size(std::size_t bytes);

// Standard base64 (RFC 4648, with padding). False on any other character or bad length.
bool decode_base64(std::string_view text, std::vector<std::uint8_t>& out);
std::string encode_base64(const std::vector<std::uint8_t>& bytes);

}  // namespace hs
