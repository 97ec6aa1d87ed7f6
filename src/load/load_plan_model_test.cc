// Plans of every shape load as issued, without invented values: one test per
// case of the content model (issue 7), each with the values it must load and
// the exact diagnostic for a mistake.
#include <doctest/doctest.h>

#include "load/load.h"
#include "resolve/resolve.h"
#include "test_support.h"

using plansite::testing::check_diagnostics;
using plansite::testing::minimal_site;
using plansite::testing::replace_once;
using plansite::testing::TempSite;

namespace {

const std::string kPlan = "content/plans/ke-hoach-thu/plan.yaml";
const std::string kAgencies = "content/agencies.yaml";

// The minimal site with each (from, to) replaced in `file`.
std::map<std::string, std::string> site_with(const std::string& file,
                                             const std::vector<std::pair<std::string, std::string>>& edits) {
  auto files = minimal_site();
  for (const auto& [from, to] : edits) replace_once(files[file], from, to);
  return files;
}

std::string diagnostics_of(const std::map<std::string, std::string>& files) {
  TempSite site(files);
  return check_diagnostics(site.root());
}

// Loads and resolves a site that must have no errors; returns its only plan.
plansite::Plan load_plan_of(const std::map<std::string, std::string>& files) {
  TempSite site(files);
  plansite::Diagnostics diagnostics;
  auto loaded = plansite::load_site(site.root(), diagnostics);
  REQUIRE(loaded.has_value());
  plansite::ResolvedSite resolved = plansite::resolve_site(std::move(*loaded), diagnostics);
  INFO(diagnostics.format(false));
  REQUIRE_FALSE(diagnostics.has_errors());
  REQUIRE(resolved.site.plans.size() == 1);
  return resolved.site.plans.front();
}

// An issued plan: the minimal site's draft, with its number and whole date.
std::map<std::string, std::string> issued_site() {
  return site_with(kPlan, {{"status: draft", "status: issued\nnumber: \"36\""}, {"date: 2026-04", "date: 2026-04-15"}});
}

}  // namespace

TEST_CASE("model 1: an issued plan may have no number, symbol, place or date") {
  auto files = issued_site();
  for (const char* line : {"number: \"36\"\n", "symbol: KH-UBND\n", "place: Thử Nghiệm\n", "date: 2026-04-15\n"})
    replace_once(files[kPlan], line, "");
  CHECK(diagnostics_of(files) == "");
  plansite::Plan plan = load_plan_of(files);
  CHECK(plan.number.empty());
  CHECK(plan.symbol.empty());
  CHECK(plan.place.empty());
  CHECK_FALSE(plan.date.has_value());
}

TEST_CASE("model 1: a draft still needs the symbol, place and year its blanks stand in") {
  CHECK(diagnostics_of(site_with(kPlan, {{"symbol: KH-UBND\n", ""}, {"date: 2026-04\n", ""}})) ==
        kPlan + ":1:1: error: plan is missing required key 'symbol'\n" +
        kPlan + ":1:1: error: plan is missing required key 'date'\n");
}

TEST_CASE("model 1: an issued plan's date is whole or absent, never blank in part") {
  CHECK(diagnostics_of(site_with(kPlan, {{"status: draft", "status: issued"}})) ==
        kPlan + ":5:7: error: an issued plan's date has no blanks\n"
        "  hint: write the whole date (2026-04-15), or leave `date` out if the plan was issued without one; only "
        "a draft leaves the day or month blank\n");
}

TEST_CASE("model 2: an authority over several lines loads as its lines") {
  auto listed = load_plan_of(site_with(kPlan, {{"  - title: {vi: CHỦ TỊCH, en: CHAIRPERSON}",
                                                "  - authority: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]\n"
                                                "    title: PHÓ CHỦ TỊCH"}}));
  REQUIRE(listed.signatories.front().authority.size() == 2);
  CHECK(listed.signatories.front().authority[0].in("vi") == "TM. ỦY BAN NHÂN DÂN");
  CHECK(listed.signatories.front().authority[1].in("vi") == "KT. CHỦ TỊCH");
  // A block with a line break is kept as written; the page splits it.
  auto block = load_plan_of(site_with(kPlan, {{"  - title: {vi: CHỦ TỊCH, en: CHAIRPERSON}",
                                               "  - authority: |-\n"
                                               "      TM. ỦY BAN NHÂN DÂN\n"
                                               "      KT. CHỦ TỊCH\n"
                                               "    title: PHÓ CHỦ TỊCH"}}));
  REQUIRE(block.signatories.front().authority.size() == 1);
  CHECK(block.signatories.front().authority[0].in("vi") == "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
}

TEST_CASE("model 3: recipients keep the issuer's own punctuation, and may be printed as written") {
  auto plan = load_plan_of(site_with(kPlan, {{"  - \"Lưu: VT\"", "  - \"UBND huyện (báo cáo),\"\n  - \"Lưu: VT.\""},
                                             {"recipients:", "recipients_as_written: true\nrecipients:"}}));
  REQUIRE(plan.recipients.size() == 2);
  CHECK(plan.recipients[0].in("vi") == "UBND huyện (báo cáo),");
  CHECK(plan.recipients_as_written);
  CHECK(diagnostics_of(site_with(kPlan, {{"recipients:", "recipients_as_written: yes\nrecipients:"}})) ==
        kPlan + ":11:24: error: 'recipients_as_written' must be true or false; got 'yes'\n");
}

TEST_CASE("model 4: a task the plan gives no lead or time loads as unassigned, said outright without a warning") {
  auto files = site_with(kPlan, {{"lead: [phong-van-hoa-xa-hoi]", "lead: []"},
                                 {"timeframe: {from: 2026-Q1, to: 2026-Q4}", "timeframe: {}"}});
  CHECK(diagnostics_of(files) == "");
  auto plan = load_plan_of(files);
  CHECK(plan.tasks.front().lead.empty());
  CHECK_FALSE(plan.tasks.front().timeframe.specified());
  // The plan's words alone are a timeframe; an end without a start is not.
  CHECK(diagnostics_of(site_with(kPlan, {{"{from: 2026-Q1, to: 2026-Q4}", "{note: Theo chỉ đạo của cấp trên}"}})) == "");
  CHECK(diagnostics_of(site_with(kPlan, {{"{from: 2026-Q1, to: 2026-Q4}", "{to: 2026-Q4}"}})) ==
        kPlan + ":23:16: error: timeframe needs 'from', 'ongoing: true' or a 'note'\n"
        "  hint: write `timeframe: {}` if the plan gives the task no time\n");
}

namespace {

// Two numbered tasks and a responsibility that points at them.
std::map<std::string, std::string> numbered_site(const std::string& refs) {
  auto files = site_with(kPlan, {{"  - id: nv-1\n", "  - id: nv-1\n    number: \"1.1\"\n"}});
  files[kPlan] +=
      "  - id: nv-2\n"
      "    number: \"1.2\"\n"
      "    content: Hướng dẫn\n"
      "    lead: [phong-van-hoa-xa-hoi]\n"
      "    timeframe: {from: 2026}\n"
      "responsibilities:\n"
      "  - agencies: [phong-van-hoa-xa-hoi]\n"
      "    duties: [Chủ trì thực hiện]\n"
      "    tasks: " + refs + "\n";
  return files;
}

}  // namespace

TEST_CASE("model 5: tasks carry the document's numbers, and responsibilities point to them by number or id") {
  auto plan = load_plan_of(numbered_site("[\"1.1\", nv-2]"));
  CHECK(plan.tasks[0].number == "1.1");
  REQUIRE(plan.responsibilities.front().tasks.size() == 2);
  CHECK(plan.responsibilities.front().tasks[0].id == "1.1");
  CHECK(diagnostics_of(numbered_site("[\"1.3\"]")) ==
        kPlan + ":33:13: error: no task '1.3' in this plan\n"
        "  hint: did you mean '1.1'?\n");
  auto twice = numbered_site("[nv-2]");
  replace_once(twice[kPlan], "number: \"1.2\"", "number: \"1.1\"");
  CHECK(diagnostics_of(twice) ==
        kPlan + ":25:5: error: two tasks numbered '1.1'\n"
        "  hint: the other is at line 20; responsibilities point to tasks by number, so each number is used once\n");
}

TEST_CASE("model 6: each milestone may word its own target, and a target may have no year") {
  auto files = site_with(kPlan, {{"      - {by: 2026, value: 95}",
                                  "      - {by: 2025, value: 85, statement: Đến hết năm 2025 85% hộ gia đình, "
                                  "population: hộ gia đình}\n"
                                  "      - {value: 100, statement: Duy trì 100% thôn có Tổ công nghệ số}"}});
  CHECK(diagnostics_of(files) == "");
  auto plan = load_plan_of(files);
  const auto& targets = plan.indicators.front().targets;
  REQUIRE(targets.size() == 2);
  CHECK(targets[0].by == 2025);
  CHECK(targets[0].statement.in("vi") == "Đến hết năm 2025 85% hộ gia đình");
  CHECK(targets[0].population.in("vi") == "hộ gia đình");
  CHECK_FALSE(targets[1].by.has_value());
  CHECK(diagnostics_of(site_with(kPlan, {{"      - {by: 2026, value: 95}",
                                          "      - {by: 2026, value: 95}\n      - {by: 2026, value: 99}"}})) ==
        kPlan + ":19:9: error: two targets for 2026\n"
        "  hint: one target per milestone year; a target without `by` holds for the whole plan\n");
}

TEST_CASE("model 7: enterprises and cooperatives are agencies; a team lists its roles and criteria") {
  auto files = minimal_site();
  files[kAgencies] +=
      "  - id: vnpt\n"
      "    name: Trung tâm Viễn thông VNPT\n"
      "    kind: enterprise\n"
      "  - id: htx-che\n"
      "    name: Hợp tác xã chè\n"
      "    kind: cooperative\n"
      "  - id: to-cnscd\n"
      "    name: Tổ công nghệ số cộng đồng\n"
      "    kind: team\n"
      "    roles:\n"
      "      - {title: Tổ trưởng, held_by: Trưởng xóm}\n"
      "      - {title: Thành viên, held_by: \"Đoàn viên thanh niên, hội viên phụ nữ\"}\n"
      "    criteria:\n"
      "      - Biết sử dụng điện thoại thông minh\n";
  TempSite site(files);
  plansite::Diagnostics diagnostics;
  auto loaded = plansite::load_site(site.root(), diagnostics);
  REQUIRE(loaded.has_value());
  CHECK(diagnostics.format(false) == "");
  const auto& team = loaded->agencies.back();
  CHECK(loaded->agencies[2].kind == "enterprise");
  CHECK(loaded->agencies[3].kind == "cooperative");
  REQUIRE(team.roles.size() == 2);
  CHECK(team.roles[0].title.in("vi") == "Tổ trưởng");
  CHECK(team.roles[1].held_by.in("vi") == "Đoàn viên thanh niên, hội viên phụ nữ");
  REQUIRE(team.criteria.size() == 1);
  auto wrong = minimal_site();
  replace_once(wrong[kAgencies], "    kind: division\n", "    kind: division\n    criteria: [Có chuyên môn]\n");
  CHECK(diagnostics_of(wrong) ==
        kAgencies + ":8:15: error: only a team lists 'criteria'\n"
        "  hint: set `kind: team`, or leave 'criteria' out for a division\n");
}

TEST_CASE("model 8: decisions cited in the body are legal bases of kind cited, with an address") {
  std::string cited =
      "legal_bases:\n"
      "  - basis: cited\n"
      "    document: {vi: Quyết định, en: Decision}\n"
      "    number: 123/QĐ-UBND\n"
      "    url: https://thainguyen.gov.vn/van-ban/123\n"
      "signatories:";
  auto plan = load_plan_of(site_with(kPlan, {{"signatories:", cited}}));
  REQUIRE(plan.legal_bases.size() == 1);
  CHECK(plan.legal_bases[0].basis == "cited");
  CHECK(plan.legal_bases[0].url == "https://thainguyen.gov.vn/van-ban/123");
  std::string bad = cited;
  replace_once(bad, "https://thainguyen", "thainguyen");
  CHECK(diagnostics_of(site_with(kPlan, {{"signatories:", bad}})) ==
        kPlan + ":12:10: error: 'url' must start with https:// or http://\n"
        "  hint: write the whole address as a browser shows it, e.g. https://binhdanhocvuso.gov.vn\n");
}

TEST_CASE("model 9: an unknown key with nothing close lists the keys allowed there") {
  CHECK(diagnostics_of(site_with(kPlan, {{"    content: Tập huấn\n", "    content: Tập huấn\n    ghi-chu: x\n"}})) ==
        kPlan + ":22:5: error: unknown key 'ghi-chu' in task\n"
        "  hint: the keys of task are content, coordinating, expected_result, id, implementing, lead, number, participants, "
        "status, timeframe\n");
  CHECK(diagnostics_of(site_with(kAgencies, {{"    kind: division\n", "    kind: division\n    shrot: PVHXH\n"}})) ==
        kAgencies + ":8:5: error: unknown key 'shrot' in agency\n"
        "  hint: did you mean 'short'?\n");
  // A language map's keys are languages; one that is neither says which are.
  CHECK(diagnostics_of(site_with(kPlan, {{"en: A test plan}", "kor: Un plan}"}})) ==
        kPlan + ":6:27: error: unknown language 'kor' in 'title'\n"
        "  hint: a text is in vi (Vietnamese) and, optionally, en (English)\n");
}

TEST_CASE("model 10: a plan says which rules it follows; else its first issuer's kind decides") {
  CHECK(load_plan_of(minimal_site()).form == "state");
  CHECK(load_plan_of(site_with(kPlan, {{"status: draft", "status: draft\nform: party"}})).form == "party");
  auto party = minimal_site();
  replace_once(party[kAgencies], "    kind: authority", "    kind: party");
  CHECK(load_plan_of(party).form == "party");
  CHECK(diagnostics_of(site_with(kPlan, {{"status: draft", "status: draft\nform: dang"}})) ==
        kPlan + ":2:7: error: 'form' must be one of state, party; got 'dang'\n");
}
