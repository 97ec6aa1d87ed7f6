#include "util/digest.h"

#include <xxhash.h>


namespace plansite {

Digest& Digest::add(std::string_view bytes) {
  // The length first, so ("ab", "c") and ("a", "bc") differ.
  add(static_cast<std::uint64_t>(bytes.size()));
  std::uint64_t h = XXH3_64bits(bytes.data(), bytes.size());
  value_ = (value_ ^ h) * 0x100000001b3ULL + (value_ >> 29);
  return *this;
}

Digest& Digest::add(std::uint64_t value) {
  value_ ^= value + 0x9e3779b97f4a7c15ULL + (value_ << 6) + (value_ >> 2);
  value_ *= 0xff51afd7ed558ccdULL;
  value_ ^= value_ >> 33;
  return *this;
}

std::uint64_t digest_of(std::string_view bytes) { return Digest().add(bytes).value(); }

std::string hex64(std::uint64_t value) {
  // A page record holds two per page: digits by hand rather than through printf.
  static const char digits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) out[static_cast<size_t>(i)] = digits[value & 15];
  return out;
}

bool parse_hex64(std::string_view text, std::uint64_t& value) {
  if (text.size() != 16) return false;
  value = 0;
  for (char c : text) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0) return false;
    value = value << 4 | static_cast<std::uint64_t>(digit);
  }
  return true;
}

}  // namespace plansite
