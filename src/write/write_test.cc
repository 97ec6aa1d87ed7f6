// Safe writing: a failed build never touches the previous output.
#include <doctest/doctest.h>

#include <sstream>

#include "cli/build.h"
#include "test_support.h"
#include "write/write.h"

namespace fs = std::filesystem;
using plansite::testing::minimal_site;
using plansite::testing::read_tree;
using plansite::testing::TempSite;

namespace {

int build(const fs::path& source, std::string* errors = nullptr) {
  plansite::BuildOptions options;
  options.source = source;
  std::ostringstream out, err;
  int code = plansite::run_build(options, out, err);
  if (errors) *errors = err.str();
  return code;
}

}  // namespace

TEST_CASE("a build with content errors leaves the previous output byte for byte") {
  TempSite site(minimal_site());
  REQUIRE(build(site.root()) == 0);
  auto before = read_tree(site.root() / "public");
  REQUIRE(before.count("index.html") == 1);
  REQUIRE(before.count("ke-hoach/ke-hoach-thu/index.html") == 1);

  site.write("content/plans/ke-hoach-thu/plan.yaml", "status: [draft\n");
  std::string errors;
  CHECK(build(site.root(), &errors) == 1);
  CHECK(errors.find("error: YAML syntax") != std::string::npos);
  CHECK(errors.find("nothing was written") != std::string::npos);
  CHECK(read_tree(site.root() / "public") == before);
  CHECK_FALSE(fs::exists(plansite::staging_path(site.root() / "public")));
}

TEST_CASE("a build replaces the previous output completely") {
  TempSite site(minimal_site());
  REQUIRE(build(site.root()) == 0);
  site.write("public/stale.html", "left over");
  // A stale file in our own output is not kept: the new site replaces the old as a whole.
  REQUIRE(build(site.root()) == 0);
  CHECK_FALSE(fs::exists(site.root() / "public" / "stale.html"));
  CHECK(fs::exists(site.root() / "public" / "index.html"));
}

TEST_CASE("a build refuses to replace a folder that plansite did not make") {
  TempSite site(minimal_site());
  site.write("public/precious.txt", "an officer's only copy");
  std::string errors;
  CHECK(build(site.root(), &errors) == 1);
  CHECK(errors.find("refusing to replace a folder plansite did not create") != std::string::npos);
  CHECK(read_tree(site.root() / "public") ==
        std::map<std::string, std::string>{{"precious.txt", "an officer's only copy"}});
}

TEST_CASE("a leftover staging folder from a killed build is cleaned up") {
  TempSite site(minimal_site());
  fs::path staging = plansite::staging_path(site.root() / "public");
  fs::create_directories(staging / "half");
  REQUIRE(build(site.root()) == 0);
  CHECK_FALSE(fs::exists(staging));
  CHECK(fs::exists(site.root() / "public" / "index.html"));
}

TEST_CASE("write_site swaps in exactly the given files") {
  TempSite dir;
  plansite::Diagnostics diagnostics;
  plansite::OutputFiles files = {{"README.md", plansite::kOutputMarker}, {"a/b/index.html", "<p>b</p>"}};
  REQUIRE(plansite::write_site(files, dir.root() / "out", diagnostics));
  CHECK(read_tree(dir.root() / "out") ==
        std::map<std::string, std::string>{{"README.md", plansite::kOutputMarker}, {"a/b/index.html", "<p>b</p>"}});
  files[1].content = "<p>c</p>";
  REQUIRE(plansite::write_site(files, dir.root() / "out", diagnostics));
  CHECK(read_tree(dir.root() / "out").at("a/b/index.html") == "<p>c</p>");
}
