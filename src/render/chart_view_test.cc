#include "render/chart_view.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace plansite;
using namespace plansite::testing;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The JSON block of the page's one chart, and its summary, as the page carries them.
std::string between(const std::string& page, const std::string& start, const std::string& end) {
  size_t from = page.find(start);
  REQUIRE(from != std::string::npos);
  from += start.size();
  size_t to = page.find(end, from);
  REQUIRE(to != std::string::npos);
  return page.substr(from, to - from);
}

std::string chart_json(const std::string& page) {
  return between(page, "<script type=\"application/json\" class=\"chart-data\">", "</script>");
}

std::string chart_summary(const std::string& page) { return between(page, "<p class=\"chart-summary\">", "</p>"); }

}  // namespace

TEST_CASE("charts: the sample site's indicator and program charts carry exactly their reports' figures") {
  auto files = build_source(source_dir());
  const std::string indicator_vi = files.at("chi-tieu/chuyen-doi-so-2026-2030/cds-hai-long-dvc-truc-tuyen/index.html");
  const std::string indicator_en =
      files.at("en/indicators/chuyen-doi-so-2026-2030/cds-hai-long-dvc-truc-tuyen/index.html");
  // Two quarterly values (91, 88.5), then the milestones of 2027 and 2030 on
  // the same axis; the value line in the colour of the indicator's status.
  CHECK(chart_json(indicator_vi) ==
        R"({"kind":"line","unit":"%","labels":["Quý I/2026","Quý II/2026","2027","2030"],"series":[)"
        R"({"label":"Giá trị","colour":"#b42318","values":[91,88.5,null,null]},)"
        R"({"label":"Mục tiêu cần đạt","colour":"#5f6368","dashed":true,"values":[null,null,95,99]}]})");
  CHECK(chart_summary(indicator_vi) == "Giá trị Quý II/2026: 88,5%, mục tiêu 2030: 99%.");
  CHECK(chart_json(indicator_en) ==
        R"({"kind":"line","unit":"%","labels":["Q1 2026","Q2 2026","2027","2030"],"series":[)"
        R"({"label":"Value","colour":"#b42318","values":[91,88.5,null,null]},)"
        R"({"label":"Target value","colour":"#5f6368","dashed":true,"values":[null,null,95,99]}]})");
  CHECK(chart_summary(indicator_en) == "Value in Q2 2026: 88.5%; target for 2030: 99%.");

  const std::string program_vi = files.at("mo-hinh/mo-hinh-diem-cds-2026/phu-nu-khau-giang-bdhvs/index.html");
  const std::string program_en = files.at("en/programs/mo-hinh-diem-cds-2026/phu-nu-khau-giang-bdhvs/index.html");
  CHECK(chart_json(program_vi) ==
        R"({"kind":"bar","unit":"","labels":["Quý I/2026","Quý II/2026"],"series":[)"
        R"({"label":"Số người tham gia","colour":"#0b6a88","values":[38,56]},)"
        R"({"label":"Số buổi","colour":"#9a6700","values":[1,4]}]})");
  CHECK(chart_summary(program_vi) == "Quý II/2026: 56 người tham gia, 4 buổi.");
  CHECK(chart_json(program_en) ==
        R"({"kind":"bar","unit":"","labels":["Q1 2026","Q2 2026"],"series":[)"
        R"({"label":"Participants","colour":"#0b6a88","values":[38,56]},)"
        R"({"label":"Sessions","colour":"#9a6700","values":[1,4]}]})");
  CHECK(chart_summary(program_en) == "Q2 2026: 56 participants; sessions held: 4.");

  // The canvas reads out the summary; the table after it holds the same figures.
  CHECK(contains(indicator_vi, "<canvas role=\"img\" aria-label=\"Giá trị Quý II/2026: 88,5%, mục tiêu 2030: 99%.\">"));
  CHECK(contains(indicator_vi, "<tr><th scope=\"row\">Quý II/2026</th><td>88,5%</td><td></td></tr>"));
  CHECK(contains(indicator_vi, "<tr><th scope=\"row\">2030</th><td></td><td>99%</td></tr>"));
  CHECK(contains(program_en, "<tr><th scope=\"row\">Q2 2026</th><td>56</td><td>4</td></tr>"));
}

TEST_CASE("charts: a site whose pages draw no chart gets no chart script") {
  // The Dân Tiến example has no progress reports, so nothing to chart.
  auto files = build_source(source_dir() / "examples" / "dan-tien");
  for (const auto& [path, content] : files) {
    INFO(path);
    CHECK_FALSE(path.starts_with("assets/chart"));
    if (path.ends_with(".html")) CHECK_FALSE(contains(content, "chart-data"));
  }
}

TEST_CASE("charts: a label cannot close the JSON block it is carried in") {
  Chart chart;
  chart.kind = "bar";
  chart.labels = {"</script><script>alert(1)</script>", "a \"quoted\" \\ & line\nbreak"};
  chart.series.push_back({"s", "#000", {}, {1.5, std::nullopt}, false});
  CHECK(chart.json() ==
        R"({"kind":"bar","unit":"","labels":["\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e",)"
        R"("a \"quoted\" \\ \u0026 line\nbreak"],"series":[{"label":"s","colour":"#000","values":[1.5,null]}]})");
}

TEST_CASE("charts: an agency's page charts the tasks it leads, report by report, as stacked bars and a table") {
  auto files = build_source(source_dir());
  const std::string vi = files.at("co-quan/phong-van-hoa-xa-hoi/index.html");
  const std::string en = files.at("en/agencies/phong-van-hoa-xa-hoi/index.html");
  // It leads two tasks: both in progress after Q1; one done after Q2. Statuses no period has get no bars.
  CHECK(chart_json(vi) ==
        R"({"kind":"bar","stacked":true,"unit":"","labels":["Quý I/2026","Quý II/2026"],"series":[)"
        R"({"label":"Đang thực hiện","colour":"#0550ae","values":[2,1]},)"
        R"({"label":"Hoàn thành","colour":"#1a7f37","values":[0,1]}]})");
  CHECK(chart_summary(vi) == "Nhiệm vụ chủ trì theo tình trạng — Quý II/2026: Đang thực hiện 1, Hoàn thành 1.");
  CHECK(chart_summary(en) == "Tasks it leads, by status — Q2 2026: In progress 1, Done 1.");
  CHECK(contains(vi, "<h2 id=\"history-heading\">Qua các kỳ báo cáo</h2>"));
  CHECK(contains(vi, "<tr><th scope=\"row\">Quý I/2026</th><td>2</td><td>0</td></tr>"));
  CHECK(contains(en, "<tr><th scope=\"row\">Q2 2026</th><td>1</td><td>1</td></tr>"));
  // Its figures come from both plans' reports: updated as of the later one
  // (9 July, the pilot models' plan), whichever plan is read last.
  CHECK(contains(en, "Last updated: 9 July 2026</p>"));
  CHECK(contains(files.at("en/reports/index.html"), "Last updated: 9 July 2026</p>"));
}
