// The portal around the plans: agency pages, home counts, a plan page's parts at a glance.
#include <doctest/doctest.h>

#include <sstream>

#include "cli/build.h"
#include "test_support.h"

using plansite::testing::minimal_site;
using plansite::testing::read_tree;
using plansite::testing::replace_once;
using plansite::testing::TempSite;

namespace {

std::map<std::string, std::string> build(const std::map<std::string, std::string>& files) {
  return plansite::testing::build_site(files);
}

// The minimal site with a second plan whose task is led by the committee and
// coordinated by the division, and an indicator and duties for the division.
std::map<std::string, std::string> two_plans() {
  auto files = minimal_site();
  std::string plan = files["content/plans/ke-hoach-thu/plan.yaml"];
  replace_once(plan, "id: ti-le", "id: ti-le-2\n    agency: phong-van-hoa-xa-hoi");
  replace_once(plan, "id: nv-1", "id: nv-2");
  replace_once(plan, "content: Tập huấn", "content: Rà soát hạ tầng");
  replace_once(plan, "lead: [phong-van-hoa-xa-hoi]", "lead: [ubnd-xa]\n    coordinating: [phong-van-hoa-xa-hoi]");
  plan += "responsibilities:\n  - agencies: [phong-van-hoa-xa-hoi]\n    duties: [Tham mưu triển khai kế hoạch]\n";
  files["content/plans/ke-hoach-hai/plan.yaml"] = plan;
  files["content/plans/ke-hoach-hai/body.vi.md"] = files["content/plans/ke-hoach-thu/body.vi.md"];
  return files;
}

}  // namespace

TEST_CASE("an agency's page lists the tasks it leads and coordinates, its targets and duties, across plans") {
  auto files = build(two_plans());
  const std::string& page = files.at("co-quan/phong-van-hoa-xa-hoi/index.html");
  CHECK(page.find("<h1 id=\"agency-title\">Phòng Văn hóa - Xã hội</h1>") != std::string::npos);
  // Led in the first plan, coordinated in the second, each linked to its own page.
  size_t led = page.find("id=\"leads-heading\"");
  size_t coordinated = page.find("id=\"coordinates-heading\"");
  REQUIRE(led != std::string::npos);
  REQUIRE(coordinated != std::string::npos);
  CHECK(page.find("href=\"../../nhiem-vu/ke-hoach-thu/nv-1/index.html\">1. Tập huấn</a>", led) < coordinated);
  CHECK(page.find("href=\"../../nhiem-vu/ke-hoach-hai/nv-2/index.html\">1. Rà soát hạ tầng</a>", coordinated) !=
        std::string::npos);
  CHECK(page.find("href=\"../../chi-tieu/ke-hoach-hai/ti-le-2/index.html\">95% người dân</a>") != std::string::npos);
  CHECK(page.find("<li>Tham mưu triển khai kế hoạch</li>") != std::string::npos);
  CHECK(page.find("1 nhiệm vụ chủ trì · 1 nhiệm vụ phối hợp · 1 chỉ tiêu") != std::string::npos);
  // English counts in the singular where there is one.
  CHECK(files.at("en/agencies/phong-van-hoa-xa-hoi/index.html").find("1 task led · 1 task coordinated · 1 target") !=
        std::string::npos);
}

TEST_CASE("agencies a task names as carrying it out without chủ trì are neither leads nor coordinators") {
  auto site = minimal_site();
  replace_once(site["content/plans/ke-hoach-thu/plan.yaml"], "lead: [phong-van-hoa-xa-hoi]",
               "lead: []\n    implementing: [phong-van-hoa-xa-hoi, ubnd-xa]");
  auto files = build(site);
  // The plan names no chủ trì: the lead cell says so, then who carries it out.
  CHECK(files.at("ke-hoach/ke-hoach-thu/index.html")
            .find("<span class=\"gap\">Chưa giao</span><br><small>Cơ quan thực hiện: Phòng Văn hóa - Xã hội; "
                  "Ủy ban nhân dân xã</small></td>") != std::string::npos);
  CHECK(files.at("en/plans/ke-hoach-thu/index.html")
            .find("<span class=\"gap\">Not assigned</span><br><small>Implementing agencies: Division of Culture and "
                  "Social Affairs; Commune People&apos;s Committee</small></td>") != std::string::npos);
  const std::string& page = files.at("co-quan/phong-van-hoa-xa-hoi/index.html");
  CHECK(page.find("id=\"implements-heading\">Nhiệm vụ thực hiện</h2>") != std::string::npos);
  CHECK(page.find("id=\"leads-heading\"") == std::string::npos);
  CHECK(page.find("1 nhiệm vụ thực hiện") != std::string::npos);
  CHECK(files.at("en/agencies/ubnd-xa/index.html").find("1 task carried out") != std::string::npos);
}

TEST_CASE("the agency index lists every agency in Vietnamese order, and home counts tasks per lead agency") {
  auto site = two_plans();
  site["content/agencies.yaml"] +=
      "  - id: doan-thanh-nien\n    name: Đoàn Thanh niên xã\n    kind: union\n"
      "  - id: dai-truyen-thanh\n    name: Đài Truyền thanh xã\n    kind: centre\n"
      "  - id: doi-dan-phong\n    name: Dân phòng xã\n    kind: team\n";
  auto files = build(site);
  const std::string& index = files.at("co-quan/index.html");
  // D before Đ: "Dân phòng" before "Đài", "Đài" before "Đoàn"; then P, then Ủ.
  size_t dan = index.find("Dân phòng xã"), dai = index.find("Đài Truyền thanh xã"), doan = index.find("Đoàn Thanh niên xã"),
         phong = index.find(">Phòng Văn hóa - Xã hội<"), uy = index.find(">Ủy ban nhân dân xã<");
  CHECK(dan < dai);
  CHECK(dai < doan);
  CHECK(doan < phong);
  CHECK(phong < uy);
  CHECK(files.count("co-quan/doan-thanh-nien/index.html") == 1);
  CHECK(files.at("co-quan/doan-thanh-nien/index.html").find("Chưa có nhiệm vụ") != std::string::npos);

  const std::string& home = files.at("index.html");
  size_t section = home.find("id=\"leads-heading\"");
  REQUIRE(section != std::string::npos);
  CHECK(home.find("<a href=\"co-quan/phong-van-hoa-xa-hoi/index.html\">Phòng Văn hóa - Xã hội</a> <span class=\"count\">1</span>",
                  section) != std::string::npos);
  CHECK(home.find("<a href=\"co-quan/ubnd-xa/index.html\">Ủy ban nhân dân xã</a> <span class=\"count\">1</span>", section) !=
        std::string::npos);
  CHECK(home.find("Đoàn Thanh niên xã", section) == std::string::npos);  // leads nothing
}

TEST_CASE("a plan page shows its parts at a glance and lists them in its contents") {
  auto files = build(minimal_site());
  const std::string& page = files.at("ke-hoach/ke-hoach-thu/index.html");
  CHECK(page.find("<li><a href=\"#indicators-heading\">1 chỉ tiêu</a></li>") != std::string::npos);
  CHECK(page.find("<li><a href=\"#tasks-heading\">1 nhiệm vụ</a></li>") != std::string::npos);
  CHECK(page.find("<li><a href=\"#tasks-heading\">Nhiệm vụ</a></li>") != std::string::npos);
  CHECK(page.find("id=\"tasks-heading\"") != std::string::npos);
  CHECK(page.find("#programs-heading") == std::string::npos);  // the plan has none
  CHECK(files.at("en/plans/ke-hoach-thu/index.html").find(">1 task</a>") != std::string::npos);
  CHECK(files.at("en/index.html").find("<p class=\"card-counts\">1 target · 1 task</p>") != std::string::npos);
  // The draft's blank number stays in the document, off the cards.
  CHECK(files.at("index.html").find("/KH-UBND") == std::string::npos);
  CHECK(files.at("ke-hoach/index.html").find("/KH-UBND") == std::string::npos);
  CHECK(files.at("index.html").find("<span class=\"badge badge-draft\">Dự thảo</span>") != std::string::npos);

  // The facts give the number once, without the document's own "Số:".
  auto issued = minimal_site();
  replace_once(issued["content/plans/ke-hoach-thu/plan.yaml"], "status: draft", "status: issued\nnumber: \"36\"");
  replace_once(issued["content/plans/ke-hoach-thu/plan.yaml"], "date: 2026-04", "date: 2026-04-02");
  const std::string issued_page = build(issued).at("ke-hoach/ke-hoach-thu/index.html");
  CHECK(issued_page.find("<dd>36/KH-UBND</dd>") != std::string::npos);
  CHECK(issued_page.find("<dd>Số: 36/KH-UBND</dd>") == std::string::npos);
  CHECK(issued_page.find("<dt>Ngày ban hành</dt>") != std::string::npos);
  // A draft with a full date in its header still has no date of issue.
  auto draft = minimal_site();
  replace_once(draft["content/plans/ke-hoach-thu/plan.yaml"], "date: 2026-04", "date: 2026-04-02");
  const std::string draft_page = build(draft).at("ke-hoach/ke-hoach-thu/index.html");
  CHECK(draft_page.find("<dt>Ngày ban hành</dt>") == std::string::npos);
  CHECK(draft_page.find("<dt>Người ký</dt>") != std::string::npos);

  // Tasks issued as an annex are found in the annex.
  auto annexed = minimal_site();
  annexed["content/plans/ke-hoach-thu/plan.yaml"] += "annex: {title: PHỤ LỤC NHIỆM VỤ}\n";
  const std::string with_annex = build(annexed).at("ke-hoach/ke-hoach-thu/index.html");
  CHECK(with_annex.find("<li><a href=\"#annex-title\">1 nhiệm vụ</a></li>") != std::string::npos);
  CHECK(with_annex.find("id=\"annex-title\"") != std::string::npos);
  CHECK(with_annex.find("#tasks-heading") == std::string::npos);
}

TEST_CASE("an agency's page lists the tasks of the newest plans and says how many more there are") {
  auto files = minimal_site();
  std::string plan = files["content/plans/ke-hoach-thu/plan.yaml"];
  for (int i = 1; i <= 105; ++i) {
    std::string n = std::to_string(i), copy = plan;
    replace_once(copy, "id: ti-le", "id: ti-le-" + n);
    replace_once(copy, "id: nv-1", "id: nv-x" + n);
    files["content/plans/kh-" + n + "/plan.yaml"] = copy;
    files["content/plans/kh-" + n + "/body.vi.md"] = files["content/plans/ke-hoach-thu/body.vi.md"];
  }
  auto out = build(files);
  const std::string& page = out.at("co-quan/phong-van-hoa-xa-hoi/index.html");
  size_t rows = 0;
  // Each row links its task page (nhiem-vu/<plan>/<task>/): plans here are kh-N and ke-hoach-thu.
  for (size_t at = page.find("href=\"../../nhiem-vu/k"); at != std::string::npos;
       at = page.find("href=\"../../nhiem-vu/k", at + 1))
    ++rows;
  CHECK(rows == 100);  // of the 106 tasks the division leads
  CHECK(page.find("<p class=\"note\">Và 6 mục khác trong các kế hoạch cũ hơn.</p>") != std::string::npos);
  CHECK(page.find("106 nhiệm vụ chủ trì") != std::string::npos);  // the summary counts them all
}
