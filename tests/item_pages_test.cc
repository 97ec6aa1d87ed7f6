// The page families across plans: the task list and its filters, a page per
// task, indicator and program, and what the home page leads to.
#include <doctest/doctest.h>

#include <deque>
#include <regex>
#include <set>
#include <sstream>

#include "cli/build.h"
#include "test_support.h"

using plansite::testing::minimal_site;
using plansite::testing::replace_once;
using plansite::testing::source_dir;

namespace {

// The built site, its links written from the site root.
std::map<std::string, std::string> build(const std::map<std::string, std::string>& files) {
  return plansite::testing::with_site_root_links(plansite::testing::build_site(files));
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

// The minimal site, its plan spanning 2026–2028 with three tasks (one done,
// one ongoing, one without a time), a program, an indicator with a baseline
// and two milestones, a duty that answers for a task, and the office's contact.
std::map<std::string, std::string> rich_site() {
  auto files = minimal_site();
  files["site.yaml"] +=
      "contact:\n"
      "  office: {vi: Văn phòng HĐND và UBND xã, en: Office of the Commune People's Council and Committee}\n"
      "  address: {vi: \"Xóm Đồng, xã Thử Nghiệm\", en: \"Đồng Hamlet, Thử Nghiệm Commune\"}\n"
      "  phone: 0208 3856 123\n"
      "  email: vanphong@thunghiem.example\n";
  std::string& plan = files["content/plans/ke-hoach-thu/plan.yaml"];
  replace_once(plan, "period: 2026", "period: 2026-2028");
  replace_once(plan, "    unit: percent\n",
               "    unit: percent\n    population: {vi: hộ gia đình, en: households}\n"
               "    baseline: {year: 2025, value: 40}\n    agency: phong-van-hoa-xa-hoi\n");
  replace_once(plan, "      - {by: 2026, value: 95}\n",
               "      - {by: 2026, value: 60, bound: at-least}\n      - {by: 2028, value: 95}\n");
  replace_once(plan, "    timeframe: {from: 2026-Q1, to: 2026-Q4}\n",
               "    timeframe: {from: 2026-Q1, to: 2026-Q4}\n    status: done\n"
               "    coordinating: [ubnd-xa]\n    expected_result: {vi: 200 người được tập huấn, en: 200 people trained}\n"
               "  - id: nv-2\n    content: Duy trì trang thông tin\n    lead: [ubnd-xa]\n"
               "    timeframe: {ongoing: true}\n"
               "  - id: nv-3\n    content: Việc chưa định ngày\n    lead: []\n    timeframe: {}\n");
  plan +=
      "programs:\n"
      "  - id: mh-1\n"
      "    name: {vi: Mô hình Chợ 4.0, en: The Market 4.0 model}\n"
      "    participants: {vi: Tiểu thương ở chợ xã, en: Traders at the commune market}\n"
      "    places: [Chợ xã]\n"
      "    period: 2026\n"
      "    activities: [Hướng dẫn thanh toán không dùng tiền mặt]\n"
      "    expected_results: [Mọi quầy hàng nhận thanh toán bằng mã QR]\n"
      "    responsible: [phong-van-hoa-xa-hoi]\n"
      "responsibilities:\n"
      "  - agencies: [phong-van-hoa-xa-hoi]\n"
      "    duties: [Chủ trì tổ chức các lớp tập huấn]\n"
      "    tasks: [nv-1]\n";
  return files;
}

}  // namespace

TEST_CASE("items: the task list has every task with its 6 rõ, and filters that work without JavaScript") {
  auto out = build(rich_site());
  const std::string& list = out.at("nhiem-vu/index.html");
  CHECK(has(list, "<h1>Nhiệm vụ</h1>"));
  CHECK(has(list, "<a href=\"/nhiem-vu/ke-hoach-thu/nv-1/\">1. Tập huấn</a>"));
  CHECK(has(list, "<a href=\"/nhiem-vu/ke-hoach-thu/nv-2/\">2. Duy trì trang thông tin</a>"));
  CHECK(has(list, "<a href=\"/nhiem-vu/ke-hoach-thu/nv-3/\">3. Việc chưa định ngày</a>"));
  CHECK(has(list, "<td data-label=\"Kết quả\">200 người được tập huấn</td>"));
  CHECK(has(list, "<span class=\"status status-done\"><span aria-hidden=\"true\">✓</span> Hoàn thành</span>"));
  CHECK(has(list, "<span class=\"gap\">Chưa giao</span>"));  // nv-3 has no lead
  // By status and by year, each a page of its own, with its count.
  CHECK(has(list, "<a href=\"/nhiem-vu/trang-thai/done/\">Hoàn thành (1)</a>"));
  CHECK(has(list, "<a href=\"/nhiem-vu/trang-thai/not-started/\">Chưa bắt đầu (2)</a>"));
  CHECK(has(list, "<a href=\"/nhiem-vu/nam/2026/\">2026 (2)</a>"));
  CHECK(has(list, "<a href=\"/nhiem-vu/nam/2028/\">2028 (1)</a>"));
  // By plan and by lead agency, the tables those pages have.
  CHECK(has(list, "<a href=\"/ke-hoach/ke-hoach-thu/#tasks-heading\">Kế hoạch thử (3)</a>"));
  CHECK(has(list, "<a href=\"/co-quan/phong-van-hoa-xa-hoi/#leads-heading\">Phòng Văn hóa - Xã hội (1)</a>"));

  const std::string& done = out.at("nhiem-vu/trang-thai/done/index.html");
  CHECK(has(done, "<h1>Nhiệm vụ: Hoàn thành</h1>"));
  CHECK(has(done, "/nhiem-vu/ke-hoach-thu/nv-1/"));
  CHECK_FALSE(has(done, "/nhiem-vu/ke-hoach-thu/nv-2/"));
  CHECK(has(done, "<a href=\"/nhiem-vu/trang-thai/done/\" aria-current=\"page\">Hoàn thành (1)</a>"));
  CHECK(has(done, "<details open>"));  // the group of the filter in use stays open
  // The ongoing task runs every year of the plan; the one without a time, none.
  const std::string& year_2027 = out.at("nhiem-vu/nam/2027/index.html");
  CHECK(has(year_2027, "/nhiem-vu/ke-hoach-thu/nv-2/"));
  CHECK_FALSE(has(year_2027, "/nhiem-vu/ke-hoach-thu/nv-1/"));
  CHECK_FALSE(has(year_2027, "/nhiem-vu/ke-hoach-thu/nv-3/"));
  CHECK(has(out.at("en/tasks/year/2027/index.html"), "<h1>Tasks: Year 2027</h1>"));
  CHECK(has(out.at("en/tasks/status/done/index.html"), "<a href=\"/en/tasks/ke-hoach-thu/nv-1/\">1. "));
}

TEST_CASE("items: a task's page has its 6 rõ, its duties and its neighbours, with links") {
  auto out = build(rich_site());
  const std::string& page = out.at("nhiem-vu/ke-hoach-thu/nv-1/index.html");
  CHECK(has(page, "<title>Nhiệm vụ 1 - Tập huấn | Cổng kế hoạch</title>"));
  CHECK(has(page, "<h1 id=\"item-title\">Nhiệm vụ 1</h1>"));
  CHECK(has(page, "<p class=\"lead\">Tập huấn</p>"));
  CHECK(has(page, "<li><a href=\"/co-quan/phong-van-hoa-xa-hoi/\">Phòng Văn hóa - Xã hội</a></li>"));
  CHECK(has(page, "<li><a href=\"/co-quan/ubnd-xa/\">Ủy ban nhân dân xã</a></li>"));
  CHECK(has(page, "Quý I/2026"));
  CHECK(has(page, "<dd>200 người được tập huấn</dd>"));
  CHECK(has(page, "<a href=\"/nhiem-vu/trang-thai/done/\"><span class=\"status status-done\">"
                  "<span aria-hidden=\"true\">✓</span> Hoàn thành</span></a>"));
  CHECK(has(page, "<li>Chủ trì tổ chức các lớp tập huấn</li>"));
  CHECK(has(page, "<a href=\"/nhiem-vu/ke-hoach-thu/nv-2/\" rel=\"next\">Nhiệm vụ 2 →</a>"));
  CHECK_FALSE(has(page, "rel=\"prev\""));
  CHECK(has(page, "<a href=\"/ke-hoach/ke-hoach-thu/#tasks-heading\">bảng nhiệm vụ của kế hoạch</a>"));
  // The language switch lands on the same task in English.
  CHECK(has(page, "href=\"/en/tasks/ke-hoach-thu/nv-1/\""));
  const std::string& unscheduled = out.at("nhiem-vu/ke-hoach-thu/nv-3/index.html");
  CHECK(has(unscheduled, "<span class=\"gap\">Chưa giao</span>"));
  CHECK(has(unscheduled, "<span class=\"gap\">Chưa xác định</span>"));
  CHECK(has(unscheduled, "<a href=\"/nhiem-vu/ke-hoach-thu/nv-2/\" rel=\"prev\">← Nhiệm vụ 2</a>"));
}

TEST_CASE("items: an indicator's page has its statement, unit, population, baseline and every milestone") {
  auto out = build(rich_site());
  const std::string& page = out.at("chi-tieu/ke-hoach-thu/ti-le/index.html");
  CHECK(has(page, "<h1 id=\"item-title\">95% người dân</h1>"));
  CHECK(has(page, "<dt>Đơn vị tính</dt><dd>Tỷ lệ (%)</dd>"));
  CHECK(has(page, "<dt>Đối tượng</dt><dd>hộ gia đình</dd>"));
  CHECK(has(page, "<dt>Năm cơ sở</dt><dd>2025: 40%</dd>"));
  CHECK(has(page, "<td data-label=\"Mốc\">Đến năm 2026</td>"));
  CHECK(has(page, "<td data-label=\"Mục tiêu cần đạt\"><strong>tối thiểu 60%</strong></td>"));
  CHECK(has(page, "<td data-label=\"Mốc\">Đến năm 2028</td>"));
  CHECK(has(page, "<li><a href=\"/co-quan/phong-van-hoa-xa-hoi/\">Phòng Văn hóa - Xã hội</a></li>"));
  const std::string& en = out.at("en/indicators/ke-hoach-thu/ti-le/index.html");
  CHECK(has(en, "<dt>Unit</dt><dd>Percentage (%)</dd>"));
  CHECK(has(en, "<strong>at least 60%</strong>"));
  // The index gives each indicator's last milestone.
  CHECK(has(out.at("chi-tieu/index.html"), "<td data-label=\"Mục tiêu cần đạt\">Đến năm 2028: 95%</td>"));
  CHECK(has(out.at("chi-tieu/index.html"), "<a href=\"/chi-tieu/ke-hoach-thu/ti-le/\">95% người dân</a>"));
}

TEST_CASE("items: a program has a card on the index and a page with everything the plan says of it") {
  auto out = build(rich_site());
  CHECK(has(out.at("mo-hinh/index.html"), "<a href=\"/mo-hinh/ke-hoach-thu/mh-1/\">Mô hình Chợ 4.0</a>"));
  const std::string& page = out.at("mo-hinh/ke-hoach-thu/mh-1/index.html");
  CHECK(has(page, "<h1 id=\"item-title\">Mô hình Chợ 4.0</h1>"));
  CHECK(has(page, "<dd>Tiểu thương ở chợ xã</dd>"));
  CHECK(has(page, "<li>Chợ xã</li>"));
  CHECK(has(page, "<li>Hướng dẫn thanh toán không dùng tiền mặt</li>"));
  CHECK(has(page, "<li>Mọi quầy hàng nhận thanh toán bằng mã QR</li>"));
  CHECK(has(page, "<li><a href=\"/co-quan/phong-van-hoa-xa-hoi/\">Phòng Văn hóa - Xã hội</a></li>"));
  CHECK(has(out.at("en/programs/ke-hoach-thu/mh-1/index.html"), "<h1 id=\"item-title\">The Market 4.0 model</h1>"));
}

TEST_CASE("items: the plan page links each indicator, task and program to its page") {
  auto out = build(rich_site());
  const std::string& plan = out.at("ke-hoach/ke-hoach-thu/index.html");
  CHECK(has(plan, "<a href=\"/chi-tieu/ke-hoach-thu/ti-le/\">95% người dân</a>"));
  CHECK(has(plan, "<a href=\"/nhiem-vu/ke-hoach-thu/nv-2/\">Duy trì trang thông tin</a>"));
  CHECK(has(plan, "<h3><a href=\"/mo-hinh/ke-hoach-thu/mh-1/\">Mô hình Chợ 4.0</a></h3>"));
}

TEST_CASE("items: the home page shows the headline targets, every list and the office's contact") {
  auto out = build(rich_site());
  const std::string& home = out.at("index.html");
  CHECK(has(home, "<a href=\"/chi-tieu/ke-hoach-thu/ti-le/\">95% người dân</a> <span class=\"note\">· Đến năm 2028: 95%</span>"));
  CHECK(has(home, "<li><a href=\"/nhiem-vu/\">3 nhiệm vụ</a></li>"));
  CHECK(has(home, "<li><a href=\"/chi-tieu/\">1 chỉ tiêu</a></li>"));
  CHECK(has(home, "<li><a href=\"/mo-hinh/\">1 mô hình điểm</a></li>"));
  CHECK(has(home, "<li><a href=\"/co-quan/\">2 cơ quan, đơn vị</a></li>"));
  CHECK(has(home, "<p>Điện thoại: <a href=\"tel:02083856123\">0208 3856 123</a></p>"));
  CHECK(has(home, "<a href=\"mailto:vanphong@thunghiem.example\">vanphong@thunghiem.example</a>"));
  CHECK(has(home, "<p><strong>Văn phòng HĐND và UBND xã</strong></p>"));
  CHECK(has(out.at("en/index.html"), "<li><a href=\"/en/tasks/\">3 tasks</a></li>"));
  CHECK(has(out.at("en/index.html"), "<li><a href=\"/en/programs/\">1 pilot model</a></li>"));
}

TEST_CASE("items: a long task list is paged, each page linking its neighbours") {
  auto files = minimal_site();
  std::string& plan = files["content/plans/ke-hoach-thu/plan.yaml"];
  for (int i = 2; i <= 250; ++i)
    plan += "  - id: nv-" + std::to_string(i) + "\n    content: Việc " + std::to_string(i) +
            "\n    timeframe: {from: 2026}\n";
  auto out = build(files);
  CHECK(has(out.at("nhiem-vu/index.html"), "<a href=\"/nhiem-vu/trang/2/\" rel=\"next\">"));
  CHECK(has(out.at("nhiem-vu/trang/3/index.html"), "/nhiem-vu/ke-hoach-thu/nv-250/"));
  CHECK_FALSE(has(out.at("nhiem-vu/trang/3/index.html"), "/nhiem-vu/ke-hoach-thu/nv-200/"));
  CHECK(has(out.at("en/tasks/page/2/index.html"), "/en/tasks/ke-hoach-thu/nv-101/"));
  CHECK(out.count("nhiem-vu/nam/2026/trang/3/index.html") == 1);
  CHECK(out.count("nhiem-vu/trang/4/index.html") == 0);
}

TEST_CASE("items: a plan folder may not take a word the list addresses use") {
  auto files = minimal_site();
  files["content/plans/trang-thai/plan.yaml"] = files["content/plans/ke-hoach-thu/plan.yaml"];
  files["content/plans/trang-thai/body.vi.md"] = files["content/plans/ke-hoach-thu/body.vi.md"];
  plansite::testing::TempSite site(files);
  std::string messages = plansite::testing::check_diagnostics(site.root());
  CHECK(has(messages, "content/plans/trang-thai: error: a plan folder may not be called 'trang-thai'"));
  CHECK(has(messages, "rename the folder"));
}

TEST_CASE("items: a contact with a phone or e-mail that is not one is an error at its place") {
  auto files = minimal_site();
  files["site.yaml"] += "contact:\n  office: Văn phòng\n  phone: gọi cho chị Lan\n  email: vanphong\n  fax: 1\n";
  plansite::testing::TempSite site(files);
  std::string messages = plansite::testing::check_diagnostics(site.root());
  CHECK(has(messages, "site.yaml:7:10: error: 'gọi cho chị Lan' is not a phone number"));
  CHECK(has(messages, "site.yaml:8:10: error: 'vanphong' is not an e-mail address"));
  CHECK(has(messages, "site.yaml:9:3: error: unknown key 'fax'"));
}

// From the home page a citizen reaches every task, indicator, program and
// agency of the sample sites in at most two taps.
TEST_CASE("items: every item of the sample sites is at most two taps from home") {
  for (const std::string source : {"", "examples/dan-tien", "examples/vi-du"}) {
    INFO("site: " << (source.empty() ? "content/" : source));
    std::map<std::string, std::string> out =
        plansite::testing::with_site_root_links(plansite::testing::build_source(source_dir() / source));
    for (const std::string home : {"index.html", "en/index.html"}) {
      std::set<std::string> reached = {home};
      std::deque<std::pair<std::string, int>> queue = {{home, 0}};
      std::regex href("href=\"/([^\"#]*)");
      while (!queue.empty()) {
        auto [page, taps] = queue.front();
        queue.pop_front();
        if (taps == 2) continue;
        const std::string& html = out.at(page);
        for (std::sregex_iterator it(html.begin(), html.end(), href), end; it != end; ++it) {
          std::string path = (*it)[1];
          if (path.empty() || path.back() == '/') path += "index.html";
          if (out.count(path) && reached.insert(path).second) queue.emplace_back(path, taps + 1);
        }
      }
      size_t items = 0;
      for (const auto& [path, content] : out) {
        bool item = false;
        for (const char* family : {"nhiem-vu/", "chi-tieu/", "mo-hinh/", "co-quan/", "en/tasks/", "en/indicators/",
                                   "en/programs/", "en/agencies/"})
          item = item || (path.rfind(family, 0) == 0 && path.find("/trang") == std::string::npos &&
                          path.find("/page/") == std::string::npos);
        if (!item || (path.rfind("en/", 0) == 0) != (home == "en/index.html")) continue;
        ++items;
        CHECK_MESSAGE(reached.count(path), path);
      }
      CHECK(items > 10);
    }
  }
}

// The Phú Thịnh sample reports (2026-Q1 and 2026-Q2, illustrative) on the pages.
TEST_CASE("items: progress from the reports shows on task, indicator, program and plan pages") {
  std::map<std::string, std::string> out = plansite::testing::build_source(source_dir());
  const std::string& task = out.at("nhiem-vu/chuyen-doi-so-2026-2030/cds-nv-2/index.html");
  CHECK(has(task, "<span class=\"status status-done\"><span aria-hidden=\"true\">✓</span> Hoàn thành</span></a>"
                  " · Mức hoàn thành 100% <small>(Tính đến ngày 09 tháng 7 năm 2026)</small>"));
  CHECK(has(task, "<tr><td data-label=\"Kỳ báo cáo\">Quý I/2026</td><td data-label=\"Trạng thái\">Đang thực hiện</td>"
                  "<td data-label=\"Mức hoàn thành\">30%</td>"));
  CHECK(has(task, "<td data-label=\"Mức hoàn thành\">100%</td><td data-label=\"Ghi chú\">Phòng họp không giấy"));
  // Sample figures say so, and every page a report touches says when.
  CHECK(has(task, "<p class=\"notice\" role=\"note\">Số liệu minh họa:"));
  CHECK(has(task, "<p class=\"note updated\">Cập nhật lần cuối: ngày 07 tháng 7 năm 2026</p>"));
  CHECK(has(out.at("en/tasks/chuyen-doi-so-2026-2030/cds-nv-2/index.html"), "<p class=\"notice\" role=\"note\">Illustrative data:"));

  // A falling indicator is behind; its values are listed period by period.
  const std::string& indicator = out.at("chi-tieu/chuyen-doi-so-2026-2030/cds-hai-long-dvc-truc-tuyen/index.html");
  CHECK(has(indicator, "<span class=\"status status-behind\"><span aria-hidden=\"true\">▼</span> Chậm tiến độ</span>"
                       " · Giá trị mới nhất <strong>88,5%</strong>"));
  CHECK(has(indicator, "<tr><td data-label=\"Kỳ báo cáo\">Quý I/2026</td><td data-label=\"Giá trị\"><strong>91%"));

  const std::string& program = out.at("mo-hinh/mo-hinh-diem-cds-2026/phu-nu-khau-giang-bdhvs/index.html");
  CHECK(has(program, "<td data-label=\"Số buổi\">4</td><td data-label=\"Số người tham gia\">56</td>"));

  // The plan counts its indicators and tasks by status, and gives the mean share done.
  const std::string& plan = out.at("ke-hoach/chuyen-doi-so-2026-2030/index.html");
  CHECK(has(plan, "<li class=\"status status-behind\"><span aria-hidden=\"true\">▼</span> 1 Chậm tiến độ</li>"));
  CHECK(has(plan, "<li class=\"status status-done\"><span aria-hidden=\"true\">✓</span> 1 Hoàn thành</li>"));
  CHECK(has(plan, "Mức hoàn thành trung bình của các nhiệm vụ: <strong>31%</strong>"));
  // Home: each plan's progress and its latest report; an agency: the tasks it leads.
  CHECK(has(out.at("index.html"),
            "<p class=\"card-progress\">Tiến độ 31% · Báo cáo mới nhất: Quý II/2026, ngày 07 tháng 7 năm 2026</p>"));
  CHECK(has(out.at("index.html"), "<p class=\"notice\" role=\"note\">Số liệu minh họa:"));
  CHECK(has(out.at("co-quan/phong-van-hoa-xa-hoi/index.html"),
            "<p class=\"agency-progress\">Tiến độ: 73% · ◐ 1 Đang thực hiện · ✓ 1 Hoàn thành</p>"));
  // A page per period says what changed since the plan's report before; the
  // first report says all is new; the index has each plan's timeline.
  const std::string& q2 = out.at("bao-cao/2026-Q2/index.html");
  CHECK(has(q2, "<h1 id=\"item-title\">Báo cáo Quý II/2026</h1>"));
  CHECK(has(q2, "Triển khai hệ thống phòng họp không giấy thông minh cấp xã</a>: Đang thực hiện 30% → "
                "<strong>Hoàn thành 100%</strong></li>"));
  CHECK(has(q2, "Người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến</a>: 91% → "
                "<strong>88,5%</strong></li>"));
  CHECK(has(q2, "Phụ nữ xóm Khâu Giang hưởng ứng phong trào Bình dân học vụ số</a>: Số buổi 4 · Số người tham gia 56</li>"));
  CHECK(has(out.at("bao-cao/2026-Q1/index.html"), "Báo cáo đầu tiên của kế hoạch"));
  CHECK(has(out.at("en/reports/2026-Q2/index.html"), "<h1 id=\"item-title\">Report Q2 2026</h1>"));
  const std::string& reports = out.at("bao-cao/index.html");
  CHECK(has(reports, "<span class=\"note\">ngày 07 tháng 7 năm 2026</span> · <a href=\"2026-Q2/index.html\">Báo cáo Quý II/2026</a>"));
  CHECK(has(reports, "<span class=\"note\">ngày 31 tháng 12 năm 2027</span> · <a href=\"../chi-tieu/chuyen-doi-so-2026-2030/index.html\">"));
  // The plan page and its table of indicators give each one's latest value.
  CHECK(has(plan, "Người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến.</a> "
                  "<span class=\"note\">· Giá trị mới nhất: 88,5% (Quý II/2026)</span></li>"));
  CHECK(has(out.at("chi-tieu/chuyen-doi-so-2026-2030/index.html"),
            "<br><small>Giá trị mới nhất: <strong>88,5% (Quý II/2026)</strong></small>"));
  // A page no report touches has neither line.
  CHECK_FALSE(has(out.at("co-quan/index.html"), "Cập nhật lần cuối"));
  CHECK_FALSE(has(out.at("co-quan/index.html"), "Số liệu minh họa"));
}
