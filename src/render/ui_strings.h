#pragma once
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/diagnostic.h"

namespace plansite {

/// The language whose file lists every key a theme's language files have.
inline const std::string kDefaultUiLanguage = "vi";

/// The interface strings of a theme (i18n/<language>.yaml), with the site's
/// overrides applied: parsed once per build into plain maps, so looking a
/// string up costs one hash lookup and no YAML.
class UiStrings {
 public:
  /// A language file: its name in messages and its text.
  struct File {
    std::string origin;
    std::string text;
  };

  /// Parses the theme's language files (language → file) and the site's
  /// overrides (language → file). Every theme file must have every key of the
  /// theme's default-language file and of `base`'s (the built-in theme's,
  /// which the pages use), and no other; an override may change only keys the
  /// theme has; every value is text. Problems go to `diagnostics` with positions.
  static UiStrings load(const std::map<std::string, File>& theme, const std::map<std::string, File>& overrides,
                        const UiStrings* base, Diagnostics& diagnostics);

  /// The built-in theme's strings, parsed on first use: what ui_text() reads
  /// outside a build (unit tests of view code).
  static const UiStrings& built_in();

  /// The string `key` in `language` (the default language's for a language
  /// the theme lacks), or nullptr when the theme has no such key.
  const std::string* find(const std::string& key, const std::string& language) const;

  /// Every string of `language`, by key.
  std::map<std::string, std::string> all(const std::string& language) const;

  /// The keys of the default language, sorted.
  std::vector<std::string> keys() const;

  bool has_language(const std::string& language) const { return languages_.count(language) > 0; }

 private:
  using Table = std::unordered_map<std::string, std::string>;
  const Table* table(const std::string& language) const;

  std::map<std::string, Table> languages_;
};

/// Makes `strings` the table ui_text() reads on this thread until the scope
/// ends. A build's workers each open one, so two builds in one process (the
/// tests) never see each other's strings.
class UiStringsScope {
 public:
  explicit UiStringsScope(const UiStrings& strings);
  ~UiStringsScope();
  UiStringsScope(const UiStringsScope&) = delete;
  UiStringsScope& operator=(const UiStringsScope&) = delete;

  /// The table of this thread's innermost scope, else the built-in one.
  static const UiStrings& current();

 private:
  const UiStrings* previous_;
};

}  // namespace plansite
