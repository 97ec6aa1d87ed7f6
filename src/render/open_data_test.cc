// Open data: the CSV files read back to the numbers of the reports, texts
// survive quoting, and the data page, plan pages and feeds link it all.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "load/load.h"
#include "render/open_data.h"
#include "resolve/resolve.h"
#include "resolve/status.h"
#include "test_support.h"

using plansite::testing::build_source;
using plansite::testing::minimal_site;
using plansite::testing::replace_once;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// A reader of RFC 4180 written for the test, independent of the writer:
// quoted fields may hold commas, doubled quotes and line breaks.
Rows parse_csv(const std::string& text) {
  Rows rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    std::string& field = rows.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      field += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

const char* const kBom = "\xEF\xBB\xBF";

// The CSV's rows as column name → value, the BOM checked and taken off.
std::vector<std::map<std::string, std::string>> read_csv(const std::string& csv) {
  REQUIRE(csv.starts_with(kBom));
  Rows rows = parse_csv(csv.substr(3));
  REQUIRE(!rows.empty());
  std::vector<std::map<std::string, std::string>> out;
  for (size_t r = 1; r < rows.size(); ++r) {
    REQUIRE(rows[r].size() == rows[0].size());
    std::map<std::string, std::string> row;
    for (size_t i = 0; i < rows[0].size(); ++i) row[rows[0][i]] = rows[r][i];
    out.push_back(std::move(row));
  }
  return out;
}

plansite::ResolvedSite sample_site() {
  plansite::Diagnostics diagnostics;
  auto site = plansite::load_site(plansite::testing::source_dir(), diagnostics);
  REQUIRE(site);
  auto resolved = plansite::resolve_site(std::move(*site), diagnostics);
  resolved.as_of = plansite::as_of_date(resolved.site, std::nullopt);
  return resolved;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("open data: every reported value, measured count and program figure reads back from the CSV") {
  auto site = sample_site();
  auto out = build_source(plansite::testing::source_dir());
  auto indicators = read_csv(out.at("du-lieu/chi-tieu.csv"));
  auto programs = read_csv(out.at("du-lieu/mo-hinh.csv"));
  size_t values = 0, activities = 0;
  for (const auto& plan : site.site.plans)
    for (const auto& report : plan.reports) {
      for (const auto& value : report.indicators) {
        CAPTURE(value.indicator.id);
        CAPTURE(report.period.key());
        int found = 0;
        for (const auto& row : indicators)
          if (row.at("indicator_id") == value.indicator.id && row.at("period") == report.period.key()) {
            ++found;
            CHECK(std::stod(row.at("value")) == value.value);
            if (!value.measured) CHECK(row.at("measured").empty());
            else CHECK(std::stod(row.at("measured")) == *value.measured);
            CHECK(row.at("plan_id") == plan.id);
            CHECK(row.at("illustrative") == (report.illustrative ? "yes" : ""));
          }
        CHECK(found == 1);
        ++values;
      }
      for (const auto& activity : report.programs) {
        int found = 0;
        for (const auto& row : programs)
          if (row.at("program_id") == activity.program.id && row.at("period") == report.period.key()) {
            ++found;
            CHECK(std::stoi(row.at("sessions")) == activity.sessions);
            CHECK(std::stoi(row.at("participants")) == activity.participants);
          }
        CHECK(found == 1);
        ++activities;
      }
    }
  // The sample reports do give figures: the loops above checked something.
  CHECK(values > 5);
  CHECK(activities > 0);
  // A plan's own file holds its rows only, and the same numbers.
  for (const auto& plan : site.site.plans) {
    auto own = read_csv(out.at("du-lieu/" + plan.id + "/chi-tieu.csv"));
    size_t expected = 0;
    for (const auto& row : indicators) expected += row.at("plan_id") == plan.id;
    CHECK(own.size() == expected);
  }
}

TEST_CASE("open data: each task's status and percent as of the latest report, with the report's note") {
  auto out = build_source(plansite::testing::source_dir());
  auto tasks = read_csv(out.at("du-lieu/nhiem-vu.csv"));
  bool seen = false;
  for (const auto& row : tasks) {
    CHECK(!row.at("status").empty());
    CHECK(row.at("as_of") == "2026-07-09");
    if (row.at("task_id") != "cds-nv-2") continue;
    seen = true;
    CHECK(row.at("status") == "done");
    CHECK(row.at("percent") == "100");
    CHECK(row.at("period") == "2026-Q2");
    CHECK(row.at("note") == "Phòng họp không giấy đã đưa vào sử dụng từ tháng 6.");
    CHECK(row.at("note_en") == "The paperless meeting room has been in use since June.");
  }
  CHECK(seen);
  // Every column the spreadsheet reports of issue 10 will read back.
  for (const char* column : {"plan_id", "task_id", "number", "content", "lead", "status", "percent", "note", "period"})
    CHECK(tasks.front().count(column) == 1);
}

TEST_CASE("open data: a text with a comma, a quote and a line break round-trips through CSV and JSON") {
  plansite::DataTable table;
  table.columns = {{"text", "", ""}, {"number", "", ""}, {"blank", "", ""}};
  const std::string tricky = "Xóm Đồng, \"Tổ 3\"\nvà Xóm Chùa";
  table.rows = {{tricky, 12.5, {}}, {std::string("plain"), 1240.0, {}}};
  std::string csv = plansite::data_csv(table);
  CHECK(csv.starts_with(kBom));
  CHECK(has(csv, "\r\n"));
  auto rows = read_csv(csv);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].at("text") == tricky);
  CHECK(rows[0].at("number") == "12.5");
  CHECK(rows[0].at("blank") == "");
  CHECK(rows[1].at("number") == "1240");
  std::string json = plansite::data_json(table, "2026-07-07");
  CHECK(has(json, R"("text": "Xóm Đồng, \"Tổ 3\"\nvà Xóm Chùa", "number": 12.5, "blank": null)"));
  CHECK(has(json, R"("as_of": "2026-07-07")"));
}

TEST_CASE("open data: a text cell that looks like a formula is written with a quote in front; numbers never") {
  plansite::DataTable table;
  table.columns = {{"text", "", ""}, {"number", "", ""}};
  const std::string link = "=HYPERLINK(\"http://evil.example\",\"click\")";
  table.rows = {{link, -5.0},         {std::string("+84 912"), -0.5}, {std::string("-5"), 3.0},
                {std::string("@SUM(A1)"), 0.0}, {std::string("\tTab"), 1.0},  {std::string("\rCR"), 1.0},
                {std::string("'=quoted"), 1.0}, {std::string("a = b - c"), 1.0}, {std::string("'plain"), 1.0}};
  auto rows = read_csv(plansite::data_csv(table));
  REQUIRE(rows.size() == 9);
  CHECK(rows[0].at("text") == "'" + link);
  CHECK(rows[0].at("number") == "-5");
  CHECK(rows[1].at("text") == "'+84 912");
  CHECK(rows[1].at("number") == "-0.5");
  CHECK(rows[2].at("text") == "'-5");  // a text column: "-5" there is text, and stays text
  CHECK(rows[3].at("text") == "'@SUM(A1)");
  CHECK(rows[4].at("text") == "'\tTab");
  CHECK(rows[5].at("text") == "'\rCR");
  // A quote the text starts with is kept: the reader removes only the one the writer adds.
  CHECK(rows[6].at("text") == "''=quoted");
  CHECK(rows[7].at("text") == "a = b - c");
  CHECK(rows[8].at("text") == "'plain");
  // JSON has no formulas: its strings are the texts as they are.
  std::string json = plansite::data_json(table, "2026-07-07");
  CHECK(has(json, R"x("text": "=HYPERLINK(\"http://evil.example\",\"click\")", "number": -5})x"));
}

TEST_CASE("open data: the data page lists every file with its size and columns; plan pages link their own") {
  auto out = build_source(plansite::testing::source_dir());
  const std::string& vi = out.at("du-lieu/index.html");
  const std::string& en = out.at("en/data/index.html");
  CHECK(has(vi, "<h1>Dữ liệu mở</h1>"));
  CHECK(has(en, "<h1>Open data</h1>"));
  CHECK(has(vi, "href=\"nhiem-vu.csv\" download>nhiem-vu.csv</a>"));
  CHECK(has(en, "href=\"../../du-lieu/chuyen-doi-so-2026-2030/chi-tieu.json\" download>chi-tieu.json</a>"));
  CHECK(has(vi, "<code>baseline_value</code>"));
  CHECK(has(en, " KB</td>"));
  const std::string& plan = out.at("ke-hoach/chuyen-doi-so-2026-2030/index.html");
  CHECK(has(plan, "Tải dữ liệu: Nhiệm vụ (<a href=\"../../du-lieu/chuyen-doi-so-2026-2030/nhiem-vu.csv\" download>CSV</a>"));
  CHECK(has(out.at("en/plans/chuyen-doi-so-2026-2030/index.html"), "Download data: Tasks ("));
  CHECK(has(out.at("index.html"), "<a href=\"du-lieu/index.html\">Dữ liệu mở</a>"));
}

TEST_CASE("feeds: one per language with a host, linked from every page's head; none for a bare path") {
  auto files = minimal_site();
  auto bare = plansite::testing::build_site(files);
  CHECK(bare.count("feed.xml") == 0);
  CHECK(!has(bare.at("index.html"), "application/atom+xml"));
  replace_once(files["site.yaml"], "base_url: /", "base_url: https://xa.example/");
  auto out = plansite::testing::build_site(files);
  REQUIRE(out.count("feed.xml") == 1);
  REQUIRE(out.count("en/feed.xml") == 1);
  CHECK(has(out.at("index.html"), "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Tin mới (Atom)\" href=\"feed.xml\">"));
  CHECK(has(out.at("en/index.html"), "type=\"application/atom+xml\" title=\"News feed (Atom)\" href=\"feed.xml\">"));
  CHECK(has(out.at("feed.xml"), "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://xa.example/feed.xml\"/>"));
  CHECK(has(out.at("en/feed.xml"), "<id>https://xa.example/en/plans/"));
}

TEST_CASE("open data: docs/format-reference.md lists every column of every file") {
  std::ifstream file(plansite::testing::source_dir() / "docs" / "format-reference.md");
  std::string docs((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  auto site = sample_site();
  for (const std::string kind : plansite::kDataKinds)
    for (const auto& column : plansite::data_table_of(kind, site, nullptr).columns) {
      CAPTURE(column.name);
      CHECK(has(docs, std::string("| `") + column.name + "` |"));
    }
}
