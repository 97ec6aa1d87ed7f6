// `plansite new report`: the report lists exactly the plan's items, its
// blanks are errors at their lines, and filled in it loads.
#include "scaffold/new_report.h"

#include <doctest/doctest.h>

#include <regex>

#include "load/load.h"
#include "resolve/resolve.h"
#include "test_support.h"

using plansite::testing::check_diagnostics;
using plansite::testing::source_dir;
using plansite::testing::TempSite;

namespace fs = std::filesystem;

namespace {

// A copy of the sample site (site.yaml and content/), to write reports into.
void copy_sample_site(const TempSite& site) {
  fs::copy(source_dir() / "site.yaml", site.root() / "site.yaml");
  fs::copy(source_dir() / "content", site.root() / "content", fs::copy_options::recursive);
}

plansite::Site load_sample_site() {
  plansite::Diagnostics diagnostics;
  auto site = plansite::load_site(source_dir(), diagnostics);
  REQUIRE(site);
  REQUIRE_FALSE(diagnostics.has_errors());
  return *site;
}

std::vector<std::string> ids_in(const std::string& text) {
  std::vector<std::string> ids;
  static const std::regex item("\\n  - id: ([a-z0-9-]+)\\n");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), item); it != std::sregex_iterator(); ++it)
    ids.push_back((*it)[1]);
  return ids;
}

plansite::ReportPeriod period(const std::string& key, const plansite::Plan& plan) {
  std::string problem, hint;
  bool malformed = false;
  auto p = plansite::new_report_period(key, plan, problem, hint, malformed);
  REQUIRE_MESSAGE(p, problem);
  return *p;
}

}  // namespace

TEST_CASE("new report: every indicator, task and program of each sample plan, in the plan's order") {
  for (const auto& plan : load_sample_site().plans) {
    CAPTURE(plan.id);
    auto files = plansite::new_report_files(plan, period("2026-H2", plan), {2026, 12, 28});
    REQUIRE(files.size() == 1);
    CHECK(files.begin()->first == "content/plans/" + plan.id + "/reports/2026-H2.yaml");
    std::vector<std::string> expected;
    for (const auto& i : plan.indicators) expected.push_back(i.id);
    for (const auto& t : plan.tasks) expected.push_back(t.id);
    for (const auto& p : plan.programs) expected.push_back(p.id);
    CHECK(!expected.empty());
    CHECK(ids_in(files.begin()->second) == expected);
  }
}

TEST_CASE("new report: as written, each blank is an error; filled in, the sample site loads without errors") {
  TempSite site;
  copy_sample_site(site);
  const auto sample = load_sample_site();
  const auto& plan = sample.plans.front();
  auto files = plansite::new_report_files(plan, period("2026-Q3", plan), {2026, 10, 6});
  std::string& text = files.begin()->second;
  CHECK(text.find("\ndate: 2026-10-06\n") != std::string::npos);
  // The sample's reports are by the culture division and illustrative: the new one follows them.
  CHECK(text.find("\nagency: phong-van-hoa-xa-hoi\n") != std::string::npos);
  CHECK(text.find("\nillustrative: true\n") != std::string::npos);
  site.write(files.begin()->first, text);

  std::string blank = check_diagnostics(site.root());
  size_t blanks = plan.indicators.size() + 2 * plan.tasks.size() + 2 * plan.programs.size();
  size_t errors = 0;
  for (size_t at = blank.find(": error: "); at != std::string::npos; at = blank.find(": error: ", at + 1)) ++errors;
  CHECK(errors == blanks);
  CHECK(std::regex_search(blank, std::regex("2026-Q3\\.yaml:[0-9]+:5: error: 'value' is blank\\n")));

  text = std::regex_replace(text, std::regex("\\n    value:\\n"), "\n    value: 50\n");
  text = std::regex_replace(text, std::regex("\\n    status:\\n"), "\n    status: in-progress\n");
  text = std::regex_replace(text, std::regex("\\n    percent:\\n"), "\n    percent: 50\n");
  text = std::regex_replace(text, std::regex("\\n    (sessions|participants):\\n"), "\n    $1: 2\n");
  site.write(files.begin()->first, text);
  CHECK(check_diagnostics(site.root()) == "");
}

TEST_CASE("new report: the date is today's, or the period's last day when the period has not begun") {
  const auto sample = load_sample_site();
  const auto& plan = sample.plans.back();  // 2026
  auto text = [&](const std::string& key, plansite::PartialDate today) {
    return plansite::new_report_files(plan, period(key, plan), today).begin()->second;
  };
  CHECK(text("2026-Q2", {2026, 7, 9}).find("\ndate: 2026-07-09\n") != std::string::npos);
  CHECK(text("2026-Q4", {2026, 7, 9}).find("\ndate: 2026-12-31\n") != std::string::npos);
  CHECK(text("2026-H1", {2025, 1, 1}).find("\ndate: 2026-06-30\n") != std::string::npos);
  std::string year = text("2026", {2026, 1, 1});
  CHECK(year.find("\nperiod: \"2026\"\n") != std::string::npos);
  CHECK(year.find("\ndate: 2026-01-01\n") != std::string::npos);
}

TEST_CASE("new report: the latest reported figures are in each item's comment") {
  const auto sample = load_sample_site();
  const auto& plan = sample.plans.back();  // mo-hinh-diem-cds-2026: two programs, reported in Q1 and Q2
  REQUIRE(plan.id == "mo-hinh-diem-cds-2026");
  REQUIRE(!plan.reports.empty());
  const auto& latest = plan.reports.back();
  REQUIRE(!latest.programs.empty());
  std::string text = plansite::new_report_files(plan, period("2026-Q3", plan), {2026, 10, 1}).begin()->second;
  const auto& program = latest.programs.front();
  CHECK(text.find("  #   báo cáo gần nhất / latest report (" + latest.period.key() + "): " +
                  std::to_string(program.sessions) + " buổi / sessions, " + std::to_string(program.participants) +
                  " người / participants\n  - id: " + program.program.id + "\n") != std::string::npos);
}

TEST_CASE("new report: a period that is no period, or one the plan does not cover, is refused") {
  const auto sample = load_sample_site();
  const auto& plan = sample.plans.back();  // 2026
  std::string problem, hint;
  bool malformed = false;
  CHECK_FALSE(plansite::new_report_period("quy-2", plan, problem, hint, malformed));
  CHECK(malformed);
  CHECK(problem == "malformed report period 'quy-2'");
  CHECK(hint == "write a quarter (2026-Q2), a half-year (2026-H1) or a year (2026)");
  CHECK_FALSE(plansite::new_report_period("2026-q2", plan, problem, hint, malformed));
  CHECK(hint == "write 2026-Q2 (Q and H are capitals)");
  CHECK_FALSE(plansite::new_report_period("2027-Q1", plan, problem, hint, malformed));
  CHECK_FALSE(malformed);
  CHECK(problem == "report period 2027-Q1 is outside the plan's period 2026");
  CHECK(hint == "a plan reports on the years it covers (`period:` in content/plans/mo-hinh-diem-cds-2026/plan.yaml)");
}
