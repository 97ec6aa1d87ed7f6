// Containment of reads: plansite reads only regular files inside the site
// folder (symbolic links resolved) and its built-in theme. Each case links a
// file of the site to a secret outside it and checks that the build names the
// link and that the secret reaches no page.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <sstream>

#include "cli/build.h"
#include "test_support.h"
#include "util/read_inside.h"

namespace fs = std::filesystem;
using plansite::testing::minimal_site;
using plansite::testing::read_tree;
using plansite::testing::TempSite;

namespace {

using Files = std::map<std::string, std::string>;

const std::string kSecret = "mat-khau-bi-mat-42";
const std::string kPlanFolder = "content/plans/ke-hoach-thu";

struct Outcome {
  int code;
  std::string errors;
  bool leaked;  ///< the secret is in some file of the output
};

// Builds `site` into `site/public` and looks for the secret in the output.
Outcome build(const TempSite& site) {
  plansite::BuildOptions options;
  options.source = site.root();
  options.jobs = 1;
  std::ostringstream out, err;
  Outcome outcome{plansite::run_build(options, out, err), err.str(), false};
  std::error_code ec;
  if (fs::exists(site.root() / "public", ec))
    for (const auto& [path, content] : read_tree(site.root() / "public"))
      outcome.leaked = outcome.leaked || content.find(kSecret) != std::string::npos;
  return outcome;
}

// A secret file outside the site, holding valid content of the kind it stands for.
struct Outside {
  TempSite folder;
  fs::path file(const std::string& name) const { return fs::canonical(folder.root()) / name; }
};

// Replaces `relative` in the site by a link to `target`.
void link(const TempSite& site, const std::string& relative, const fs::path& target) {
  fs::remove_all(site.root() / relative);
  fs::create_directories((site.root() / relative).parent_path());
  fs::create_symlink(target, site.root() / relative);
}

std::string refusal(const std::string& file, const fs::path& real, const std::string& what = "this file ") {
  return file + ": error: " + what + plansite::outside_message(real, what == "this plan folder ") +
         "\n  hint: " + plansite::outside_hint() + "\n";
}

}  // namespace

TEST_CASE("read_inside reads a file inside the folder, through links that stay inside") {
  TempSite site(Files{{"a/file.txt", "hello"}});
  fs::create_symlink("a/file.txt", site.root() / "link.txt");
  auto read = plansite::read_inside(site.root(), site.root() / "link.txt");
  CHECK(read.problem == plansite::InsideRead::Problem::none);
  CHECK(read.text == "hello");
  CHECK(read.real == fs::canonical(site.root() / "a/file.txt"));
}

TEST_CASE("read_inside refuses links out, folders, FIFOs and missing files") {
  using Problem = plansite::InsideRead::Problem;
  TempSite site, outside(Files{{"secret", kSecret}});
  fs::create_symlink(outside.root() / "secret", site.root() / "out");
  fs::create_symlink("/etc/passwd", site.root() / "passwd");
  fs::create_directory_symlink(outside.root(), site.root() / "folder");
  fs::create_symlink("nowhere", site.root() / "dangling");
  REQUIRE(::mkfifo((site.root() / "fifo").c_str(), 0600) == 0);
  auto out = plansite::read_inside(site.root(), site.root() / "out");
  CHECK(out.problem == Problem::outside);
  CHECK(out.text.empty());
  CHECK(out.real == fs::canonical(outside.root() / "secret"));
  CHECK(plansite::read_inside(site.root(), site.root() / "passwd").problem == Problem::outside);
  CHECK(plansite::read_inside(site.root(), site.root() / "folder/secret").problem == Problem::outside);
  CHECK(plansite::read_inside(site.root(), site.root() / "dangling").problem == Problem::missing);
  CHECK(plansite::read_inside(site.root(), site.root() / "fifo").problem == Problem::not_regular);  // does not block
  CHECK(plansite::read_inside(site.root(), site.root()).problem == Problem::not_regular);
  CHECK(plansite::read_inside(site.root(), site.root() / "none").problem == Problem::missing);
  // A folder whose name starts like the site's is not inside it.
  TempSite twin(Files{{"x", "y"}});
  fs::path sibling = site.root().string() + "-twin";
  fs::create_directory_symlink(twin.root(), sibling);
  fs::create_symlink(sibling / "x", site.root() / "sibling");
  CHECK(plansite::read_inside(site.root(), site.root() / "sibling").problem == Problem::outside);
  fs::remove(sibling);
}

TEST_CASE("site.yaml linked out of the site is refused, not read") {
  TempSite site(minimal_site());
  Outside outside{TempSite(Files{{"site.yaml", minimal_site()["site.yaml"] + "description: " + kSecret + "\n"}})};
  link(site, "site.yaml", outside.file("site.yaml"));
  Outcome built = build(site);
  CHECK(built.code == 1);
  CHECK(built.errors.find(refusal("site.yaml", outside.file("site.yaml"))) != std::string::npos);
  CHECK_FALSE(built.leaked);
  // /etc/passwd, the classic.
  link(site, "site.yaml", "/etc/passwd");
  built = build(site);
  CHECK(built.code == 1);
  CHECK(built.errors.find(refusal("site.yaml", fs::canonical("/etc/passwd"))) != std::string::npos);
}

TEST_CASE("agencies.yaml, plan.yaml and a plan's text linked out of the site are refused") {
  for (const std::string& file : std::vector<std::string>{"content/agencies.yaml", kPlanFolder + "/plan.yaml", kPlanFolder + "/body.vi.md",
                                 kPlanFolder + "/body.en.md"}) {
    CAPTURE(file);
    auto files = minimal_site();
    std::string content = files.count(file) ? files[file] : "# Text\n";
    // YAML keeps the secret in a comment, Markdown in the text: either way it must not be read.
    content += file.ends_with(".md") ? kSecret + "\n" : "# " + kSecret + "\n";
    TempSite site(files);
    Outside outside{TempSite(Files{{"secret", content}})};
    link(site, file, outside.file("secret"));
    Outcome built = build(site);
    CHECK(built.code == 1);
    CHECK(built.errors.find(refusal(file, outside.file("secret"))) != std::string::npos);
    CHECK_FALSE(built.leaked);
  }
}

TEST_CASE("a plan folder linked out of the site is refused as a whole") {
  auto files = minimal_site();
  TempSite site(files);
  std::map<std::string, std::string> plan;
  for (const auto& [path, content] : files)
    if (path.starts_with(kPlanFolder + "/")) plan[path.substr(kPlanFolder.size() + 1)] = content;
  plan["body.vi.md"] += kSecret + "\n";
  Outside outside{TempSite(plan)};
  fs::create_directory_symlink(fs::canonical(outside.folder.root()), site.root() / "content/plans/ke-hoach-hai");
  Outcome built = build(site);
  CHECK(built.code == 1);
  CHECK(built.errors.find(refusal("content/plans/ke-hoach-hai", fs::canonical(outside.folder.root()),
                                  "this plan folder ")) != std::string::npos);
  CHECK_FALSE(built.leaked);
}

TEST_CASE("theme files and interface strings linked out of the site are refused") {
  TempSite site(minimal_site());
  site.write("themes/default/.keep", "");
  Outside outside{TempSite(Files{{"style.css", "body{content:'" + kSecret + "'}\n"},
                            {"vi.yaml", "# " + kSecret + "\n"}})};
  link(site, "themes/default/extra.css", outside.file("style.css"));
  Outcome built = build(site);
  CHECK(built.code == 1);
  CHECK(built.errors.find(refusal((site.root() / "themes/default/extra.css").string(), outside.file("style.css"),
                                  "this theme file ")) != std::string::npos);
  CHECK_FALSE(built.leaked);

  fs::remove(site.root() / "themes/default/extra.css");
  link(site, "i18n/vi.yaml", outside.file("vi.yaml"));
  built = build(site);
  CHECK(built.code == 1);
  CHECK(built.errors.find(refusal("i18n/vi.yaml", outside.file("vi.yaml"))) != std::string::npos);
}

TEST_CASE("a spreadsheet report file linked out of the site is refused") {
  TempSite site(minimal_site());
  Outside outside{TempSite(Files{{"chi-tieu.csv", "ma,ten\n" + kSecret + ",x\n"}})};
  link(site, kPlanFolder + "/reports/2026-Q2/chi-tieu.csv", outside.file("chi-tieu.csv"));
  Outcome built = build(site);
  CHECK(built.code == 1);
  CHECK(built.errors.find(refusal(kPlanFolder + "/reports/2026-Q2/chi-tieu.csv", outside.file("chi-tieu.csv"))) !=
        std::string::npos);
  CHECK_FALSE(built.leaked);
}

TEST_CASE("links that stay inside the site are followed") {
  auto files = minimal_site();
  files["shared/body.md"] = files[kPlanFolder + "/body.vi.md"];
  files.erase(kPlanFolder + "/body.vi.md");
  TempSite site(files);
  fs::create_symlink("../../../shared/body.md", site.root() / kPlanFolder / "body.vi.md");
  Outcome built = build(site);
  INFO(built.errors);
  CHECK(built.code == 0);
}
