// Whole-site rendering on small inline sites: fallback notes, overrides, URLs.
#include <doctest/doctest.h>

#include "render/minify_css.h"

#include <sstream>
#include <vector>

#include "cli/build.h"
#include "util/read_file.h"
#include "test_support.h"

namespace fs = std::filesystem;
using plansite::testing::minimal_site;
using plansite::testing::read_tree;
using plansite::testing::replace_once;
using plansite::testing::TempSite;

namespace {

std::map<std::string, std::string> build(const std::map<std::string, std::string>& files) {
  return plansite::testing::build_site(files);
}

std::string build_errors(const std::map<std::string, std::string>& files, bool write = true) {
  TempSite site(files);
  plansite::BuildOptions options;
  options.source = site.root();
  options.write = write;
  std::ostringstream out, err;
  CHECK(plansite::run_build(options, out, err) == 1);
  CHECK_FALSE(fs::exists(site.root() / "public"));
  return err.str();
}

}  // namespace

TEST_CASE("render: the site has a home page and a plan page in each language") {
  auto out = build(minimal_site());
  CHECK(out.count("index.html") == 1);
  CHECK(out.count("en/index.html") == 1);
  CHECK(out.count("ke-hoach/ke-hoach-thu/index.html") == 1);
  CHECK(out.count("en/plans/ke-hoach-thu/index.html") == 1);
  const std::string& en = out.at("en/plans/ke-hoach-thu/index.html");
  CHECK(en.find("<html lang=\"en\">") != std::string::npos);
  CHECK(en.find("<link rel=\"alternate\" hreflang=\"vi\" href=\"../../../ke-hoach/ke-hoach-thu/index.html\">") !=
        std::string::npos);
  CHECK(en.find("SOCIALIST REPUBLIC OF VIET NAM") != std::string::npos);
  const std::string& vi = out.at("ke-hoach/ke-hoach-thu/index.html");
  CHECK(vi.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") != std::string::npos);
  CHECK(vi.find("<li>Lưu: VT.</li>") != std::string::npos);
  // Optional fields left out print no empty label.
  CHECK(vi.find("Đối tượng tham gia") == std::string::npos);
}

TEST_CASE("render: missing English text falls back to Vietnamese and says so") {
  auto files = minimal_site();
  files.erase("content/plans/ke-hoach-thu/body.en.md");
  auto& plan = files["content/plans/ke-hoach-thu/plan.yaml"];
  replace_once(plan, "title: {vi: Kế hoạch thử, en: A test plan}", "title: Kế hoạch thử");
  auto out = build(files);
  const std::string& en = out.at("en/plans/ke-hoach-thu/index.html");
  CHECK(en.find("Parts of this page have not yet been translated into English") != std::string::npos);
  CHECK(en.find("The text of this plan has not yet been translated into English") != std::string::npos);
  CHECK(en.find("<div class=\"doc-body\" lang=\"vi\">") != std::string::npos);
  CHECK(en.find("<span class=\"doc-subject\"><span lang=\"vi\">Kế hoạch thử</span></span>") != std::string::npos);
  CHECK(en.find("<title>Kế hoạch thử | Plan portal</title>") != std::string::npos);
  CHECK(en.find("\uE000") == std::string::npos);
  // The Vietnamese page never carries the note.
  CHECK(out.at("ke-hoach/ke-hoach-thu/index.html").find("not yet been translated") == std::string::npos);
}

TEST_CASE("render: a view lent to many pages still marks each one that shows it untranslated") {
  // The plan's link and the task lists' filters are made once per language
  // and lent to every page (SharedViews): each page must still say so.
  auto files = minimal_site();
  auto& plan = files["content/plans/ke-hoach-thu/plan.yaml"];
  replace_once(plan, "title: {vi: Kế hoạch thử, en: A test plan}", "title: Kế hoạch thử");
  // Everything else those pages show is translated: only the lent views fall back.
  replace_once(plan, "statement: 95% người dân", "statement: {vi: 95% người dân, en: 95% of residents}");
  replace_once(plan, "content: Tập huấn", "content: {vi: Tập huấn, en: Training}");
  auto out = build(files);
  for (const char* page : {"en/tasks/index.html", "en/indicators/index.html"}) {
    CAPTURE(page);
    const std::string& en = out.at(page);
    CHECK(en.find("Parts of this page have not yet been translated into English") != std::string::npos);
    CHECK(en.find("<span lang=\"vi\">Kế hoạch thử</span>") != std::string::npos);
  }
  // A page that shows no untranslated text does not borrow the note.
  CHECK(out.at("en/agencies/index.html").find("not yet been translated") == std::string::npos);
}

TEST_CASE("render: a site overrides a template by putting a file of the same name in its theme") {
  auto files = minimal_site();
  files["themes/default/home.mustache"] = "<p class=\"custom-home\">{{commune}}</p>\n";
  auto out = build(files);
  CHECK(out.at("index.html").find("<p class=\"custom-home\">xã Thử Nghiệm</p>") != std::string::npos);
  CHECK(out.at("en/index.html").find("<p class=\"custom-home\">Thử Nghiệm Commune</p>") != std::string::npos);
  // Templates not overridden still come from the built-in theme.
  CHECK(out.at("ke-hoach/ke-hoach-thu/index.html").find("class=\"doc-header\"") != std::string::npos);
}

TEST_CASE("render: a broken override template is an error, and nothing is written") {
  auto files = minimal_site();
  files["themes/default/home.mustache"] = "{{#plans}}unclosed\n";
  CHECK(build_errors(files).find("home.mustache:1:1: error: template error: section \"plans\" is not closed") !=
        std::string::npos);
}

TEST_CASE("render: with a base_url path, links are relative to the page and absolute URLs carry the path") {
  auto files = minimal_site();
  auto& config = files["site.yaml"];
  replace_once(config, "base_url: /", "base_url: https://example.org/phu-thinh/");
  auto out = build(files);
  const std::string& home = out.at("index.html");
  CHECK(home.find("href=\"ke-hoach/ke-hoach-thu/index.html\"") != std::string::npos);
  CHECK(home.find("href=\"assets/style.") != std::string::npos);
  CHECK(home.find("<link rel=\"canonical\" href=\"https://example.org/phu-thinh/\">") != std::string::npos);
  const std::string& plan = out.at("en/plans/ke-hoach-thu/index.html");
  CHECK(plan.find("href=\"../../../assets/style.") != std::string::npos);
  CHECK(plan.find("href=\"../../index.html\"") != std::string::npos);  // the English home page
  // The 404 page is served at any missing address: its links stay site-root.
  CHECK(out.at("en/404.html").find("href=\"/phu-thinh/assets/style.") != std::string::npos);
  CHECK(out.at("en/404.html").find("href=\"/phu-thinh/en/plans/\"") != std::string::npos);
}

TEST_CASE("render: text is HTML-escaped") {
  auto files = minimal_site();
  auto& plan = files["content/plans/ke-hoach-thu/plan.yaml"];
  replace_once(plan, "name: Nguyễn Văn A", "name: \"<b>Nguyễn</b> & A\"");
  auto out = build(files);
  CHECK(out.at("ke-hoach/ke-hoach-thu/index.html").find("&lt;b&gt;Nguyễn&lt;/b&gt; &amp; A") != std::string::npos);
}

TEST_CASE("render: a Party committee's plan fits the same format, with the Party's header") {
  auto files = minimal_site();
  files["content/agencies.yaml"] +=
      "  - id: dang-uy-xa\n"
      "    name: {vi: Đảng ủy xã Thử Nghiệm, en: Thử Nghiệm Commune Party Committee}\n"
      "    kind: party\n";
  auto& plan = files["content/plans/ke-hoach-thu/plan.yaml"];
  replace_once(plan, "symbol: KH-UBND", "number: \"41\"\nsymbol: KH/ĐU");
  replace_once(plan, "issuers: [ubnd-xa]", "issuers: [dang-uy-xa]");
  replace_once(plan, "status: draft", "status: issued");
  replace_once(plan, "date: 2026-04", "date: 2026-04-15");
  replace_once(plan, "  - title: {vi: CHỦ TỊCH, en: CHAIRPERSON}",
               "  - authority: {vi: T/M BAN THƯỜNG VỤ, en: ON BEHALF OF THE STANDING BOARD}\n"
               "    title: {vi: BÍ THƯ, en: SECRETARY}");
  auto out = build(files);
  const std::string& vi = out.at("ke-hoach/ke-hoach-thu/index.html");
  CHECK(vi.find("<p class=\"doc-national-name\"><span>ĐẢNG CỘNG SẢN VIỆT NAM</span></p>") != std::string::npos);
  CHECK(vi.find("doc-motto") == std::string::npos);
  CHECK(vi.find("Số 41-KH/ĐU") != std::string::npos);
  CHECK(vi.find("T/M BAN THƯỜNG VỤ") != std::string::npos);
  CHECK(out.at("en/plans/ke-hoach-thu/index.html").find("COMMUNIST PARTY OF VIET NAM") != std::string::npos);
}

TEST_CASE("render: a byte-order mark in the plan text does not reach the page") {
  auto files = minimal_site();
  files["content/plans/ke-hoach-thu/body.vi.md"] = "\xEF\xBB\xBF## I. MỤC ĐÍCH\r\n\r\nNội dung.\r\n";
  auto out = build(files);
  const std::string& vi = out.at("ke-hoach/ke-hoach-thu/index.html");
  CHECK(vi.find("\xEF\xBB\xBF") == std::string::npos);
  CHECK(vi.find("<h2 id=\"i-muc-dich\">I. MỤC ĐÍCH</h2>") != std::string::npos);
}


TEST_CASE("render: templates that include each other in a loop are refused, by check too") {
  auto files = minimal_site();
  files["themes/default/home.mustache"] = "{{> card}}\n";
  files["themes/default/card.mustache"] = "{{> home}}\n";
  for (bool write : {true, false}) {
    std::string err = build_errors(files, write);
    CHECK(err.find("error: templates include each other in a loop: card > home > card") != std::string::npos);
  }
}

TEST_CASE("render: a template named like a view key does not blank the page") {
  auto files = minimal_site();
  files["themes/default/content.mustache"] = "<p>a partial called content</p>\n";
  files["themes/default/header.mustache"] = "<p>a partial called header</p>\n";
  auto out = build(files);
  const std::string& plan = out.at("ke-hoach/ke-hoach-thu/index.html");
  CHECK(plan.find("class=\"doc-header\"") != std::string::npos);  // {{#header}} still the view's
  CHECK(plan.find("Nội dung.") != std::string::npos);              // {{{content}}} still the page
}

TEST_CASE("render: a theme that does not exist is an error; stray files are not published") {
  auto files = minimal_site();
  files["site.yaml"] += "theme: ban-sac\n";
  CHECK(build_errors(files).find("site.yaml: error: theme 'ban-sac' not found") != std::string::npos);
  files["themes/ban-sac/notes.txt"] = "private";
  files["themes/ban-sac/extra.css"] = "p{}";
  auto out = build(files);
  CHECK(out.count("assets/notes.txt") == 0);
  bool extra_published = false;
  for (const auto& [path, content] : out) extra_published |= path.rfind("assets/extra.", 0) == 0;
  CHECK(extra_published);
}

TEST_CASE("render: the theme's stylesheet is published under a content-hashed name the pages use") {
  auto out = build(minimal_site());
  std::string stylesheet;
  for (const auto& [path, content] : out)
    if (path.rfind("assets/style.", 0) == 0) stylesheet = path;
  REQUIRE(stylesheet.size() == std::string("assets/style.0123456789.css").size());
  auto theme_css = plansite::read_file(plansite::testing::source_dir() / "themes" / "default" / "style.css");
  REQUIRE(theme_css.has_value());
  // Minified, with each status's colour from statuses.yaml after the theme's rules.
  std::string theme_rules = plansite::minify_css(*theme_css);
  CHECK(out.at(stylesheet).substr(0, theme_rules.size()) == theme_rules);
  CHECK(out.at(stylesheet).find(".status-on-track{color:#") != std::string::npos);
  CHECK(out.at(stylesheet).find(".status-overdue{color:#") != std::string::npos);
  CHECK(out.at("index.html").find("<link rel=\"stylesheet\" href=\"" + stylesheet + "\">") != std::string::npos);
}

TEST_CASE("render: a report's photos are published once, under their content's name, on the program's page") {
  auto files = minimal_site();
  files["content/plans/ke-hoach-thu/plan.yaml"] +=
      "programs:\n  - id: lop-hoc\n    name: Lớp học\n    participants: Hội viên\n    activities: [Học]\n";
  const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "not really a picture";
  const std::string folder = "content/plans/ke-hoach-thu/reports/";
  files[folder + "anh/lop.png"] = png;
  files[folder + "anh/cung-anh.PNG"] = png;  // the same bytes under another name
  auto report = [](const std::string& period, const std::string& date, const std::string& photo,
                   const std::string& alt) {
    return "period: " + period + "\ndate: " + date + "\nprograms:\n  - id: lop-hoc\n    sessions: 1\n"
           "    participants: 9\n    photos:\n      - {file: " + photo + ", alt: {vi: " + alt + ", en: EN " + alt + "}}\n";
  };
  files[folder + "2026-Q1.yaml"] = report("2026-Q1", "2026-04-02", "anh/lop.png", "Buổi một");
  files[folder + "2026-Q2.yaml"] = report("2026-Q2", "2026-07-02", "anh/cung-anh.PNG", "Buổi hai");
  auto out = build(files);

  std::vector<std::string> photos;
  for (const auto& [path, content] : out)
    if (path.starts_with("assets/photo.")) photos.push_back(path);
  REQUIRE(photos.size() == 1);
  CHECK(out.at(photos[0]) == png);
  CHECK(photos[0].ends_with(".png"));
  const std::string& vi = out.at("mo-hinh/ke-hoach-thu/lop-hoc/index.html");
  const std::string src = "src=\"../../../" + photos[0] + "\"";
  // Newest report first, each captioned with its period.
  size_t second = vi.find("<img " + src + " alt=\"Buổi hai\"");
  size_t first = vi.find("<img " + src + " alt=\"Buổi một\"");
  REQUIRE(second != std::string::npos);
  REQUIRE(first != std::string::npos);
  CHECK(second < first);
  CHECK(vi.find("<figcaption>Quý II/2026</figcaption>") != std::string::npos);
  CHECK(out.at("en/programs/ke-hoach-thu/lop-hoc/index.html").find("alt=\"EN Buổi hai\"") != std::string::npos);
}

TEST_CASE("render: the embeddable summary lists the newest plans' progress and opens the portal in a new tab") {
  auto out = plansite::testing::build_source(plansite::testing::source_dir());
  const std::string& vi = out.at("nhung/index.html");
  const std::string& en = out.at("en/embed/index.html");
  auto has = [](const std::string& page, const std::string& part) { return page.find(part) != std::string::npos; };
  // A bare page: no site header or footer, not for search engines, not in the sitemap.
  CHECK(has(vi, "<body class=\"embed\">"));
  CHECK_FALSE(has(vi, "site-header"));
  CHECK(has(vi, "<meta name=\"robots\" content=\"noindex\">"));
  CHECK_FALSE(has(out.at("sitemap.xml"), "/nhung/"));
  // Each plan with its headline figures, as the plan page's summary counts them.
  CHECK(has(vi, "<h2><a href=\"../ke-hoach/chuyen-doi-so-2026-2030/index.html\" target=\"_blank\" rel=\"noopener\">"
                "Chuyển đổi số xã Phú Thịnh giai đoạn 2026 - 2030</a></h2>"));
  CHECK(has(vi, "<meter min=\"0\" max=\"100\" value=\"31\" aria-hidden=\"true\"></meter> Tiến độ 31%"));
  CHECK(has(vi, "<p class=\"status-line\">2 mô hình điểm · 165 lượt người tham gia</p>"));
  CHECK(has(en, "<p class=\"status-line\">2 pilot models · 165 participants in all</p>"));
  CHECK(has(vi, "Báo cáo mới nhất: <a href=\"../bao-cao/2026-Q2/index.html\" target=\"_blank\" rel=\"noopener\">"
                "Báo cáo Quý II/2026</a>"));
  CHECK(has(en, "<p class=\"note updated\">Last updated: 9 July 2026</p>"));
  // Every link leaves the frame.
  size_t links = 0, blank = 0;
  for (size_t at = vi.find("<a "); at != std::string::npos; at = vi.find("<a ", at + 1)) {
    ++links;
    blank += has(vi.substr(at, vi.find('>', at) - at), "target=\"_blank\" rel=\"noopener\"");
  }
  CHECK(links >= 4);
  CHECK(blank == links);
  // The data page gives the snippet to paste, with the summary's absolute address.
  CHECK(has(out.at("du-lieu/index.html"),
            "<code>&lt;iframe src=&quot;https://phu-thinh.example/nhung/&quot; title=&quot;Kế hoạch và tiến độ thực "
            "hiện - xã Phú Thịnh — Tiến độ thực hiện các kế hoạch&quot; width=&quot;100%&quot; height=&quot;520&quot; "
            "loading=&quot;lazy&quot;&gt;&lt;/iframe&gt;</code>"));
  CHECK(has(out.at("en/data/index.html"), "&lt;iframe src=&quot;https://phu-thinh.example/en/embed/&quot;"));
}
