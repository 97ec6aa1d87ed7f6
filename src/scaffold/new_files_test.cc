// Writing new files: all or none, never over an existing one.
#include "scaffold/new_files.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include "test_support.h"
#include "util/read_inside.h"

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

TEST_CASE("new files: a link planted at the temporary file's name is not written through") {
  TempSite site, outside;
  std::filesystem::path planted =
      site.root() / (".site.yaml." + std::to_string(::getpid()) + ".plansite-new");
  std::filesystem::create_symlink(outside.root() / "written-by-plansite", planted);
  plansite::Diagnostics diagnostics;
  CHECK_FALSE(plansite::write_new_files(site.root(), {{"site.yaml", "x\n"}}, diagnostics));
  CHECK(diagnostics.format().find("site.yaml: error: cannot write " + planted.string() + ": File exists") == 0);
  CHECK_FALSE(std::filesystem::exists(outside.root() / "written-by-plansite"));
  CHECK_FALSE(std::filesystem::exists(site.root() / "site.yaml"));
}

TEST_CASE("new files: a folder that is a link out of the site is not written into") {
  TempSite site, outside;
  std::filesystem::create_directories(site.root() / "content/plans");
  std::filesystem::create_directory_symlink(outside.root(), site.root() / "content/plans/ke-hoach");
  plansite::Diagnostics diagnostics;
  CHECK_FALSE(plansite::write_new_files(site.root(), {{"content/plans/ke-hoach/plan.yaml", "x\n"}}, diagnostics));
  CHECK(diagnostics.format() ==
        "content/plans/ke-hoach/plan.yaml: error: its folder is a link to a folder outside the site folder (" +
            std::filesystem::canonical(outside.root()).string() + ")\n  hint: " + plansite::outside_hint() + "\n");
  CHECK(read_tree(outside.root()).empty());
}
