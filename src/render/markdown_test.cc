#include "render/markdown.h"

#include <doctest/doctest.h>

using plansite::render_markdown;

TEST_CASE("markdown: headings get ids folded from Vietnamese") {
  auto out = render_markdown("## I. MỤC ĐÍCH, YÊU CẦU\n\n### 1. Mục đích\n\nVăn bản.\n");
  CHECK(out.html ==
        "<h2 id=\"i-muc-dich-yeu-cau\">I. MỤC ĐÍCH, YÊU CẦU</h2>\n"
        "<h3 id=\"1-muc-dich\">1. Mục đích</h3>\n"
        "<p>Văn bản.</p>\n");
  REQUIRE(out.headings.size() == 2);
  CHECK(out.headings[1].level == 3);
  CHECK(out.headings[1].text == "1. Mục đích");
}

TEST_CASE("markdown: repeated headings get distinct ids") {
  auto out = render_markdown("### 1. Mục đích\n\n### 1. Mục đích\n");
  CHECK(out.headings[0].anchor == "1-muc-dich");
  CHECK(out.headings[1].anchor == "1-muc-dich-2");
}

TEST_CASE("markdown: heading ids never take an id the page already uses") {
  auto out = render_markdown("## Main\n\n## Nv 1\n", {"main", "nv-1"});
  CHECK(out.headings[0].anchor == "main-2");
  CHECK(out.headings[1].anchor == "nv-1-2");
}

TEST_CASE("markdown: raw HTML is not passed through") {
  auto out = render_markdown("Xin chào <script>alert(1)</script>\n\n<iframe src=\"x\"></iframe>\n");
  CHECK(out.html.find("<script>") == std::string::npos);
  CHECK(out.html.find("<iframe") == std::string::npos);
}

TEST_CASE("markdown: GFM tables, strikethrough and autolinks") {
  auto out = render_markdown("| TT | Nhiệm vụ |\n|---|---|\n| 1 | Tập huấn |\n\n~~cũ~~ https://binhdanhocvuso.gov.vn\n");
  CHECK(out.html.find("<table>") != std::string::npos);
  CHECK(out.html.find("<td>Tập huấn</td>") != std::string::npos);
  CHECK(out.html.find("<del>cũ</del>") != std::string::npos);
  CHECK(out.html.find("<a href=\"https://binhdanhocvuso.gov.vn\">") != std::string::npos);
}

TEST_CASE("markdown: javascript links are neutralized") {
  auto out = render_markdown("[bấm](javascript:alert(1))\n");
  CHECK(out.html.find("javascript:") == std::string::npos);
}
