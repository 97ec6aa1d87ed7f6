// Progress reports kept as CSV: they load into the same Report as YAML, and
// each mistake a person makes in a spreadsheet is reported at its row and
// column with a hint.
#include "load/csv_report.h"

#include <doctest/doctest.h>

#include "load/load.h"
#include "test_support.h"

using plansite::testing::check_diagnostics;
using plansite::testing::minimal_site;
using plansite::testing::TempSite;

namespace {

const std::string kFolder = "content/plans/ke-hoach-thu/reports/";
const std::string kDir = kFolder + "2026-Q2/";
const std::string kProgram =
    "programs:\n"
    "  - id: lop-hoc\n"
    "    name: Lớp học\n"
    "    participants: Hội viên\n"
    "    activities: [Học]\n";

// The minimal site, with a program, and `files` (relative to the site) added.
std::map<std::string, std::string> site_with(const std::map<std::string, std::string>& files) {
  auto site = minimal_site();
  site["content/plans/ke-hoach-thu/plan.yaml"] += kProgram;
  for (const auto& [path, text] : files) site[path] = text;
  return site;
}

std::string diagnostics_with(const std::map<std::string, std::string>& files) {
  TempSite site(site_with(files));
  return check_diagnostics(site.root());
}

// An indicator file as the export writes it, with `rows` after the header.
const std::string kIndicatorHeader =
    "plan_id,indicator_id,objective_id,statement,statement_en,unit,baseline_value,baseline_year,status,period,"
    "report_date,value,measured,note,note_en,illustrative\r\n";

std::string indicators(const std::string& rows) { return kIndicatorHeader + rows; }

const std::string kYamlReport =
    "period: 2026-Q2\n"
    "date: 2026-07-05\n"
    "indicators:\n"
    "  - id: ti-le\n"
    "    value: 88.5\n"
    "    note: {vi: \"Khảo sát, 6 xóm\", en: A survey}\n"
    "tasks:\n"
    "  - id: nv-1\n"
    "    status: in-progress\n"
    "    percent: 40\n"
    "programs:\n"
    "  - id: lop-hoc\n"
    "    sessions: 3\n"
    "    participants: 1240\n";

// The same report as three CSV files in Excel's Vietnamese dialect: BOM,
// ';', CRLF, decimal comma, thousands dot, a date day first; history rows of
// Q1 and export-only columns left in.
const std::map<std::string, std::string> kCsvReport = {
    {kDir + "chi-tieu.csv",
     "\xEF\xBB\xBFplan_id;indicator_id;statement;period;report_date;value;note;note_en\r\n"
     "ke-hoach-thu;ti-le;95% người dân;2026-Q1;02/04/2026;70;;\r\n"
     "ke-hoach-thu;ti-le;95% người dân;2026-Q2;05/07/2026;88,5;\"Khảo sát, 6 xóm\";A survey\r\n"},
    {kDir + "nhiem-vu.csv",
     "\xEF\xBB\xBFplan_id;task_id;content;status;percent;period;report_date;as_of\r\n"
     "ke-hoach-thu;nv-1;Tập huấn;in-progress;40;2026-Q2;2026-07-05;2026-04-02\r\n"},
    {kDir + "mo-hinh.csv",
     "\xEF\xBB\xBFprogram_id;name;period;sessions;participants\r\n"
     "lop-hoc;Lớp học;2026-Q2;3;1.240\r\n"
     ";;;;\r\n"},
};

}  // namespace

TEST_CASE("csv reports: a CSV report loads into the same Report as the YAML one") {
  plansite::Diagnostics diagnostics;
  TempSite csv_site(site_with(kCsvReport));
  auto loaded = plansite::load_site(csv_site.root(), diagnostics);
  REQUIRE(loaded);
  CHECK(diagnostics.format(false) == "");
  REQUIRE(loaded->plans.at(0).reports.size() == 1);
  const auto& r = loaded->plans.at(0).reports[0];
  CHECK(r.period.key() == "2026-Q2");
  CHECK((r.date.year == 2026 && r.date.month == 7 && r.date.day == 5));
  CHECK_FALSE(r.illustrative);
  REQUIRE(r.indicators.size() == 1);
  CHECK(r.indicators[0].indicator.id == "ti-le");
  CHECK(r.indicators[0].value == 88.5);
  CHECK(r.indicators[0].note.in("vi") == "Khảo sát, 6 xóm");
  CHECK(r.indicators[0].note.in("en") == "A survey");
  // Positions are spreadsheet cells: row 3, column F.
  CHECK(r.indicators[0].value_position.line == 3);
  CHECK(r.indicators[0].value_position.column == 6);
  REQUIRE(r.tasks.size() == 1);
  CHECK(r.tasks[0].status == "in-progress");
  CHECK(r.tasks[0].percent == 40);
  REQUIRE(r.programs.size() == 1);
  CHECK(r.programs[0].sessions == 3);
  CHECK(r.programs[0].participants == 1240);
}

TEST_CASE("csv reports: a YAML report and the same CSV report build byte-identical sites") {
  auto from_yaml = plansite::testing::build_site(site_with({{kFolder + "2026-Q2.yaml", kYamlReport}}));
  auto from_csv = plansite::testing::build_site(site_with(kCsvReport));
  CHECK(from_yaml.size() == from_csv.size());
  for (const auto& [path, bytes] : from_yaml) {
    CAPTURE(path);
    CHECK((from_csv.count(path) && from_csv.at(path) == bytes));
  }
}

TEST_CASE("csv reports: a note the export guarded against formulas reads back as written") {
  // The export writes '=… for a text that starts like a formula (util/csv.h);
  // a downloaded file filled in and saved keeps it, and the quote is not the note's.
  const std::string yaml =
      "period: 2026-Q2\n"
      "date: 2026-07-05\n"
      "indicators:\n"
      "  - id: ti-le\n"
      "    value: 62.5\n"
      "    note: {vi: \"=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")\", en: \"'=kept\"}\n";
  const std::map<std::string, std::string> csv = {
      {kDir + "chi-tieu.csv", indicators("ke-hoach-thu,ti-le,,,,percent,,,no-data,2026-Q2,2026-07-05,62.5,,"
                                         "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",''=kept,\r\n")}};
  plansite::Diagnostics diagnostics;
  TempSite csv_site(site_with(csv));
  auto loaded = plansite::load_site(csv_site.root(), diagnostics);
  REQUIRE(loaded);
  CHECK(diagnostics.format(false) == "");
  REQUIRE(loaded->plans.at(0).reports.size() == 1);
  const auto& value = loaded->plans.at(0).reports[0].indicators.at(0);
  CHECK(value.value == 62.5);
  CHECK(value.note.in("vi") == "=HYPERLINK(\"http://evil.example\",\"click\")");
  CHECK(value.note.in("en") == "'=kept");
  auto from_yaml = plansite::testing::build_site(site_with({{kFolder + "2026-Q2.yaml", yaml}}));
  auto from_csv = plansite::testing::build_site(site_with(csv));
  CHECK(from_yaml.size() == from_csv.size());
  for (const auto& [path, bytes] : from_yaml) {
    CAPTURE(path);
    CHECK((from_csv.count(path) && from_csv.at(path) == bytes));
  }
  // The site's own export of that report guards the note again, as it was in the file.
  CHECK(from_csv.at("du-lieu/ke-hoach-thu/chi-tieu.csv").find("\"'=HYPERLINK(") != std::string::npos);
  CHECK(from_csv.at("du-lieu/ke-hoach-thu/chi-tieu.csv").find(",''=kept,") != std::string::npos);
}

TEST_CASE("csv reports: the export's own dialect, rows without figures skipped, illustrative") {
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv",
                           indicators("ke-hoach-thu,ti-le,,\"95%, người dân\",,percent,,,no-data,2026-Q2,2026-07-05,"
                                      "62.5,,,,yes\r\n"
                                      "ke-hoach-thu,ti-le-2,,,,percent,,,no-data,2026-Q2,2026-07-05,,,,,yes\r\n")}}) ==
        "");
  // No period column: every row is the folder's period.
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date\nti-le,50,2026-07-05\n"}}) == "");
}

TEST_CASE("csv reports: a blank row in the middle is ignored with a warning; blank rows at the end are not") {
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date\n,,\nti-le,50,2026-07-05\n\n\n"}}) ==
        kDir + "chi-tieu.csv:2:1: warning: row 2 is blank; the rows after it are read too\n"
        "  hint: delete the blank row, or the rows after it if they are not part of the report\n");
}

TEST_CASE("csv reports: a merged, renamed or missing header") {
  // LibreOffice saves a merged header cell as its text and blanks after it.
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,,report_date\nti-le,50,2026-07-05\n"}}) ==
        kDir + "chi-tieu.csv:1:2: error: column B has no name in the header row (cell B1 is empty)\n"
        "  hint: a merged or deleted header cell: unmerge the header cells and give each column its name from the "
        "downloaded file; the columns are plan_id, indicator_id, objective_id, statement, statement_en, unit, "
        "baseline_value, baseline_year, status, period, report_date, value, measured, note, note_en, illustrative\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,valeu,report_date\nti-le,50,2026-07-05\n"}}) ==
        kDir + "chi-tieu.csv:1:2: error: unknown column 'valeu' (cell B1)\n"
        "  hint: did you mean 'value'? (the header row keeps the downloaded file's names)\n");
  CHECK(diagnostics_with({{kDir + "nhiem-vu.csv", "indicator_id,value,report_date\nti-le,50,2026-07-05\n"}}) ==
        kDir + "nhiem-vu.csv:1:1: error: unknown column 'indicator_id' (cell A1)\n"
        "  hint: 'indicator_id' is a column of chi-tieu.csv: is this file chi-tieu.csv under another name?\n" +
        kDir + "nhiem-vu.csv:1:2: error: unknown column 'value' (cell B1)\n"
        "  hint: keep the header row of the downloaded file; the columns are plan_id, task_id, number, content, "
        "content_en, lead, lead_en, lead_ids, status, percent, note, note_en, period, report_date, as_of\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "id,value,report_date\nti-le,50,2026-07-05\n"}}) ==
        kDir + "chi-tieu.csv:1:1: error: unknown column 'id' (cell A1)\n"
        "  hint: keep the header row of the downloaded file; the columns are plan_id, indicator_id, objective_id, "
        "statement, statement_en, unit, baseline_value, baseline_year, status, period, report_date, value, measured, "
        "note, note_en, illustrative\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "value,report_date\n50,2026-07-05\n"}}) ==
        kDir + "chi-tieu.csv:1:1: error: missing column 'indicator_id'\n"
        "  hint: each row says which item it reports on by its id: keep the 'indicator_id' column of the "
        "downloaded file\n");
}

TEST_CASE("csv reports: text in a number column, and a percentage outside 0-100") {
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id;value;report_date\r\nti-le;khoảng 80;2026-07-05\r\n"}}) ==
        kDir + "chi-tieu.csv:2:2: error: cell B2 (value) is not a number: 'khoảng 80'\n"
        "  hint: write the number alone, e.g. 88.5 (88,5 in a file separated by ';'); words go in the note column\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id;value;report_date\r\nti-le;120;2026-07-05\r\n"}}) ==
        kDir + "chi-tieu.csv:2:2: error: indicator 'ti-le' is a percentage; 120 is not between 0 and 100\n"
        "  hint: write the share reached, e.g. 62.5, without the % sign\n");
  CHECK(diagnostics_with({{kDir + "nhiem-vu.csv", "task_id,status,percent,report_date\nnv-1,in-progress,140,2026-07-05\n"}}) ==
        kDir + "nhiem-vu.csv:2:3: error: cell C2 (percent) must be a whole number from 0 to 100; got '140'\n"
        "  hint: the share of the task done by the end of the period, e.g. 60\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,note,report_date\nti-le,,chưa có số liệu,2026-07-05\n"}}) ==
        kDir + "chi-tieu.csv:2:2: error: cell B2 (value) is blank\n"
        "  hint: write the value reached by the end of 2026-Q2, or clear the row's other figures if there is none\n");
}

TEST_CASE("csv reports: an unknown id, one of another plan's rows, a duplicate row") {
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date\nti-lee,50,2026-07-05\n"}}) ==
        kDir + "chi-tieu.csv:2:1: error: unknown indicator 'ti-lee' in plan 'ke-hoach-thu'\n"
        "  hint: did you mean 'ti-le'?\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv",
                           "plan_id,indicator_id,value,report_date\nke-hoach-khac,ti-le,50,2026-07-05\n"
                           "ke-hoach-thu,ti-le,50,2026-07-05\n"}}) ==
        kDir + "chi-tieu.csv:2:1: error: row 2 is for plan 'ke-hoach-khac', not for this report's plan 'ke-hoach-thu'\n"
        "  hint: a report folder holds one plan's rows: download the plan's own file (du-lieu/ke-hoach-thu/) or "
        "delete the other plans' rows\n");
  CHECK(diagnostics_with({{kDir + "nhiem-vu.csv",
                           "task_id,status,percent,report_date\nnv-1,in-progress,40,2026-07-05\n"
                           "nv-1,done,100,2026-07-05\n"}}) ==
        kDir + "nhiem-vu.csv:3:1: error: task 'nv-1' is reported twice\n"
        "  hint: the first row for it is row 2; keep one row per task for 2026-Q2\n");
}

TEST_CASE("csv reports: statuses as the export writes them, and 'overdue'") {
  CHECK(diagnostics_with({{kDir + "nhiem-vu.csv", "task_id,status,report_date\nnv-1,not-started,2026-07-05\n"}}) == "");
  CHECK(diagnostics_with({{kDir + "nhiem-vu.csv", "task_id,status,report_date\nnv-1,overdue,2026-07-05\n"}}) ==
        kDir + "nhiem-vu.csv:2:2: error: a report does not say 'overdue' (cell B2 (status))\n"
        "  hint: the site works out overdue from the task's timeframe: write in-progress (or planned)\n");
  CHECK(diagnostics_with({{kDir + "nhiem-vu.csv", "task_id,status,report_date\nnv-1,in progress,2026-07-05\n"}}) ==
        kDir + "nhiem-vu.csv:2:2: error: unknown status 'in progress' in cell B2 (status)\n"
        "  hint: did you mean 'in-progress'?\n");
  CHECK(diagnostics_with({{kDir + "nhiem-vu.csv", "task_id,status,percent,report_date\nnv-1,done,80,2026-07-05\n"}}) ==
        kDir + "nhiem-vu.csv:2:3: error: the task is done but only 80% complete\n"
        "  hint: a done task is 100% complete: write 100 or leave the percent blank; if work remains, write "
        "in-progress in the status column\n");
}

TEST_CASE("csv reports: the date: one per report, full, within the period's rules") {
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value\nti-le,50\n"}}) ==
        kFolder + "2026-Q2: error: the report has no date\n"
        "  hint: write the day the report was made in the report_date column of the rows for 2026-Q2, e.g. 2026-10-05\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date\nti-le,50,2026-07-05\n"},
                          {kDir + "nhiem-vu.csv", "task_id,status,report_date\nnv-1,planned,2026-07-06\n"}}) ==
        kDir + "nhiem-vu.csv:2:3: error: the report is dated 2026-07-05 in chi-tieu.csv row 2 but 2026-07-06 here\n"
        "  hint: a report has one date: write the same date on every row of 2026-Q2\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date\nti-le,50,7/5/26\n"}}) ==
        kDir + "chi-tieu.csv:2:3: error: malformed date '7/5/26' in cell C2 (report_date)\n"
        "  hint: write the day the report was made: 2026-10-05 (or 05/10/2026, day first)\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date\nti-le,50,31/06/2026\n"}}) ==
        kDir + "chi-tieu.csv:2:3: error: malformed date '31/06/2026' in cell C2 (report_date)\n"
        "  hint: write the day the report was made: 2026-10-05 (or 05/10/2026, day first)\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date\nti-le,50,5/7/2026\n"}}) == "");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date\nti-le,50,2026-03-31\n"}}) ==
        kDir + "chi-tieu.csv:2:3: error: the report is dated 2026-03-31, before its period 2026-Q2 starts (2026-04-01)\n"
        "  hint: check the year and month in `date` and `period`\n");
}

TEST_CASE("csv reports: rows of other periods are history; a file with none for the period says so") {
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv",
                           "indicator_id,period,value,report_date\nti-le,2026-Q1,50,2026-04-02\n"
                           "ti-le,2026-Q2,60,2026-07-05\n"}}) == "");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,period,value,report_date\nti-le,2026-Q1,50,2026-04-02\n"},
                          {kDir + "nhiem-vu.csv", "task_id,status,report_date\nnv-1,planned,2026-07-05\n"}}) ==
        kDir + "chi-tieu.csv:1:1: warning: no row is for 2026-Q2, so the file reports nothing\n"
        "  hint: write 2026-Q2 in the period column of the rows you filled in (rows of other periods are left as "
        "history)\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,period,value,report_date\nti-le,quý 2,50,2026-07-05\n"},
                          {kDir + "nhiem-vu.csv", "task_id,status,report_date\nnv-1,planned,2026-07-05\n"}}) ==
        kDir + "chi-tieu.csv:1:1: warning: no row is for 2026-Q2, so the file reports nothing\n"
        "  hint: write 2026-Q2 in the period column of the rows you filled in (rows of other periods are left as "
        "history)\n" +
        kDir + "chi-tieu.csv:2:2: error: malformed period 'quý 2' in cell B2 (period)\n"
        "  hint: write the period the row reports on, as the folder is named: 2026-Q2\n");
}

TEST_CASE("csv reports: files of the folder: wrong names, an .xlsx, not UTF-8, none") {
  CHECK(diagnostics_with({{kDir + "chi-tieu (1).csv", "indicator_id,value,report_date\nti-le,50,2026-07-05\n"}}) ==
        kDir + "chi-tieu (1).csv: error: unknown report file 'chi-tieu (1).csv'\n"
        "  hint: did you mean 'chi-tieu.csv'? a report's files are named as the site's data files: chi-tieu.csv "
        "(indicators), nhiem-vu.csv (tasks), mo-hinh.csv (programs)\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.xlsx", "PK"}, {kDir + "chi-tieu.csv", "indicator_id,value,report_date\nti-le,50,2026-07-05\n"}}) ==
        kDir + "chi-tieu.xlsx: error: plansite reads a spreadsheet report saved as CSV, not 'chi-tieu.xlsx'\n"
        "  hint: save it as CSV: in Excel, File > Save As > \"CSV UTF-8 (Comma delimited)\"; in LibreOffice, File > "
        "Save As > \"Text CSV\" with character set Unicode (UTF-8)\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date,note\nti-le,50,2026-07-05,Ghi ch\xFA\n"}}) ==
        kDir + "chi-tieu.csv:2:27: error: the file is not UTF-8 text (invalid UTF-8 byte sequence)\n"
        "  hint: old Excel saves \"CSV (Comma delimited)\" in the Windows code page, which loses Vietnamese letters: "
        "save it again as \"CSV UTF-8 (Comma delimited)\" (Excel) or choose Character set \"Unicode (UTF-8)\" "
        "(LibreOffice)\n");
  CHECK(diagnostics_with({{kDir + "anh.txt", "not a report\n"}}) ==
        kDir.substr(0, kDir.size() - 1) + ": error: the report folder 2026-Q2/ holds no CSV file\n"
        "  hint: put the plan's chi-tieu.csv, nhiem-vu.csv or mo-hinh.csv in it, filled in for 2026-Q2\n");
}

TEST_CASE("csv reports: a YAML and a CSV report for one period are two reports for it") {
  CHECK(diagnostics_with({{kFolder + "2026-Q2.yaml", kYamlReport},
                          {kDir + "chi-tieu.csv", "indicator_id,value,report_date\nti-le,50,2026-07-05\n"}}) ==
        kFolder + "2026-Q2.yaml:1:1: error: two reports for 2026-Q2: 2026-Q2.yaml and the folder 2026-Q2/\n"
        "  hint: keep one: delete 2026-Q2.yaml or move its figures into the CSV files of 2026-Q2/\n");
}

TEST_CASE("csv reports: a report folder is named after its period") {
  const std::string row = "indicator_id,value,report_date\nti-le,50,2026-07-05\n";
  CHECK(diagnostics_with({{kFolder + "2026-q2/chi-tieu.csv", row}}) ==
        kFolder + "2026-q2: error: a report folder must be named after its period, not '2026-q2'\n"
        "  hint: rename it to 2026-Q2 (Q and H are capitals)\n");
  CHECK(diagnostics_with({{kFolder + "quy-2/chi-tieu.csv", row}}) ==
        kFolder + "quy-2: error: a report folder must be named after its period, not 'quy-2'\n"
        "  hint: name it 2026-Q3 (a quarter), 2026-H1 (a half-year) or 2026 (a year)\n");
  // A folder of photos is no report.
  CHECK(diagnostics_with({{kFolder + "anh/lop.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>\n"}}) == "");
}

TEST_CASE("csv reports: more of the header's and the rows' mistakes") {
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,value,report_date\nti-le,50,50,2026-07-05\n"}}) ==
        kDir + "chi-tieu.csv:1:3: error: column 'value' appears twice (B1 and C1)\n"
        "  hint: delete one of them\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", ""}}) ==
        kDir + "chi-tieu.csv: error: the file is empty\n"
        "  hint: start from the file the site offers for download (Dữ liệu mở / Open data) and fill it in\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date\n,50,2026-07-05\n"}}) ==
        kDir + "chi-tieu.csv:2:1: error: row 2 has figures but no indicator_id\n"
        "  hint: copy the id from the downloaded file: it says which item the figures are for\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date,illustrative\nti-le,50,2026-07-05,có\n"}}) ==
        kDir + "chi-tieu.csv:2:4: error: 'có' in cell D2 (illustrative) is neither 'yes' nor blank\n"
        "  hint: write yes when the figures only illustrate the format; leave it blank for real figures\n");
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date,note\nti-le,50,2026-07-05,\"not closed\n"}}) ==
        kDir + "chi-tieu.csv:2:4: error: a quoted cell is never closed\n"
        "  hint: a cell that starts with \" ends with \"; a \" inside it is written twice (\"\")\n");
  CHECK(diagnostics_with({{kDir + "nhiem-vu.csv", "task_id,status,percent,report_date\nnv-1,,40,2026-07-05\n"}}) ==
        kDir + "nhiem-vu.csv:2:2: error: cell B2 (status) is blank\n"
        "  hint: write planned, in-progress, done or cancelled\n");
  // Trailing separators Excel adds over empty columns are no columns.
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id;value;report_date;;\r\nti-le;50;2026-07-05;;\r\n"}}) == "");
}

TEST_CASE("csv reports: a control character or an overlong run of combining marks in a cell is refused at the cell") {
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date,note\n"
                                                  "ti-le,50,2026-07-05,Ghi\x1b[2J chú\n"}}) ==
        kDir + "chi-tieu.csv:2:4: error: cell D2 contains U+001B (escape)\n"
        "  hint: control characters, bidirectional overrides and U+E000/U+E001 cannot be shown in a page; type the "
        "cell again\n");
  std::string marks;
  for (int i = 0; i < 30; ++i) marks += "\xcc\x81";
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date,note\n"
                                                  "ti-le,50,2026-07-05,a" + marks + "\n"}})
            .find("error") == std::string::npos);
  CHECK(diagnostics_with({{kDir + "chi-tieu.csv", "indicator_id,value,report_date,note\n"
                                                  "ti-le,50,2026-07-05,a" + marks + "\xcc\x81\n"}}) ==
        kDir + "chi-tieu.csv:2:4: error: cell D2 has more than 30 combining marks on one character\n"
        "  hint: Vietnamese puts at most two marks on a letter; the text may be damaged: type the cell again\n");
}
