#pragma once
#include <string>
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
  bool has(const std::string& language) const { return find(language) != nullptr; }
  /// Sets the text in `language`, replacing what it had.
  void set(const std::string& language, std::string text);
  /// The text in `language`, or in `fallback` when it has no such translation.
  const std::string& in(const std::string& language, const std::string& fallback = "vi") const;

 private:
  const std::string* find(const std::string& language) const;
};

/// A single-language Vietnamese text, for tests and built-in values.
Text vi_text(std::string vi);

}  // namespace plansite
