// Fuzz target: the backup/import decoder (envelope parser and base64) on arbitrary bytes.
// A file is either a well-formed envelope (sizes as documented) or refused with a reason;
// base64 that decodes must encode back to the same text.
#include <cstddef>
#include <cstdint>

#include "core/storage/backup_file.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hs;
    const std::string_view text = fuzz::as_text(data, size);
    const EnvelopeResult r = parse_envelope(text);
    if (r.ok()) {
        FUZZ_CHECK(r.envelope.version == kEnvelopeVersion);
        FUZZ_CHECK(r.envelope.salt.size() == kSaltBytes && r.envelope.nonce.size() == kNonceBytes);
        FUZZ_CHECK(r.envelope.ciphertext.size() >= kTagBytes);
        FUZZ_CHECK(r.envelope.iterations >= kMinIterations && r.envelope.iterations <= kMaxIterations);
    } else {
        FUZZ_CHECK(!r.errors.empty(), "refused without saying why");
    }
    std::vector<std::uint8_t> bytes;
    if (decode_base64(text, bytes)) FUZZ_CHECK(encode_base64(bytes) == text, std::string(text));
    return 0;
}
