#include "render/render.h"

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <cstdio>
#include <functional>

#include "render/fallback_marks.h"
#include "render/favicon.h"
#include "render/pages.h"
#include "render/search_index.h"
#include "render/sitemap.h"
#include "render/ui_strings.h"
#include "render/ui_text.h"
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

/// One page to render: the view model is built on the worker that renders it.
struct PageJob {
  size_t language;  ///< index into the site's languages
  std::function<PageContent(const PageContext&, Localizer&)> make;
};

class SiteRenderer {
 public:
  SiteRenderer(const ResolvedSite& site, const Theme& theme, OutputSink& out)
      : site_(site), theme_(theme), out_(out), urls_(site.site.base_url) {}

  void run(Diagnostics& diagnostics, int workers) {
    // ui_text() reads this build's strings on this thread and on each worker.
    UiStringsScope strings(theme_.ui_strings());
    std::string stylesheet, search_script, favicon;
    for (const auto& [name, content] : theme_.assets()) {
      std::string file = hashed_name(name, content);
      if (name == "style.css") stylesheet = urls_.asset(file);
      if (name == "search.js") search_script = urls_.asset(file);
      if (name == "favicon.svg") favicon = urls_.asset(file);
      out_.put("assets/" + file, content);
    }
    out_.put("README.md", kOutputMarker);
    out_.put("favicon.ico", favicon_ico());
    out_.put("robots.txt", robots_txt(urls_));

    // Everything a page of one language shares is made once, not per page.
    std::vector<const Plan*> newest_first = plans_newest_first(site_.site);
    AgencyRecords records = agency_records(site_.site, newest_first);
    std::vector<std::unique_ptr<PageContext>> contexts;
    std::vector<std::shared_ptr<const Theme::Shared>> shared;
    for (const auto& language : site_.site.languages) {
      contexts.push_back(
          std::make_unique<PageContext>(PageContext{site_, urls_, language, stylesheet, favicon,
                                                    theme_.has_template("search.mustache"), newest_first, records}));
      contexts.back()->search_script_url = search_script;
      // Hashed like the theme's assets: a new build's index never meets an old cached one.
      std::string index = search_index_json(search_entries(*contexts.back()));
      std::string file = hashed_name("search-" + language + ".json", index);
      contexts.back()->search_index_url = urls_.asset(file);
      out_.put("assets/" + file, std::move(index));
      shared.push_back(theme_.share(View().set("t", ui_strings_view(language))));
    }
    std::vector<PageJob> jobs;
    for (size_t language = 0; language < contexts.size(); ++language) plan_pages(language, jobs);

    // Each job reports into its own slot, merged in job order afterwards, so
    // messages come out the same whichever thread rendered what.
    std::vector<Diagnostics> found(jobs.size());
    std::vector<std::optional<SitemapEntry>> indexed(jobs.size());
    std::vector<std::optional<Theme::Renderer>> renderers(static_cast<size_t>(std::max(workers, 1)));
    parallel_for(jobs.size(), workers, [&](int worker, size_t i) {
      UiStringsScope strings(theme_.ui_strings());
      auto& renderer = renderers[static_cast<size_t>(worker)];
      if (!renderer) renderer.emplace(theme_);
      const PageJob& job = jobs[i];
      indexed[i] = emit(*renderer, *contexts[job.language], *shared[job.language], job.make, found[i]);
    });
    for (auto& d : found) diagnostics.merge(std::move(d));

    // A sitemap needs absolute URLs: a base_url without a host gets none.
    if (!urls_.has_host()) return;
    std::vector<SitemapEntry> pages;
    for (auto& entry : indexed)
      if (entry) pages.push_back(std::move(*entry));
    for (auto& file : sitemap_files(pages, urls_)) out_.put(file.path, std::move(file.content));
  }

 private:
  std::vector<std::pair<std::string, std::string>> twins(
      const std::function<std::string(const std::string&)>& url_in) const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& language : site_.site.languages) out.emplace_back(language, url_in(language));
    return out;
  }

  // A page of `template_name` at `url_in(language)`, with its twin in every
  // language at `url_in` of that language.
  PageContent start_page(const char* template_name, const std::string& language,
                         const std::function<std::string(const std::string&)>& url_in) const {
    PageContent page;
    page.template_name = template_name;
    page.url = url_in(language);
    page.twins = twins(url_in);
    return page;
  }

  // Every page of one language, in a fixed order.
  void plan_pages(size_t language, std::vector<PageJob>& jobs) const {
    jobs.push_back({language, [this](const PageContext& c, Localizer& tr) {
                      PageContent page = start_page("home.mustache", c.language, [this](const std::string& l) {
                        return urls_.home(l);
                      });
                      page.view = home_view(c, tr);
                      return page;
                    }});
    for (size_t n = 1; n <= plan_index_page_count(site_.site); ++n)
      jobs.push_back({language, [this, n](const PageContext& c, Localizer& tr) {
                        PageContent page = start_page("plan_index.mustache", c.language, [this, n](const std::string& l) {
                          return urls_.plans(l, static_cast<int>(n));
                        });
                        page.view = plan_index_view(c, tr, n);
                        page.title = ui_text("active_plans", c.language);
                        if (n > 1) page.title += " - " + ui_text("page", c.language) + " " + std::to_string(n);
                        return page;
                      }});
    jobs.push_back({language, [this](const PageContext& c, Localizer& tr) {
                      PageContent page = start_page("search.mustache", c.language, [this](const std::string& l) {
                        return urls_.search(l);
                      });
                      page.view = search_view(c, tr);
                      page.title = ui_text("search_heading", c.language);
                      page.script_url = c.search_script_url;
                      return page;
                    }});
    jobs.push_back({language, [this](const PageContext& c, Localizer& tr) {
                      PageContent page = start_page("agency_index.mustache", c.language, [this](const std::string& l) {
                        return urls_.agencies(l);
                      });
                      page.view = agency_index_view(c, tr);
                      page.title = ui_text("agencies_heading", c.language);
                      return page;
                    }});
    for (const auto& agency : site_.site.agencies)
      jobs.push_back({language, [this, &agency](const PageContext& c, Localizer& tr) {
                        PageContent page = start_page("agency.mustache", c.language, [this, &agency](const std::string& l) {
                          return urls_.agency(l, agency.id);
                        });
                        page.view = agency_view(agency, c, tr);
                        page.title = tr(agency.name);
                        return page;
                      }});
    jobs.push_back({language, [this](const PageContext& c, Localizer&) {
                      PageContent page = start_page("not_found.mustache", c.language, [this](const std::string& l) {
                        return urls_.not_found(l);
                      });
                      page.view = not_found_view(c);
                      page.title = ui_text("not_found_title", c.language);
                      page.indexed = false;
                      return page;
                    }});
    for (const auto& plan : site_.site.plans)
      jobs.push_back({language, [this, &plan](const PageContext& c, Localizer& tr) {
                        PageContent page = start_page("plan.mustache", c.language, [this, &plan](const std::string& l) {
                          return urls_.plan(l, plan.id);
                        });
                        page.view = plan_view(plan, c, tr);
                        page.title = tr(plan.title);
                        return page;
                      }});
  }

  // Renders one page; returns its sitemap entry, if it belongs in the sitemap.
  std::optional<SitemapEntry> emit(Theme::Renderer& renderer, const PageContext& context,
                                   const Theme::Shared& shared,
                                   const std::function<PageContent(const PageContext&, Localizer&)>& make,
                                   Diagnostics& diagnostics) {
    Localizer tr(context.language);
    PageContent page = make(context, tr);
    std::string content = renderer.render(page.template_name, std::move(page.view), &shared, diagnostics);
    View layout = layout_view(context, page, content, tr.fell_back());
    std::string html = renderer.render("layout.mustache", std::move(layout), &shared, diagnostics);
    out_.put(urls_.output_path(page.url), apply_fallback_marks(html));
    if (!page.indexed) return std::nullopt;
    return SitemapEntry{std::move(page.url), std::move(page.twins)};
  }

  const ResolvedSite& site_;
  const Theme& theme_;
  OutputSink& out_;
  Urls urls_;
};

}  // namespace

void render_site(const ResolvedSite& site, const Theme& theme, OutputSink& out, Diagnostics& diagnostics,
                 int workers) {
  SiteRenderer(site, theme, out).run(diagnostics, workers);
}

}  // namespace plansite
