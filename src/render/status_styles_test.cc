// statuses.yaml: the built-in file is complete and readable; a broken one is
// refused with file:line:col.
#include "render/status_styles.h"

#include <doctest/doctest.h>

#include "render/embedded_theme.h"
#include "render/theme.h"
#include "test_support.h"

using namespace plansite;
using plansite::testing::TempSite;

namespace {

std::string built_in_statuses() {
  for (const auto& file : embedded_theme_files())
    if (file.name == kStatusStylesFile) return std::string(file.content);
  FAIL("the built-in theme has no statuses.yaml");
  return {};
}

// The diagnostics of loading `text`, without source lines.
std::string errors_of(const std::string& text) {
  Diagnostics diagnostics;
  StatusStyles::load("themes/x/statuses.yaml", text, diagnostics);
  return diagnostics.format(false);
}

// The built-in file with `from` replaced by `to`.
std::string changed(const std::string& from, const std::string& to) {
  std::string text = built_in_statuses();
  plansite::testing::replace_once(text, from, to);
  return text;
}

}  // namespace

TEST_CASE("status styles: the built-in statuses.yaml names every status, readable and told apart without colour") {
  Diagnostics diagnostics;
  StatusStyles styles = StatusStyles::load("statuses.yaml", built_in_statuses(), diagnostics);
  CHECK(diagnostics.format(false) == "");
  for (IndicatorStatus status : kIndicatorStatuses) {
    CAPTURE(status_key(status));
    CHECK_FALSE(styles.label(status, "vi").empty());
    CHECK_FALSE(styles.label(status, "en").empty());
    CHECK(styles.label(status, "en") != styles.label(status, "vi"));
    CHECK(contrast_on_white(styles.colour(status)) >= kMinimumTextContrast);
    CHECK_FALSE(styles.icon(status).empty());
  }
  for (TaskStatus status : kTaskStatuses) {
    CAPTURE(status_key(status));
    CHECK_FALSE(styles.label(status, "en").empty());
    CHECK(contrast_on_white(styles.colour(status)) >= kMinimumTextContrast);
    CHECK_FALSE(styles.icon(status).empty());
  }
  CHECK(styles.label(IndicatorStatus::on_track, "vi") == "Đúng tiến độ");
  CHECK(styles.label(IndicatorStatus::on_track, "en") == "On track");
  CHECK(styles.label(TaskStatus::overdue, "fr") == "Quá hạn");  // a language without a label: Vietnamese
  CHECK(styles.icon(TaskStatus::done) == "✓");
}

TEST_CASE("status styles: contrast on white per WCAG 2") {
  CHECK(contrast_on_white("#000000") == doctest::Approx(21.0));
  CHECK(contrast_on_white("#fff") == doctest::Approx(1.0));
  CHECK(contrast_on_white("#767676") == doctest::Approx(4.54).epsilon(0.01));  // the lightest AA grey
  CHECK(contrast_on_white("#777777") < kMinimumTextContrast);
  CHECK(contrast_on_white("green") == 0);
}

TEST_CASE("status styles: errors in statuses.yaml have file:line:col and a hint") {
  struct Row {
    std::string name;
    std::string text;
    std::string expected;
  };
  const Row rows[] = {
      {"unknown status", changed("  behind:", "  behnd:"),
       "themes/x/statuses.yaml:12:3: error: missing status 'behind' in indicators\n"
       "themes/x/statuses.yaml:24:3: error: unknown status 'behnd' in indicators\n  hint: did you mean 'behind'?\n"},
      {"missing status", changed("  cancelled:\n    label: {vi: \"Đã hủy\", en: \"Cancelled\"}\n    colour: \"#57606a\"\n"
                                 "    icon: \"✕\"\n",
                                 ""),
       "themes/x/statuses.yaml:34:3: error: missing status 'cancelled' in tasks\n"},
      {"not a colour", changed("\"#0550ae\"", "blue"),
       "themes/x/statuses.yaml:40:13: error: the colour of 'in-progress' must be a colour \"#rrggbb\" or \"#rgb\"\n"},
      {"too light", changed("\"#9a6700\"", "\"#ffcc00\""),
       "themes/x/statuses.yaml:22:13: error: the colour #ffcc00 of 'at-risk' is too light for text: 1.51:1 on white\n"},
      {"same icon twice", changed("icon: \"▼\"", "icon: \"!\""),
       "themes/x/statuses.yaml:25:5: error: statuses 'at-risk' and 'behind' have the same icon !\n"},
      {"no Vietnamese label", changed("{vi: \"Quá hạn\", en: \"Overdue\"}", "{en: \"Overdue\"}"),
       "themes/x/statuses.yaml:47:12: error: the label of 'overdue' has no Vietnamese (vi) text\n"},
      {"a field missing", changed("    icon: \"–\"\n", ""),
       "themes/x/statuses.yaml:29:5: error: status 'no-data' has no icon\n"},
      {"unknown field", changed("    icon: \"–\"\n", "    icn: \"–\"\n"),
       "themes/x/statuses.yaml:29:5: error: status 'no-data' has no icon\n"
       "themes/x/statuses.yaml:31:5: error: unknown field 'icn' of status 'no-data'\n  hint: did you mean 'icon'?\n"},
      {"unknown group", built_in_statuses() + "programs: {}\n",
       "themes/x/statuses.yaml:54:1: error: unknown group 'programs' in statuses.yaml\n"},
      {"not a map", "- achieved\n",
       "themes/x/statuses.yaml:1:1: error: statuses.yaml must be a map with `indicators:` and `tasks:`, not a list\n"},
      {"empty file", "", "themes/x/statuses.yaml:1:1: error: statuses.yaml must be a map with `indicators:` and "
                         "`tasks:`, not nothing\n"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    std::string errors = errors_of(row.text);
    // Only the lines named: the hint lines that repeat the format are left out.
    std::string kept;
    for (size_t start = 0; start < errors.size();) {
      size_t end = errors.find('\n', start) + 1;
      std::string line = errors.substr(start, end - start);
      if (line.find(": error: ") != std::string::npos || line.find("did you mean") != std::string::npos) kept += line;
      start = end;
    }
    CHECK(kept == row.expected);
  }
}

TEST_CASE("status styles: a site theme's statuses.yaml replaces the built-in one and is checked") {
  std::string text = built_in_statuses();
  plansite::testing::replace_once(text, "en: \"Behind\"", "en: \"Late\"");
  {
    TempSite theme_dir(std::map<std::string, std::string>{{"statuses.yaml", text}});
    Diagnostics diagnostics;
    Theme theme = Theme::load(theme_dir.root(), diagnostics);
    CHECK(diagnostics.format(false) == "");
    CHECK(theme.status_styles().label(IndicatorStatus::behind, "en") == "Late");
  }
  TempSite theme_dir(std::map<std::string, std::string>{{"statuses.yaml", "indicators: {}\n"}});
  Diagnostics diagnostics;
  Theme::load(theme_dir.root(), diagnostics);
  CHECK(diagnostics.has_errors());
  CHECK(diagnostics.format(false).find("statuses.yaml:1:13: error: missing status 'achieved' in indicators") !=
        std::string::npos);
}
