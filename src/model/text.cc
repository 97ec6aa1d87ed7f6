#include "model/text.h"

namespace plansite {

void Text::set(const std::string& language, std::string text) {
  for (auto& [code, existing] : by_language)
    if (code == language) {
      existing = std::move(text);
      return;
    }
  by_language.emplace_back(language, std::move(text));
}

const std::string& Text::in(std::string_view language, std::string_view fallback) const {
  static const std::string none;
  if (const std::string* text = find(language)) return *text;
  if (const std::string* text = find(fallback)) return *text;
  return none;
}

Text vi_text(std::string vi) {
  Text t;
  t.set("vi", std::move(vi));
  return t;
}

}  // namespace plansite
