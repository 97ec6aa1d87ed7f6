// The parallel pipeline: many plans, any number of threads, the same site.
#include <doctest/doctest.h>

#include <set>
#include <sstream>

#include "cli/build.h"
#include "test_support.h"

namespace fs = std::filesystem;
using plansite::testing::minimal_site;
using plansite::testing::read_tree;
using plansite::testing::replace_once;
using plansite::testing::TempSite;

namespace {

// The minimal site with `count` plans, dated so the newest is plan 1 and two
// share each date (the id breaks the tie). Ids are unique across plans.
std::map<std::string, std::string> site_with_plans(int count) {
  auto files = minimal_site();
  std::string yaml = files["content/plans/ke-hoach-thu/plan.yaml"];
  std::string vi = files["content/plans/ke-hoach-thu/body.vi.md"];
  std::string en = files["content/plans/ke-hoach-thu/body.en.md"];
  files.erase("content/plans/ke-hoach-thu/plan.yaml");
  files.erase("content/plans/ke-hoach-thu/body.vi.md");
  files.erase("content/plans/ke-hoach-thu/body.en.md");
  for (int i = 1; i <= count; ++i) {
    std::string n = std::to_string(i);
    std::string plan = yaml;
    replace_once(plan, "id: ti-le", "id: ti-le-" + n);
    replace_once(plan, "id: nv-1", "id: nv-" + n);
    replace_once(plan, "Kế hoạch thử", "Kế hoạch số " + n);
    int day_index = 1000 - (i + 1) / 2;  // 999, 999, 998, 998, ...
    char date[16];
    std::snprintf(date, sizeof date, "%d-%02d-%02d", 2020 + day_index / 336, 1 + day_index % 336 / 28,
                  1 + day_index % 28);
    replace_once(plan, "date: 2026-04", std::string("date: ") + date);
    std::string folder = "content/plans/kh-" + n + "/";
    files[folder + "plan.yaml"] = plan;
    files[folder + "body.vi.md"] = vi;
    files[folder + "body.en.md"] = en;
  }
  return files;
}

std::map<std::string, std::string> build(const TempSite& site, int jobs, const std::string& output) {
  plansite::BuildOptions options;
  options.source = site.root();
  options.output = site.root() / output;
  options.jobs = jobs;
  std::ostringstream out, err;
  int code = plansite::run_build(options, out, err);
  INFO(err.str());
  REQUIRE(code == 0);
  return read_tree(options.output);
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("one thread and many threads build byte-identical sites with every page") {
  TempSite site(site_with_plans(230));
  auto one = build(site, 1, "one");
  auto four = build(site, 4, "four");
  auto default_jobs = build(site, 0, "default");
  CHECK(one == four);
  CHECK(one == default_jobs);
  for (int i = 1; i <= 230; ++i) {
    std::string n = std::to_string(i);
    CHECK(one.count("ke-hoach/kh-" + n + "/index.html") == 1);
    CHECK(one.count("en/plans/kh-" + n + "/index.html") == 1);
    CHECK(one.count("nhiem-vu/kh-" + n + "/nv-" + n + "/index.html") == 1);
    CHECK(one.count("en/tasks/kh-" + n + "/nv-" + n + "/index.html") == 1);
    CHECK(one.count("chi-tieu/kh-" + n + "/ti-le-" + n + "/index.html") == 1);
    CHECK(one.count("en/indicators/kh-" + n + "/ti-le-" + n + "/index.html") == 1);
  }
  // In each language: each plan's page, task page, indicator page and table
  // of indicators; the plan index, the task list, its "not started" and one
  // year's filter, and the indicator index, three pages each for 230 items;
  // the program index and the report index; the home, search, agency index,
  // 404 and embeddable summary pages, the open-data page (three pages, as the
  // plan index), the two agencies' pages and the search index.
  // Then README, stylesheet, search script, favicon.svg, favicon.ico,
  // robots.txt, and the open data: three kinds in CSV and JSON for the site
  // and for each plan.
  CHECK(one.size() == 2 * (4 * 230 + 5 * 3 + 1 + 1 + 1 + 1 + 1 + 3 + 1 + 2 + 1 + 1) + 6 + 6 * (230 + 1));
}

TEST_CASE("the home page lists the newest plans and links to a paged plan index") {
  TempSite site(site_with_plans(230));
  auto files = build(site, 2, "public");
  const std::string& home = files.at("index.html");
  CHECK(count(home, "class=\"card\"") == 20);
  CHECK(home.find("href=\"ke-hoach/kh-1/index.html\"") != std::string::npos);   // newest
  CHECK(home.find("href=\"ke-hoach/kh-20/index.html\"") != std::string::npos);
  CHECK(home.find("href=\"ke-hoach/kh-21/index.html\"") == std::string::npos);
  CHECK(home.find("Xem tất cả kế hoạch (230)") != std::string::npos);
  CHECK(home.find("href=\"ke-hoach/index.html\"") != std::string::npos);

  // 100 to a page, newest first; every plan on exactly one page.
  const std::string& first = files.at("ke-hoach/index.html");
  const std::string& second = files.at("ke-hoach/trang/2/index.html");
  const std::string& third = files.at("ke-hoach/trang/3/index.html");
  CHECK(files.count("ke-hoach/trang/4/index.html") == 0);
  CHECK(count(first, "class=\"card\"") == 100);
  CHECK(count(second, "class=\"card\"") == 100);
  CHECK(count(third, "class=\"card\"") == 30);
  for (int i = 1; i <= 230; ++i) {
    // "kh-5/index.html" from the first page, "../../kh-5/index.html" from the others.
    std::string link = "kh-" + std::to_string(i) + "/index.html\"";
    CHECK(count(first, link) + count(second, link) + count(third, link) == 1);
  }
  // Plans 99 and 100 share a date, and the id orders them: "kh-100" before "kh-99".
  CHECK(first.find("href=\"kh-100/index.html\"") < first.find("href=\"kh-99/index.html\""));
  CHECK(second.find("href=\"../../kh-101/index.html\"") != std::string::npos);
  CHECK(second.find("rel=\"prev\"") != std::string::npos);
  CHECK(second.find("href=\"../3/index.html\" rel=\"next\"") != std::string::npos);
  CHECK(second.find("href=\"index.html\" aria-current=\"page\"") != std::string::npos);
  // Without JavaScript, search offers the newest plans and the index, not all 230.
  CHECK(count(files.at("tim-kiem/index.html"), "<li><a href=\"../ke-hoach/kh-") == 20);
  // The English twin of page 2 and the language switch between them.
  const std::string& english = files.at("en/plans/page/2/index.html");
  CHECK(english.find("href=\"../../../../ke-hoach/trang/2/index.html\"") != std::string::npos);
  CHECK(second.find("href=\"../../../en/plans/page/2/index.html\"") != std::string::npos);
}

TEST_CASE("the open-data page lists a hundred plans' files a page, the site's files and columns on the first") {
  TempSite site(site_with_plans(230));
  auto files = build(site, 2, "public");
  const std::string& first = files.at("du-lieu/index.html");
  const std::string& second = files.at("du-lieu/trang/2/index.html");
  const std::string& third = files.at("du-lieu/trang/3/index.html");
  CHECK(files.count("du-lieu/trang/4/index.html") == 0);
  // Each plan's six files (three kinds, CSV and JSON) on exactly one page, in
  // the plan index's order; the site's own six only on the first.
  CHECK(count(first, " download>") == 6 * 101);
  CHECK(count(second, " download>") == 6 * 100);
  CHECK(count(third, " download>") == 6 * 30);
  for (int i = 1; i <= 230; ++i) {
    std::string file = "kh-" + std::to_string(i) + "/nhiem-vu.csv\"";
    CHECK(count(first, "\"" + file) + count(second, "../../" + file) + count(third, "../../" + file) == 1);
  }
  CHECK(first.find("href=\"kh-1/nhiem-vu.csv\"") != std::string::npos);  // newest first
  CHECK(second.find("href=\"../../kh-101/nhiem-vu.csv\"") != std::string::npos);
  CHECK(first.find("href=\"nhiem-vu.csv\"") != std::string::npos);
  CHECK(second.find("href=\"../../nhiem-vu.csv\"") == std::string::npos);
  // What the columns mean is said once, and the later pages link to it.
  CHECK(first.find("id=\"schema-heading\"") != std::string::npos);
  CHECK(second.find("id=\"schema-heading\"") == std::string::npos);
  CHECK(second.find("href=\"../../index.html#schema-heading\"") != std::string::npos);
  // Pages link their neighbours, and the English twin of page 2 is paged too.
  CHECK(first.find("href=\"trang/2/index.html\" rel=\"next\"") != std::string::npos);
  CHECK(second.find("rel=\"prev\"") != std::string::npos);
  CHECK(third.find("rel=\"next\"") == std::string::npos);
  CHECK(files.at("en/data/page/2/index.html").find("href=\"../../../../du-lieu/kh-101/nhiem-vu.csv\"") !=
        std::string::npos);
}

TEST_CASE("the open-data page names each plan's table apart, even for plans of the same title") {
  auto files = site_with_plans(2);
  replace_once(files["content/plans/kh-2/plan.yaml"], "Kế hoạch số 2", "Kế hoạch số 1");
  TempSite site(files);
  const std::string page = build(site, 2, "public").at("du-lieu/index.html");
  // A screen reader lists the table regions by their names: no two alike.
  std::set<std::string> names;
  size_t captions = 0;
  for (size_t at = page.find("<caption"); at != std::string::npos; at = page.find("<caption", at + 1)) {
    size_t start = page.find('>', at) + 1;
    names.insert(page.substr(start, page.find("</caption>", start) - start));
    ++captions;
  }
  CHECK(captions == 6);  // the site's files, the two plans' and the three tables of columns
  CHECK(names.size() == captions);
  CHECK(page.find("(kh-1)</caption>") != std::string::npos);
  CHECK(page.find("(kh-2)</caption>") != std::string::npos);
  // The plans' sections are not named regions of their own: a hundred on a
  // page would be noise, and two of one title would share a name.
  CHECK(page.find("<section aria-labelledby=\"files-") == std::string::npos);
}

TEST_CASE("a site with one plan has one index page and no page links") {
  TempSite site(minimal_site());
  auto files = build(site, 2, "public");
  CHECK(files.count("ke-hoach/index.html") == 1);
  CHECK(files.count("ke-hoach/trang/2/index.html") == 0);
  CHECK(files.at("ke-hoach/index.html").find("class=\"pagination\"") == std::string::npos);
  CHECK(files.count("du-lieu/trang/2/index.html") == 0);
  CHECK(files.at("du-lieu/index.html").find("class=\"pagination\"") == std::string::npos);
  CHECK(files.at("index.html").find("Xem tất cả kế hoạch") == std::string::npos);
}

TEST_CASE("a render error on one of many threads fails the build and leaves the output as it was") {
  auto files = site_with_plans(40);
  TempSite site(files);
  auto before = build(site, 2, "public");
  site.write("themes/broken/plan.mustache", "{{#unclosed}}");
  std::string config = files["site.yaml"] + "theme: broken\n";
  site.write("site.yaml", config);
  plansite::BuildOptions options;
  options.source = site.root();
  options.jobs = 2;
  std::ostringstream out, err;
  CHECK(plansite::run_build(options, out, err) == 1);
  CHECK(read_tree(site.root() / "public") == before);
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(site.root(), ec))
    CHECK(entry.path().filename().string().find("staging") == std::string::npos);
}
