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
  // Left out entirely: no "<!-- raw HTML omitted -->" in its place (the loader warned).
  CHECK(out.html == "<p>Xin chào alert(1)</p>\n");
}

TEST_CASE("markdown: the outline gives raw HTML's places (byte columns) and the number of headings") {
  plansite::MarkdownOutline outline = plansite::outline_markdown("## Một\n\nXin <b>chào</b>\n\n<div>khối</div>\n\nHai\n===\n");
  CHECK(outline.headings == 2);
  REQUIRE(outline.raw_html.size() == 3);
  CHECK(outline.raw_html[0].line == 3);
  CHECK(outline.raw_html[0].byte_column == 5);
  CHECK(outline.raw_html[1].byte_column == 13);
  CHECK(outline.raw_html[2].line == 5);
}

TEST_CASE("markdown: many headings of one text are numbered in order, skipping ids in use") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "## Mục\n\n";
  auto out = render_markdown(text + "## Mục 3\n", {"muc-2"});
  REQUIRE(out.headings.size() == 1001);
  CHECK(out.headings[0].anchor == "muc");
  CHECK(out.headings[1].anchor == "muc-3");  // muc-2 is the page's
  CHECK(out.headings[999].anchor == "muc-1001");
  CHECK(out.headings[1000].anchor == "muc-3-2");  // "Mục 3" folds to an id already given
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

TEST_CASE("markdown: bullet lists say which marker the document used") {
  auto out = render_markdown("- Phát triển doanh nghiệp số:\n  + Hỗ trợ các cửa hàng\n  + Tỷ lệ doanh nghiệp\n- Thúc đẩy\n");
  CHECK(out.html ==
        "<ul class=\"list-dash\">\n<li>Phát triển doanh nghiệp số:\n"
        "<ul class=\"list-plus\">\n<li>Hỗ trợ các cửa hàng</li>\n<li>Tỷ lệ doanh nghiệp</li>\n</ul>\n</li>\n"
        "<li>Thúc đẩy</li>\n</ul>\n");
  CHECK(render_markdown("+ một\n+ hai\n").html.find("<ul class=\"list-plus\">") == 0);
  CHECK(render_markdown("> * trích\n").html.find("<ul class=\"list-star\">") != std::string::npos);
}

TEST_CASE("markdown: a link whose text is not its address is marked for print") {
  auto out = render_markdown("Xem [Cổng dịch vụ công](https://dichvucong.gov.vn) và <https://binhdanhocvuso.gov.vn>.\n");
  CHECK(out.html.find("<a class=\"print-url\" href=\"https://dichvucong.gov.vn\">Cổng dịch vụ công</a>") !=
        std::string::npos);
  CHECK(out.html.find("<a href=\"https://binhdanhocvuso.gov.vn\">https://binhdanhocvuso.gov.vn</a>") !=
        std::string::npos);
}

TEST_CASE("markdown: document numbers are kept on one line, dates and links are left alone") {
  auto out = render_markdown("Nghị quyết số 57-NQ/TW, ngày 22/12/2024; Kế hoạch số 41-KH/ĐU; Số: /KH-UBND; "
                             "giai đoạn 2026-2030, <https://aicongdong.ptit.edu.vn>\n");
  CHECK(out.html ==
        "<p>Nghị quyết số <span class=\"doc-no\">57-NQ/TW</span>, ngày 22/12/2024; Kế hoạch số "
        "<span class=\"doc-no\">41-KH/ĐU</span>; Số: <span class=\"doc-no\">/KH-UBND</span>; giai đoạn 2026-2030, "
        "<a href=\"https://aicongdong.ptit.edu.vn\">https://aicongdong.ptit.edu.vn</a></p>\n");
}

TEST_CASE("markdown: with raw_html allowed, the allowed subset is kept and the rest left out") {
  using plansite::RawHtml;
  auto out = render_markdown(
      "Diện tích 25 m<sup>2</sup>, <abbr title=\"Ủy ban nhân dân\">UBND</abbr> <b>*đậm*</b>"
      "<script>alert(1)</script><img src=x onerror=alert(1)>\n\n"
      "<div class=\"site-header\" onclick=\"x()\">\n<table><tr><td>1<td>2</table>\n</main></div>\n",
      {}, RawHtml::allow);
  CHECK(out.html ==
        "<p>Diện tích 25 m<sup>2</sup>, <abbr title=\"Ủy ban nhân dân\">UBND</abbr> <b><em>đậm</em></b>"
        "<img src=\"x\" alt=\"\"></p>\n"
        "<div>\n<table><tr><td>1</td><td>2</td></tr></table>\n</div>\n");
  // The default leaves all of it out.
  CHECK(render_markdown("m<sup>2</sup>\n").html == "<p>m2</p>\n");
}

TEST_CASE("markdown: raw HTML cannot close or outlive the Markdown element it stands in") {
  using plansite::RawHtml;
  // "</b>" inside the emphasis cannot close the <b> outside it: that <b> closes with the paragraph.
  CHECK(render_markdown("<b>*a</b> b*\n\n*c <i>d* e\n", {}, RawHtml::allow).html ==
        "<p><b><em>a b</em></b></p>\n<p><em>c <i>d</i></em> e</p>\n");
  // An autolink inside a raw link shows as text: links do not nest.
  CHECK(render_markdown("<a href=\"https://a.vn\">https://b.vn</a> [x](/y)\n", {}, RawHtml::allow).html ==
        "<p><a href=\"https://a.vn\">https://b.vn</a> <a class=\"print-url\" href=\"/y\">x</a></p>\n");
  // No raw link inside a Markdown link.
  CHECK(render_markdown("[a <a href=\"/b\">b</a>](/c)\n", {}, RawHtml::allow).html ==
        "<p><a class=\"print-url\" href=\"/c\">a b</a></p>\n");
  // A picture's description is plain text.
  CHECK(render_markdown("![a <b>b</b>](anh.png)\n", {}, RawHtml::allow).html == "<p><img src=\"anh.png\" alt=\"a b\" /></p>\n");
}

TEST_CASE("markdown: raw lists and links take their turn, so Markdown's keep their classes") {
  using plansite::RawHtml;
  CHECK(render_markdown("<ul><li>raw</li></ul>\n\n+ md\n\n<a href=\"/r\">r</a> [t](/u)\n", {}, RawHtml::allow).html ==
        "<ul><li>raw</li></ul>\n<ul class=\"list-plus\">\n<li>md</li>\n</ul>\n"
        "<p><a href=\"/r\">r</a> <a class=\"print-url\" href=\"/u\">t</a></p>\n");
}

TEST_CASE("markdown: with raw_html allowed, the outline notes what was left out where") {
  auto outline = plansite::outline_markdown("Xin <b onclick=x>chào</b>\n\n<div>\n<script>x</script>\n</div>\n",
                                            plansite::RawHtml::allow);
  REQUIRE(outline.raw_html.size() == 2);
  CHECK(outline.raw_html[0].line == 1);
  CHECK(outline.raw_html[0].byte_column == 8);
  CHECK(outline.raw_html[0].what == "the attribute 'onclick' of <b>");
  CHECK(outline.raw_html[1].line == 4);
  CHECK(outline.raw_html[1].byte_column == 1);
  CHECK(outline.raw_html[1].what == "<script> and what it holds");
}
