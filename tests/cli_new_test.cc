// `plansite new` as an officer meets it: new site → build, new plan → check,
// new report → fill in → build; never a replaced file; exact refusals.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "test_support.h"

using plansite::testing::read_tree;
using plansite::testing::run_command;
using plansite::testing::TempSite;

namespace fs = std::filesystem;

namespace {

const std::string kBinary = PLANSITE_BINARY;

int run_plansite(const std::string& args, std::string& output) { return run_command(kBinary + " " + args, output); }

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A new site with one new plan, in `site`'s folder.
void new_site_with_plan(const TempSite& site, const std::string& plan) {
  std::string out;
  REQUIRE(run_plansite("new site " + site.root().string(), out) == 0);
  REQUIRE(run_plansite("new plan " + plan + " --source " + site.root().string(), out) == 0);
}

}  // namespace

TEST_CASE("cli new: new site builds at once and says what to do next") {
  TempSite site;
  std::string out;
  REQUIRE(run_plansite("new site " + site.root().string(), out) == 0);
  CHECK(out == "wrote " + (site.root() / "content/agencies.yaml").string() + "\nwrote " +
                   (site.root() / "site.yaml").string() +
                   "\nnext: write the commune's name and address in site.yaml and its agencies in "
                   "content/agencies.yaml,\nthen add a plan and build:\n"
                   "  plansite new plan ke-hoach-moi --source " + site.root().string() + "\n"
                   "  plansite build --source " + site.root().string() + "\n");
  CHECK(run_plansite("check --source " + site.root().string(), out) == 0);
  CHECK(out.find("warning") == std::string::npos);
  CHECK(run_plansite("build --source " + site.root().string(), out) == 0);
  CHECK(fs::exists(site.root() / "public/index.html"));
  CHECK(fs::exists(site.root() / "public/en/index.html"));
}

TEST_CASE("cli new: new plan passes check with no warning, and builds its pages") {
  TempSite site;
  new_site_with_plan(site, "ke-hoach-thu");
  for (const char* file : {"plan.yaml", "body.vi.md", "body.en.md"})
    CHECK(fs::exists(site.root() / "content/plans/ke-hoach-thu" / file));
  std::string out;
  CHECK(run_plansite("check --source " + site.root().string(), out) == 0);
  CHECK(out == "ok: 1 plans, no errors\n");
  CHECK(run_plansite("build --source " + site.root().string(), out) == 0);
  CHECK(fs::exists(site.root() / "public/ke-hoach/ke-hoach-thu/index.html"));
}

TEST_CASE("cli new: a report filled in with the figures builds; left blank, check points at each blank") {
  TempSite site;
  new_site_with_plan(site, "ke-hoach-thu");
  std::string out;
  // The plan's period is this year (the machine's); its first quarter has always begun.
  std::smatch period;
  std::string plan = read(site.root() / "content/plans/ke-hoach-thu/plan.yaml");
  REQUIRE(std::regex_search(plan, period, std::regex("\\nperiod: \"([0-9]{4})\"\\n")));
  std::string q1 = period[1].str() + "-Q1";
  REQUIRE(run_plansite("new report ke-hoach-thu " + q1 + " --source " + site.root().string(), out) == 0);
  fs::path report = site.root() / ("content/plans/ke-hoach-thu/reports/" + q1 + ".yaml");
  REQUIRE(fs::exists(report));

  CHECK(run_plansite("check --source " + site.root().string(), out) == 1);
  for (const char* key : {"value", "status", "percent", "sessions", "participants"})
    CHECK(out.find("error: '" + std::string(key) + "' is blank\n") != std::string::npos);
  CHECK(out.find("5 errors; nothing was written") != std::string::npos);

  std::string sed = "sed -i -e 's/^    value:$/    value: 55/' -e 's/^    status:$/    status: in-progress/' "
                    "-e 's/^    percent:$/    percent: 40/' -e 's/^    sessions:$/    sessions: 3/' "
                    "-e 's/^    participants:$/    participants: 41/' " + report.string();
  REQUIRE(run_command(sed, out) == 0);
  CHECK(run_plansite("build --source " + site.root().string(), out) == 0);
  CHECK(read(site.root() / "public/du-lieu/chi-tieu.csv").find("," + q1 + ",") != std::string::npos);
}

TEST_CASE("cli new: never replaces a file; the second run exits 1 and leaves it as it was") {
  TempSite site;
  new_site_with_plan(site, "ke-hoach-thu");
  std::string out;
  fs::path site_yaml = site.root() / "site.yaml";
  std::ofstream(site_yaml, std::ios::app) << "# the officer's own edit\n";
  std::string before = read(site_yaml);
  CHECK(run_plansite("new site " + site.root().string(), out) == 1);
  CHECK(out == "content/agencies.yaml: error: the file already exists; nothing was written\n"
               "  hint: plansite new never replaces a file: edit it, or move it away and run the command again\n"
               "site.yaml: error: the file already exists; nothing was written\n"
               "  hint: plansite new never replaces a file: edit it, or move it away and run the command again\n");
  CHECK(read(site_yaml) == before);

  auto plan_before = read_tree(site.root() / "content/plans");
  CHECK(run_plansite("new plan ke-hoach-thu --source " + site.root().string(), out) == 1);
  CHECK(out.find("content/plans/ke-hoach-thu/plan.yaml: error: the file already exists; nothing was written\n") !=
        std::string::npos);
  CHECK(read_tree(site.root() / "content/plans") == plan_before);

  std::smatch period;
  std::string plan = read(site.root() / "content/plans/ke-hoach-thu/plan.yaml");
  REQUIRE(std::regex_search(plan, period, std::regex("\\nperiod: \"([0-9]{4})\"\\n")));
  std::string year = period[1].str();
  REQUIRE(run_plansite("new report ke-hoach-thu " + year + " --source " + site.root().string(), out) == 0);
  fs::path report = site.root() / ("content/plans/ke-hoach-thu/reports/" + year + ".yaml");
  std::ofstream(report, std::ios::app) << "# typed by the officer\n";
  std::string report_before = read(report);
  CHECK(run_plansite("new report ke-hoach-thu " + year + " --source " + site.root().string(), out) == 1);
  CHECK(out == "content/plans/ke-hoach-thu/reports/" + year +
                   ".yaml: error: the file already exists; nothing was written\n"
                   "  hint: plansite new never replaces a file: edit it, or move it away and run the command again\n");
  CHECK(read(report) == report_before);
}

TEST_CASE("cli new: bad plan ids, periods and plans get their exact messages") {
  TempSite site;
  new_site_with_plan(site, "ke-hoach-thu");
  std::string source = " --source " + site.root().string();
  std::string out;
  CHECK(run_plansite("new plan Ke_Hoach" + source, out) == 2);
  CHECK(out.rfind("plansite: invalid plan id 'Ke_Hoach'\n"
                  "  hint: a plan id is lowercase ASCII letters, digits and single dashes, at most 95 characters, "
                  "e.g. chuyen-doi-so-2026\n\nusage: plansite new plan PLAN-ID [--source DIR]\n", 0) == 0);
  CHECK(run_plansite("new plan trang-thai" + source, out) == 2);
  CHECK(out.rfind("plansite: a plan may not be called 'trang-thai': the site's task list uses that word in its "
                  "addresses\n  hint: choose another name, e.g. 'ke-hoach-trang-thai'\n", 0) == 0);
  CHECK_FALSE(fs::exists(site.root() / "content/plans/trang-thai"));

  CHECK(run_plansite("new report ke-hoach-thuu 2026-Q2" + source, out) == 1);
  CHECK(out == "plansite: unknown plan 'ke-hoach-thuu'\n  hint: did you mean 'ke-hoach-thu'?\n");
  CHECK(run_plansite("new report ke-hoach-thu quy-2" + source, out) == 2);
  CHECK(out.rfind("plansite: malformed report period 'quy-2'\n"
                  "  hint: write a quarter (2026-Q2), a half-year (2026-H1) or a year (2026)\n\n"
                  "usage: plansite new report PLAN-ID PERIOD [--source DIR]\n", 0) == 0);
  CHECK(run_plansite("new report ke-hoach-thu 1990-Q1" + source, out) == 1);
  CHECK(std::regex_match(out, std::regex("plansite: report period 1990-Q1 is outside the plan's period [0-9]{4}\n"
                                         "  hint: a plan reports on the years it covers \\(`period:` in "
                                         "content/plans/ke-hoach-thu/plan.yaml\\)\n")));
  CHECK_FALSE(fs::exists(site.root() / "content/plans/ke-hoach-thu/reports"));
}

TEST_CASE("cli new: --help of each, and usage errors exit 2") {
  std::string out;
  CHECK(run_plansite("new --help", out) == 0);
  CHECK(out.rfind("usage: plansite new site DIR\n       plansite new plan PLAN-ID [--source DIR]\n", 0) == 0);
  CHECK(run_plansite("new site --help", out) == 0);
  CHECK(out.rfind("usage: plansite new site DIR\n\n", 0) == 0);
  CHECK(run_plansite("new plan --help", out) == 0);
  CHECK(out.rfind("usage: plansite new plan PLAN-ID [--source DIR]\n\n", 0) == 0);
  CHECK(run_plansite("new report --help", out) == 0);
  CHECK(out.rfind("usage: plansite new report PLAN-ID PERIOD [--source DIR]\n\n", 0) == 0);
  CHECK(run_plansite("--help", out) == 0);
  CHECK(out.find("  new       write a new site, plan or progress report to fill in\n") != std::string::npos);

  CHECK(run_plansite("new", out) == 2);
  CHECK(run_plansite("new plna x", out) == 2);
  CHECK(out.rfind("plansite: cannot make 'plna'\n  hint: did you mean 'plan'?\n", 0) == 0);
  CHECK(run_plansite("new site", out) == 2);
  CHECK(out.rfind("plansite: missing arguments\n", 0) == 0);
  CHECK(run_plansite("new report x", out) == 2);
  CHECK(run_plansite("new plan x y", out) == 2);
  CHECK(out.rfind("plansite: unexpected argument 'y'\n", 0) == 0);
  CHECK(run_plansite("new plan x --source /nonexistent/plansite-site", out) == 2);
  CHECK(run_plansite("new site x --frobnicate", out) == 2);
  CHECK(out.rfind("plansite: unknown option '--frobnicate'\n", 0) == 0);
}
