#include "util/forbidden_characters.h"

#include <cstdio>

namespace plansite {

namespace {

unsigned char byte_at(std::string_view text, size_t i) {
  return i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
}

// The forbidden character starting at byte `i`, read from its UTF-8 bytes
// directly: every forbidden character has a fixed encoding, and a lead byte
// is never a continuation byte, so no decoding of the rest is needed.
std::optional<ForbiddenCharacter> forbidden_at(std::string_view text, size_t i) {
  unsigned char c = byte_at(text, i);
  if (c < 0x20) {
    if (c == '\t' || c == '\n' || c == '\r') return std::nullopt;
    return ForbiddenCharacter{i, c};
  }
  if (c == 0x7F) return ForbiddenCharacter{i, c};
  unsigned char c1 = byte_at(text, i + 1);
  unsigned char c2 = byte_at(text, i + 2);
  if (c == 0xC2 && c1 >= 0x80 && c1 <= 0x9F) return ForbiddenCharacter{i, c1};  // U+0080–U+009F
  if (c == 0xE2 && c1 == 0x80 && c2 >= 0xAA && c2 <= 0xAE) return ForbiddenCharacter{i, 0x2000u + c2 - 0x80};
  if (c == 0xE2 && c1 == 0x81 && c2 >= 0xA6 && c2 <= 0xA9) return ForbiddenCharacter{i, 0x2040u + c2 - 0x80};
  if (c == 0xEE && c1 == 0x80 && (c2 == 0x80 || c2 == 0x81)) return ForbiddenCharacter{i, 0xE000u + c2 - 0x80};
  return std::nullopt;
}

size_t utf8_length(char32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

const char* control_name(char32_t cp) {
  switch (cp) {
    case 0x00: return "NUL";
    case 0x07: return "bell";
    case 0x08: return "backspace";
    case 0x0B: return "vertical tab";
    case 0x0C: return "form feed";
    case 0x1B: return "escape";
    case 0x7F: return "delete";
    case 0xE000:
    case 0xE001: return "private use, reserved by plansite";
    default:
      if (cp >= 0x202A && cp <= 0x202E) return "bidirectional override";
      if (cp >= 0x2066 && cp <= 0x2069) return "bidirectional isolate";
      return "control character";
  }
}

}  // namespace

bool is_forbidden_character(char32_t cp) {
  if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\r';
  return (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
         cp == 0xE000 || cp == 0xE001;
}

namespace {

// The bytes a forbidden character can start with: the controls, and the lead
// bytes of U+0080–U+009F (C2), U+202A–U+2069 (E2) and U+E000–U+E001 (EE).
// Every other byte, printable ASCII and the Vietnamese letters' bytes alike,
// is passed over with one lookup.
struct MaybeForbidden {
  bool at[256] = {};
  constexpr MaybeForbidden() {
    for (int c = 0; c < 0x20; ++c) at[c] = c != '\t' && c != '\n' && c != '\r';
    at[0x7F] = at[0xC2] = at[0xE2] = at[0xEE] = true;
  }
};
constexpr MaybeForbidden kMaybeForbidden;

}  // namespace

std::optional<ForbiddenCharacter> find_forbidden_character(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!kMaybeForbidden.at[static_cast<unsigned char>(text[i])]) continue;
    if (auto found = forbidden_at(text, i)) return found;
  }
  return std::nullopt;
}

std::string describe_character(char32_t cp) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  return std::string(code) + " (" + control_name(cp) + ")";
}

std::string remove_forbidden_characters(std::string_view text, size_t& removed) {
  std::string out;
  out.reserve(text.size());
  removed = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (auto found = forbidden_at(text, i)) {
      i += utf8_length(found->code_point) - 1;
      ++removed;
      continue;
    }
    out += text[i];
  }
  return out;
}

std::string escape_for_terminal(std::string_view text, bool keep_tabs) {
  std::string out;
  out.reserve(text.size());
  char code[16];
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\t' || c == '\n' || c == '\r') {
      if (keep_tabs && c == '\t') out += c;
      else out += c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r";
      continue;
    }
    auto found = forbidden_at(text, i);
    if (!found) {
      out += c;
      continue;
    }
    if (found->code_point < 0x100) std::snprintf(code, sizeof code, "\\x%02x", static_cast<unsigned>(found->code_point));
    else std::snprintf(code, sizeof code, "\\u%04x", static_cast<unsigned>(found->code_point));
    out += code;
    i += utf8_length(found->code_point) - 1;
  }
  return out;
}

}  // namespace plansite
