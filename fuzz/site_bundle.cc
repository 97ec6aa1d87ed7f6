#include "site_bundle.h"

#include <algorithm>

namespace plansite::fuzz {

bool is_safe_bundle_path(std::string_view path) {
  if (path.empty() || path.size() > 200) return false;
  int parts = 0;
  size_t start = 0;
  for (;;) {
    size_t end = path.find('/', start);
    std::string_view part = path.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (part.empty() || part == "." || part == "..") return false;
    for (char c : part)
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
            c == '_'))
        return false;
    if (++parts > 6) return false;
    if (end == std::string_view::npos) return true;
    start = end + 1;
  }
}

std::vector<std::pair<std::string, std::string>> split_bundle(std::string_view input) {
  std::vector<std::pair<std::string, std::string>> files;
  std::string path(kDefaultBundleFile);
  std::string content;
  bool any = false;
  auto flush = [&] {
    if (!is_safe_bundle_path(path)) return;
    auto same = std::find_if(files.begin(), files.end(), [&](const auto& file) { return file.first == path; });
    if (same != files.end()) same->second = std::move(content);
    else files.emplace_back(path, std::move(content));
  };
  size_t at = 0;
  while (at < input.size()) {
    size_t end = input.find('\n', at);
    size_t next = end == std::string_view::npos ? input.size() : end + 1;
    std::string_view line = input.substr(at, next - at);
    if (line.starts_with("=== ")) {
      if (any || !content.empty()) flush();
      std::string_view name = line.substr(4);
      while (!name.empty() && (name.back() == '\n' || name.back() == '\r' || name.back() == ' ')) name.remove_suffix(1);
      path = std::string(name);
      content.clear();
      any = true;
    } else {
      content += line;
    }
    at = next;
  }
  if (any || !content.empty()) flush();
  return files;
}

}  // namespace plansite::fuzz
