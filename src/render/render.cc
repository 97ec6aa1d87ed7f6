#include "render/render.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <functional>

#include "render/fallback_marks.h"
#include "render/pages.h"

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

class SiteRenderer {
 public:
  SiteRenderer(const ResolvedSite& site, const Theme& theme, Diagnostics& diagnostics)
      : site_(site), theme_(theme), diagnostics_(diagnostics), urls_(site.site.base_url) {}

  OutputFiles run() {
    std::string stylesheet;
    for (const auto& [name, content] : theme_.assets()) {
      std::string file = hashed_name(name, content);
      if (name == "style.css") stylesheet = urls_.asset(file);
      files_.push_back({"assets/" + file, content});
    }
    for (const auto& language : site_.site.languages) {
      PageContext context{site_, urls_, language, stylesheet};
      render_home(context);
      for (const auto& plan : site_.site.plans) render_plan(context, plan);
    }
    files_.push_back({"README.md", kOutputMarker});
    std::sort(files_.begin(), files_.end(),
              [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
    return std::move(files_);
  }

 private:
  std::vector<std::pair<std::string, std::string>> twins(
      const std::function<std::string(const std::string&)>& url_in) const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& language : site_.site.languages) out.emplace_back(language, url_in(language));
    return out;
  }

  void render_home(const PageContext& context) {
    Localizer tr(context.language);
    PageContent page;
    page.template_name = "home.mustache";
    page.url = urls_.home(context.language);
    page.twins = twins([this](const std::string& l) { return urls_.home(l); });
    page.view = home_view(context, tr);
    emit(context, page, tr);
  }

  void render_plan(const PageContext& context, const Plan& plan) {
    Localizer tr(context.language);
    PageContent page;
    page.template_name = "plan.mustache";
    page.url = urls_.plan(context.language, plan.id);
    page.twins = twins([this, &plan](const std::string& l) { return urls_.plan(l, plan.id); });
    page.view = plan_view(plan, context, tr);
    page.title = tr(plan.title);
    emit(context, page, tr);
  }

  void emit(const PageContext& context, const PageContent& page, const Localizer& tr) {
    std::string content = theme_.render(page.template_name, page.view, diagnostics_);
    View layout = layout_view(context, page, content, tr.fell_back());
    std::string html = theme_.render("layout.mustache", layout, diagnostics_);
    files_.push_back({urls_.output_path(page.url), apply_fallback_marks(html)});
  }

  const ResolvedSite& site_;
  const Theme& theme_;
  Diagnostics& diagnostics_;
  Urls urls_;
  OutputFiles files_;
};

}  // namespace

OutputFiles render_site(const ResolvedSite& site, const Theme& theme, Diagnostics& diagnostics) {
  return SiteRenderer(site, theme, diagnostics).run();
}

}  // namespace plansite
