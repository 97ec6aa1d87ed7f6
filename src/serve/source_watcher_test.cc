#include "serve/source_watcher.h"

#include <doctest/doctest.h>

#include "test_support.h"

namespace fs = std::filesystem;
using plansite::SourceWatcher;
using plansite::testing::TempSite;

TEST_CASE("source watcher: sees a changed, an added and a removed file, not editors' backups") {
  TempSite site({{"site.yaml", "a: 1\n"}, {"content/plans/x/plan.yaml", "id: x\n"}, {"themes/t/page.mustache", "x"}});
  SourceWatcher watcher(site.root());
  CHECK_FALSE(watcher.changed());

  site.write("content/plans/x/plan.yaml", "id: xy\n");  // another size
  CHECK(watcher.changed());
  CHECK_FALSE(watcher.changed());

  fs::last_write_time(site.root() / "site.yaml", fs::last_write_time(site.root() / "site.yaml") + std::chrono::seconds(1));
  CHECK(watcher.changed());

  site.write("content/plans/y/plan.yaml", "id: y\n");
  CHECK(watcher.changed());
  fs::remove(site.root() / "themes/t/page.mustache");
  CHECK(watcher.changed());
  site.write("i18n/en.yaml", "x: y\n");
  CHECK(watcher.changed());

  site.write("content/plans/x/.plan.yaml.swp", "editor state");
  site.write("content/plans/x/plan.yaml~", "backup");
  site.write(".git/index", "not the site's");
  site.write("public/index.html", "the output, not the input");
  CHECK_FALSE(watcher.changed());
}
