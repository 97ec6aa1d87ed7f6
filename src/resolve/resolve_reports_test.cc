// Progress reports joined to their plan: ids, units and populations.
#include <doctest/doctest.h>

#include "test_support.h"

using plansite::testing::check_diagnostics;
using plansite::testing::minimal_site;
using plansite::testing::replace_once;
using plansite::testing::TempSite;

namespace {

const std::string kReport = "content/plans/ke-hoach-thu/reports/2026-Q2.yaml";

// The minimal site with an objective, a second indicator that counts a
// population, a program, and a second plan whose ids a report may name by mistake.
std::map<std::string, std::string> site_files() {
  auto files = minimal_site();
  std::string& plan = files["content/plans/ke-hoach-thu/plan.yaml"];
  replace_once(plan, "indicators:\n", "objectives:\n  - id: mt-1\n    title: Mục tiêu\nindicators:\n");
  replace_once(plan, "tasks:\n",
               "  - id: ho-dan\n"
               "    statement: Hộ dân có Internet\n"
               "    unit: households\n"
               "    population: Hộ dân trong xã\n"
               "    targets:\n"
               "      - {by: 2026, value: 900}\n"
               "tasks:\n");
  plan += "programs:\n"
          "  - id: lop-hoc\n"
          "    name: Lớp học\n"
          "    participants: Hội viên\n"
          "    activities: [Học]\n";
  std::string other = minimal_site()["content/plans/ke-hoach-thu/plan.yaml"];
  replace_once(other, "id: ti-le", "id: khac-ti-le");
  replace_once(other, "id: nv-1", "id: khac-nv-1");
  files["content/plans/ke-hoach-khac/plan.yaml"] = other;
  files["content/plans/ke-hoach-khac/body.vi.md"] = "Nội dung.\n";
  return files;
}

const std::string kValidReport =
    "period: 2026-Q2\n"
    "date: 2026-07-05\n"
    "agency: ubnd-xa\n"
    "indicators:\n"
    "  - id: ti-le\n"
    "    value: 60\n"
    "  - id: ho-dan\n"
    "    value: 420\n"
    "    measured: 880\n"
    "tasks:\n"
    "  - id: nv-1\n"
    "    status: in-progress\n"
    "programs:\n"
    "  - id: lop-hoc\n"
    "    sessions: 2\n";

std::string diagnostics_after(const std::string& from, const std::string& to) {
  auto files = site_files();
  std::string text = kValidReport;
  replace_once(text, from, to);
  files[kReport] = text;
  TempSite site(files);
  return check_diagnostics(site.root());
}

}  // namespace

TEST_CASE("report resolution: a report naming its own plan's items is clean") {
  CHECK(diagnostics_after("agency: ubnd-xa", "agency: ubnd-xa") == "");
}

TEST_CASE("report resolution: an unknown id gets the closest of the plan's ids") {
  CHECK(diagnostics_after("id: ti-le", "id: ti-lee") ==
        kReport + ":5:9: error: unknown indicator 'ti-lee' in plan 'ke-hoach-thu'\n"
        "  hint: did you mean 'ti-le'?\n");
  CHECK(diagnostics_after("id: nv-1", "id: tap-huan") ==
        kReport + ":11:9: error: unknown task 'tap-huan' in plan 'ke-hoach-thu'\n"
        "  hint: a report names the tasks of its plan by their `id` in plan.yaml\n");
  CHECK(diagnostics_after("id: lop-hoc", "id: lop-hok") ==
        kReport + ":14:9: error: unknown program 'lop-hok' in plan 'ke-hoach-thu'\n"
        "  hint: did you mean 'lop-hoc'?\n");
  CHECK(diagnostics_after("agency: ubnd-xa", "agency: ubnd-xaa") ==
        kReport + ":3:9: error: unknown agency 'ubnd-xaa'\n"
        "  hint: did you mean 'ubnd-xa'?\n");
}

TEST_CASE("report resolution: an id of another plan or of another kind") {
  CHECK(diagnostics_after("id: ti-le", "id: khac-ti-le") ==
        kReport + ":5:9: error: 'khac-ti-le' belongs to the plan 'ke-hoach-khac', not to 'ke-hoach-thu'\n"
        "  hint: report it in content/plans/ke-hoach-khac/reports/\n");
  CHECK(diagnostics_after("id: ti-le", "id: mt-1") ==
        kReport + ":5:9: error: 'mt-1' is an objective, not an indicator\n"
        "  hint: a report gives values for indicators, tasks and programs, not objectives\n");
  CHECK(diagnostics_after("id: nv-1", "id: ti-le") ==
        kReport + ":11:9: error: 'ti-le' is an indicator, not a task\n"
        "  hint: list it under `indicators:` in the report\n");
}

TEST_CASE("report resolution: a value must fit the indicator's unit") {
  CHECK(diagnostics_after("value: 60", "value: 104.5") ==
        kReport + ":6:12: error: indicator 'ti-le' is a percentage; 104.5 is not between 0 and 100\n"
        "  hint: write the share reached, e.g. 62.5, without the % sign\n");
  CHECK(diagnostics_after("value: 420", "value: -3") ==
        kReport + ":8:12: error: indicator 'ho-dan' counts households; a count cannot be negative (-3)\n"
        "  hint: write how many there are at the end of the period\n");
  CHECK(diagnostics_after("value: 420", "value: 42.5") ==
        kReport + ":8:12: error: indicator 'ho-dan' counts households; 42.5 is not a whole number\n"
        "  hint: a count is whole; if the indicator is a share, its unit in plan.yaml is percent\n");
}

TEST_CASE("report resolution: 'measured' needs an indicator with a population") {
  CHECK(diagnostics_after("    value: 60\n", "    value: 60\n    measured: 1240\n") ==
        kReport + ":7:15: warning: 'measured' is given, but indicator 'ti-le' has no population\n"
        "  hint: 'measured' says how many of the indicator's population were counted (e.g. households surveyed); "
        "give the indicator a `population:` in plan.yaml or leave 'measured' out\n");
  CHECK(diagnostics_after("measured: 880", "measured: -880") ==
        kReport + ":9:15: error: 'measured' must be a whole number, 0 or more; got -880\n"
        "  hint: how many of the indicator's population were counted, e.g. 1240\n");
}
