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

std::optional<size_t> find_long_combining_run(std::string_view text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t size = static_cast<utf8proc_ssize_t>(text.size());
  size_t run = 0;
  for (utf8proc_ssize_t i = 0; i < size;) {
    if (bytes[i] < 0x80) {  // no ASCII character combines
      run = 0;
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + i, size - i, &cp);
    if (n < 0) return std::nullopt;  // invalid UTF-8 is reported elsewhere
    run = utf8proc_get_property(cp)->combining_class != 0 ? run + 1 : 0;
    if (run > kMaxCombiningMarks) return static_cast<size_t>(i);
    i += n;
  }
  return std::nullopt;
}

bool surely_nfc(std::string_view text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t i = 0; i < size;) {
    i += static_cast<utf8proc_ssize_t>(plain_ascii_prefix(text.substr(static_cast<size_t>(i))));
    if (i >= size) break;
    // The stable letters below, read from their bytes without decoding: a
    // two-byte character C2–CB xx is below U+0300; E1 BA A0–E1 BB B9 is
    // U+1EA0–U+1EF9. (Any byte outside those falls to the decoding below.)
    const utf8proc_uint8_t lead = bytes[i];
    if (lead >= 0xC2 && lead <= 0xCB && i + 1 < size && (bytes[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    if (lead == 0xE1 && i + 2 < size && (bytes[i + 2] & 0xC0) == 0x80 &&
        ((bytes[i + 1] == 0xBA && bytes[i + 2] >= 0xA0) || (bytes[i + 1] == 0xBB && bytes[i + 2] <= 0xB9))) {
      i += 3;
      continue;
    }
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

namespace {

// One character folded the slow, general way: decomposed, marks stripped,
// case folded. Đ/đ is a letter of its own, not d with a mark, so Unicode keeps it.
std::string fold_code_point(utf8proc_int32_t cp) {
  if (cp == 0x0110 || cp == 0x0111) return "d";
  utf8proc_uint8_t encoded[4];
  utf8proc_ssize_t length = utf8proc_encode_char(cp, encoded);
  utf8proc_uint8_t* out = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
  utf8proc_ssize_t n = utf8proc_map(encoded, length, &out, options);
  if (n < 0) return std::string(reinterpret_cast<const char*>(encoded), static_cast<size_t>(length));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
}

// Latin letters with marks (U+0080–U+024F) and the Vietnamese ones
// (U+1E00–U+1EFF), folded once: every heading anchor and search key folds
// them, and the general path costs a allocation and two passes per call.
class FoldTable {
 public:
  FoldTable() {
    for (utf8proc_int32_t cp = 0x80; cp < 0x250; ++cp) latin_[cp - 0x80] = fold_code_point(cp);
    for (utf8proc_int32_t cp = 0x1E00; cp < 0x1F00; ++cp) extended_[cp - 0x1E00] = fold_code_point(cp);
  }
  void append(utf8proc_int32_t cp, std::string& out) const {
    if (cp < 0x80) out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    else if (cp < 0x250) out += latin_[cp - 0x80];
    else if (cp >= 0x1E00 && cp < 0x1F00) out += extended_[cp - 0x1E00];
    else out += fold_code_point(cp);
  }

 private:
  std::string latin_[0x250 - 0x80];
  std::string extended_[0x100];
};

}  // namespace

std::string fold_to_ascii(const std::string& text) {
  static const FoldTable table;  // built once, thread-safe (C++ static initialization)
  std::string result;
  result.reserve(text.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t i = 0; i < size;) {
    if (bytes[i] < 0x80) {  // most letters of a Vietnamese text are ASCII: no decoding for them
      table.append(bytes[i++], result);
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + i, size - i, &cp);
    if (n <= 0) {  // not UTF-8 (the loader refuses such text): keep the byte
      result += static_cast<char>(bytes[i]);
      ++i;
      continue;
    }
    table.append(cp, result);
    i += n;
  }
  return result;
}

namespace {

// A letter's place in the alphabet and its tone, from its decomposition:
// the base letter, then the marks that make a new letter (breve, circumflex,
// horn; đ has none) and the one that gives its tone.
struct Letter {
  uint32_t rank = 0;  ///< primary: base * 4 + variant; other scripts above Latin
  uint8_t tone = 0;   ///< secondary
};

Letter classify(utf8proc_int32_t cp) {
  if (cp == 0x0110 || cp == 0x0111) return {('d' << 2) | 3, 0};
  utf8proc_int32_t parts[8];
  int options = 0;
  utf8proc_ssize_t n = cp < 0x80 ? 0 : utf8proc_decompose_char(cp, parts, 8, UTF8PROC_DECOMPOSE, &options);
  if (n <= 0) {
    parts[0] = cp;
    n = 1;
  }
  utf8proc_int32_t base = parts[0];
  if (base >= 'A' && base <= 'Z') base += 'a' - 'A';
  if (base >= 0x80) return {0x10000u + static_cast<uint32_t>(cp), 0};  // not a Latin letter: code point order
  Letter letter{static_cast<uint32_t>(base) << 2, 0};
  for (utf8proc_ssize_t i = 1; i < n; ++i) {
    switch (parts[i]) {
      case 0x0306: letter.rank |= 1; break;  // ă
      case 0x0302: letter.rank |= 2; break;  // â ê ô
      case 0x031B: letter.rank |= 3; break;  // ơ ư
      case 0x0300: letter.tone = 1; break;   // huyền
      case 0x0309: letter.tone = 2; break;   // hỏi
      case 0x0303: letter.tone = 3; break;   // ngã
      case 0x0301: letter.tone = 4; break;   // sắc
      case 0x0323: letter.tone = 5; break;   // nặng
      default: break;
    }
  }
  return letter;
}

}  // namespace

std::string vietnamese_sort_key(const std::string& text) {
  std::string primary, secondary;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t i = 0; i < size;) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + i, size - i, &cp);
    if (n <= 0) {
      cp = bytes[i];
      n = 1;
    }
    i += n;
    Letter letter = classify(cp);
    // Three bytes, most significant first, so byte order is rank order; +1 keeps NUL out.
    for (int shift : {16, 8, 0}) primary += static_cast<char>(((letter.rank >> shift) & 0xFF) + (shift == 16 ? 1 : 0));
    secondary += static_cast<char>(letter.tone + 1);
  }
  return primary + '\0' + secondary + '\0' + text;
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

std::string shortened(const std::string& text, size_t max_chars) {
  size_t chars = 0, cut = 0, last_space = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (chars == max_chars) {
      cut = i;
      break;
    }
    if (text[i] == ' ') last_space = i;
    ++chars;
  }
  if (cut == 0) return text;
  if (last_space > 0) cut = last_space;
  while (cut > 0 && std::string_view(",;:.-").find(text[cut - 1]) != std::string_view::npos) --cut;
  return text.substr(0, cut) + "\u2026";
}

}  // namespace plansite
