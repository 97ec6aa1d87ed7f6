#include "render/document_numbers.h"

namespace plansite {

namespace {

bool is_upper(const std::string& s, size_t i) {
  unsigned char c = s[i];
  return (c >= 'A' && c <= 'Z') || s.compare(i, 2, "\u0110") == 0;  // Đ, as in KH/ĐU
}

// Length of the word character at `i` (ASCII letters and digits, Đ, đ), or 0.
size_t word_char(const std::string& s, size_t i) {
  unsigned char c = s[i];
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return 1;
  if (s.compare(i, 2, "\u0110") == 0 || s.compare(i, 2, "\u0111") == 0) return 2;
  return 0;
}

bool is_separator(char c) { return c == '-' || c == '/'; }

// The end of the token of word characters joined by single separators that
// starts at `i`; `has_separator` and `has_upper` tell whether it is a number.
size_t token_end(const std::string& s, size_t i, bool& has_separator, bool& has_upper) {
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

std::string wrap_numbers_in_text(const std::string& text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    // A token starts at a word character, or at a separator that opens a
    // draft's blank number ("Số: /KH-UBND") after a space.
    bool starts = word_char(text, i) ||
                  (is_separator(text[i]) && (i == 0 || text[i - 1] == ' ') && i + 1 < text.size() &&
                   word_char(text, i + 1));
    if (!starts) {
      out += text[i++];
      continue;
    }
    size_t from = i;
    if (is_separator(text[i])) ++i;
    bool has_separator = false, has_upper = false;
    size_t end = token_end(text, i, has_separator, has_upper);
    has_separator |= from != i;
    std::string token = text.substr(from, end - from);
    // Dates (22/12/2024) and spans (2026-2030) have no letters and never break.
    if (has_separator && has_upper) out += "<span class=\"doc-no\">" + token + "</span>";
    else out += token;
    i = end;
  }
  return out;
}

}  // namespace

std::string keep_document_numbers_whole(const std::string& html) {
  std::string out;
  out.reserve(html.size());
  size_t i = 0;
  while (i < html.size()) {
    size_t tag = html.find('<', i);
    if (tag == std::string::npos) tag = html.size();
    out += wrap_numbers_in_text(html.substr(i, tag - i));
    if (tag == html.size()) break;
    size_t close = html.find('>', tag);
    if (close == std::string::npos) close = html.size() - 1;
    out.append(html, tag, close - tag + 1);
    i = close + 1;
  }
  return out;
}

}  // namespace plansite
