#pragma once
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/position.h"

namespace plansite {

/// A human-readable value in one or more languages. Vietnamese is
/// authoritative; any other language may be missing and then falls back to it.
struct Text {
  /// language → text. A flat list, not a map: a text has one or two
  /// languages, and a plan holds hundreds of texts, so one allocation each counts.
  std::vector<std::pair<std::string, std::string>> by_language;
  Position position;

  bool empty() const { return by_language.empty(); }
  bool has(std::string_view language) const { return find(language) != nullptr; }
  /// The text in `language`, if it has one. Inline: every text a page shows
  /// is looked up here.
  const std::string* find(std::string_view language) const {
    for (const auto& [code, text] : by_language)
      if (code.size() == language.size() && std::memcmp(code.data(), language.data(), code.size()) == 0) return &text;
    return nullptr;
  }
  /// Sets the text in `language`, replacing what it had.
  void set(const std::string& language, std::string text);
  /// The text in `language`, or in `fallback` when it has no such translation.
  const std::string& in(std::string_view language, std::string_view fallback = "vi") const;
};

/// A single-language Vietnamese text, for tests and built-in values.
Text vi_text(std::string vi);

}  // namespace plansite
