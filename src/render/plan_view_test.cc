// The plan page shows each case of the content model as the plan gives it:
// one render test per case (the load tests are in load_plan_model_test.cc).
#include <doctest/doctest.h>

#include "load/load.h"
#include "render/render.h"
#include "render/theme.h"
#include "resolve/resolve.h"
#include "test_support.h"

using plansite::testing::minimal_site;
using plansite::testing::replace_once;
using plansite::testing::TempSite;

namespace {

const std::string kPlan = "content/plans/ke-hoach-thu/plan.yaml";
const std::string kVi = "ke-hoach/ke-hoach-thu/index.html";
const std::string kEn = "en/plans/ke-hoach-thu/index.html";

// Renders a site in memory; `pdfs` as `build --pdf` sets it.
std::map<std::string, std::string> render(const std::map<std::string, std::string>& files, bool pdfs = false) {
  TempSite site(files);
  plansite::Diagnostics diagnostics;
  auto loaded = plansite::load_site(site.root(), diagnostics);
  REQUIRE(loaded.has_value());
  plansite::ResolvedSite resolved = plansite::resolve_site(std::move(*loaded), diagnostics);
  resolved.plan_pdfs = pdfs;
  plansite::Theme theme = plansite::Theme::load(site.root() / "themes" / "default", diagnostics);
  plansite::MemoryOutput out;
  plansite::render_site(resolved, theme, out, diagnostics);
  INFO(diagnostics.format(false));
  REQUIRE_FALSE(diagnostics.has_errors());
  return out.files();
}

std::map<std::string, std::string> site_with(const std::vector<std::pair<std::string, std::string>>& edits,
                                             const std::string& file = kPlan) {
  auto files = minimal_site();
  for (const auto& [from, to] : edits) replace_once(files[file], from, to);
  return files;
}

bool has(const std::string& page, const std::string& text) { return page.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("render model 1: an issued plan without number, place or date prints no blanks") {
  auto out = render(site_with({{"status: draft", "status: issued"}, {"symbol: KH-UBND\n", ""},
                               {"place: Thử Nghiệm\n", ""}, {"date: 2026-04\n", ""}}));
  const std::string& vi = out.at(kVi);
  CHECK_FALSE(has(vi, "doc-number"));
  CHECK_FALSE(has(vi, "doc-place-date"));
  CHECK_FALSE(has(vi, "\u00a0"));  // no blank left for a clerk
  CHECK_FALSE(has(vi, "draft-mark"));
  CHECK_FALSE(has(vi, "để trống"));
  // With a number below 10 and a whole date: the leading zero, no blanks.
  auto dated = render(site_with({{"status: draft", "status: issued\nnumber: \"5\""}, {"date: 2026-04", "date: 2026-04-15"}}));
  CHECK(has(dated.at(kVi), "<p class=\"doc-number\">Số: 05/KH-UBND</p>"));
  CHECK(has(dated.at(kVi), "<p class=\"doc-place-date\">Thử Nghiệm, ngày 15 tháng 4 năm 2026</p>"));
  // A draft keeps its blanks, its mark and its note.
  const std::string draft = render(minimal_site()).at(kVi);
  CHECK(has(draft, "<p class=\"doc-number\">Số: \u00a0\u00a0\u00a0\u00a0\u00a0/KH-UBND</p>"));
  CHECK(has(draft, "<p class=\"draft-mark\">DỰ THẢO</p>"));
  CHECK(has(draft, "ngày \u00a0\u00a0\u00a0\u00a0 tháng 4 năm 2026"));
}

TEST_CASE("render model 2: an authority over several lines prints line by line") {
  for (const std::string authority : {"[TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]", "\"TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH\""}) {
    auto out = render(site_with({{"  - title: {vi: CHỦ TỊCH, en: CHAIRPERSON}",
                                  "  - authority: " + authority + "\n    title: PHÓ CHỦ TỊCH"}}));
    CHECK(has(out.at(kVi),
              "        <p class=\"doc-authority\">TM. ỦY BAN NHÂN DÂN</p>\n"
              "        <p class=\"doc-authority\">KT. CHỦ TỊCH</p>\n"
              "        <p class=\"doc-signer-title\">PHÓ CHỦ TỊCH</p>\n"));
  }
}

TEST_CASE("render model 3: recipients print with the issuer's punctuation, never doubled") {
  auto out = render(site_with({{"  - \"Lưu: VT\"", "  - UBND huyện (báo cáo)\n  - UBND xã;\n  - \"Ban Thường vụ (để biết),\"\n  - \"Lưu: VT.\""}}));
  const std::string& vi = out.at(kVi);
  CHECK(has(vi, "<li>UBND huyện (báo cáo);</li>"));
  CHECK(has(vi, "<li>UBND xã;</li>"));
  CHECK(has(vi, "<li>Ban Thường vụ (để biết),</li>"));
  CHECK(has(vi, "<li>Lưu: VT.</li>"));
  CHECK_FALSE(has(vi, ";;"));
  CHECK_FALSE(has(vi, "..<"));  // (not "..": relative links climb with "../")
  auto as_written = render(site_with({{"  - \"Lưu: VT\"", "  - TT HĐND xã\n  - \"Lưu: VT.\""},
                                      {"recipients:", "recipients_as_written: true\nrecipients:"}}));
  CHECK(has(as_written.at(kVi), "<li>TT HĐND xã</li>"));
}

TEST_CASE("render model 4: a task with no lead or time shows the gap, not an owner") {
  auto out = render(site_with({{"lead: [phong-van-hoa-xa-hoi]", "lead: []"},
                               {"timeframe: {from: 2026-Q1, to: 2026-Q4}", "timeframe: {}"}}));
  CHECK(has(out.at(kVi), "<span class=\"gap\">Chưa giao</span>"));
  CHECK(has(out.at(kVi), "<span class=\"gap\">Chưa xác định</span>"));
  CHECK(has(out.at(kEn), "<span class=\"gap\">Not assigned</span>"));
  CHECK(has(out.at(kEn), "<span class=\"gap\">Not specified</span>"));
}

TEST_CASE("render model 5: the plan's own task numbers show, and responsibilities link tasks by them") {
  auto files = site_with({{"  - id: nv-1\n", "  - id: nv-1\n    number: \"1.1\"\n"}});
  files[kPlan] +=
      "responsibilities:\n"
      "  - agencies: [phong-van-hoa-xa-hoi]\n"
      "    duties: [Chủ trì thực hiện]\n"
      "    tasks: [\"1.1\"]\n";
  auto out = render(files);
  const std::string& vi = out.at(kVi);
  CHECK(has(vi, "<td data-label=\"TT\">1.1</td>"));
  CHECK(has(vi, "<h3>Phòng Văn hóa - Xã hội</h3>"));
  CHECK(has(vi, "<li><a href=\"#nv-1\">1.1 Tập huấn</a></li>"));
  // Without numbers, tasks are counted as the annex counts them.
  CHECK(has(render(minimal_site()).at(kVi), "<td data-label=\"TT\">1.</td>"));
}

TEST_CASE("render model 6: each milestone shows its own wording; a standing target has no year") {
  auto out = render(site_with({{"      - {by: 2026, value: 95}",
                                "      - {by: 2026, value: 85, statement: Đến hết năm 2026 85% hộ, population: Hộ gia đình}\n"
                                "      - {value: 100}"}}));
  // On the plan's table of indicators, a page of its own.
  const std::string& vi = out.at("chi-tieu/ke-hoach-thu/index.html");
  CHECK(has(vi, "<li>Đến năm 2026: <strong>85%</strong><br><small>Đến hết năm 2026 85% hộ</small>"
                "<br><small>Đối tượng: Hộ gia đình</small></li>"));
  CHECK(has(vi, "<li>Duy trì suốt kỳ kế hoạch: <strong>100%</strong></li>"));
  CHECK(has(out.at("en/indicators/ke-hoach-thu/index.html"), "<li>Throughout the plan: <strong>100%</strong></li>"));
}

TEST_CASE("render model 7: enterprises, cooperatives and a team's roles and criteria are shown") {
  auto files = minimal_site();
  files["content/agencies.yaml"] +=
      "  - id: vnpt\n"
      "    name: Viễn thông VNPT\n"
      "    short: VNPT\n"
      "    kind: enterprise\n"
      "  - id: to-cnscd\n"
      "    name: Tổ công nghệ số cộng đồng\n"
      "    kind: team\n"
      "    roles: [{title: Tổ trưởng, held_by: Trưởng thôn}]\n"
      "    criteria: [Biết dùng điện thoại thông minh]\n";
  replace_once(files[kPlan], "lead: [phong-van-hoa-xa-hoi]", "lead: [to-cnscd]\n    coordinating: [vnpt]");
  auto out = render(files);
  const std::string& vi = out.at(kVi);
  CHECK(has(vi, "<td data-label=\"Cơ quan phối hợp\">VNPT</td>"));  // the short name, in a table
  CHECK(has(vi, "<strong>Viễn thông VNPT</strong> (VNPT) <span class=\"note\">· Doanh nghiệp</span>"));
  CHECK(has(vi, "<li>Tổ trưởng: Trưởng thôn</li>"));
  CHECK(has(vi, "<li>Biết dùng điện thoại thông minh</li>"));
}

TEST_CASE("render model 8: a decision cited in the text is listed and linked") {
  auto out = render(site_with({{"signatories:",
                                "legal_bases:\n"
                                "  - basis: cited\n"
                                "    document: {vi: Quyết định, en: Decision}\n"
                                "    number: 749/QĐ-TTg\n"
                                "    url: https://vanban.chinhphu.vn/van-ban/749\n"
                                "signatories:"}}));
  CHECK(has(out.at(kVi), "<li><strong>Dẫn chiếu</strong> <a href=\"https://vanban.chinhphu.vn/van-ban/749\" "
                         "rel=\"noopener\">Quyết định số 749/QĐ-TTg</a></li>"));
  CHECK(has(out.at(kEn), "<strong>Cited</strong>"));
}

TEST_CASE("render model 9: every documented key reaches the page") {
  auto files = site_with({{"    kind: authority", "    short: {vi: UBND xã, en: Commune People's Committee}\n    kind: authority"}},
                         "content/agencies.yaml");
  replace_once(files[kPlan], "    name: Nguyễn Văn A", "    name: Nguyễn Văn A\n    agency: ubnd-xa");
  replace_once(files[kPlan], "indicators:", "objectives:\n  - {id: mt-1, title: Mục tiêu chung, statement: Nâng cao kỹ năng số}\nindicators:");
  replace_once(files[kPlan], "    unit: percent\n",
               "    unit: percent\n    objective: mt-1\n    baseline: {value: 60, year: 2025}\n    agency: ubnd-xa\n");
  replace_once(files[kPlan], "lead: [phong-van-hoa-xa-hoi]", "lead: [ubnd-xa]\n    status: in-progress");
  auto out = render(files);
  const std::string& vi = out.at(kVi);
  const std::string& indicators = out.at("chi-tieu/ke-hoach-thu/index.html");
  CHECK(has(vi, "<dd>Nguyễn Văn A (CHỦ TỊCH, UBND xã)</dd>"));       // signatory agency, short name
  CHECK(has(vi, "<h3>Mục tiêu chung</h3>"));                          // objectives
  CHECK(has(vi, "<p>Nâng cao kỹ năng số</p>"));
  CHECK(has(vi, "<li><a href=\"../../chi-tieu/ke-hoach-thu/ti-le/index.html\">95% người dân</a></li>"));  // indicator → objective
  CHECK(has(indicators, "<small>Năm cơ sở 2025: 60%</small>"));                // baseline
  CHECK(has(indicators, "<small>Cơ quan chịu trách nhiệm: UBND xã</small>"));  // indicator agency
  CHECK(has(vi, "<td data-label=\"Cơ quan chủ trì\">UBND xã</td>"));   // short name in the task table
  // status: where the plan puts the task, no report saying otherwise
  CHECK(has(vi, "<td data-label=\"Trạng thái\" class=\"no-print\"><span class=\"status status-in-progress\">"
                "<span aria-hidden=\"true\">◐</span> Đang thực hiện</span></td>"));
}

TEST_CASE("render model 10: a Party document is headed by Hướng dẫn 36, a State one by Nghị định 30") {
  auto party = render(site_with({{"status: draft", "status: issued\nform: party\nnumber: \"12\""},
                                 {"symbol: KH-UBND", "symbol: KH/ĐU"},
                                 {"date: 2026-04", "date: 2026-02-10"}}));
  const std::string& vi = party.at(kVi);
  CHECK(has(vi, "<article class=\"plan plan-party\""));
  CHECK(has(vi, "<p class=\"doc-star\" aria-hidden=\"true\">*</p>"));
  CHECK(has(vi, "<p class=\"doc-number\">Số 12-KH/ĐU</p>"));
  CHECK(has(vi, "<span>ĐẢNG CỘNG SẢN VIỆT NAM</span>"));
  CHECK_FALSE(has(vi, "doc-motto"));
  const std::string state = render(minimal_site()).at(kVi);
  CHECK(has(state, "<article class=\"plan plan-state\""));
  CHECK(has(state, "<p class=\"doc-motto\"><span>Độc lập - Tự do - Hạnh phúc</span></p>"));
  CHECK_FALSE(has(state, "doc-star"));
}

TEST_CASE("render: a header name breaks before its place; the text keeps the document's numbers and markers") {
  auto files = minimal_site();
  replace_once(files["content/agencies.yaml"], "{vi: Ủy ban nhân dân xã,", "{vi: Ủy ban nhân dân xã Thử Nghiệm,");
  replace_once(files["content/agencies.yaml"], "{vi: Phòng Văn hóa - Xã hội,", "{vi: Hội Liên hiệp Phụ nữ xã,");
  replace_once(files[kPlan], "issuers: [ubnd-xa]", "issuers: [ubnd-xa, phong-van-hoa-xa-hoi]");
  files["content/plans/ke-hoach-thu/body.vi.md"] =
      "Thực hiện Nghị quyết số 57-NQ/TW;\n\n- Phát triển:\n  + Hỗ trợ\n\nTrên đây là Kế hoạch./.\n";
  const std::string vi = render(files).at(kVi);
  CHECK(has(vi, "<p class=\"doc-issuer-name\"><span class=\"keep\">Ủy ban nhân dân</span> "
                "<span class=\"keep\">xã Thử Nghiệm</span> </p>"));
  // "xã" with no place after it is part of the name.
  CHECK(has(vi, "<p class=\"doc-issuer-name\"><span class=\"keep\">Hội Liên hiệp Phụ nữ xã</span> </p>"));
  CHECK(has(vi, "<span class=\"doc-no\">57-NQ/TW</span>"));
  CHECK(has(vi, "<ul class=\"list-dash\">"));
  CHECK(has(vi, "<ul class=\"list-plus\">"));
  // The closing sentence sits with the signatures, so the print keeps them together.
  CHECK(has(vi, "<div class=\"doc-ending\">\n  <div class=\"doc-body\" lang=\"vi\">\n<p>Trên đây là Kế hoạch./.</p>"));
}

TEST_CASE("render: a plan page links its PDF only when the build prints one") {
  CHECK(render(minimal_site(), true).at(kVi).find(
            "<a href=\"ke-hoach-thu.pdf\" download>Tải PDF</a>") != std::string::npos);
  CHECK(render(minimal_site(), true).at(kEn).find(
            "<a href=\"ke-hoach-thu.en.pdf\" download>Download PDF</a>") != std::string::npos);
  CHECK(render(minimal_site()).at(kVi).find(".pdf") == std::string::npos);
}
