// Relative links on whole built sites: which pages get them, and from where.
#include <doctest/doctest.h>

#include "test_support.h"

using plansite::testing::build_site;
using plansite::testing::minimal_site;
using plansite::testing::replace_once;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("relative links: a site path written in a plan's Markdown becomes relative too") {
  auto files = minimal_site();
  replace_once(files["content/plans/ke-hoach-thu/body.vi.md"], "Nội dung.",
               "Xem [các cơ quan](/co-quan/), [kế hoạch](/ke-hoach/ke-hoach-thu) và [nơi khác](https://vi.example/a/).");
  auto out = build_site(files);
  const std::string& page = out.at("ke-hoach/ke-hoach-thu/index.html");
  CHECK(has(page, "href=\"../../co-quan/index.html\">các cơ quan</a>"));
  CHECK(has(page, "href=\"../ke-hoach-thu/index.html\">kế hoạch</a>"));  // the page itself, without its last '/'

  CHECK(has(page, "href=\"https://vi.example/a/\""));
}

TEST_CASE("relative links: under a base_url path, only the 404 pages keep site-root links") {
  auto files = minimal_site();
  replace_once(files["site.yaml"], "base_url: /", "base_url: /cong-thong-tin/xa/");
  auto out = build_site(files);
  for (const auto& [path, content] : out) {
    if (!path.ends_with(".html")) continue;
    INFO(path);
    bool not_found = path.ends_with("404.html");
    CHECK(has(content, "href=\"/cong-thong-tin/xa/") == not_found);
    CHECK(has(content, "src=\"/") == false);
  }
  CHECK(has(out.at("en/404.html"), "<a class=\"site-title\" href=\"/cong-thong-tin/xa/en/\">"));
  CHECK(has(out.at("en/index.html"), "<a class=\"site-title\" href=\"index.html\">"));
}
