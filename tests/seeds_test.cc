// The three seed plans as content: counts checked against the seed texts in
// ../shared/seeds/, so nothing is lost or invented on the way in.
#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <sstream>

#include "cli/build.h"
#include "load/load.h"
#include "resolve/resolve.h"
#include "test_support.h"

namespace fs = std::filesystem;
using plansite::testing::read_tree;
using plansite::testing::source_dir;
using plansite::testing::TempSite;

namespace {

struct Expected {
  std::string id;
  size_t sections;  ///< Roman-numeral sections (## headings) of the text
  size_t indicators, tasks, programs, recipients, signatories, legal_bases, responsibilities;
};

size_t count_sections(const std::string& markdown) {
  static const std::regex heading("(^|\n)## ");
  return std::distance(std::sregex_iterator(markdown.begin(), markdown.end(), heading), std::sregex_iterator());
}

plansite::Site load_clean(const fs::path& root) {
  plansite::Diagnostics diagnostics;
  auto site = plansite::load_site(root, diagnostics);
  REQUIRE(site.has_value());
  plansite::ResolvedSite resolved = plansite::resolve_site(*site, diagnostics);
  INFO(diagnostics.format());
  REQUIRE(diagnostics.all().empty());  // no errors and no warnings
  return *site;
}

void check_plan(const plansite::Site& site, const Expected& e) {
  auto it = std::find_if(site.plans.begin(), site.plans.end(), [&](const auto& p) { return p.id == e.id; });
  REQUIRE_MESSAGE(it != site.plans.end(), "no plan " << e.id);
  const plansite::Plan& plan = *it;
  INFO("plan " << e.id);
  CHECK(count_sections(plan.body.at("vi")) == e.sections);
  REQUIRE(plan.body.count("en") == 1);
  CHECK(count_sections(plan.body.at("en")) == e.sections);
  CHECK(plan.indicators.size() == e.indicators);
  CHECK(plan.tasks.size() == e.tasks);
  CHECK(plan.programs.size() == e.programs);
  CHECK(plan.recipients.size() == e.recipients);
  CHECK(plan.signatories.size() == e.signatories);
  CHECK(plan.legal_bases.size() == e.legal_bases);
  CHECK(plan.responsibilities.size() == e.responsibilities);
}

}  // namespace

TEST_CASE("seed 000: Phú Thịnh, two pilot models") {
  // Sections I–V; no numeric target and no task table in the text; the two
  // mô hình of section II; 8 Nơi nhận lines; a joint plan with two signature
  // blocks; 3 "Thực hiện" + 5 "Căn cứ" plans; 4 bodies under "Tổ chức thực hiện".
  check_plan(load_clean(source_dir()), {"mo-hinh-diem-cds-2026", 5, 0, 0, 2, 8, 2, 8, 4});
}

TEST_CASE("seed 004: Phú Thịnh digital transformation 2026–2030") {
  // Sections I–IV; 34 numeric targets in I.2 (the satisfaction and the data
  // certificate targets each have two milestones, so 36 bullets give 34
  // indicators, and two bullets with two numbers each give two); the annex
  // table of 6 tasks; 7 Nơi nhận lines; one signatory (KT. CHỦ TỊCH);
  // 5 "Căn cứ" + 3 "Thực hiện" documents; 9 items under "Tổ chức thực hiện".
  check_plan(load_clean(source_dir()), {"chuyen-doi-so-2026-2030", 4, 34, 6, 0, 7, 1, 8, 9});
}

TEST_CASE("seed 001: Dân Tiến, Digital Literacy for All 2026") {
  // Sections I–V; targets 1–6 of section II, target 4 holding two numbers;
  // the 6 tasks of section III; 8 Nơi nhận lines; one signatory; the two
  // numbered documents of "Thực hiện" (the Party committee's plan has no
  // number); 8 items under "Tổ chức thực hiện".
  check_plan(load_clean(source_dir() / "examples" / "dan-tien"), {"binh-dan-hoc-vu-so-2026", 5, 7, 6, 0, 8, 1, 2, 8});
}

TEST_CASE("seed 004's annex tasks carry all of the six clears") {
  plansite::Site site = load_clean(source_dir());
  for (const auto& plan : site.plans) {
    for (const auto& task : plan.tasks) {
      INFO("task " << task.id);
      CHECK_FALSE(task.content.in("vi").empty());
      CHECK_FALSE(task.lead.empty());
      CHECK((task.timeframe.from.has_value() || task.timeframe.ongoing));
    }
  }
}

namespace {

const plansite::Task& task_of(const plansite::Plan& plan, const std::string& id) {
  auto it = std::find_if(plan.tasks.begin(), plan.tasks.end(), [&](const auto& t) { return t.id == id; });
  REQUIRE_MESSAGE(it != plan.tasks.end(), "no task " << id);
  return *it;
}

std::vector<std::string> ids(const std::vector<plansite::IdRef>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(r.id);
  return out;
}

const plansite::Agency& agency_of(const plansite::Site& site, const std::string& id) {
  auto it = std::find_if(site.agencies.begin(), site.agencies.end(), [&](const auto& a) { return a.id == id; });
  REQUIRE_MESSAGE(it != site.agencies.end(), "no agency " << id);
  return *it;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("seed 001: a lead is only what the text marks chủ trì") {
  plansite::Site site = load_clean(source_dir() / "examples" / "dan-tien");
  REQUIRE(site.plans.size() == 1);
  const plansite::Plan& plan = site.plans[0];
  // "Cơ quan thực hiện: Phòng Văn hóa – Xã hội xã (chủ trì); Trung tâm Phục vụ
  // Hành chính công xã; Trung tâm Dịch vụ tổng hợp xã."
  CHECK(ids(task_of(plan, "bdhvs-nv-1").lead) == Ids{"phong-van-hoa-xa-hoi"});
  CHECK(ids(task_of(plan, "bdhvs-nv-1").implementing) == Ids{"trung-tam-phuc-vu-hcc", "trung-tam-dich-vu-tong-hop"});
  // "Cơ quan chủ trì thực hiện: Phòng Văn hoá – Xã hội xã; Trung tâm Phục vụ hành chính công xã."
  CHECK(ids(task_of(plan, "bdhvs-nv-2").lead) == Ids{"phong-van-hoa-xa-hoi", "trung-tam-phuc-vu-hcc"});
  // "Trung tâm Phục vụ Hành chính công xã (chủ trì); các cơ quan, đơn vị liên quan."
  CHECK(ids(task_of(plan, "bdhvs-nv-4").lead) == Ids{"trung-tam-phuc-vu-hcc"});
  CHECK(ids(task_of(plan, "bdhvs-nv-4").coordinating) == Ids{"cac-co-quan-don-vi-lien-quan"});
  // Tasks 3, 5 and 6 name who carries them out but mark no chủ trì.
  CHECK(ids(task_of(plan, "bdhvs-nv-3").lead).empty());
  CHECK(ids(task_of(plan, "bdhvs-nv-3").implementing) == Ids{"phong-van-hoa-xa-hoi", "van-phong-hdnd-ubnd"});
  CHECK(ids(task_of(plan, "bdhvs-nv-5").lead).empty());
  CHECK(ids(task_of(plan, "bdhvs-nv-5").implementing) == Ids{"phong-kinh-te", "phong-van-hoa-xa-hoi", "cong-an-xa"});
  CHECK(ids(task_of(plan, "bdhvs-nv-6").lead).empty());
  CHECK(ids(task_of(plan, "bdhvs-nv-6").implementing) ==
        Ids{"phong-van-hoa-xa-hoi", "to-cong-nghe-so-cong-dong", "cac-xom"});
  // Names as the seed writes them where it marks them chủ trì.
  CHECK(agency_of(site, "trung-tam-phuc-vu-hcc").name.in("vi") == "Trung tâm Phục vụ Hành chính công xã");
  CHECK(agency_of(site, "phong-van-hoa-xa-hoi").name.in("vi") == "Phòng Văn hóa – Xã hội xã");
}

TEST_CASE("seed 004: the annex's Cơ quan chủ trì column is the lead, word for word") {
  plansite::Site site = load_clean(source_dir());
  auto plan = std::find_if(site.plans.begin(), site.plans.end(), [](const auto& p) { return p.id == "chuyen-doi-so-2026-2030"; });
  REQUIRE(plan != site.plans.end());
  const std::vector<Ids> annex_leads = {{"phong-van-hoa-xa-hoi"}, {"phong-van-hoa-xa-hoi"}, {"phong-kinh-te"},
                                        {"phong-kinh-te"},        {"trung-tam-phuc-vu-hcc"}, {"cac-co-quan-don-vi"}};
  REQUIRE(plan->tasks.size() == annex_leads.size());
  for (size_t i = 0; i < annex_leads.size(); ++i) {
    INFO("annex row " << i + 1);
    CHECK(ids(plan->tasks[i].lead) == annex_leads[i]);
    CHECK(plan->tasks[i].implementing.empty());
  }
  // Seed 004 writes "Trung tâm Phục vụ hành chính công", lower-case h, throughout.
  CHECK(agency_of(site, "trung-tam-phuc-vu-hcc").name.in("vi") == "Trung tâm Phục vụ hành chính công");
}

TEST_CASE("no sample task leads with the catch-all \"các cơ quan, đơn vị liên quan\"") {
  for (const fs::path& source : {source_dir(), source_dir() / "examples" / "dan-tien"}) {
    plansite::Site site = load_clean(source);
    for (const auto& plan : site.plans)
      for (const auto& task : plan.tasks) {
        INFO(plan.id << " task " << task.id);
        for (const auto& ref : task.lead)
          CHECK(agency_of(site, ref.id).name.in("vi").find("liên quan") == std::string::npos);
        for (const auto& ref : task.implementing)
          CHECK(agency_of(site, ref.id).name.in("vi").find("liên quan") == std::string::npos);
        // An agency leads, carries out or coordinates a task: never two of these.
        Ids all = ids(task.lead);
        for (const auto& ref : task.implementing) all.push_back(ref.id);
        for (const auto& ref : task.coordinating) all.push_back(ref.id);
        std::sort(all.begin(), all.end());
        CHECK(std::adjacent_find(all.begin(), all.end()) == all.end());
      }
  }
}

TEST_CASE("the sample sites read as English throughout on their English pages") {
  for (const fs::path& source : {source_dir(), source_dir() / "examples" / "dan-tien"}) {
    TempSite scratch;
    plansite::BuildOptions options;
    options.source = source;
    options.output = scratch.root() / "public";
    std::ostringstream out, err;
    REQUIRE(plansite::run_build(options, out, err) == 0);
    for (const auto& [path, content] : read_tree(options.output)) {
      if (path.rfind("en/", 0) != 0) continue;
      INFO(path);
      CHECK(content.find("not yet been translated") == std::string::npos);
      // The only Vietnamese element on an English page is the link to the
      // Vietnamese page; the embeddable summary, with no language switch, has none.
      if (!path.ends_with(".html")) continue;
      size_t vietnamese_elements = 0;
      for (size_t at = content.find(" lang=\"vi\""); at != std::string::npos; at = content.find(" lang=\"vi\"", at + 1))
        ++vietnamese_elements;
      CHECK(vietnamese_elements == (path == "en/embed/index.html" ? 0u : 1u));
    }
  }
}
