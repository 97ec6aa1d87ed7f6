// The command line as a user meets it: exit codes, help, messages.
#include <doctest/doctest.h>

#include "test_support.h"

using plansite::testing::minimal_site;
using plansite::testing::replace_once;
using plansite::testing::run_command;
using plansite::testing::TempSite;

namespace {

const std::string kBinary = PLANSITE_BINARY;

int run_plansite(const std::string& args, std::string& output) { return run_command(kBinary + " " + args, output); }

}  // namespace

TEST_CASE("cli: version prints the version and exits 0") {
  std::string out;
  CHECK(run_plansite("version", out) == 0);
  CHECK(out.rfind("plansite ", 0) == 0);
}

TEST_CASE("cli: every command has --help") {
  std::string out;
  CHECK(run_plansite("--help", out) == 0);
  CHECK(out.find("commands:") != std::string::npos);
  CHECK(run_plansite("build --help", out) == 0);
  CHECK(out.find("usage: plansite build [--source DIR] [--output DIR]") != std::string::npos);
  CHECK(run_plansite("check --help", out) == 0);
  CHECK(out.find("usage: plansite check [--source DIR]") != std::string::npos);
  CHECK(run_plansite("version --help", out) == 0);
  CHECK(out.find("usage: plansite version") != std::string::npos);
}

TEST_CASE("cli: usage errors exit 2") {
  std::string out;
  CHECK(run_plansite("", out) == 2);
  CHECK(run_plansite("publish-everything", out) == 2);
  CHECK(out.find("plansite: unknown command 'publish-everything'") != std::string::npos);
  CHECK(run_plansite("build --frobnicate", out) == 2);
  CHECK(out.find("plansite: unknown option '--frobnicate'") != std::string::npos);
  CHECK(run_plansite("check --output x", out) == 2);
  CHECK(run_plansite("build --source", out) == 2);
  CHECK(run_plansite("check --source /nonexistent/plansite-site", out) == 2);
}

TEST_CASE("cli: check on a site.yaml with a YAML error exits 1 with file:line:col") {
  auto files = minimal_site();
  files["site.yaml"] = "title: Cổng kế hoạch\ncommune: xã A\nlanguages: [vi\nbase_url: /\n";
  TempSite site(files);
  std::string out;
  CHECK(run_plansite("check --source " + site.root().string(), out) == 1);
  CHECK(out.find("site.yaml:4:9: error: YAML syntax: did not find expected ',' or ']'") != std::string::npos);
  CHECK(out.find("1 error; nothing was written") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(site.root() / "public"));
}

TEST_CASE("cli: errors quote the source line with a caret under the column") {
  auto files = minimal_site();
  auto& plan = files["content/plans/ke-hoach-thu/plan.yaml"];
  replace_once(plan, "issuers: [ubnd-xa]", "issuers: [ubnd-xaa]");
  TempSite site(files);
  std::string out;
  CHECK(run_plansite("check --source " + site.root().string(), out) == 1);
  CHECK(out.find("content/plans/ke-hoach-thu/plan.yaml:3:11: error: unknown agency 'ubnd-xaa'\n"
                 "    issuers: [ubnd-xaa]\n"
                 "              ^\n"
                 "  hint: did you mean 'ubnd-xa'?\n") != std::string::npos);
}

TEST_CASE("cli: check and build succeed on a valid site") {
  TempSite site(minimal_site());
  std::string out;
  CHECK(run_plansite("check --source " + site.root().string(), out) == 0);
  CHECK_FALSE(std::filesystem::exists(site.root() / "public"));
  CHECK(run_plansite("build --source " + site.root().string(), out) == 0);
  CHECK(std::filesystem::exists(site.root() / "public" / "index.html"));
  CHECK(std::filesystem::exists(site.root() / "public" / "en" / "index.html"));
  CHECK(std::filesystem::exists(site.root() / "public" / "ke-hoach" / "ke-hoach-thu" / "index.html"));
  CHECK(std::filesystem::exists(site.root() / "public" / "en" / "plans" / "ke-hoach-thu" / "index.html"));
}
