// Golden files: the whole generated sample sites, byte for byte.
// UPDATE_GOLDEN=1 rewrites tests/golden/ from the current output.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/build.h"
#include "test_support.h"

namespace fs = std::filesystem;
using plansite::testing::read_tree;
using plansite::testing::source_dir;
using plansite::testing::TempSite;

namespace {

std::map<std::string, std::string> build_site(const fs::path& source, const fs::path& output) {
  plansite::BuildOptions options;
  options.source = source;
  options.output = output;
  std::ostringstream out, err;
  int code = plansite::run_build(options, out, err);
  INFO(err.str());
  REQUIRE(code == 0);
  return read_tree(output);
}

// "line N: expected … / actual …" for the first line that differs, to read in a failure.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected), a(actual);
  std::string el, al;
  for (int line = 1;; ++line) {
    bool more_e = static_cast<bool>(std::getline(e, el)), more_a = static_cast<bool>(std::getline(a, al));
    if (!more_e && !more_a) return "identical";
    if (!more_e || !more_a || el != al)
      return "line " + std::to_string(line) + ":\n  expected: " + (more_e ? el : "(end)") +
             "\n  actual:   " + (more_a ? al : "(end)");
  }
}

void compare_with_golden(const fs::path& source, const std::string& name) {
  TempSite scratch;
  auto actual = build_site(source, scratch.root() / "public");
  // Goldens hold the generated pages; assets are copies of the theme, checked in render_test.cc.
  std::erase_if(actual, [](const auto& file) { return file.first.rfind("assets/", 0) == 0; });
  fs::path golden = source_dir() / "tests" / "golden" / name;
  if (std::getenv("UPDATE_GOLDEN") != nullptr) {
    fs::remove_all(golden);
    for (const auto& [path, content] : actual) {
      fs::create_directories((golden / path).parent_path());
      std::ofstream(golden / path, std::ios::binary) << content;
    }
    MESSAGE("updated " << golden.string());
    return;
  }
  auto expected = read_tree(golden);
  REQUIRE_MESSAGE(!expected.empty(), "no golden files; run with UPDATE_GOLDEN=1");
  for (const auto& [path, content] : expected) {
    INFO("file: " << path);
    REQUIRE_MESSAGE(actual.count(path) == 1, "missing from output: " << path);
    CHECK_MESSAGE(actual.at(path) == content, first_difference(content, actual.at(path)));
  }
  for (const auto& [path, content] : actual) {
    INFO("file: " << path);
    CHECK_MESSAGE(expected.count(path) == 1, "not in golden: " << path);
  }
}

}  // namespace

TEST_CASE("golden: the Phú Thịnh sample site") { compare_with_golden(source_dir(), "phu-thinh"); }

TEST_CASE("golden: the Dân Tiến example site") {
  compare_with_golden(source_dir() / "examples" / "dan-tien", "dan-tien");
}

TEST_CASE("two builds of the same input are byte-identical") {
  TempSite scratch;
  auto first = build_site(source_dir(), scratch.root() / "one");
  auto second = build_site(source_dir(), scratch.root() / "two");
  CHECK(first.size() > 5);
  CHECK(first == second);
}
