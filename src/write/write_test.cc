// Safe writing: a failed build never touches the previous output.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <thread>

#include "cli/build.h"
#include "test_support.h"
#include "write/write.h"

namespace fs = std::filesystem;
using plansite::testing::minimal_site;
using plansite::testing::read_tree;
using plansite::testing::TempSite;

namespace {

// Staging folders still beside `output`.
size_t staging_folders(const fs::path& output) {
  size_t n = 0;
  for (const auto& entry : fs::directory_iterator(output.parent_path()))
    if (entry.path().filename().string().rfind(plansite::staging_prefix(output), 0) == 0) ++n;
  return n;
}

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
  CHECK(staging_folders(site.root() / "public") == 0);
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
  fs::create_directories(site.root() / (plansite::staging_prefix(site.root() / "public") + "a1b2c3") / "half");
  REQUIRE(staging_folders(site.root() / "public") == 1);
  REQUIRE(build(site.root()) == 0);
  CHECK(staging_folders(site.root() / "public") == 0);
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

TEST_CASE("an output that is a symbolic link is replaced at its target, keeping the link") {
  TempSite site(minimal_site());
  fs::create_directories(site.root() / "www" / "live");
  fs::create_directory_symlink(site.root() / "www" / "live", site.root() / "public");
  REQUIRE(build(site.root()) == 0);
  CHECK(fs::is_symlink(site.root() / "public"));
  CHECK(fs::exists(site.root() / "www" / "live" / "index.html"));
  REQUIRE(build(site.root()) == 0);  // and again, now replacing its own output
  CHECK(fs::is_symlink(site.root() / "public"));
  CHECK(fs::exists(site.root() / "public" / "en" / "index.html"));
}

TEST_CASE("builds into the same output at the same time take turns") {
  TempSite dir;
  fs::path output = dir.root() / "out";
  std::vector<std::thread> builders;
  std::vector<bool> ok(8);
  for (int i = 0; i < 8; ++i) {
    builders.emplace_back([&, i] {
      plansite::Diagnostics diagnostics;
      plansite::OutputFiles files = {{"README.md", plansite::kOutputMarker},
                                     {"index.html", "build " + std::to_string(i)}};
      for (int j = 0; j < 50; ++j) files.push_back({"page" + std::to_string(j) + "/index.html", std::to_string(i)});
      ok[i] = plansite::write_site(files, output, diagnostics);
    });
  }
  for (auto& b : builders) b.join();
  CHECK(std::count(ok.begin(), ok.end(), true) == 8);
  auto tree = read_tree(output);
  REQUIRE(tree.size() == 52);
  // Every page comes from the same build as the index: never a mix of two.
  std::string winner = tree.at("index.html").substr(6);
  for (int j = 0; j < 50; ++j) CHECK(tree.at("page" + std::to_string(j) + "/index.html") == winner);
  CHECK(staging_folders(output) == 0);
}
