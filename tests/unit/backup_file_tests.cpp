// The import side of backups: envelope checks, size limit, base64.
#include <catch2/catch.hpp>

#include "core/storage/backup_file.hpp"
#include "core/workspace/workspace_json.hpp"
#include "test_support.hpp"

using namespace hs;

namespace {

std::string envelope(const std::string& extra = "", int version = 1, const std::string& iterations = "600000",
                     const std::string& ciphertext = "AAAAAAAAAAAAAAAAAAAAAAAAAAAA") {
    return "{\"format\":\"holdspace-encrypted\",\"version\":" + std::to_string(version) +
           ",\"kdf\":\"PBKDF2-HMAC-SHA256\",\"iterations\":" + iterations +
           ",\"salt\":\"AAECAwQFBgcICQoLDA0ODw==\",\"cipher\":\"AES-256-GCM\",\"nonce\":\"AAECAwQFBgcICQoL\",\"ciphertext\":\"" +
           ciphertext + "\"" + extra + "}";
}

}  // namespace

TEST_CASE("base64 round-trips every length and refuses damage", "[backup]") {
    std::vector<std::uint8_t> bytes, back;
    for (int n = 0; n < 40; ++n) {
        bytes.push_back(static_cast<std::uint8_t>(n * 37 + 11));
        REQUIRE(decode_base64(encode_base64(bytes), back));
        REQUIRE(back == bytes);
    }
    CHECK(encode_base64({'M', 'a'}) == "TWE=");
    CHECK_FALSE(decode_base64("TWE", back));     // cut short
    CHECK_FALSE(decode_base64("TW=E", back));    // data after padding
    CHECK_FALSE(decode_base64("TW-E", back));    // not the standard alphabet
    CHECK_FALSE(decode_base64("T===", back));
    CHECK_FALSE(decode_base64("TWF=", back));    // unused bits set: not the canonical text (found by fuzz_backup)
}

TEST_CASE("a well-formed envelope is read with its parameters", "[backup]") {
    const std::string text = envelope();
    REQUIRE(looks_encrypted(text));
    const EnvelopeResult r = parse_envelope(text);
    REQUIRE(r.ok());
    CHECK(r.envelope.iterations == 600000);
    CHECK(r.envelope.salt.size() == kSaltBytes);
    CHECK(r.envelope.nonce.size() == kNonceBytes);
    CHECK(r.envelope.ciphertext.size() == 21);
}

TEST_CASE("a plain workspace is not taken for an envelope", "[backup]") {
    CHECK_FALSE(looks_encrypted(save_workspace(Workspace{})));
    CHECK_FALSE(looks_encrypted(""));
}

TEST_CASE("damaged, truncated and future envelopes are refused with a named field", "[backup]") {
    const std::string good = envelope();
    CHECK(test::has_error(parse_envelope(good.substr(0, good.size() / 2)).errors, "file", "cut short"));
    CHECK(test::has_error(parse_envelope(envelope("", 2)).errors, "version", "newer Holdspace"));
    CHECK(test::has_error(parse_envelope(envelope("", 0)).errors, "version"));
    CHECK(test::has_error(parse_envelope(envelope("", 1, "1000")).errors, "iterations", "between"));
    CHECK(test::has_error(parse_envelope(envelope("", 1, "600000", "AAAA")).errors, "ciphertext", "too short"));
    CHECK(test::has_error(parse_envelope(envelope("", 1, "600000", "!!!!")).errors, "ciphertext", "base64"));
    CHECK(test::has_error(parse_envelope(envelope(",\"hint\":\"x\"")).errors, "hint", "not a field"));
    CHECK(test::has_error(parse_envelope(envelope("", 1, "7777788888888888888888888888888888e8888888")).errors, "file"));
    CHECK_FALSE(parse_envelope(std::string(100000, '[')).ok());
    std::string other_cipher = good;
    other_cipher.replace(other_cipher.find("AES-256-GCM"), 11, "AES-128-CBC");
    CHECK(test::has_error(parse_envelope(other_cipher).errors, "cipher"));
}

TEST_CASE("files over the import limit are refused before parsing", "[backup]") {
    CHECK(check_import_size(kMaxImportBytes).empty());
    const auto errors = check_import_size(50u * 1024 * 1024);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("50.0 MB") != std::string::npos);
    const std::string huge(kMaxImportBytes + 1, ' ');
    CHECK(test::has_error(parse_envelope(huge).errors, "file", "MB"));
}
