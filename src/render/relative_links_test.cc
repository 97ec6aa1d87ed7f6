#include "render/relative_links.h"

#include <doctest/doctest.h>

using namespace plansite;

TEST_CASE("relative links: one URL, from pages at depth 0, 1 and 2") {
  // Depth 0: the home page.
  CHECK(relative_url("/", "/") == "index.html");
  CHECK(relative_url("/ke-hoach/", "/") == "ke-hoach/index.html");
  CHECK(relative_url("/assets/style.abc.css", "/") == "assets/style.abc.css");
  // Depth 1.
  CHECK(relative_url("/", "/ke-hoach/") == "../index.html");
  CHECK(relative_url("/ke-hoach/", "/ke-hoach/") == "index.html");
  CHECK(relative_url("/ke-hoach/x/", "/ke-hoach/") == "x/index.html");
  CHECK(relative_url("/co-quan/", "/ke-hoach/") == "../co-quan/index.html");
  // Depth 2, and a file beside the page.
  CHECK(relative_url("/assets/style.abc.css", "/ke-hoach/x/") == "../../assets/style.abc.css");
  CHECK(relative_url("/ke-hoach/x/x.pdf", "/ke-hoach/x/") == "x.pdf");
  CHECK(relative_url("/ke-hoach/y/", "/ke-hoach/x/") == "../y/index.html");
  CHECK(relative_url("/en/plans/x/", "/ke-hoach/x/") == "../../en/plans/x/index.html");
  // A last part without an extension is a folder, as written in Markdown.
  CHECK(relative_url("/ke-hoach/y", "/ke-hoach/x/") == "../y/index.html");
  CHECK(relative_url("/ke-hoach/y#nv-1", "/") == "ke-hoach/y/index.html#nv-1");
  CHECK(relative_url("/robots.txt", "/ke-hoach/") == "../robots.txt");
  // A page that is a file, not a folder: its folder counts.
  CHECK(relative_url("/ke-hoach/", "/en/404.html") == "../ke-hoach/index.html");
}

TEST_CASE("relative links: fragments and query strings stay, after index.html") {
  CHECK(relative_url("/ke-hoach/x/#tasks", "/ke-hoach/x/") == "index.html#tasks");
  CHECK(relative_url("/ke-hoach/x/#tasks", "/co-quan/a/") == "../../ke-hoach/x/index.html#tasks");
  CHECK(relative_url("/tim-kiem/?q=chuyen+doi", "/") == "tim-kiem/index.html?q=chuyen+doi");
  CHECK(relative_url("/tim-kiem/?q=a#r", "/en/") == "../tim-kiem/index.html?q=a#r");
  // A '/' in the query or the fragment is not a folder.
  CHECK(relative_url("/a/?next=/b/c/", "/a/") == "index.html?next=/b/c/");
}

TEST_CASE("relative links: a base_url with a sub-path") {
  const char* base = "/cong-thong-tin/ke-hoach-xa/";
  CHECK(relative_url("/cong-thong-tin/ke-hoach-xa/", base) == "index.html");
  CHECK(relative_url("/cong-thong-tin/ke-hoach-xa/assets/s.css", "/cong-thong-tin/ke-hoach-xa/ke-hoach/x/") ==
        "../../assets/s.css");
  CHECK(relative_links(R"(<a href="/cong-thong-tin/ke-hoach-xa/co-quan/">x</a> <a href="/khac/">y</a>)", base,
                       "/cong-thong-tin/ke-hoach-xa/en/") ==
        R"(<a href="../co-quan/index.html">x</a> <a href="/khac/">y</a>)");
}

TEST_CASE("relative links: a page's href, src, action and search data become relative") {
  std::string page =
      "<!DOCTYPE html>\n<html><head><link rel=\"stylesheet\" href=\"/assets/style.1.css\">"
      "<script src='/assets/search.2.js' defer></script></head>"
      "<body><a class=\"site-title\" href=\"/\">Xã</a><a href=/ke-hoach/>bare</a>"
      "<form action=\"/tim-kiem/\" data-index=\"/assets/search-vi.3.json\" data-root=\"/\" data-kind-plan=\"/\">"
      "<img srcset=\"/a.png 1x, /b.png 2x\" src=\"/a.png\" alt=\"\"></form></body></html>";
  CHECK(relative_links(page, "/", "/tim-kiem/") ==
        "<!DOCTYPE html>\n<html><head><link rel=\"stylesheet\" href=\"../assets/style.1.css\">"
        "<script src='../assets/search.2.js' defer></script></head>"
        "<body><a class=\"site-title\" href=\"../index.html\">Xã</a><a href=../ke-hoach/index.html>bare</a>"
        "<form action=\"index.html\" data-index=\"../assets/search-vi.3.json\" data-root=\"../index.html\" "
        "data-kind-plan=\"/\">"
        "<img srcset=\"../a.png 1x, ../b.png 2x\" src=\"../a.png\" alt=\"\"></form></body></html>");
}

TEST_CASE("relative links: an attribute name may start with '=', as HTML reads it") {
  // "<p = href=…>" holds an attribute named "=" and then href, not a value
  // for a nameless attribute: the link is made relative (fuzz/regressions/template).
  CHECK(relative_links("<p = href=\"/co-quan/\">", "/", "/ke-hoach/x/") == "<p = href=\"../../co-quan/index.html\">");
  CHECK(relative_links("<p =x href=\"/co-quan/\">", "/", "/") == "<p =x href=\"co-quan/index.html\">");
  CHECK(relative_links("<p =\"/co-quan/\">", "/", "/") == "<p =\"/co-quan/\">");
}

TEST_CASE("relative links: other hosts, schemes, anchors and protocol-relative URLs are untouched") {
  std::string page =
      "<link rel=\"canonical\" href=\"https://phu-thinh.example/ke-hoach/\">"
      "<a href=\"mailto:ubnd@phu-thinh.example\">m</a><a href=\"tel:+84208\">t</a>"
      "<a href=\"#main\">skip</a><a href=\"//cdn.example/x.css\">c</a><a href=\"x/\">already relative</a>"
      "<meta property=\"og:url\" content=\"https://phu-thinh.example/\">"
      "<meta name=\"viewport\" content=\"width=device-width\">";
  CHECK(relative_links(page, "/", "/ke-hoach/x/") == page);
}

TEST_CASE("relative links: only attribute values change, never text or other attributes") {
  // Text that looks like an attribute, a title holding a path, a comment, and
  // a script's raw text: none of them is a link.
  std::string page =
      "<p>Write href=\"/ke-hoach/\" to link.</p><p title=\"/ke-hoach/\">x</p>"
      "<!-- <a href=\"/ke-hoach/\"> --><script>var a = '<a href=\"/x/\">';</script>"
      "<div content=\"/ke-hoach/\"></div>";
  CHECK(relative_links(page, "/", "/ke-hoach/x/") == page);
  // A '>' inside a quoted value does not end the tag.
  CHECK(relative_links("<a title=\"a > b\" href=\"/c/\">", "/", "/") == "<a title=\"a > b\" href=\"c/index.html\">");
  // Upper case names and spaces around '=' are still attributes.
  CHECK(relative_links("<A HREF = \"/c/\">", "/", "/d/") == "<A HREF = \"../c/index.html\">");
  // <meta content> holding a site path, as an og:image would.
  CHECK(relative_links("<meta property=\"og:image\" content=\"/assets/i.png\">", "/", "/a/") ==
        "<meta property=\"og:image\" content=\"../assets/i.png\">");
}

TEST_CASE("relative links: a page without links comes out unchanged, even cut short") {
  CHECK(relative_links("", "/", "/") == "");
  CHECK(relative_links("plain text", "/", "/") == "plain text");
  CHECK(relative_links("<a href=\"/x/", "/", "/") == "<a href=\"x/index.html");
  CHECK(relative_links("<a href=", "/", "/") == "<a href=");
  CHECK(relative_links("<", "/", "/") == "<");
}

TEST_CASE("site_root_url: a relative link back to the path from the site root") {
  CHECK(site_root_url("../../nhiem-vu/x/index.html#a", "/co-quan/y/") == "/nhiem-vu/x/#a");
  CHECK(site_root_url("../index.html", "/ke-hoach/x/") == "/ke-hoach/");
  CHECK(site_root_url("index.html", "/") == "/");
  CHECK(site_root_url("../../assets/style.css", "/xa/ke-hoach/x/") == "/xa/assets/style.css");
  CHECK(site_root_url("trang/2/index.html?q=a", "/nhiem-vu/") == "/nhiem-vu/trang/2/?q=a");
  // Past the root it stays at the root, as a browser does.
  CHECK(site_root_url("../../../404.html", "/en/") == "/404.html");
}
