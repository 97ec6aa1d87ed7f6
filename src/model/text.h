#pragma once
#include <map>
#include <string>

#include "model/position.h"

namespace plansite {

/// A human-readable value in one or more languages. Vietnamese is
/// authoritative; any other language may be missing and then falls back to it.
struct Text {
  std::map<std::string, std::string> by_language;
  Position position;

  bool empty() const { return by_language.empty(); }
  bool has(const std::string& language) const { return by_language.count(language) > 0; }
  /// The text in `language`, or in `fallback` when it has no such translation.
  const std::string& in(const std::string& language, const std::string& fallback = "vi") const;
};

/// A single-language Vietnamese text, for tests and built-in values.
Text vi_text(std::string vi);

}  // namespace plansite
