// Writing new files: all or none, never over an existing one.
#include "scaffold/new_files.h"

#include <doctest/doctest.h>

#include "test_support.h"

using plansite::testing::read_tree;
using plansite::testing::TempSite;

TEST_CASE("new files: written whole in new folders, no temporary file left") {
  TempSite site;
  plansite::Diagnostics diagnostics;
  REQUIRE(plansite::write_new_files(site.root(), {{"a/b/c.yaml", "x: 1\n"}, {"d.md", "# D\n"}}, diagnostics));
  CHECK(diagnostics.all().empty());
  CHECK(read_tree(site.root()) == std::map<std::string, std::string>{{"a/b/c.yaml", "x: 1\n"}, {"d.md", "# D\n"}});
}

TEST_CASE("new files: an existing file refuses them all and stays as it was") {
  TempSite site(std::map<std::string, std::string>{{"site.yaml", "title: mine\n"}});
  plansite::Diagnostics diagnostics;
  CHECK_FALSE(plansite::write_new_files(site.root(), {{"site.yaml", "title: new\n"}, {"content/agencies.yaml", "a\n"}},
                                        diagnostics));
  CHECK(diagnostics.format() ==
        "site.yaml: error: the file already exists; nothing was written\n"
        "  hint: plansite new never replaces a file: edit it, or move it away and run the command again\n");
  CHECK(read_tree(site.root()) == std::map<std::string, std::string>{{"site.yaml", "title: mine\n"}});
}

TEST_CASE("new files: a dangling symlink counts as an existing file") {
  TempSite site;
  std::filesystem::create_symlink("/nonexistent/plansite-target", site.root() / "site.yaml");
  plansite::Diagnostics diagnostics;
  CHECK_FALSE(plansite::write_new_files(site.root(), {{"site.yaml", "x\n"}}, diagnostics));
  CHECK(std::filesystem::is_symlink(site.root() / "site.yaml"));
  CHECK_FALSE(std::filesystem::exists("/nonexistent/plansite-target"));
}
