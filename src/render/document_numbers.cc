#include "render/document_numbers.h"

#include <string_view>

namespace plansite {

namespace {

// Đ (U+0110) and đ (U+0111) in UTF-8: C4 90 and C4 91.
bool is_d_stroke(std::string_view s, size_t i, unsigned char second) {
  return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC4 && static_cast<unsigned char>(s[i + 1]) == second;
}

bool is_upper(std::string_view s, size_t i) {
  unsigned char c = s[i];
  return (c >= 'A' && c <= 'Z') || is_d_stroke(s, i, 0x90);  // Đ, as in KH/ĐU
}

// Length of the word character at `i` (ASCII letters and digits, Đ, đ), or 0.
size_t word_char(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return 1;
  if (is_d_stroke(s, i, 0x90) || is_d_stroke(s, i, 0x91)) return 2;
  return 0;
}

bool is_separator(char c) { return c == '-' || c == '/'; }

// The end of the token of word characters joined by single separators that
// starts at `i`; `has_separator` and `has_upper` tell whether it is a number.
size_t token_end(std::string_view s, size_t i, bool& has_separator, bool& has_upper) {
  has_separator = has_upper = false;
  size_t end = i;
  while (end < s.size()) {
    if (size_t n = word_char(s, end)) {
      has_upper |= is_upper(s, end);
      end += n;
    } else if (is_separator(s[end]) && end + 1 < s.size() && word_char(s, end + 1)) {
      has_separator = true;
      ++end;
    } else {
      break;
    }
  }
  return end;
}

void append_numbers_wrapped(std::string& out, std::string_view text) {
  // A number needs a separator: text without '-' or '/' (most of a plan's
  // prose) has none and is copied whole.
  if (text.find_first_of("-/") == std::string_view::npos) {
    out.append(text);
    return;
  }
  size_t i = 0;
  size_t plain = 0;  // text[plain, i) is copied as it is
  while (i < text.size()) {
    // A token starts at a word character, or at a separator that opens a
    // draft's blank number ("Số: /KH-UBND") after a space.
    bool starts = word_char(text, i) ||
                  (is_separator(text[i]) && (i == 0 || text[i - 1] == ' ') && i + 1 < text.size() &&
                   word_char(text, i + 1));
    if (!starts) {
      ++i;
      continue;
    }
    size_t from = i;
    if (is_separator(text[i])) ++i;
    bool has_separator = false, has_upper = false;
    size_t end = token_end(text, i, has_separator, has_upper);
    has_separator |= from != i;
    // Dates (22/12/2024) and spans (2026-2030) have no letters and never break.
    if (has_separator && has_upper) {
      out.append(text, plain, from - plain);
      out += "<span class=\"doc-no\">";
      out.append(text, from, end - from);
      out += "</span>";
      plain = end;
    }
    i = end;
  }
  out.append(text, plain);
}

}  // namespace

std::string keep_document_numbers_whole(const std::string& html) {
  std::string out;
  out.reserve(html.size());
  size_t i = 0;
  while (i < html.size()) {
    size_t tag = html.find('<', i);
    if (tag == std::string::npos) tag = html.size();
    append_numbers_wrapped(out, std::string_view(html).substr(i, tag - i));
    if (tag == html.size()) break;
    size_t close = html.find('>', tag);
    if (close == std::string::npos) close = html.size() - 1;
    out.append(html, tag, close - tag + 1);
    i = close + 1;
  }
  return out;
}

}  // namespace plansite
