#include "render/render.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <memory>
#include <set>
#include <cstdint>
#include <tuple>
#include <cstdio>
#include <functional>
#include <iterator>
#include <mutex>

#include "render/chart_library.h"
#include "render/chart_view.h"
#include "render/atom_feed.h"
#include "render/fallback_marks.h"
#include "render/favicon.h"
#include "render/minify_css.h"
#include "render/open_data.h"
#include "render/pages.h"
#include "render/progress_view.h"
#include "render/report_view.h"
#include "render/relative_links.h"
#include "render/search_index.h"
#include "render/sitemap.h"
#include "render/ui_strings.h"
#include "render/ui_text.h"
#include "util/unicode.h"
#include "util/digest.h"
#include "util/parallel.h"

namespace plansite {

namespace {

// Content-hashed asset names let browsers cache them forever (FNV-1a, 64 bit).
std::string content_hash(const std::string& data) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buffer, 10);
}

std::string hashed_name(const std::string& name, const std::string& content) {
  size_t dot = name.rfind('.');
  if (dot == std::string::npos) return name + "." + content_hash(content);
  return name.substr(0, dot) + "." + content_hash(content) + name.substr(dot);
}

// Newest first by the date as issued (a draft's blank day or month counts as
// 0; a plan circulated without a date comes last), then by id, so the order
// never depends on the file system.
std::vector<const Plan*> plans_newest_first(const Site& site) {
  std::vector<const Plan*> out;
  for (const auto& plan : site.plans) out.push_back(&plan);
  std::sort(out.begin(), out.end(), [](const Plan* a, const Plan* b) {
    auto key = [](const Plan* p) {
      return p->date ? std::tuple(p->date->year, p->date->month, p->date->day) : std::tuple(0, 0, 0);
    };
    if (key(a) != key(b)) return key(a) > key(b);
    return a->id < b->id;
  });
  return out;
}

// "Nhiệm vụ - Trang 2": a list's title, with its page number after the first.
std::string paged_title(const std::string& title, size_t page, const std::string& language) {
  return page > 1 ? title + " - " + ui_text("page", language) + " " + std::to_string(page) : title;
}

/// One page to render: the view model is built on the worker that renders
/// it. A portal lists hundreds of thousands of these at once, so each holds
/// its address and twins once, and the sitemap reads them from here too.
struct PageJob {
  size_t language;            ///< index into the site's languages
  const char* template_name;  ///< "plan.mustache"
  /// Sets the page's view and title (its template, address and twins are set already).
  std::function<void(PageContent&, const PageContext&, Localizer&)> fill;
  std::string url;
  std::vector<std::pair<std::string, std::string>> twins;
  /// What the page is made from, for an incremental build; 0: always made.
  std::uint64_t fingerprint = 0;
};

// What rendering one page gave.
struct EmittedPage {
  bool in_sitemap = false;  ///< its job's address and twins go in the sitemap
  PageRecord record;        ///< if the job has a fingerprint
  std::string path;         ///< and then its output path, worked out on the worker
};

// The record of every page made or reused, by path: sorted on every core
// (two halves side by side, then merged), then put in the map in order, each
// next to the last. Inserted one by one in job order, they took a serial
// tenth of a second at 167,000 pages.
void record_pages(std::vector<EmittedPage>& emitted, int workers, PageRecords& into) {
  std::vector<std::pair<std::string, PageRecord>> records;
  records.reserve(emitted.size());
  for (auto& page : emitted)
    if (!page.path.empty()) records.emplace_back(std::move(page.path), page.record);
  auto by_path = [](const auto& a, const auto& b) { return a.first < b.first; };
  const auto middle = records.begin() + static_cast<std::ptrdiff_t>(records.size() / 2);
  parallel_for(2, workers, [&](int, size_t half) {
    if (half == 0) std::sort(records.begin(), middle, by_path);
    else std::sort(middle, records.end(), by_path);
  });
  std::inplace_merge(records.begin(), middle, records.end(), by_path);
  for (auto& [path, record] : records) into.emplace_hint(into.end(), std::move(path), record);
}

class SiteRenderer {
 public:
  SiteRenderer(const ResolvedSite& site, const Theme& theme, OutputSink& out, IncrementalBuild* incremental,
               RenderProgress* progress)
      : site_(site), theme_(theme), out_(out), urls_(site.site.base_url), incremental_(incremental),
        progress_(progress) {}

  void run(Diagnostics& diagnostics, int workers) {
    // ui_text() reads this build's strings on this thread and on each worker.
    UiStringsScope strings(theme_.ui_strings());
    std::string stylesheet, search_script, favicon;
    // The chart scripts are written only if some page draws a chart (after
    // the pages are made), under names known beforehand from their content.
    std::vector<std::pair<std::string, std::string>> chart_files;
    for (const auto& [name, source] : theme_.assets()) {
      // The stylesheet gets the statuses' colours from statuses.yaml: no page may style inline.
      const std::string content =
          name == "style.css" ? minify_css(source + status_css(theme_.status_styles()))
                              : name.ends_with(".css") ? minify_css(source) : source;
      std::string file = hashed_name(name, content);
      if (name == "style.css") stylesheet = urls_.asset(file);
      if (name == "search.js") search_script = urls_.asset(file);
      if (name == "favicon.svg") favicon = urls_.asset(file);
      if (name == "charts.js") {
        if (!chart_library().empty()) {
          std::string library(chart_library());
          chart_files.emplace_back(hashed_name("chart.js", library), std::move(library));
          chart_files.emplace_back(std::move(file), content);
        }
        continue;
      }
      out_.put("assets/" + file, content);
    }
    // Report photos, named by their content: the same photo in two reports is one file.
    std::map<const Photo*, std::string> photo_urls;
    std::set<std::string> photo_files;
    for (const auto& plan : site_.site.plans)
      for (const auto& report : plan.reports)
        for (const auto& activity : report.programs)
          for (const auto& photo : activity.photos) {
            std::string extension = std::filesystem::path(photo.file).extension().string();
            std::transform(extension.begin(), extension.end(), extension.begin(),
                           [](unsigned char c) { return std::tolower(c); });
            std::string file = hashed_name("photo" + extension, photo.bytes);
            photo_urls[&photo] = urls_.asset(file);
            if (photo_files.insert(file).second) out_.put("assets/" + file, photo.bytes);
          }
    out_.put("README.md", kOutputMarker);
    out_.put("favicon.ico", favicon_ico());
    out_.put("robots.txt", robots_txt(urls_));
    // Open data, written at once on every core; the data page lists their sizes.
    std::map<std::string, size_t> open_data_sizes;
    std::mutex sizes_mutex;
    open_data_files(site_, workers, [&](OutputFile file) {
      {
        std::lock_guard lock(sizes_mutex);
        open_data_sizes[file.path] = file.content.size();
      }
      out_.put(file.path, std::move(file.content));
    });
    // Atom needs absolute URLs: like the sitemap, no feed without a host.
    if (urls_.has_host())
      for (const auto& language : site_.site.languages)
        out_.put(urls_.output_path(urls_.feed(language)), atom_feed(site_, urls_, language));

    // Everything a page of one language shares is made once, not per page.
    std::vector<const Plan*> newest_first = plans_newest_first(site_.site);
    AgencyRecords records;
    std::map<std::string, ProgressRollup> agency_progress;
    std::map<std::string, std::vector<PeriodRollup>> agency_history;
    // Four reads of the whole site, independent of each other: side by side.
    parallel_for(4, workers, [&](int, size_t part) {
      switch (part) {
        case 0: records = agency_records(site_.site, newest_first); break;
        case 1: items_ = site_items(newest_first, site_.as_of); break;
        case 2: agency_progress = agency_rollups(site_.site, site_.as_of); break;
        default: agency_history = agency_rollup_history(site_.site, site_.as_of); break;
      }
    });
    // A context per language, each with its search index: made side by side.
    const std::vector<std::string>& languages = site_.site.languages;
    std::vector<std::unique_ptr<PageContext>> contexts(languages.size());
    std::vector<std::shared_ptr<const Theme::Shared>> shared(languages.size());
    std::vector<LayoutParts> layouts(languages.size());
    parallel_for(languages.size(), workers, [&](int, size_t l) {
      UiStringsScope strings(theme_.ui_strings());
      const std::string& language = languages[l];
      auto context = std::make_unique<PageContext>(PageContext{site_, urls_, language, stylesheet, favicon,
                                                               theme_.has_template("search.mustache"), newest_first,
                                                               records, items_});
      context->search_script_url = search_script;
      context->not_found_url = urls_.not_found(language);
      for (const auto& [file, content] : chart_files) context->chart_script_urls.push_back(urls_.asset(file));
      context->as_of = site_.as_of;
      context->statuses = &theme_.status_styles();
      context->agency_progress = &agency_progress;
      context->agency_history = &agency_history;
      context->photo_urls = &photo_urls;
      context->open_data_sizes = &open_data_sizes;
      context->agencies_in_order = agencies_in_order(site_.site, language);
      context->shared = shared_views(*context);
      // Hashed like the theme's assets: a new build's index never meets an old cached one.
      std::string index = search_index_json(search_entries(*context));
      std::string file = hashed_name("search-" + language + ".json", index);
      context->search_index_url = urls_.asset(file);
      out_.put("assets/" + file, std::move(index));
      contexts[l] = std::move(context);
      View ui_strings = ui_strings_view(language);
      layouts[l] = layout_parts(*contexts[l], theme_, ui_strings);
      shared[l] = theme_.share(View().set("t", std::move(ui_strings)));
    });
    // Every language's pages listed side by side, then one after the other.
    // Read where they were listed rather than copied into one list: at 5000
    // plans that list and its growing took 55 MB, all of it fresh pages the
    // kernel had to clear (bench/README.md, "Fresh memory").
    std::vector<std::vector<PageJob>> listed(contexts.size());
    parallel_for(contexts.size(), workers, [&](int, size_t language) { plan_pages(language, listed[language]); });
    size_t job_count = 0;
    for (const auto& some : listed) job_count += some.size();
    auto job = [&](size_t i) -> PageJob& {  // job i of all the languages' lists, one after the other
      size_t l = 0;
      while (i >= listed[l].size()) i -= listed[l++].size();
      return listed[l][i];
    };

    // Each job that reports anything gets its own slot, merged in job order
    // afterwards, so messages come out the same whichever thread rendered
    // what. Nearly every page reports nothing: a slot each cost 21 MB.
    std::vector<std::unique_ptr<Diagnostics>> found(job_count);
    std::vector<EmittedPage> emitted(job_count);
    if (progress_) progress_->total = job_count;
    std::atomic<size_t> reused{0};
    parallel_for(job_count, workers, [&](int, size_t i) {
      const PageJob& page = job(i);
      if (reuse(page, emitted[i])) {
        ++reused;
      } else {
        UiStringsScope strings(theme_.ui_strings());
        Diagnostics reported;
        emitted[i] = emit(*contexts[page.language], *shared[page.language], layouts[page.language], page, reported);
        if (!reported.empty()) found[i] = std::make_unique<Diagnostics>(std::move(reported));
      }
      if (progress_) ++progress_->done;
    });
    for (auto& d : found)
      if (d) diagnostics.merge(std::move(*d));
    if (incremental_) {
      incremental_->reused = reused;
      incremental_->made = job_count - reused;
      record_pages(emitted, workers, incremental_->next);
    }
    if (drew_chart_)
      for (auto& [file, content] : chart_files) out_.put("assets/" + file, std::move(content));

    // A sitemap needs absolute URLs: a base_url without a host gets none.
    if (!urls_.has_host()) return;
    std::vector<SitemapEntry> pages;
    for (size_t i = 0; i < job_count; ++i)
      if (emitted[i].in_sitemap) pages.push_back(SitemapEntry{std::move(job(i).url), std::move(job(i).twins)});
    for (auto& file : sitemap_files(pages, urls_)) out_.put(file.path, std::move(file.content));
  }

 private:
  std::vector<std::pair<std::string, std::string>> twins(
      const std::function<std::string(const std::string&)>& url_in) const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& language : site_.site.languages) out.emplace_back(language, url_in(language));
    return out;
  }

  using UrlIn = std::function<std::string(const std::string&)>;
  using Fill = std::function<void(PageContent&, const PageContext&, Localizer&)>;

  // A page of `template_name` at `url_in(language)`, with its twin in every
  // language at `url_in` of that language; `fill` sets its view and title.
  void add_page(std::vector<PageJob>& jobs, size_t language, const char* template_name, UrlIn url_in,
                Fill fill) const {
    jobs.push_back(PageJob{language, template_name, std::move(fill), url_in(site_.site.languages[language]),
                           twins(url_in)});
  }

  // Pages 1 to `count` of a list of `template_name`: page n at `url(language,
  // n)`, its view `view(context, tr, n)`, titled by the interface string
  // `title_key` and the page's number.
  using PagedUrl = std::string (Urls::*)(const std::string&, int) const;
  using PagedView = View (*)(const PageContext&, Localizer&, size_t);
  void add_paged(std::vector<PageJob>& jobs, size_t language, const char* template_name, size_t count, PagedUrl url,
                 PagedView view, const char* title_key) const {
    for (size_t n = 1; n <= count; ++n)
      add_page(jobs, language, template_name,
               [this, n, url](const std::string& l) { return (urls_.*url)(l, static_cast<int>(n)); },
               [n, view, title_key](PageContent& page, const PageContext& c, Localizer& tr) {
                 page.view = view(c, tr, n);
                 page.title = paged_title(ui_text(title_key, c.language), n, c.language);
               });
  }

  // The fingerprint of `plan`'s pages before their paths: its files, what
  // every page shares, and the build's date and options; 0 (always made)
  // when this is no incremental build or a digest is missing.
  std::uint64_t plan_fingerprint(const Plan& plan) const {
    if (!incremental_ || !incremental_->sources.shared) return 0;
    auto it = incremental_->sources.plans.find(plan.id);
    if (it == incremental_->sources.plans.end()) return 0;
    Digest digest;
    digest.add(incremental_->sources.shared).add(it->second).add(site_.plan_pdfs ? 1 : 0);
    if (site_.as_of)
      digest.add(static_cast<std::uint64_t>(site_.as_of->year * 10000 + site_.as_of->month * 100 + site_.as_of->day));
    return digest.value();
  }

  // Takes the page from the previous output when its fingerprint is the one
  // recorded and the file still has the recorded bytes.
  bool reuse(const PageJob& job, EmittedPage& emitted) {
    if (!job.fingerprint || !incremental_ || !incremental_->previous) return false;
    std::string path = urls_.output_path(job.url);
    auto it = incremental_->previous->find(path);
    if (it == incremental_->previous->end() || it->second.fingerprint != job.fingerprint ||
        !out_.reuse(path, it->second.content))
      return false;
    emitted.record = it->second;
    emitted.path = std::move(path);
    if (it->second.chart) drew_chart_ = true;
    emitted.in_sitemap = true;  // every plan page is in the sitemap
    return true;
  }

  // Every page of one language, in a fixed order.
  void plan_pages(size_t language, std::vector<PageJob>& jobs) const {
    const Site& site = site_.site;
    // Room for the pages of the plans and their items, and some for the lists
    // and the agencies: growing the list a page at a time took twice its size.
    size_t expected = 64 + site.agencies.size();
    for (const auto& plan : site.plans)
      expected += 1 + plan.tasks.size() + plan.indicators.size() + plan.programs.size() + plan.reports.size();
    jobs.reserve(expected + expected / 8);
    add_page(jobs, language, "home.mustache", [this](const std::string& l) { return urls_.home(l); },
             [](PageContent& page, const PageContext& c, Localizer& tr) {
               page.view = home_view(c, tr);
               // The cards give each plan's progress: the page says how fresh, and if illustrative.
               for (size_t i = 0; i < c.plans_newest_first.size() && i < kHomePlanCount; ++i)
                 note_reports(*c.plans_newest_first[i], c, page);
             });
    for (size_t n = 1; n <= plan_index_page_count(site); ++n)
      add_page(jobs, language, "plan_index.mustache",
               [this, n](const std::string& l) { return urls_.plans(l, static_cast<int>(n)); },
               [n](PageContent& page, const PageContext& c, Localizer& tr) {
                 page.view = plan_index_view(c, tr, n);
                 for (size_t i = (n - 1) * kPlansPerIndexPage;
                      i < c.plans_newest_first.size() && i < n * kPlansPerIndexPage; ++i)
                   note_reports(*c.plans_newest_first[i], c, page);
                 page.title = paged_title(ui_text("active_plans", c.language), n, c.language);
               });
    task_list_pages(language, jobs);
    add_paged(jobs, language, "indicator_index.mustache", indicator_index_page_count(items_), &Urls::indicators,
              indicator_index_view, "indicators");
    add_paged(jobs, language, "program_index.mustache", program_index_page_count(items_), &Urls::programs,
              program_index_view, "programs");
    report_pages(language, jobs);
    add_page(jobs, language, "search.mustache", [this](const std::string& l) { return urls_.search(l); },
             [](PageContent& page, const PageContext& c, Localizer& tr) {
               page.view = search_view(c, tr);
               page.title = ui_text("search_heading", c.language);
               page.script_url = c.search_script_url;
             });
    add_page(jobs, language, "agency_index.mustache", [this](const std::string& l) { return urls_.agencies(l); },
             [](PageContent& page, const PageContext& c, Localizer& tr) {
               page.view = agency_index_view(c, tr);
               page.title = ui_text("agencies_heading", c.language);
             });
    for (const auto& agency : site.agencies)
      add_page(jobs, language, "agency.mustache",
               [this, &agency](const std::string& l) { return urls_.agency(l, agency.id); },
               [&agency](PageContent& page, const PageContext& c, Localizer& tr) {
                 page.view = agency_view(agency, c, tr);
                 // Its progress line rolls up every plan's reports.
                 if (!page.view["progress"].string().empty())
                   for (const Plan* plan : c.plans_newest_first) note_reports(*plan, c, page);
                 // Its history, report by report: the tasks it leads and the indicators it answers for.
                 auto tasks = agency_task_chart(agency, c);
                 auto indicators = agency_indicator_chart(agency, c);
                 if (tasks) page.view.set("chart", chart_view(*tasks, c, page));
                 if (indicators) page.view.set("indicator_chart", chart_view(*indicators, c, page));
                 page.view.set("has_history", tasks || indicators);
                 page.title = tr(agency.name);
               });
    add_page(jobs, language, "embed.mustache", [this](const std::string& l) { return urls_.embed(l); },
             [](PageContent& page, const PageContext& c, Localizer& tr) {
               page.layout = "embed_layout.mustache";
               page.view = embed_view(c, tr, page);
               page.title = ui_text("embed_heading", c.language);
               // A box on another site's page: not a page of its own for search engines.
               page.indexed = false;
             });
    add_paged(jobs, language, "data.mustache", plan_index_page_count(site), &Urls::data, data_view, "open_data");
    add_page(jobs, language, "not_found.mustache", [this](const std::string& l) { return urls_.not_found(l); },
             [](PageContent& page, const PageContext& c, Localizer&) {
               page.view = not_found_view(c);
               page.title = ui_text("not_found_title", c.language);
               page.indexed = false;
             });
    for (const auto& plan : site.plans) {
      size_t first = jobs.size();
      add_page(jobs, language, "plan.mustache", [this, &plan](const std::string& l) { return urls_.plan(l, plan.id); },
               [&plan](PageContent& page, const PageContext& c, Localizer& tr) {
                 page.view = plan_view(plan, c, tr, page);
                 page.title = tr(plan.title);
               });
      item_pages(plan, language, jobs);
      if (std::uint64_t fingerprint = plan_fingerprint(plan))
        for (size_t i = first; i < jobs.size(); ++i)
          jobs[i].fingerprint = Digest().add(fingerprint).add(jobs[i].url).value();
    }
  }

  // The task table of every plan, and the same filtered by status and by year.
  void task_list_pages(size_t language, std::vector<PageJob>& jobs) const {
    std::vector<TaskList> lists = {TaskList{}};
    for (const auto& [status, tasks] : items_.tasks_by_status) lists.push_back(TaskList{status, 0});
    for (const auto& [year, tasks] : items_.tasks_by_year) lists.push_back(TaskList{"", year});
    for (const TaskList& list : lists)
      for (size_t n = 1; n <= list.pages(items_); ++n)
        add_page(jobs, language, "task_list.mustache",
                 [this, list, n](const std::string& l) { return list.url(urls_, l, static_cast<int>(n)); },
                 [list, n](PageContent& page, const PageContext& c, Localizer& tr) {
                   page.view = task_list_view(c, tr, list, n);
                   page.title = paged_title(list.title(c), n, c.language);
                 });
  }

  // The report index, and a page per reported period.
  void report_pages(size_t language, std::vector<PageJob>& jobs) const {
    add_page(jobs, language, "report_index.mustache", [this](const std::string& l) { return urls_.reports(l); },
             [](PageContent& page, const PageContext& c, Localizer& tr) {
               page.view = report_index_view(c, tr, page);
               page.title = ui_text("reports_heading", c.language);
             });
    for (const ReportPeriod& period : reported_periods(site_.site, site_.as_of))
      add_page(jobs, language, "report.mustache",
               [this, period](const std::string& l) { return urls_.report(l, period.key()); },
               [period](PageContent& page, const PageContext& c, Localizer& tr) {
                 page.view = report_view(period, c, tr, page);
                 page.title = report_title(period, c.language);
               });
  }

  // A page per task, indicator and program of one plan.
  void item_pages(const Plan& plan, size_t language, std::vector<PageJob>& jobs) const {
    for (const auto& task : plan.tasks)
      add_page(jobs, language, "task.mustache",
               [this, &plan, &task](const std::string& l) { return urls_.task(l, plan.id, task.id); },
               [&plan, &task](PageContent& page, const PageContext& c, Localizer& tr) {
                 page.view = task_view(plan, task, c, tr, page);
                 page.title = task_title(plan, task, tr);
               });
    if (!plan.indicators.empty())
      add_page(jobs, language, "plan_indicators.mustache",
               [this, &plan](const std::string& l) { return urls_.plan_indicators(l, plan.id); },
               [&plan](PageContent& page, const PageContext& c, Localizer& tr) {
                 page.view = plan_indicators_view(plan, c, tr);
                 note_reports(plan, c, page);
                 page.title = plan_indicators_title(plan, tr);
               });
    for (const auto& indicator : plan.indicators)
      add_page(jobs, language, "indicator.mustache",
               [this, &plan, &indicator](const std::string& l) { return urls_.indicator(l, plan.id, indicator.id); },
               [&plan, &indicator](PageContent& page, const PageContext& c, Localizer& tr) {
                 page.view = indicator_view(plan, indicator, c, tr, page);
                 page.title = shortened(tr(indicator.statement), 80);
               });
    for (const auto& program : plan.programs)
      add_page(jobs, language, "program.mustache",
               [this, &plan, &program](const std::string& l) { return urls_.program(l, plan.id, program.id); },
               [&plan, &program](PageContent& page, const PageContext& c, Localizer& tr) {
                 page.view = program_view(plan, program, c, tr, page);
                 page.title = tr(program.name);
               });
  }

  // Renders one page; returns whether it belongs in the sitemap, and its record.
  EmittedPage emit(const PageContext& context, const Theme::Shared& shared, const LayoutParts& layout_parts,
                   const PageJob& job, Diagnostics& diagnostics) {
    Localizer tr(context.language);
    PageContent page;
    page.template_name = job.template_name;
    page.url = job.url;
    page.twins = job.twins;
    job.fill(page, context, tr);
    if (page.chart) drew_chart_ = true;
    // Relative links let the output work under any path and from file://. A
    // 404 page is served at whatever address was missing, where relative
    // links would point nowhere, so it keeps site-root ones (as Hugo does).
    const bool relative = page.url != context.not_found_url;
    const std::string& base_path = urls_.base_path();
    std::optional<std::string> html;
    if (relative) {
      // Made relative as the templates write them, when both templates can.
      PageLinks links{base_path, page.url, {}};
      if (auto content = theme_.render(page.template_name, page.view, &shared, links)) {
        View layout = layout_view(context, layout_parts, page, std::move(*content), tr.fell_back());
        links.relative_already = "content";
        html = theme_.render(page.layout, layout, layout_parts.shared.get(), links);
        if (html) *html = apply_fallback_marks(std::move(*html));
      }
    }
    if (!html) {
      // Otherwise rendered with site-root links, made relative in a pass over the page.
      std::string content = theme_.render(page.template_name, page.view, &shared, diagnostics);
      View layout = layout_view(context, layout_parts, page, std::move(content), tr.fell_back());
      html = apply_fallback_marks(theme_.render(page.layout, layout, layout_parts.shared.get(), diagnostics));
      if (relative) *html = relative_links(*html, base_path, page.url);
    }
    EmittedPage emitted;
    std::string path = urls_.output_path(page.url);
    if (job.fingerprint) emitted.record = PageRecord{job.fingerprint, digest_of(*html), page.chart};
    out_.put(path, std::move(*html));
    if (job.fingerprint) emitted.path = std::move(path);
    emitted.in_sitemap = page.indexed;
    return emitted;
  }

  const ResolvedSite& site_;
  const Theme& theme_;
  OutputSink& out_;
  Urls urls_;
  SiteItems items_;
  IncrementalBuild* incremental_;
  RenderProgress* progress_;
  std::atomic<bool> drew_chart_{false};  ///< set by whichever worker renders (or reuses) a chart page
};

}  // namespace

void render_site(const ResolvedSite& site, const Theme& theme, OutputSink& out, Diagnostics& diagnostics,
                 int workers) {
  SiteRenderer(site, theme, out, nullptr, nullptr).run(diagnostics, workers);
}

void render_site(const ResolvedSite& site, const Theme& theme, OutputSink& out, Diagnostics& diagnostics,
                 int workers, IncrementalBuild* incremental, RenderProgress* progress) {
  SiteRenderer(site, theme, out, incremental, progress).run(diagnostics, workers);
}

}  // namespace plansite
