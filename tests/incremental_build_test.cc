// Incremental builds: a plan's pages are reused from the previous output
// only while nothing they show changed, and the site is always the one a
// full build makes, whatever happened to the record or the output between.
#include <doctest/doctest.h>

#include <regex>
#include <sstream>

#include "cli/build.h"
#include "test_support.h"
#include "util/read_file.h"
#include "write/page_record.h"

namespace fs = std::filesystem;
using plansite::testing::read_tree;
using plansite::testing::replace_once;
using plansite::testing::source_dir;
using plansite::testing::TempSite;

namespace {

// The sample site (its site.yaml and content/; the theme is the built-in one).
std::map<std::string, std::string> sample_site() {
  std::map<std::string, std::string> files;
  for (auto& [path, bytes] : read_tree(source_dir() / "content")) files["content/" + path] = bytes;
  files["site.yaml"] = plansite::read_file(source_dir() / "site.yaml").value();
  return files;
}

struct Built {
  size_t made = 0, unchanged = 0;
  std::map<std::string, std::string> files;
};

Built build(const TempSite& site, const std::string& output, const char* as_of = nullptr) {
  plansite::BuildOptions options;
  options.source = site.root();
  options.output = site.root() / output;
  if (as_of) options.as_of = plansite::PartialDate{std::stoi(std::string(as_of).substr(0, 4)), 7, 31};
  std::ostringstream out, err;
  int code = plansite::run_build(options, out, err);
  INFO(err.str());
  REQUIRE(code == 0);
  std::smatch m;
  std::string said = out.str();
  REQUIRE(std::regex_search(said, m, std::regex(R"(^built \d+ files into \S+ in \d+\.\d\d s \((\d+) pages made, (\d+) unchanged\)\n$)")));
  return {std::stoul(m[1]), std::stoul(m[2]), read_tree(options.output)};
}

// What a build from nothing makes of the site as it is now.
std::map<std::string, std::string> full_build(const TempSite& site) {
  fs::remove_all(site.root() / "scratch");
  fs::remove(plansite::page_record_path(site.root() / "scratch"));
  Built full = build(site, "scratch");
  CHECK(full.unchanged == 0);
  return full.files;
}

size_t pages_of(const std::map<std::string, std::string>& files, const std::string& plan) {
  size_t n = 0;
  for (const auto& [path, bytes] : files)
    if (path.ends_with(".html") && path.find("/" + plan + "/") != std::string::npos) ++n;
  return n;
}

}  // namespace

TEST_CASE("incremental builds reuse a plan's pages while nothing they show changed, and equal a full build") {
  TempSite site(sample_site());
  const std::string kept = "chuyen-doi-so-2026-2030", changed = "mo-hinh-diem-cds-2026";

  Built first = build(site, "public");
  CHECK(first.unchanged == 0);
  const size_t pages = first.made;
  const size_t plan_pages = pages_of(first.files, kept) + pages_of(first.files, changed);
  REQUIRE(plan_pages > 20);

  // Nothing changed: every plan page is reused, every other page made again.
  Built second = build(site, "public");
  CHECK(second.unchanged == plan_pages);
  CHECK(second.made == pages - plan_pages);
  CHECK(second.files == first.files);

  // One report of one plan: that plan's pages are made again, the other's kept.
  std::string report = read_tree(site.root() / "content/plans" / changed / "reports").at("2026-Q2.yaml");
  replace_once(report, "participants: 56", "participants: 57");
  site.write("content/plans/" + changed + "/reports/2026-Q2.yaml", report);
  Built third = build(site, "public");
  CHECK(third.unchanged == pages_of(first.files, kept));
  CHECK(third.files != second.files);
  CHECK(third.files == full_build(site));

  // The build's date changes every status: nothing is reused.
  Built dated = build(site, "public", "2026");
  CHECK(dated.unchanged == 0);
  Built back = build(site, "public");
  CHECK(back.unchanged == 0);
  CHECK(back.files == third.files);
}

TEST_CASE("incremental builds trust neither a damaged record nor a changed output") {
  TempSite site(sample_site());
  Built first = build(site, "public");
  const fs::path record = plansite::page_record_path(site.root() / "public");
  REQUIRE(fs::exists(record));

  const size_t all = build(site, "public").unchanged;  // every plan page
  REQUIRE(all > 20);

  // A page of the output changed by hand is made again; the others are reused.
  const std::string page = "ke-hoach/chuyen-doi-so-2026-2030/index.html";
  site.write("public/" + page, "<p>sửa tay</p>");
  Built second = build(site, "public");
  CHECK(second.unchanged == all - 1);
  CHECK(second.files == first.files);

  // A page gone from the output is made again.
  fs::remove(site.root() / "public" / page);
  Built third = build(site, "public");
  CHECK(third.unchanged == all - 1);
  CHECK(third.files == first.files);

  // One byte of the record changed: the whole record is ignored.
  std::string text = read_tree(record.parent_path()).at(record.filename().string());
  text[text.find(" 0 ") + 1] = '1';
  site.write(record.filename().string(), text);
  Built fourth = build(site, "public");
  CHECK(fourth.unchanged == 0);
  CHECK(fourth.files == first.files);

  // A record cut short, or not a record at all, likewise.
  for (const std::string& damaged : {text.substr(0, text.size() / 2), std::string("garbage\n"), std::string()}) {
    site.write(record.filename().string(), damaged);
    Built again = build(site, "public");
    CHECK(again.unchanged == 0);
    CHECK(again.files == first.files);
  }
}
