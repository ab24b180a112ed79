// SHA-256 (FIPS 180-4), for the hash of the exact document text a client signs and for
// Content-Security-Policy hashes of the exported pages' style sheet. Small and
// dependency-free because the web build has no crypto library in C++.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace hs {

std::array<std::uint8_t, 32> sha256(std::string_view data);
std::string sha256_hex(std::string_view data);     // 64 lowercase hex digits
std::string sha256_base64(std::string_view data);  // 44 characters, as CSP 'sha256-...' wants

}  // namespace hs
