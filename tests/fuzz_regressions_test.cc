// Every input a fuzzer once failed on (fuzz/regressions/<target>/), and the
// hand-written seeds (fuzz/seeds/), run again through the same target in the
// ordinary suite: a crash comes back as a failed test, not only under a
// fuzzer. Under -DPLANSITE_SANITIZE=ON the sanitizers check them too.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "site_bundle.h"
#include "targets.h"
#include "test_support.h"

namespace fs = std::filesystem;
using plansite::testing::source_dir;

namespace {

using Target = int (*)(const uint8_t*, size_t);

// Runs `target` on every file of fuzz/<folder>/<name>/; returns how many.
int replay(const std::string& folder, const std::string& name, Target target) {
  fs::path inputs = source_dir() / "fuzz" / folder / name;
  int count = 0;
  if (!fs::is_directory(inputs)) return 0;
  for (const auto& entry : fs::directory_iterator(inputs)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    INFO("input: ", entry.path().string());
    CHECK(target(reinterpret_cast<const uint8_t*>(data.data()), data.size()) == 0);
    ++count;
  }
  return count;
}

int replay_all(const std::string& name, Target target) {
  return replay("regressions", name, target) + replay("seeds", name, target);
}

}  // namespace

TEST_CASE("fuzz regressions: yaml") { replay_all("yaml", plansite::fuzz::yaml_target); }
TEST_CASE("fuzz regressions: markdown") { replay_all("markdown", plansite::fuzz::markdown_target); }
TEST_CASE("fuzz regressions: csv") { replay_all("csv", plansite::fuzz::csv_target); }
TEST_CASE("fuzz regressions: template") { CHECK(replay_all("template", plansite::fuzz::template_target) > 0); }
TEST_CASE("fuzz regressions: site") { CHECK(replay_all("site", plansite::fuzz::site_target) > 0); }

TEST_CASE("fuzz site bundles never name a path outside the scratch folder") {
  using plansite::fuzz::split_bundle;
  auto files = split_bundle(
      "title: x\n=== ../escape.yaml\nA\n=== /etc/passwd\nB\n=== content/./x\nC\n=== site.yaml\nD\n"
      "=== a/b/c/d/e/f/g\nE\n=== content/plans/p/body.vi.md\nF\n=== site.yaml\nG\n");
  REQUIRE(files.size() == 3);
  CHECK(files[0].first == std::string(plansite::fuzz::kDefaultBundleFile));
  CHECK(files[0].second == "title: x\n");
  CHECK(files[1].first == "site.yaml");
  CHECK(files[1].second == "G\n");  // a later file of the same path wins
  CHECK(files[2].first == "content/plans/p/body.vi.md");
}
