// The files around the pages: 404 pages, sitemap.xml, robots.txt, favicons,
// canonical links and the Content Security Policy.
#include <doctest/doctest.h>

#include <sstream>

#include "cli/build.h"
#include "render/favicon.h"
#include "render/sitemap.h"
#include "test_support.h"

using plansite::testing::minimal_site;
using plansite::testing::read_tree;
using plansite::testing::replace_once;
using plansite::testing::TempSite;

namespace {

std::map<std::string, std::string> build(const std::map<std::string, std::string>& files) {
  std::string warnings;
  auto out = plansite::testing::build_site(files, &warnings);
  CHECK(warnings.empty());
  return out;
}

std::map<std::string, std::string> site_at(const std::string& base_url) {
  auto files = minimal_site();
  replace_once(files["site.yaml"], "base_url: /", "base_url: " + base_url);
  return files;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

unsigned le16(const std::string& s, size_t at) {
  return static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1]) << 8;
}
unsigned le32(const std::string& s, size_t at) { return le16(s, at) | le16(s, at + 2) << 16; }

}  // namespace

TEST_CASE("site files: a 404 page in each language, in the layout, linking home and to the plans") {
  auto out = build(minimal_site());
  const std::string& vi = out.at("404.html");
  const std::string& en = out.at("en/404.html");
  CHECK(has(vi, "<h1>Không tìm thấy trang</h1>"));
  CHECK(has(vi, "<li><a href=\"/\">Trang chủ</a></li>"));
  CHECK(has(vi, "<li><a href=\"/ke-hoach/\">Danh sách các kế hoạch</a></li>"));
  CHECK(has(vi, "<a href=\"/en/404.html\" hreflang=\"en\" lang=\"en\">English</a>"));
  CHECK(has(vi, "<meta name=\"robots\" content=\"noindex\">"));
  CHECK(has(vi, "class=\"site-header\""));
  CHECK(has(en, "<h1>Page not found</h1>"));
  CHECK(has(en, "<li><a href=\"/en/plans/\">The list of plans</a></li>"));
  CHECK(has(en, "<a href=\"/404.html\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>"));
  // The built-in theme has a search page, so the 404 leads to it too.
  CHECK(has(vi, "<li><a href=\"/tim-kiem/\">Tìm kiếm trên trang</a></li>"));
}

TEST_CASE("site files: the 404 page links to search when the theme has a search page") {
  auto files = minimal_site();
  files["themes/default/search.mustache"] = "<h1>search</h1>\n";
  auto out = build(files);
  CHECK(has(out.at("404.html"), "<li><a href=\"/tim-kiem/\">Tìm kiếm trên trang</a></li>"));
  CHECK(has(out.at("en/404.html"), "<li><a href=\"/en/search/\">Search this site</a></li>"));
}

TEST_CASE("site files: with a host in base_url, a sitemap, canonical links and absolute alternates") {
  auto out = build(site_at("https://thu-nghiem.example/xa/"));
  const std::string& sitemap = out.at("sitemap.xml");
  CHECK(has(sitemap, "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                     "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"));
  CHECK(has(sitemap, "  <url>\n    <loc>https://thu-nghiem.example/xa/en/plans/ke-hoach-thu/</loc>\n"
                     "    <xhtml:link rel=\"alternate\" hreflang=\"vi\" "
                     "href=\"https://thu-nghiem.example/xa/ke-hoach/ke-hoach-thu/\"/>\n"
                     "    <xhtml:link rel=\"alternate\" hreflang=\"en\" "
                     "href=\"https://thu-nghiem.example/xa/en/plans/ke-hoach-thu/\"/>\n  </url>\n"));
  // Every page but the 404s, once: home, plan index, the plan, search, the
  // agency index and the two agencies; the task list, its status and year
  // filters and the task's page; the indicator index and the indicator's page;
  // the program index, the plan's table of indicators, the (empty) report
  // index and the open-data page: 17 in each language.
  size_t urls = 0;
  for (size_t at = sitemap.find("<loc>"); at != std::string::npos; at = sitemap.find("<loc>", at + 1)) ++urls;
  CHECK(urls == 34);
  CHECK_FALSE(has(sitemap, "404"));
  CHECK(out.at("robots.txt") ==
        "# Every page of this site may be crawled.\nUser-agent: *\nAllow: /\n\n"
        "Sitemap: https://thu-nghiem.example/xa/sitemap.xml\n");

  const std::string& page = out.at("en/plans/ke-hoach-thu/index.html");
  CHECK(has(page, "<link rel=\"canonical\" href=\"https://thu-nghiem.example/xa/en/plans/ke-hoach-thu/\">"));
  CHECK(has(page, "<link rel=\"alternate\" hreflang=\"vi\" href=\"https://thu-nghiem.example/xa/ke-hoach/ke-hoach-thu/\">"));
  // Links inside pages are relative, so the site works on any host, under any path and from disk.
  CHECK(has(page, "<a href=\"../../../ke-hoach/ke-hoach-thu/index.html\" hreflang=\"vi\" lang=\"vi\">"));
  CHECK_FALSE(has(page, "href=\"https://thu-nghiem.example/xa/assets"));
  // A 404 page is shown at any address: no canonical, no language alternates
  // (the feed's alternate is the site's, the same from any address).
  CHECK_FALSE(has(out.at("404.html"), "rel=\"canonical\""));
  CHECK_FALSE(has(out.at("404.html"), "rel=\"alternate\" hreflang"));
}

TEST_CASE("site files: a base_url without a host gives no sitemap and no absolute links") {
  auto out = build(minimal_site());
  CHECK(out.count("sitemap.xml") == 0);
  CHECK(out.at("robots.txt") == "# Every page of this site may be crawled.\nUser-agent: *\nAllow: /\n");
  const std::string& page = out.at("en/plans/ke-hoach-thu/index.html");
  CHECK_FALSE(has(page, "rel=\"canonical\""));
  CHECK(has(page, "<link rel=\"alternate\" hreflang=\"vi\" href=\"../../../ke-hoach/ke-hoach-thu/index.html\">"));
}

TEST_CASE("site files: past the limit of one file, sitemap.xml is an index of several") {
  plansite::Urls urls("https://x.example/");
  std::vector<plansite::SitemapEntry> pages;
  for (int i = 0; i < 5; ++i) pages.push_back({"/p" + std::to_string(i) + "/", {{"vi", "/p" + std::to_string(i) + "/"}}});
  auto files = plansite::sitemap_files(pages, urls, 2);
  REQUIRE(files.size() == 4);
  CHECK(files[0].path == "sitemap-1.xml");
  CHECK(has(files[2].content, "<loc>https://x.example/p4/</loc>"));
  CHECK_FALSE(has(files[2].content, "xhtml:link"));  // one language: no alternates to name
  CHECK(files[3].path == "sitemap.xml");
  CHECK(has(files[3].content, "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                              "  <sitemap><loc>https://x.example/sitemap-1.xml</loc></sitemap>\n"));
  // base_url may hold & and ', which XML escapes.
  CHECK(has(plansite::sitemap_files({{"/a&b/", {}}}, urls).at(0).content, "<loc>https://x.example/a&amp;b/</loc>"));
}

TEST_CASE("site files: favicon.ico at the root is a valid 16x16 32-bit icon; the SVG is linked from every page") {
  auto out = build(minimal_site());
  const std::string& ico = out.at("favicon.ico");
  CHECK(ico == plansite::favicon_ico());
  REQUIRE(ico.size() == 6 + 16 + 40 + 16 * 16 * 4 + 16 * 4);
  CHECK(le16(ico, 0) == 0);   // reserved
  CHECK(le16(ico, 2) == 1);   // an icon, not a cursor
  CHECK(le16(ico, 4) == 1);   // one image
  CHECK(ico[6] == 16);        // width
  CHECK(ico[7] == 16);        // height
  CHECK(le16(ico, 12) == 32); // bits per pixel
  CHECK(le32(ico, 14) == ico.size() - 22);
  CHECK(le32(ico, 18) == 22);
  CHECK(le32(ico, 22) == 40);       // BITMAPINFOHEADER
  CHECK(le32(ico, 30) == 32);       // the height counts the AND mask too
  // The middle of the top edge is the accent colour, opaque (rows are stored bottom up).
  size_t top_middle = 62 + (15 * 16 + 8) * 4;
  CHECK(ico.substr(top_middle, 4) == std::string("\x1c\x1c\x9b\xff", 4));
  CHECK(static_cast<unsigned char>(ico[62 + 3]) == 0);  // the rounded corner is clear

  std::string svg;
  for (const auto& [path, content] : out)
    if (path.rfind("assets/favicon.", 0) == 0) svg = path;
  REQUIRE_FALSE(svg.empty());
  CHECK(has(out.at(svg), "fill=\"#9b1c1c\""));
  CHECK(has(out.at("index.html"), "<link rel=\"icon\" href=\"" + svg + "\" type=\"image/svg+xml\">"));
  CHECK(has(out.at("en/plans/ke-hoach-thu/index.html"), "<link rel=\"icon\" href=\"../../../" + svg + "\" type=\"image/svg+xml\">"));
  CHECK(has(out.at("404.html"), "<link rel=\"icon\" href=\"/" + svg + "\" type=\"image/svg+xml\">"));
}

TEST_CASE("site files: every page carries the Content Security Policy, and no inline style or script") {
  auto out = build(minimal_site());
  for (const auto& [path, content] : out) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    INFO(path);
    CHECK(has(content, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; "
                       "script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                       "object-src 'none'; base-uri 'self'; form-action 'self'\">"));
    CHECK_FALSE(has(content, " style="));
    CHECK_FALSE(has(content, "<style"));
    // Scripts only as files of the site's own (the search page's), never inline.
    for (size_t at = content.find("<script"); at != std::string::npos; at = content.find("<script", at + 1)) {
      CHECK(content.compare(at, 13, "<script src=\"") == 0);
      size_t src = at + 13;
      while (content.compare(src, 3, "../") == 0) src += 3;
      CHECK(content.compare(src, 7, "assets/") == 0);
    }
  }
}
