// `plansite publish` as an officer meets it: help, usage errors, a local web
// root published, republished, rolled back. Real servers: tests/publish/*.sh.
#include <doctest/doctest.h>

#include <filesystem>

#include "test_support.h"

using plansite::testing::minimal_site;
using plansite::testing::replace_once;
using plansite::testing::run_command;
using plansite::testing::TempSite;

namespace fs = std::filesystem;

namespace {

int run_plansite(const std::string& args, std::string& output) {
  return run_command(std::string(PLANSITE_BINARY) + " " + args, output);
}

std::string live_release(const fs::path& web_root) { return fs::read_symlink(web_root).filename().string(); }

}  // namespace

TEST_CASE("cli publish: --help, and usage errors exit 2 before anything is built") {
  std::string out;
  CHECK(run_plansite("publish --help", out) == 0);
  CHECK(out.find("usage: plansite publish [--source DIR] [--to TARGET] [--rollback] [--dry-run] [--keep N]") !=
        std::string::npos);
  CHECK(run_plansite("--help", out) == 0);
  CHECK(out.find("  publish ") != std::string::npos);
  CHECK(run_plansite("publish --frobnicate", out) == 2);
  CHECK(run_plansite("publish --keep 0", out) == 2);
  CHECK(out.find("--keep needs a number from 1 to 100") != std::string::npos);
  CHECK(run_plansite("publish --to", out) == 2);

  TempSite site(minimal_site());
  CHECK(run_plansite("publish --source " + site.root().string(), out) == 2);
  CHECK(out.find("plansite: site.yaml lists no publish targets\n  hint: add a `publish:` list") != std::string::npos);
  CHECK(run_plansite("publish --source " + site.root().string() + " --to webb", out) == 2);
  CHECK(out.find("site.yaml has no publish target 'webb'") != std::string::npos);
  CHECK_FALSE(fs::exists(site.root() / "public"));
}

TEST_CASE("cli publish: a web root gets releases switched by a link, and --rollback goes back one") {
  TempSite site(minimal_site());
  fs::path web = site.root() / "www" / "xa";
  std::string to = " --source " + site.root().string() + " --to dir:" + web.string();
  std::string out;
  REQUIRE(run_plansite("publish" + to, out) == 0);
  CHECK(out.find("published 'dir:" + web.string() + "': " + web.string() + " -> ") != std::string::npos);
  REQUIRE(fs::is_symlink(web));
  std::string first = live_release(web);
  CHECK(fs::exists(web / "index.html"));

  CHECK(run_plansite("publish --dry-run" + to, out) == 0);
  CHECK(out.find("already serves this site") != std::string::npos);

  auto plan = site.root() / "content/plans/ke-hoach-thu/plan.yaml";
  std::string text;
  REQUIRE(run_command("cat " + plan.string(), text) == 0);
  replace_once(text, "title: {vi: Kế hoạch thử, en: A test plan}", "title: {vi: Kế hoạch mới, en: A new plan}");
  site.write("content/plans/ke-hoach-thu/plan.yaml", text);
  CHECK(run_plansite("publish --dry-run" + to, out) == 0);
  CHECK(out.find("would write release") != std::string::npos);
  CHECK(live_release(web) == first);
  REQUIRE(run_plansite("publish" + to, out) == 0);
  std::string second = live_release(web);
  CHECK(second > first);
  CHECK(out.find("(was " + first + ")") != std::string::npos);

  REQUIRE(run_plansite("publish --rollback" + to, out) == 0);
  CHECK(out.find("rolled back 'dir:" + web.string() + "': " + web.string() + " -> " + first + " (was " + second +
                 ")") != std::string::npos);
  CHECK(live_release(web) == first);
  CHECK(run_plansite("publish --rollback" + to, out) == 1);
  CHECK(live_release(web) == first);
  CHECK(run_plansite("publish --keep 1" + to, out) == 0);
  CHECK(out.find("deleted 2 older releases") != std::string::npos);
}

TEST_CASE("cli publish: broken content publishes nothing and says so") {
  auto files = minimal_site();
  replace_once(files["content/plans/ke-hoach-thu/plan.yaml"], "issuers: [ubnd-xa]", "issuers: [ubnd-xaa]");
  TempSite site(files);
  fs::path web = site.root() / "www" / "xa";
  std::string out;
  CHECK(run_plansite("publish --source " + site.root().string() + " --to dir:" + web.string(), out) == 1);
  CHECK(out.find("plan.yaml:3:11: error: unknown agency 'ubnd-xaa'") != std::string::npos);
  CHECK(out.find("nothing was published and every target is as it was") != std::string::npos);
  CHECK_FALSE(fs::exists(web));
  CHECK_FALSE(fs::exists(site.root() / "www" / "xa.releases"));
}
