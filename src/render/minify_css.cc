#include "render/minify_css.h"

#include <string_view>

namespace plansite {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Punctuation that needs no space on either side. Not ':' (a space before it
// means a descendant selector, "a :hover"), not ')' or '(' ("and (min-width"),
// not '+', '-', '*' or '/' (calc() needs the spaces around them).
bool tight(char c) { return std::string_view("{};,>~").find(c) != std::string_view::npos; }

}  // namespace

std::string minify_css(const std::string& css) {
  std::string out;
  out.reserve(css.size());
  bool pending_space = false;
  for (size_t i = 0; i < css.size(); ++i) {
    char c = css[i];
    if (c == '/' && i + 1 < css.size() && css[i + 1] == '*') {
      size_t end = css.find("*/", i + 2);
      i = end == std::string::npos ? css.size() : end + 1;
      pending_space = true;  // a comment separates like a space does
      continue;
    }
    if (is_space(c)) {
      pending_space = true;
      continue;
    }
    // After ':' a space never matters ("color: red"); before it, it may.
    if (pending_space && !out.empty() && !tight(out.back()) && out.back() != ':' && !tight(c)) out += ' ';
    pending_space = false;
    if (c == '"' || c == '\'') {
      // A string, escapes and all, exactly as written.
      size_t j = i + 1;
      while (j < css.size() && css[j] != c) j += css[j] == '\\' ? 2 : 1;
      out.append(css, i, std::min(j, css.size() - 1) - i + 1);
      i = j;
      continue;
    }
    // "a;}" → "a}": the last declaration of a block needs no semicolon.
    if (c == '}' && !out.empty() && out.back() == ';') out.back() = '}';
    else out += c;
  }
  return out;
}

}  // namespace plansite
