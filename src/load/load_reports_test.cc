// Progress reports as files: their names, periods, dates and the figures a
// report can get wrong on its own. Joins to the plan: resolve_reports_test.cc.
#include <doctest/doctest.h>

#include "load/load.h"
#include "model/diagnostic.h"
#include "test_support.h"

using plansite::testing::check_diagnostics;
using plansite::testing::minimal_site;
using plansite::testing::replace_once;
using plansite::testing::TempSite;

namespace {

const std::string kFolder = "content/plans/ke-hoach-thu/reports/";
const std::string kReport = kFolder + "2026-Q2.yaml";

const std::string kValidReport =
    "period: 2026-Q2\n"
    "date: 2026-07-05\n"
    "agency: ubnd-xa\n"
    "indicators:\n"
    "  - id: ti-le\n"
    "    value: 60\n"
    "tasks:\n"
    "  - id: nv-1\n"
    "    status: in-progress\n"
    "    percent: 40\n";

// The minimal site with the report `text` saved as `file`.
std::string diagnostics_with(const std::string& text, const std::string& file = kReport) {
  auto files = minimal_site();
  files[file] = text;
  TempSite site(files);
  return check_diagnostics(site.root());
}

// The valid report with `from` replaced by `to`.
std::string diagnostics_after(const std::string& from, const std::string& to) {
  std::string text = kValidReport;
  replace_once(text, from, to);
  return diagnostics_with(text);
}

}  // namespace

TEST_CASE("reports: a valid report loads into its plan, oldest period first") {
  auto files = minimal_site();
  files[kReport] = kValidReport;
  std::string q1 = kValidReport;
  replace_once(q1, "period: 2026-Q2", "period: 2026-Q1");
  replace_once(q1, "date: 2026-07-05", "date: 2026-04-02");
  files[kFolder + "2026-Q1.yaml"] = q1;
  std::string h1 = q1;
  replace_once(h1, "period: 2026-Q1", "period: 2026-H1");
  files[kFolder + "2026-H1.yaml"] = h1;
  files[kFolder + "anh/README.txt"] = "photos live here\n";  // other files are left alone
  TempSite site(files);
  plansite::Diagnostics diagnostics;
  auto loaded = plansite::load_site(site.root(), diagnostics);
  REQUIRE(loaded);
  CHECK(diagnostics.format(false) == "");
  const auto& reports = loaded->plans.at(0).reports;
  REQUIRE(reports.size() == 3);
  CHECK(reports[0].period.key() == "2026-Q1");
  CHECK(reports[1].period.key() == "2026-Q2");
  CHECK(reports[2].period.key() == "2026-H1");
  const auto& r = reports[1];
  CHECK(r.plan_id == "ke-hoach-thu");
  CHECK(r.date.month == 7);
  CHECK(r.agency->id == "ubnd-xa");
  CHECK_FALSE(r.illustrative);
  REQUIRE(r.indicators.size() == 1);
  CHECK(r.indicators[0].indicator.id == "ti-le");
  CHECK(r.indicators[0].value == 60);
  CHECK(r.indicators[0].value_position.line == 6);
  REQUIRE(r.tasks.size() == 1);
  CHECK(r.tasks[0].status == "in-progress");
  CHECK(r.tasks[0].percent == 40);
}

TEST_CASE("reports: the file is named after its period") {
  CHECK(diagnostics_with(kValidReport, kFolder + "quy-2.yaml") ==
        kFolder + "quy-2.yaml:1:1: error: a report file must be named after its period, not 'quy-2.yaml'\n"
        "  hint: name it 2026-Q2.yaml (a quarter), 2026-H1.yaml (a half-year) or 2026.yaml (a year)\n");
  CHECK(diagnostics_with(kValidReport, kFolder + "2026-q2.yaml") ==
        kFolder + "2026-q2.yaml:1:1: error: a report file must be named after its period, not '2026-q2.yaml'\n"
        "  hint: rename it to 2026-Q2.yaml (Q and H are capitals)\n");
  CHECK(diagnostics_with(kValidReport, kFolder + "2026-Q2.yml") ==
        kFolder + "2026-Q2.yml:1:1: error: a report file ends in .yaml, not .yml\n"
        "  hint: rename it to 2026-Q2.yaml\n");
}

TEST_CASE("reports: the period inside must match the file name, so one period has one report") {
  CHECK(diagnostics_after("period: 2026-Q2", "period: 2026-Q1") ==
        kReport + ":1:9: error: period 2026-Q1 does not match the file name 2026-Q2.yaml\n"
        "  hint: a report's file is named after its period: correct `period:` or rename the file to 2026-Q1.yaml\n");
  CHECK(diagnostics_after("period: 2026-Q2", "period: quy 2") ==
        kReport + ":1:9: error: malformed report period 'quy 2'\n"
        "  hint: write a quarter (2026-Q2), a half-year (2026-H1) or a year (2026)\n");
  CHECK(diagnostics_after("period: 2026-Q2\n", "") == kReport + ":1:1: error: report is missing required key 'period'\n");
}

TEST_CASE("reports: the period must be within the plan's period") {
  std::string text = kValidReport;
  replace_once(text, "period: 2026-Q2", "period: 2027-Q2");
  replace_once(text, "date: 2026-07-05", "date: 2027-07-05");
  CHECK(diagnostics_with(text, kFolder + "2027-Q2.yaml") ==
        kFolder + "2027-Q2.yaml:1:9: error: report period 2027-Q2 is outside the plan's period 2026\n"
        "  hint: a plan reports on the years it covers (`period:` in plan.yaml)\n");
}

TEST_CASE("reports: the date is whole, not before the period, and not long after it") {
  CHECK(diagnostics_after("date: 2026-07-05", "date: 2026-07") ==
        kReport + ":2:7: error: a report's date must be a full date; got '2026-07'\n"
        "  hint: write the day the report was made: YYYY-MM-DD, e.g. 2026-07-05\n");
  CHECK(diagnostics_after("date: 2026-07-05", "date: 2026-03-31") ==
        kReport + ":2:7: error: the report is dated 2026-03-31, before its period 2026-Q2 starts (2026-04-01)\n"
        "  hint: check the year and month in `date` and `period`\n");
  CHECK(diagnostics_after("date: 2026-07-05", "date: 2027-06-30") == "");
  CHECK(diagnostics_after("date: 2026-07-05", "date: 2027-07-01") ==
        kReport + ":2:7: warning: the report is dated 2027-07-01, more than a year after its period 2026-Q2 ended\n"
        "  hint: check the year in `date`; a late report is still published\n");
  CHECK(diagnostics_after("date: 2026-07-05\n", "") == kReport + ":1:1: error: report is missing required key 'date'\n");
}

TEST_CASE("reports: unknown keys get a did-you-mean hint") {
  CHECK(diagnostics_after("    percent: 40", "    percen: 40") ==
        kReport + ":10:5: error: unknown key 'percen' in task progress\n"
        "  hint: did you mean 'percent'?\n");
  CHECK(diagnostics_after("agency: ubnd-xa", "agency: ubnd-xa\nillustrated: true") ==
        kReport + ":4:1: error: unknown key 'illustrated' in report\n"
        "  hint: did you mean 'illustrative'?\n");
}

TEST_CASE("reports: a task's status and percent") {
  CHECK(diagnostics_after("status: in-progress", "status: overdue") ==
        kReport + ":9:13: error: 'status' must be one of planned, in-progress, done, cancelled; got 'overdue'\n");
  CHECK(diagnostics_after("percent: 40", "percent: 120") ==
        kReport + ":10:14: error: 'percent' must be a whole number from 0 to 100; got '120'\n"
        "  hint: the share of the task done by the end of the period, e.g. 60\n");
  CHECK(diagnostics_after("status: in-progress", "status: done") ==
        kReport + ":10:14: error: the task is done but only 40% complete\n"
        "  hint: a done task is 100% complete: write `percent: 100` or leave it out; if work remains, write "
        "`status: in-progress`\n");
  CHECK(diagnostics_after("    percent: 40\n", "") == "");
}

TEST_CASE("reports: the same indicator or task twice in one report") {
  CHECK(diagnostics_after("    percent: 40\n", "    percent: 40\n  - id: nv-1\n    status: done\n") ==
        kReport + ":11:9: error: task 'nv-1' is reported twice\n"
        "  hint: the first entry is at line 8; give each task one entry per report\n");
  CHECK(diagnostics_after("    value: 60\n", "    value: 60\n  - {id: ti-le, value: 61}\n") ==
        kReport + ":7:10: error: indicator 'ti-le' is reported twice\n"
        "  hint: the first entry is at line 5; give each indicator one entry per report\n");
}

TEST_CASE("reports: a program's counts and photos") {
  auto program = [](const std::string& activity) {
    auto files = minimal_site();
    files["content/plans/ke-hoach-thu/plan.yaml"] +=
        "programs:\n"
        "  - id: lop-hoc\n"
        "    name: Lớp học\n"
        "    participants: Hội viên\n"
        "    activities: [Học]\n";
    files[kReport] = "period: 2026-Q2\ndate: 2026-07-05\nprograms:\n" + activity;
    files[kFolder + "anh/lop.svg"] = "<svg xmlns='http://www.w3.org/2000/svg'/>\n";
    TempSite site(files);
    return check_diagnostics(site.root());
  };
  CHECK(program("  - id: lop-hoc\n    sessions: 2\n    participants: 30\n"
                "    photos:\n      - {file: anh/lop.svg, alt: {vi: Lớp học, en: A class}}\n") == "");
  CHECK(program("  - id: lop-hoc\n    sessions: -2\n") ==
        kReport + ":5:15: error: 'sessions' must be a whole number 0 or more; got '-2'\n"
        "  hint: the sessions, classes or events held in the period\n");
  CHECK(program("  - id: lop-hoc\n    participants: 30.5\n") ==
        kReport + ":5:19: error: 'participants' must be a whole number 0 or more; got '30.5'\n"
        "  hint: the people who took part in the period\n");
  CHECK(program("  - id: lop-hoc\n    photos:\n      - {file: anh/lop-hoc.jpg, alt: Lớp học}\n") ==
        kReport + ":6:16: error: photo 'anh/lop-hoc.jpg' not found\n"
        "  hint: the path is relative to content/plans/ke-hoach-thu/reports/; check the spelling and that the "
        "file is there\n");
  CHECK(program("  - id: lop-hoc\n    photos:\n      - {file: ../../../../site.yaml, alt: Lớp học}\n") ==
        kReport + ":6:16: error: photo '../../../../site.yaml' is outside the reports folder\n"
        "  hint: put the photo in content/plans/ke-hoach-thu/reports/ (or a folder in it) and write its path "
        "from there, e.g. anh/lop-hoc.jpg\n");
  CHECK(program("  - id: lop-hoc\n    photos:\n      - {file: anh/IMG_0042.HEIC, alt: Lớp học}\n") ==
        kReport + ":6:16: error: photo 'anh/IMG_0042.HEIC' is not a JPG, PNG, WebP or SVG file\n"
        "  hint: browsers show only some image formats: save the photo as JPG\n");
  CHECK(program("  - id: lop-hoc\n    photos:\n      - file: anh/lop.svg\n") ==
        kReport + ":6:9: error: photo has no alt text\n"
        "  hint: describe what the photo shows for readers who cannot see it: `alt: {vi: Lớp học kỹ năng số tại "
        "xóm Khau Giang, en: …}`\n");
}

TEST_CASE("reports: a photo is published only when it is a picture inside the site") {
  auto files = minimal_site();
  files["content/plans/ke-hoach-thu/plan.yaml"] +=
      "programs:\n  - id: lop-hoc\n    name: Lớp học\n    participants: Hội viên\n    activities: [Học]\n";
  const std::string svg = "<svg xmlns='http://www.w3.org/2000/svg'><rect width='4' height='3'/></svg>\n";
  files[kFolder + "anh/lop.svg"] = svg;
  TempSite outside({{"secret.svg", svg}});
  TempSite site(files);
  auto with_photo = [&](const std::string& file) {
    site.write(kReport, "period: 2026-Q2\ndate: 2026-07-05\nprograms:\n  - id: lop-hoc\n    photos:\n"
                        "      - {file: " + file + ", alt: Lớp học}\n");
    return check_diagnostics(site.root());
  };

  // The file's bytes are read at load, to be published from memory.
  site.write(kReport, "period: 2026-Q2\ndate: 2026-07-05\nprograms:\n  - id: lop-hoc\n    photos:\n"
                      "      - {file: anh/lop.svg, alt: Lớp học}\n");
  plansite::Diagnostics diagnostics;
  auto loaded = plansite::load_site(site.root(), diagnostics);
  REQUIRE(loaded);
  CHECK(loaded->plans.at(0).reports.at(0).programs.at(0).photos.at(0).bytes == svg);

  // A link that leads out of the site is refused, wherever it points.
  std::filesystem::create_symlink(outside.root() / "secret.svg", site.root() / kFolder / "anh/link.svg");
  CHECK(with_photo("anh/link.svg") ==
        kReport + ":6:16: error: photo 'anh/link.svg' is a link to a file outside the site folder (" +
            std::filesystem::canonical(outside.root() / "secret.svg").string() + ")\n"
            "  hint: copy the photo itself into content/plans/ke-hoach-thu/reports/: only files inside the site "
            "are published\n");
  // A link to a file inside the site is fine.
  std::filesystem::create_symlink("lop.svg", site.root() / kFolder / "anh/again.svg");
  CHECK(with_photo("anh/again.svg") == "");

  // An SVG that could run a script, however it is spelt.
  site.write(kFolder + "anh/script.svg", "<svg xmlns='http://www.w3.org/2000/svg'><SCRIPT>alert(1)</SCRIPT></svg>");
  CHECK(with_photo("anh/script.svg") ==
        kReport + ":6:16: error: photo 'anh/script.svg' is an SVG drawing with active content (<script)\n"
        "  hint: an SVG that can run a script is not published: save the picture as JPG or PNG\n");
  site.write(kFolder + "anh/onload.svg", "<svg xmlns='http://www.w3.org/2000/svg'\n OnLoad = 'alert(1)'></svg>");
  CHECK(with_photo("anh/onload.svg") ==
        kReport + ":6:16: error: photo 'anh/onload.svg' is an SVG drawing with active content (onload=)\n"
        "  hint: an SVG that can run a script is not published: save the picture as JPG or PNG\n");
  // "on" inside a word or a value is not an attribute.
  site.write(kFolder + "anh/font.svg", "<svg xmlns='http://www.w3.org/2000/svg' font-family='mono'><text>one = 1</text></svg>");
  CHECK(with_photo("anh/font.svg") == "");

  // A phone's own photo is published, with a warning to make it lighter.
  site.write(kFolder + "anh/dien-thoai.jpg", std::string(3 * 1024 * 1024, 'x'));
  CHECK(with_photo("anh/dien-thoai.jpg") ==
        kReport + ":6:16: warning: photo 'anh/dien-thoai.jpg' is 3 MB: readers on a phone wait for every byte\n"
        "  hint: resize it to about 1600 pixels wide and save it as JPG (a few hundred KB)\n");
}

TEST_CASE("reports: the Phú Thịnh sample reports load clean and say they are illustrative") {
  plansite::Diagnostics diagnostics;
  auto site = plansite::load_site(plansite::testing::source_dir(), diagnostics);
  REQUIRE(site);
  CHECK(diagnostics.format(false) == "");
  REQUIRE(site->plans.size() == 2);
  for (const auto& plan : site->plans) {
    INFO(plan.id);
    REQUIRE(plan.reports.size() == 2);
    CHECK(plan.reports[0].period.key() == "2026-Q1");
    CHECK(plan.reports[1].period.key() == "2026-Q2");
    for (const auto& report : plan.reports) CHECK(report.illustrative);
  }
}

TEST_CASE("reports: each blank figure is an error at its own line, not a zero") {
  // What `plansite new report` writes before the officer types the figures.
  std::string blank =
      "period: 2026-Q2\n"
      "date: 2026-07-05\n"
      "indicators:\n"
      "  - id: ti-le\n"
      "    value:\n"
      "    measured:\n"
      "tasks:\n"
      "  - id: nv-1\n"
      "    status:\n"
      "    percent:\n";
  const std::string indicator_hint = " if it has nothing to report this time\n";
  CHECK(diagnostics_with(blank) ==
        kReport + ":5:5: error: 'value' is blank\n"
                  "  hint: fill it in after 'value:', or delete the lines of indicator 'ti-le'" + indicator_hint +
        kReport + ":6:5: error: 'measured' is blank\n"
                  "  hint: fill it in after 'measured:', or delete the lines of indicator 'ti-le'" + indicator_hint +
        kReport + ":9:5: error: 'status' is blank\n"
                  "  hint: fill it in after 'status:', or delete the lines of task 'nv-1'" + indicator_hint +
        kReport + ":10:5: error: 'percent' is blank\n"
                  "  hint: fill it in after 'percent:', or delete the lines of task 'nv-1'" + indicator_hint);
}

TEST_CASE("reports: a program's blank sessions and participants are errors, not zeros") {
  auto files = minimal_site();
  replace_once(files["content/plans/ke-hoach-thu/plan.yaml"], "tasks:\n",
               "programs:\n"
               "  - id: mh-1\n"
               "    name: Mô hình điểm\n"
               "    participants: Hội viên\n"
               "    activities: [Lớp học]\n"
               "tasks:\n");
  files[kReport] = "period: 2026-Q2\ndate: 2026-07-05\nprograms:\n  - id: mh-1\n    sessions:\n    participants: 12\n";
  TempSite site(files);
  CHECK(check_diagnostics(site.root()) ==
        kReport + ":5:5: error: 'sessions' is blank\n"
                  "  hint: fill it in after 'sessions:', or delete the lines of program 'mh-1' if it has nothing "
                  "to report this time\n");
}
