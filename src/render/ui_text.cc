#include "render/ui_text.h"

#include "render/format.h"
#include "render/ui_strings.h"

namespace plansite {

// The strings live in the theme's i18n/<language>.yaml files (with the site's
// overrides), parsed once per build into the table of the current scope.
std::string ui_text(const std::string& key, const std::string& language) {
  const std::string* text = UiStringsScope::current().find(key, language);
  return text ? *text : "?" + key + "?";
}

std::map<std::string, std::string> ui_texts(const std::string& language) {
  return UiStringsScope::current().all(language);
}

std::string count_phrase(size_t n, const std::string& key, const std::string& language) {
  bool singular = n == 1 && language == "en";
  return format_number(static_cast<double>(n), language) + " " + ui_text(singular ? key + "_one" : key, language);
}

std::string count_line(std::initializer_list<std::pair<size_t, const char*>> counts, const std::string& language) {
  std::string out;
  for (const auto& [n, key] : counts) {
    if (n == 0) continue;
    if (!out.empty()) out += " · ";
    out += count_phrase(n, key, language);
  }
  return out;
}

}  // namespace plansite
