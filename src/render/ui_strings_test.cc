// The interface strings: the theme's i18n/<language>.yaml files, a site's
// overrides, and the errors an officer or a theme author can make in them.
#include "render/ui_strings.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "cli/build.h"
#include "render/embedded_theme.h"
#include "render/ui_text.h"
#include "test_support.h"

using namespace plansite;
using plansite::testing::build_site;
using plansite::testing::minimal_site;
using plansite::testing::TempSite;

namespace {

// The built-in theme's language files, as UiStrings::load takes them.
std::map<std::string, UiStrings::File> built_in_files() {
  std::map<std::string, UiStrings::File> files;
  for (const auto& file : embedded_theme_files()) {
    std::string name(file.name);
    if (name == "i18n/vi.yaml") files["vi"] = {"(built-in)/" + name, std::string(file.content)};
    if (name == "i18n/en.yaml") files["en"] = {"(built-in)/" + name, std::string(file.content)};
  }
  return files;
}

// Runs `plansite check` on `files`; returns what it printed to stderr.
std::string check_errors(const std::map<std::string, std::string>& files) {
  TempSite site(files);
  BuildOptions options;
  options.source = site.root();
  options.write = false;
  std::ostringstream out, err;
  CHECK(run_build(options, out, err) == 1);
  return err.str();
}

}  // namespace

TEST_CASE("ui strings: the built-in theme's files load cleanly, each language with the same keys") {
  Diagnostics diagnostics;
  UiStrings strings = UiStrings::load(built_in_files(), {}, nullptr, diagnostics);
  INFO(diagnostics.format(false));
  CHECK(diagnostics.all().empty());
  REQUIRE(strings.has_language("vi"));
  REQUIRE(strings.has_language("en"));
  CHECK(strings.keys().size() > 150);
  for (const auto& key : strings.keys()) {
    CHECK(strings.find(key, "vi") != nullptr);
    CHECK(strings.find(key, "en") != nullptr);
  }
  // The Vietnamese kept exactly as it was in the C++ table, quotes and all.
  CHECK(*strings.find("six_clears", "vi") ==
        "Mỗi nhiệm vụ theo “6 rõ”: rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ thẩm quyền, rõ kết quả.");
  CHECK(*strings.find("search_hint", "en") ==
        "Vietnamese words may be typed without their accents: \"chuyen doi so\" finds \"chuyển đổi số\".");
  CHECK(*strings.find("more_after", "vi") == " mục khác trong các kế hoạch cũ hơn.");
  CHECK(*strings.find("not_translated", "vi") == "");
  CHECK(*strings.find("date_blank", "vi") == "\u00a0\u00a0\u00a0\u00a0");
  // A language the theme lacks reads the default language's strings.
  CHECK(*strings.find("home", "fr") == "Trang chủ");
  CHECK(strings.find("no_such_key", "vi") == nullptr);
}

TEST_CASE("ui strings: outside a build ui_text reads the built-in theme") {
  CHECK(ui_text("home", "vi") == "Trang chủ");
  CHECK(ui_text("home", "en") == "Home");
  CHECK(ui_text("no_such_key", "en") == "?no_such_key?");
  CHECK(count_phrase(1, "count_tasks", "en") == "1 task");
  CHECK(count_phrase(1200, "count_tasks", "vi") == "1.200 nhiệm vụ");
  CHECK(count_line({{3, "count_indicators"}, {0, "count_tasks"}, {1, "count_objectives"}}, "en") ==
        "3 targets · 1 objective");
}

TEST_CASE("ui strings: a site's override changes its key in its language only; a scope makes it current") {
  Diagnostics diagnostics;
  UiStrings strings = UiStrings::load(
      built_in_files(), {{"vi", {"i18n/vi.yaml", "# our commune's word\nhome: \"Trang nhà\"\n"}}},
      &UiStrings::built_in(), diagnostics);
  CHECK(diagnostics.all().empty());
  CHECK(*strings.find("home", "vi") == "Trang nhà");
  CHECK(*strings.find("home", "en") == "Home");
  CHECK(*strings.find("contents", "vi") == "Mục lục");
  {
    UiStringsScope scope(strings);
    CHECK(ui_text("home", "vi") == "Trang nhà");
  }
  CHECK(ui_text("home", "vi") == "Trang chủ");
}

TEST_CASE("ui strings: an override of a key the theme lacks, or with a value that is not text, is an error") {
  Diagnostics diagnostics;
  UiStrings::load(built_in_files(),
                  {{"vi", {"i18n/vi.yaml", "home: \"Trang nhà\"\nserch_nav: \"Tra cứu\"\ncontents:\n  - Mục lục\n"}},
                   {"fr", {"i18n/fr.yaml", "home: \"Accueil\"\n"}}},
                  &UiStrings::built_in(), diagnostics);
  CHECK(diagnostics.format(false) ==
        "i18n/fr.yaml: error: the theme has no strings in language 'fr'\n"
        "  hint: name the file after a language of the theme: en.yaml, vi.yaml\n"
        "i18n/vi.yaml:2:1: error: unknown key 'serch_nav': the theme has no such string\n"
        "  hint: did you mean 'search_nav'?\n"
        "i18n/vi.yaml:4:3: error: the value of 'contents' must be text, not a list\n"
        "  hint: write the text after the key, in double quotes: contents: \"…\" (\"\" for none)\n");
}

TEST_CASE("ui strings: a theme's language file missing a key of the default language is an error naming it") {
  auto files = built_in_files();
  std::string& en = files["en"].text;
  size_t at = en.find("\nsearch_none: ");
  REQUIRE(at != std::string::npos);
  en.erase(at + 1, en.find('\n', at + 1) - at);
  files["en"].text += "seach_none: \"Nothing found.\"\n";
  Diagnostics diagnostics;
  UiStrings::load(files, {}, nullptr, diagnostics);
  std::string printed = diagnostics.format(false);
  CHECK(printed.find("(built-in)/i18n/en.yaml: error: missing key 'search_none' in the en strings\n") !=
        std::string::npos);
  CHECK(printed.find("error: unknown key 'seach_none'\n  hint: did you mean 'search_none'?") != std::string::npos);
  CHECK(diagnostics.error_count() == 2);
}

TEST_CASE("ui strings: a site theme's own language file must keep every key the pages use") {
  auto site = minimal_site();
  site["themes/default/i18n/vi.yaml"] = "home: \"Trang chủ\"\n";
  std::string errors = check_errors(site);
  CHECK(errors.find("i18n/vi.yaml: error: missing ") != std::string::npos);
  CHECK(errors.find(" keys in the vi strings: 'about_plan', 'active_plans', 'activities', 'activity_participants', 'activity_photos' and ") !=
        std::string::npos);
  // A file that does not parse reports its syntax error, not every key as missing.
  site["themes/default/i18n/vi.yaml"] = "home: \"Trang chủ\n";
  errors = check_errors(site);
  CHECK(errors.find("missing") == std::string::npos);
  CHECK(errors.find("1 error; nothing was written") != std::string::npos);
}

TEST_CASE("ui strings: `plansite check` points at an unknown key in the site's i18n file, with its line") {
  auto site = minimal_site();
  site["i18n/en.yaml"] = "# Our commune's own words\nhome: \"Front page\"\nsearch_nvi: \"Find\"\n";
  CHECK(check_errors(site) ==
        "i18n/en.yaml:3:1: error: unknown key 'search_nvi': the theme has no such string\n"
        "    search_nvi: \"Find\"\n"
        "    ^\n"
        "  hint: did you mean 'search_nav'?\n"
        "1 error; nothing was written\n");
}

TEST_CASE("ui strings: a site's override shows on its pages, and the other language is untouched") {
  auto site = minimal_site();
  site["i18n/vi.yaml"] = "home: \"Trang nhà\"\n";
  auto out = build_site(site);
  CHECK(out.at("index.html").find(">Trang nhà<") != std::string::npos);
  CHECK(out.at("index.html").find(">Trang chủ<") == std::string::npos);
  CHECK(out.at("en/index.html").find(">Home<") != std::string::npos);
}

namespace {

// Every match of group 1 of `pattern` in the files under `folder` ending in `suffix`.
std::set<std::string> names_used(const std::filesystem::path& folder, const std::string& suffix,
                                 const std::regex& pattern) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    std::string path = entry.path().string();
    if (!entry.is_regular_file() || path.size() < suffix.size() ||
        path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0 ||
        path.find("_test.cc") != std::string::npos)
      continue;
    std::ifstream in(entry.path());
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it)
      names.insert((*it)[1]);
  }
  return names;
}

}  // namespace

// New strings are added in C++ and templates as much as in the language files:
// a key asked for by name that the files lack would show as "?key?" on a page.
TEST_CASE("ui strings: every key the code and the templates ask for by name is in the built-in files") {
  auto top = plansite::testing::source_dir();
  std::set<std::string> used = names_used(top / "src", ".cc", std::regex(R"re(ui_text\("([a-z0-9_-]+)")re"));
  auto counts = names_used(top / "src", ".cc", std::regex(R"re("(count_[a-z0-9_]+)")re"));
  used.insert(counts.begin(), counts.end());
  auto in_templates =
      names_used(top / "themes" / "default", ".mustache", std::regex(R"(\{\{[#^/]?t\.([a-z0-9_-]+)\}\})"));
  used.insert(in_templates.begin(), in_templates.end());
  CHECK(used.size() > 50);
  std::vector<std::string> keys = UiStrings::built_in().keys();
  for (const auto& key : used) {
    INFO(key);
    if (key.back() == '_') {  // the start of keys made at run time ("task_status_" + status): some key has it
      CHECK(std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return k.rfind(key, 0) == 0; }));
      continue;
    }
    CHECK(UiStrings::built_in().find(key, "vi") != nullptr);
  }
}
