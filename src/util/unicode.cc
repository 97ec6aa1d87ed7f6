// The only file that talks to utf8proc.
#include "util/unicode.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace plansite {

namespace {

// The length of the leading run of ASCII bytes other than NUL, eight bytes at
// a time: most of a plan file is such a run, and every file is checked.
size_t plain_ascii_prefix(std::string_view text) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    bool has_zero = ((word - kOnes) & ~word & kHigh) != 0;
    if ((word & kHigh) != 0 || has_zero) break;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80 && text[i] != 0) ++i;
  return i;
}

// Whether `text` is valid UTF-8 without NUL; the fast pass every file takes.
bool is_valid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t i = 0; i < size;) {
    i += static_cast<utf8proc_ssize_t>(plain_ascii_prefix(text.substr(static_cast<size_t>(i))));
    if (i >= size) break;
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + i, size - i, &cp);
    if (n < 0 || cp == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace

std::optional<Utf8Error> find_invalid_utf8(std::string_view text) {
  if (is_valid_utf8(text)) return std::nullopt;  // the position is worked out only for a bad file
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t size = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_ssize_t i = 0;
  int line = 1;
  int column = 1;
  while (i < size) {
    utf8proc_int32_t cp = bytes[i];
    // Most of a plan file is ASCII; only other bytes need decoding.
    utf8proc_ssize_t n = cp < 0x80 ? 1 : utf8proc_iterate(bytes + i, size - i, &cp);
    if (n < 0) return Utf8Error{line, column, "invalid UTF-8 byte sequence", "save the file with UTF-8 encoding"};
    // A NUL would silently end the text in every C library downstream.
    if (cp == 0)
      return Utf8Error{line, column, "a NUL byte is not allowed in text",
                       "the file may be a binary or UTF-16 file; save it as UTF-8 text"};
    i += n;
    if (cp == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return std::nullopt;
}

std::string to_nfc(const std::string& text) {
  utf8proc_uint8_t* out = nullptr;
  // With the length given (not NULTERM), utf8proc reads all of the text.
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                    static_cast<utf8proc_ssize_t>(text.size()), &out,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return text;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
}

bool surely_nfc(std::string_view text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t i = 0; i < size;) {
    i += static_cast<utf8proc_ssize_t>(plain_ascii_prefix(text.substr(static_cast<size_t>(i))));
    if (i >= size) break;
    if (bytes[i] == 0) {  // NUL is stable too (the loader refuses it elsewhere)
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + i, size - i, &cp);
    if (n < 0) return false;
    i += n;
    // Below the combining marks (U+0300) no character changes under NFC; nor
    // do the precomposed Vietnamese letters (U+1EA0–U+1EF9) or the dashes and
    // quotes of U+2010–U+2027. That is nearly all of a Vietnamese plan, and
    // checking it is far cheaper than normalizing it.
    bool stable = cp < 0x300 || (cp >= 0x1EA0 && cp <= 0x1EF9) || (cp >= 0x2010 && cp <= 0x2027);
    if (!stable) return false;
  }
  return true;
}

int code_point_count(const std::string& text) {
  int n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string fold_to_ascii(const std::string& text) {
  utf8proc_uint8_t* out = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                UTF8PROC_CASEFOLD);
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.c_str()), 0,
                                    &out, static_cast<utf8proc_option_t>(options | UTF8PROC_NULLTERM));
  if (n < 0) return text;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(out, &std::free);
  std::string folded(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
  // Đ/đ is a letter of its own, not d with a mark, so Unicode keeps it.
  std::string result;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 2, "\xC4\x91") == 0 || folded.compare(i, 2, "\xC4\x90") == 0) {
      result += 'd';
      ++i;
    } else {
      result += folded[i];
    }
  }
  return result;
}

std::string slugify(const std::string& text) {
  std::string folded = fold_to_ascii(text);
  std::string slug;
  bool dash = false;
  for (unsigned char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !slug.empty()) slug += '-';
      slug += static_cast<char>(c);
      dash = false;
    } else {
      dash = true;
    }
  }
  return slug;
}

}  // namespace plansite
