#include "render/ui_strings.h"

#include <algorithm>
#include <iostream>
#include <set>

#include "load/yaml_tree.h"
#include "render/embedded_theme.h"

namespace plansite {

namespace {

const std::string kFolder = "i18n/";
const std::string kSuffix = ".yaml";

// One key of a language file, where it stands.
struct Entry {
  std::string key;
  std::string value;
  Position at;
};

struct ParsedFile {
  Position at;  ///< the file as a whole, for what is missing from it
  bool readable = false;  ///< false after a syntax error: then nothing is "missing" from it
  std::vector<Entry> entries;
  std::set<std::string> bad;  ///< keys whose value was not text: reported already, so not missing too
};

// More missing keys than this are one message, not a screenful: a theme that
// ships a file of a few keys lacks nearly all of them.
constexpr size_t kMissingNamedOneByOne = 5;

// A language file is a flat map of key: text. Anything else is reported; what
// can be used is kept, so one bad value does not hide the file's other problems.
ParsedFile parse_file(const UiStrings::File& file, Diagnostics& diagnostics) {
  ParsedFile out;
  out.at = {file.origin, 0, 0};  // what is missing has no line to point at
  std::optional<YamlNode> root = parse_yaml(file.origin, file.text, diagnostics);
  if (!root) return out;
  out.readable = true;
  if (root->is_null()) return out;  // an empty file changes nothing
  if (!root->is_map()) {
    diagnostics.error(root->position, "a language file is a map of key: text, not " + describe_kind(*root),
                      "write one `key: \"text\"` a line, as in themes/default/i18n/vi.yaml");
    return out;
  }
  for (size_t i = 0; i < root->entries.size(); ++i) {
    const auto& [key, value] = root->entries[i];
    if (!value.is_scalar()) {
      diagnostics.error(value.is_null() ? root->key_positions[i] : value.position,
                        "the value of '" + key + "' must be text, not " + describe_kind(value),
                        "write the text after the key, in double quotes: " + key + ": \"…\" (\"\" for none)");
      out.bad.insert(key);
      continue;
    }
    out.entries.push_back({key, value.scalar, root->key_positions[i]});
  }
  return out;
}

std::string keys_hint(const std::string& key, const std::vector<std::string>& known, const std::string& language) {
  std::string hint = did_you_mean(key, known);
  if (!hint.empty()) return hint;
  return "the keys are those of the theme's i18n/" + kDefaultUiLanguage + ".yaml (built in: themes/default/i18n/" +
         language + ".yaml)";
}

}  // namespace

UiStrings UiStrings::load(const std::map<std::string, File>& theme, const std::map<std::string, File>& overrides,
                          const UiStrings* base, Diagnostics& diagnostics) {
  UiStrings strings;
  std::map<std::string, ParsedFile> parsed;
  for (const auto& [language, file] : theme) parsed[language] = parse_file(file, diagnostics);

  // Every key the theme's default-language file has, and every key the
  // built-in theme has (the pages ask for those), is one each language must give.
  std::set<std::string> required;
  if (base)
    for (const auto& key : base->keys()) required.insert(key);
  auto defaults = parsed.find(kDefaultUiLanguage);
  if (defaults == parsed.end()) {
    Position at = theme.empty() ? Position{kFolder, 0, 0} : Position{theme.begin()->second.origin, 0, 0};
    diagnostics.error(at, "the theme has no " + kFolder + kDefaultUiLanguage + kSuffix,
                      "every theme needs the strings of the default language, " + kDefaultUiLanguage);
  } else {
    for (const auto& entry : defaults->second.entries) required.insert(entry.key);
  }
  std::vector<std::string> known(required.begin(), required.end());

  for (const auto& [language, file] : parsed) {
    Table& table = strings.languages_[language];
    for (const auto& entry : file.entries) {
      if (!required.count(entry.key)) {
        diagnostics.error(entry.at, "unknown key '" + entry.key + "'", keys_hint(entry.key, known, language));
        continue;
      }
      table[entry.key] = entry.value;
    }
    if (!file.readable) continue;
    std::vector<std::string> missing;
    for (const auto& key : required)
      if (!table.count(key) && !file.bad.count(key)) missing.push_back(key);
    std::string hint = "every language file of a theme has every key of its " + kDefaultUiLanguage + kSuffix +
                       " and of the built-in one";
    if (missing.size() <= kMissingNamedOneByOne) {
      for (const auto& key : missing)
        diagnostics.error(file.at, "missing key '" + key + "' in the " + language + " strings",
                          hint + ": add `" + key + ": \"…\"`");
    } else {
      std::string names;
      for (size_t i = 0; i < kMissingNamedOneByOne; ++i) names += (i ? ", '" : "'") + missing[i] + "'";
      diagnostics.error(file.at,
                        "missing " + std::to_string(missing.size()) + " keys in the " + language + " strings: " +
                            names + " and " + std::to_string(missing.size() - kMissingNamedOneByOne) + " more",
                        hint + ": copy the missing ones from themes/default/i18n/" + language + kSuffix);
    }
  }

  for (const auto& [language, file] : overrides) {
    auto table = strings.languages_.find(language);
    if (table == strings.languages_.end()) {
      std::string have;
      for (const auto& [name, unused] : strings.languages_) have += (have.empty() ? "" : ", ") + name + kSuffix;
      diagnostics.error({file.origin, 0, 0}, "the theme has no strings in language '" + language + "'",
                        "name the file after a language of the theme: " + have);
      continue;
    }
    for (const auto& entry : parse_file(file, diagnostics).entries) {
      if (!required.count(entry.key)) {
        diagnostics.error(entry.at, "unknown key '" + entry.key + "': the theme has no such string",
                          keys_hint(entry.key, known, language));
        continue;
      }
      table->second[entry.key] = entry.value;
    }
  }

  // Messages quote the line they point at; the built-in files are not on disk
  // to be read back, so their text is handed over here.
  for (const auto* files : {&theme, &overrides})
    for (const auto& [language, file] : *files)
      for (const auto& d : diagnostics.all())
        if (d.position.file.str() == file.origin && d.position.line > 0) {
          diagnostics.add_source(file.origin, file.text);
          break;
        }
  return strings;
}

const UiStrings& UiStrings::built_in() {
  static const UiStrings strings = [] {
    std::map<std::string, File> files;
    for (const auto& file : embedded_theme_files()) {
      std::string name(file.name);
      if (name.rfind(kFolder, 0) != 0 || name.size() <= kFolder.size() + kSuffix.size() ||
          name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0)
        continue;
      std::string language = name.substr(kFolder.size(), name.size() - kFolder.size() - kSuffix.size());
      files[language] = File{"(built-in)/" + name, std::string(file.content)};
    }
    Diagnostics diagnostics;
    UiStrings loaded = load(files, {}, nullptr, diagnostics);
    // A broken built-in file is plansite's own bug (a unit test guards it):
    // say so, and go on with what could be read rather than stop every build.
    if (!diagnostics.all().empty()) std::cerr << diagnostics.format(false);
    return loaded;
  }();
  return strings;
}

const UiStrings::Table* UiStrings::table(const std::string& language) const {
  auto it = languages_.find(language);
  if (it == languages_.end()) it = languages_.find(kDefaultUiLanguage);
  return it == languages_.end() ? nullptr : &it->second;
}

const std::string* UiStrings::find(const std::string& key, const std::string& language) const {
  const Table* strings = table(language);
  if (!strings) return nullptr;
  auto it = strings->find(key);
  return it == strings->end() ? nullptr : &it->second;
}

std::map<std::string, std::string> UiStrings::all(const std::string& language) const {
  const Table* strings = table(language);
  if (!strings) return {};
  return {strings->begin(), strings->end()};
}

std::vector<std::string> UiStrings::keys() const {
  std::vector<std::string> out;
  if (const Table* strings = table(kDefaultUiLanguage))
    for (const auto& [key, unused] : *strings) out.push_back(key);
  std::sort(out.begin(), out.end());
  return out;
}

namespace {
thread_local const UiStrings* active = nullptr;
}  // namespace

UiStringsScope::UiStringsScope(const UiStrings& strings) : previous_(active) { active = &strings; }
UiStringsScope::~UiStringsScope() { active = previous_; }

const UiStrings& UiStringsScope::current() { return active ? *active : UiStrings::built_in(); }

}  // namespace plansite
