#include "model/text.h"

namespace plansite {

const std::string& Text::in(const std::string& language, const std::string& fallback) const {
  static const std::string none;
  auto it = by_language.find(language);
  if (it != by_language.end()) return it->second;
  it = by_language.find(fallback);
  return it != by_language.end() ? it->second : none;
}

Text vi_text(std::string vi) {
  Text t;
  t.by_language["vi"] = std::move(vi);
  return t;
}

}  // namespace plansite
