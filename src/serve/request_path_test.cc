// The only guard between a browser and the officer's disk: every way of
// writing "go up a folder" must be refused, whatever the file system holds.
#include "serve/request_path.h"

#include <doctest/doctest.h>

#include <map>
#include <string>

#include "test_support.h"

namespace fs = std::filesystem;
using plansite::is_shortest_utf8;
using plansite::parse_request_path;
using plansite::resolve_inside;
using plansite::testing::TempSite;

namespace {

std::string file_of(const std::string& target) {
  plansite::RequestPath p = parse_request_path(target);
  REQUIRE_MESSAGE(p.ok, target << " refused: " << p.reason);
  return p.file;
}

bool refused(const std::string& target) { return !parse_request_path(target).ok; }

}  // namespace

TEST_CASE("request paths: a page, a folder URL, the root, a query") {
  CHECK(file_of("/") == "index.html");
  CHECK(file_of("/ke-hoach/") == "ke-hoach/index.html");
  CHECK(file_of("/en/plans/x/index.html") == "en/plans/x/index.html");
  CHECK(file_of("/assets/site.1a2b.css?v=2") == "assets/site.1a2b.css");
  CHECK(file_of("/tim-kiem/?q=chuyen%20doi") == "tim-kiem/index.html");
  CHECK(file_of("/ke-hoach") == "ke-hoach");  // the server redirects a folder to its '/' form
  CHECK(file_of("/t%E1%BB%87p.csv") == "tệp.csv");
  CHECK(file_of("/a...b/") == "a...b/index.html");  // dots inside a name are a name
}

TEST_CASE("request paths: '..' and '.' segments, plain and percent-encoded") {
  for (const char* target : {"/../etc/passwd", "/..", "/a/../../etc/passwd", "/a/..", "/./index.html",
                             "/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd", "/.%2e/etc/passwd", "/%2e./x",
                             "/a/%2e%2e/%2e%2e/etc/passwd", "/%2e/index.html"}) {
    CAPTURE(target);
    CHECK(refused(target));
  }
}

TEST_CASE("request paths: encoded slashes, backslashes, double encoding") {
  for (const char* target : {"/%2E%2E%2Fetc%2Fpasswd", "/..%2fetc/passwd", "/a%2F..%2F..%2Fetc", "/..\\etc\\passwd",
                             "/a\\..\\..\\etc", "/%5c..%5cetc", "/%5C", "/%252e%252e/etc/passwd", "/%25", "/%2"}) {
    CAPTURE(target);
    CHECK(refused(target));
  }
}

TEST_CASE("request paths: overlong UTF-8, NUL and control bytes, empty segments") {
  for (const char* target : {"/%c0%ae%c0%ae/etc/passwd", "/%C0%AE./x", "/%e0%80%ae%e0%80%ae/etc", "/%c0%af",
                             "/%f0%80%80%ae", "/%ed%a0%80", "/%80", "/%ff", "/index.html%00.css", "/a%0a",
                             "//etc/passwd", "/a//b", "relative", ""}) {
    CAPTURE(target);
    CHECK(refused(target));
  }
  std::string raw_nul = std::string("/index.html") + '\0' + ".css";
  CHECK(refused(raw_nul));
}

TEST_CASE("request paths: shortest-form UTF-8") {
  CHECK(is_shortest_utf8("Kế hoạch 𝄞"));
  CHECK_FALSE(is_shortest_utf8("\xC0\xAE"));          // '.' overlong in two bytes
  CHECK_FALSE(is_shortest_utf8("\xE0\x80\xAE"));      // '.' overlong in three
  CHECK_FALSE(is_shortest_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(is_shortest_utf8("\xE1\xBB"));          // cut short
}

TEST_CASE("request paths: a link inside the output that leads out is refused") {
  TempSite outside(std::map<std::string, std::string>{{"secret.txt", "not for the web"}});
  TempSite site({{"public/index.html", "<p>home</p>"}, {"public/en/index.html", "<p>en</p>"}});
  fs::path root = site.root() / "public";
  fs::create_directory_symlink(outside.root(), root / "escape");
  fs::create_symlink(outside.root() / "secret.txt", root / "secret.txt");

  bool out = true;
  auto home = resolve_inside(root, "en/index.html", out);
  REQUIRE(home);
  CHECK_FALSE(out);
  CHECK(home->filename() == "index.html");

  CHECK_FALSE(resolve_inside(root, "escape/secret.txt", out));
  CHECK(out);
  CHECK_FALSE(resolve_inside(root, "secret.txt", out));
  CHECK(out);
  // A sibling whose name starts like the root's is outside it too.
  fs::create_directories(site.root() / "public-old");
  fs::create_directory_symlink(site.root() / "public-old", root / "old");
  CHECK_FALSE(resolve_inside(root, "old", out));
  CHECK(out);

  CHECK_FALSE(resolve_inside(root, "missing.html", out));
  CHECK_FALSE(out);
}
