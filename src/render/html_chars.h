#pragma once
// The few character tests that reading HTML needs, shared by the link pass
// (relative_links.cc) and its template-time twin (link_lexer.cc), which must
// read markup exactly alike.
#include <string_view>

namespace plansite {

/// HTML's whitespace between attributes.
inline bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// Whether `text` is `lower_word` in any case (tag and attribute names).
inline bool equals_lower(std::string_view text, std::string_view lower_word) {
  if (text.size() != lower_word.size()) return false;
  for (size_t i = 0; i < text.size(); ++i)
    if (ascii_lower(text[i]) != lower_word[i]) return false;
  return true;
}

}  // namespace plansite
