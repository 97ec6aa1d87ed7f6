// The search index: folding (the same as search.js's), every item of the
// sample site present in each language, and where each result leads.
#include "render/search_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "cli/build.h"
#include "load/load.h"
#include "util/unicode.h"
#include "test_support.h"

using namespace plansite;
using plansite::testing::read_tree;
using plansite::testing::source_dir;
using plansite::testing::TempSite;

namespace {

ResolvedSite sample_site() {
  Diagnostics diagnostics;
  auto site = load_site(source_dir(), diagnostics);
  REQUIRE(site);
  ResolvedSite resolved = resolve_site(std::move(*site), diagnostics);
  REQUIRE(diagnostics.error_count() == 0);
  return resolved;
}

std::vector<const Plan*> plan_pointers(const Site& site) {
  std::vector<const Plan*> out;
  for (const auto& plan : site.plans) out.push_back(&plan);
  return out;
}

const SearchEntry* find(const std::vector<SearchEntry>& entries, const std::string& kind, const std::string& url) {
  for (const auto& e : entries)
    if (e.kind == kind && e.url == url) return &e;
  return nullptr;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("search: fold_to_ascii folds every Vietnamese letter as search.js's fold() does") {
  // The same text and result as tests/browser/search_site.js checks against search.js.
  std::string letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
  std::string upper = "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ";
  std::string folded = "aaaaaaaaaaaaaaaaaaeeeeeeeeeeeeiiiiiioooooooooooooooooouuuuuuuuuuuuyyyyyyd";
  CHECK(fold_to_ascii(letters + " " + upper) == folded + " " + folded);
  CHECK(fold_to_ascii("Đo\u0302\u0309i") == "doi");  // decomposed, as pasted from Word
  CHECK(fold_to_ascii("Chuyển đổi số") == "chuyen doi so");
  CHECK(fold_to_ascii("Đổi") == fold_to_ascii("đổi"));
}

TEST_CASE("search: every plan, task, indicator, program and agency is in the index of each language") {
  ResolvedSite site = sample_site();
  Urls urls(site.site.base_url);
  std::vector<const Plan*> plans = plan_pointers(site.site);
  AgencyRecords records = agency_records(site.site, plans);
  SiteItems items = site_items(plans, std::nullopt);
  for (const std::string language : {"vi", "en"}) {
    INFO("language: " << language);
    PageContext context{site, urls, language, "", "", true, plans, records, items};
    std::vector<SearchEntry> entries = search_entries(context);
    size_t expected = site.site.plans.size() + site.site.agencies.size();
    for (const auto& plan : site.site.plans) {
      expected += plan.tasks.size() + plan.indicators.size() + plan.programs.size();
      std::string page = urls.plan(language, plan.id);
      const SearchEntry* p = find(entries, "plan", page);
      REQUIRE(p);
      CHECK(p->title == plan.title.in(language));
      CHECK(p->folded.rfind(fold_to_ascii(p->title), 0) == 0);
      for (const auto& t : plan.tasks) CHECK(find(entries, "task", urls.task(language, plan.id, t.id)));
      for (const auto& i : plan.indicators) CHECK(find(entries, "indicator", urls.indicator(language, plan.id, i.id)));
      for (const auto& g : plan.programs) CHECK(find(entries, "program", urls.program(language, plan.id, g.id)));
    }
    CHECK(entries.size() == expected);
    for (const auto& a : site.site.agencies) {
      auto e = std::find_if(entries.begin(), entries.end(), [&](const SearchEntry& s) {
        return s.kind == "agency" && s.title == a.name.in(language);
      });
      REQUIRE_MESSAGE(e != entries.end(), a.id);
      CHECK(e->url == urls.agency(language, a.id));
    }
    // The English index also finds the Vietnamese wording.
    if (language == "en") {
      auto cds = std::find_if(entries.begin(), entries.end(),
                              [](const SearchEntry& e) { return contains(e.folded, "chuyen doi so"); });
      CHECK(cds != entries.end());
    }
  }
}

TEST_CASE("search: each result leads to a page of the built site, to the row of its item") {
  ResolvedSite site = sample_site();
  Urls urls(site.site.base_url);
  std::vector<const Plan*> plans = plan_pointers(site.site);
  TempSite scratch;
  BuildOptions options;
  options.source = source_dir();
  options.output = scratch.root() / "public";
  std::ostringstream out, err;
  REQUIRE(run_build(options, out, err) == 0);
  auto files = read_tree(scratch.root() / "public");
  AgencyRecords records = agency_records(site.site, plans);
  SiteItems items = site_items(plans, std::nullopt);
  for (const std::string language : {"vi", "en"}) {
    PageContext context{site, urls, language, "", "", true, plans, records, items};
    for (const auto& e : search_entries(context)) {
      INFO(e.kind << " " << e.url);
      std::string page = e.url.substr(0, e.url.find('#'));
      REQUIRE(files.count(urls.output_path(page)) == 1);
      if (page != e.url) CHECK(contains(files.at(urls.output_path(page)), "id=\"" + e.url.substr(page.size() + 1) + "\""));
    }
  }
}

TEST_CASE("search: where a result leads, decided in one place") {
  Urls urls("https://example.org/xa/");
  CHECK(search_item_url(urls, "vi", "plan", "kh-1", "kh-1") == "/xa/ke-hoach/kh-1/");
  CHECK(search_item_url(urls, "en", "task", "nv-2", "kh-1") == "/xa/en/tasks/kh-1/nv-2/");
  CHECK(search_item_url(urls, "vi", "indicator", "ct-1", "kh-1") == "/xa/chi-tieu/kh-1/ct-1/");
  CHECK(search_item_url(urls, "vi", "program", "mh-1", "kh-1") == "/xa/mo-hinh/kh-1/mh-1/");
  CHECK(search_item_url(urls, "vi", "agency", "ubnd", "kh-1") == "/xa/co-quan/ubnd/");
  CHECK(search_item_url(urls, "en", "agency", "ubnd", "") == "/xa/en/agencies/ubnd/");
  CHECK(urls.search("vi") == "/xa/tim-kiem/");
  CHECK(urls.search("en") == "/xa/en/search/");
}

TEST_CASE("search: the index is JSON, a Vietnamese fallback marked") {
  SearchEntry e;
  e.kind = "task";
  e.title = "Tổ \"công nghệ\" số\\";
  e.title_in_vi = true;
  e.folded = fold_to_ascii(e.title);
  e.url = "/en/plans/x/#a";
  CHECK(search_index_json({e}) ==
        "[{\"k\":\"task\",\"t\":\"Tổ \\\"công nghệ\\\" số\\\\\",\"f\":\"to \\\"cong nghe\\\" so\\\\\","
        "\"u\":\"/en/plans/x/#a\",\"l\":\"vi\"}]\n");
}

TEST_CASE("search: one hashed index per language; only the search page and chart pages load scripts") {
  TempSite scratch;
  BuildOptions options;
  options.source = source_dir();
  options.output = scratch.root() / "public";
  std::ostringstream out, err;
  REQUIRE(run_build(options, out, err) == 0);
  auto files = read_tree(scratch.root() / "public");
  for (const std::string language : {"vi", "en"}) {
    auto index = std::find_if(files.begin(), files.end(), [&](const auto& f) {
      return f.first.rfind("assets/search-" + language + ".", 0) == 0 && f.first.ends_with(".json");
    });
    REQUIRE(index != files.end());
    std::string page = files.at(language == "vi" ? "tim-kiem/index.html" : "en/search/index.html");
    std::string up = language == "vi" ? "../" : "../../";  // from /tim-kiem/ or /en/search/ to the root
    CHECK(contains(page, "data-index=\"" + up + index->first + "\""));
    CHECK(contains(page, "data-root=\"" + up + "index.html\" data-base-path=\"/\""));
    CHECK(contains(page, "<script src=\"" + up + "assets/search."));
    CHECK(contains(index->second, "chuyen doi so"));  // the folded plan title (the Vietnamese one on the English index)
  }
  for (const auto& [path, content] : files) {
    if (!path.ends_with(".html") || path == "tim-kiem/index.html" || path == "en/search/index.html") continue;
    INFO(path);
    // A page that draws a chart (chart_view.h) loads Chart.js and charts.js, and no other.
    if (contains(content, "class=\"chart-data\"")) {
      CHECK(contains(content, "assets/chart."));
      CHECK(contains(content, "assets/charts."));
      CHECK_FALSE(contains(content, "assets/search."));
    } else {
      CHECK_FALSE(contains(content, "<script"));
    }
    // Every page's navigation links to the search page of its language:
    // relative, but from a 404 page (served at any address) site-root. The
    // embeddable summary, a box on another site's page, has no navigation.
    bool english = path.rfind("en/", 0) == 0;
    if (path == "nhung/index.html" || path == "en/embed/index.html")
      CHECK_FALSE(contains(content, "site-nav"));
    else if (path.ends_with("404.html"))
      CHECK(contains(content, english ? "href=\"/en/search/\"" : "href=\"/tim-kiem/\""));
    else
      CHECK(contains(content, english ? "search/index.html\"" : "tim-kiem/index.html\""));
  }
}
