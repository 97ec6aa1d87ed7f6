#pragma once
// A 64-bit digest of bytes for telling whether something changed between two
// builds (the page record of incremental builds). Not a cryptographic hash:
// nobody gains from a collision, and a damaged record is caught by its own
// checksum. The function is XXH3 (libxxhash): every source file and every
// page is hashed at each build. A different plansite binary may hash
// differently, so the binary itself is part of every page's fingerprint.
#include <cstdint>
#include <string>
#include <string_view>

namespace plansite {

/// Feeds bytes in; the result depends on every byte and on their order.
class Digest {
 public:
  Digest& add(std::string_view bytes);
  Digest& add(std::uint64_t value);
  std::uint64_t value() const { return value_; }

 private:
  std::uint64_t value_ = 0x9e3779b97f4a7c15ULL;
};

std::uint64_t digest_of(std::string_view bytes);

/// "00c0ffee12345678": sixteen hex digits.
std::string hex64(std::uint64_t value);
/// The value of sixteen hex digits; false for anything else.
bool parse_hex64(std::string_view text, std::uint64_t& value);

}  // namespace plansite
