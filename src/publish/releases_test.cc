#include "publish/releases.h"

#include <doctest/doctest.h>

#include "test_support.h"

using plansite::is_release_name;
using plansite::previous_release;
using plansite::release_hash;
using plansite::release_name;
using plansite::releases_to_prune;
using plansite::tree_hash;

namespace {

constexpr std::time_t k20261124_031500 = 1795490100;  // 2026-11-24T03:15:00Z

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("releases: a name is the UTC time and the content hash, and sorts by time") {
  CHECK(release_name(k20261124_031500, "0123456789ab", {}) == "2026-11-24T031500Z-0123456789ab");
  CHECK(is_release_name("2026-11-24T031500Z-0123456789ab"));
  CHECK(release_hash("2026-11-24T031500Z-0123456789ab") == "0123456789ab");
  CHECK_FALSE(is_release_name(".plansite-lock"));
  CHECK_FALSE(is_release_name("2026-11-24T031500Z"));
  CHECK_FALSE(is_release_name("2026-13-24T031500Z-0123456789ab"));  // no 13th month
  CHECK_FALSE(is_release_name("2026-11-24T031500Z-../../etc"));
}

TEST_CASE("releases: a second release in the same second, or after the clock went back, still sorts last") {
  Names existing = {"2026-11-24T031500Z-aaaaaaaaaaaa"};
  CHECK(release_name(k20261124_031500, "bbbbbbbbbbbb", existing) == "2026-11-24T031501Z-bbbbbbbbbbbb");
  CHECK(release_name(k20261124_031500 - 3600, "bbbbbbbbbbbb", existing) == "2026-11-24T031501Z-bbbbbbbbbbbb");
  CHECK(release_name(k20261124_031500 + 60, "bbbbbbbbbbbb", existing) == "2026-11-24T031600Z-bbbbbbbbbbbb");
}

TEST_CASE("releases: keep N leaves the N newest, the live one among them") {
  Names all = {"2026-01-01T000000Z-a1", "2026-02-01T000000Z-a2", "2026-03-01T000000Z-a3", "2026-04-01T000000Z-a4"};
  CHECK(releases_to_prune(all, "2026-04-01T000000Z-a4", 2) == Names{"2026-01-01T000000Z-a1", "2026-02-01T000000Z-a2"});
  CHECK(releases_to_prune(all, "2026-04-01T000000Z-a4", 5).empty());
  CHECK(releases_to_prune(all, "2026-04-01T000000Z-a4", 1) ==
        Names{"2026-01-01T000000Z-a1", "2026-02-01T000000Z-a2", "2026-03-01T000000Z-a3"});
}

TEST_CASE("releases: after a rollback the live release is kept even when it is not among the newest") {
  Names all = {"2026-01-01T000000Z-a1", "2026-02-01T000000Z-a2", "2026-03-01T000000Z-a3", "2026-04-01T000000Z-a4"};
  CHECK(releases_to_prune(all, "2026-01-01T000000Z-a1", 2) == Names{"2026-02-01T000000Z-a2", "2026-03-01T000000Z-a3"});
  CHECK(releases_to_prune(all, "2026-01-01T000000Z-a1", 1) ==
        Names{"2026-02-01T000000Z-a2", "2026-03-01T000000Z-a3", "2026-04-01T000000Z-a4"});
}

TEST_CASE("releases: a rollback goes to the release just before the live one") {
  Names all = {"2026-03-01T000000Z-a3", "2026-01-01T000000Z-a1", "2026-02-01T000000Z-a2"};
  CHECK(previous_release(all, "2026-03-01T000000Z-a3") == "2026-02-01T000000Z-a2");
  CHECK(previous_release(all, "2026-02-01T000000Z-a2") == "2026-01-01T000000Z-a1");
  CHECK_FALSE(previous_release(all, "2026-01-01T000000Z-a1"));
}

TEST_CASE("releases: the content hash changes with any file's bytes or name, not with the folder's place") {
  plansite::testing::TempSite a({{"index.html", "<p>một</p>"}, {"assets/style.css", "p{}"}});
  plansite::testing::TempSite same({{"index.html", "<p>một</p>"}, {"assets/style.css", "p{}"}});
  plansite::testing::TempSite changed({{"index.html", "<p>hai</p>"}, {"assets/style.css", "p{}"}});
  plansite::testing::TempSite renamed({{"index.html", "<p>một</p>"}, {"assets/style2.css", "p{}"}});
  CHECK(tree_hash(a.root()).size() == 12);
  CHECK(tree_hash(a.root()) == tree_hash(same.root()));
  CHECK(tree_hash(a.root()) != tree_hash(changed.root()));
  CHECK(tree_hash(a.root()) != tree_hash(renamed.root()));
}
