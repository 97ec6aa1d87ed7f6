#include "publish/choose_targets.h"

#include <doctest/doctest.h>

using plansite::choose_targets;
using plansite::PublishTarget;

namespace {

std::vector<PublishTarget> site_targets() {
  PublishTarget web;
  web.name = "web";
  web.dir = "/var/www/xa";
  web.keep = 3;
  PublishTarget portal;
  portal.name = "cong-thong-tin";
  portal.rclone = "congthongtin:xa";
  return {web, portal};
}

}  // namespace

TEST_CASE("choose_targets: without --to, every target of site.yaml, in order") {
  std::string problem, hint;
  auto chosen = choose_targets(site_targets(), "", problem, hint);
  REQUIRE(chosen.size() == 2);
  CHECK(chosen[0].name == "web");
  CHECK(chosen[1].name == "cong-thong-tin");
  CHECK(choose_targets({}, "", problem, hint).empty());
  CHECK(problem == "site.yaml lists no publish targets");
}

TEST_CASE("choose_targets: --to names a target, a folder or an rclone remote") {
  std::string problem, hint;
  auto by_name = choose_targets(site_targets(), "web", problem, hint);
  REQUIRE(by_name.size() == 1);
  CHECK(by_name[0].keep == 3);
  auto dir = choose_targets(site_targets(), "dir:/srv/www/xa", problem, hint);
  REQUIRE(dir.size() == 1);
  CHECK(dir[0].dir == "/srv/www/xa");
  CHECK(dir[0].rclone.empty());
  CHECK(dir[0].keep == 5);
  auto remote = choose_targets(site_targets(), "backup:sites/xa", problem, hint);
  REQUIRE(remote.size() == 1);
  CHECK(remote[0].rclone == "backup:sites/xa");
  CHECK(remote[0].dir.empty());
}

TEST_CASE("choose_targets: a misspelt name gets did-you-mean, and bad places are refused") {
  std::string problem, hint;
  CHECK(choose_targets(site_targets(), "webb", problem, hint).empty());
  CHECK(problem == "site.yaml has no publish target 'webb'");
  CHECK(hint == "did you mean 'web'?");
  CHECK(choose_targets(site_targets(), "nowhere-at-all", problem, hint).empty());
  CHECK(hint == "the targets in site.yaml: web, cong-thong-tin; or write dir:/path/to/web-root for a folder, "
                "remote:path for an rclone remote");
  CHECK(choose_targets(site_targets(), "dir:relative/www", problem, hint).empty());
  CHECK(problem == "the folder 'relative/www' is not an absolute path");
  CHECK(choose_targets(site_targets(), ":ftp,host=h,password=x:site", problem, hint).empty());
  CHECK(problem == "the rclone remote holds a secret ('password=…')");
}
