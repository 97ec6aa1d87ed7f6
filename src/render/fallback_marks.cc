#include "render/fallback_marks.h"

namespace plansite {

// Taken by value: a page without marks (nearly all) comes back as it is, not copied.
std::string apply_fallback_marks(std::string html) {
  if (html.find(kFallbackOpen) == std::string::npos) return html;
  std::string out;
  out.reserve(html.size() + 256);
  bool in_tag = false;
  bool in_title = false;
  for (size_t i = 0; i < html.size(); ++i) {
    if (html.compare(i, kFallbackOpen.size(), kFallbackOpen) == 0) {
      if (!in_tag && !in_title) out += "<span lang=\"vi\">";
      i += kFallbackOpen.size() - 1;
      continue;
    }
    if (html.compare(i, kFallbackClose.size(), kFallbackClose) == 0) {
      if (!in_tag && !in_title) out += "</span>";
      i += kFallbackClose.size() - 1;
      continue;
    }
    char c = html[i];
    // Text and attribute values are escaped, so a raw '<' or '>' is always markup.
    if (c == '<') {
      in_tag = true;
      if (html.compare(i, 7, "<title>") == 0) in_title = true;
      if (html.compare(i, 8, "</title>") == 0) in_title = false;
    } else if (c == '>') {
      in_tag = false;
    }
    out += c;
  }
  return out;
}

}  // namespace plansite
