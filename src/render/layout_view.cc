#include "render/pages.h"
#include "render/ui_text.h"

namespace plansite {

namespace {

// Every page may load only the site's own files: no inline script or style,
// no plugin, no form posting elsewhere, so injected markup cannot run. Sent
// as a meta tag because a static site cannot count on its server's headers.
const char* const kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'";

}  // namespace

namespace {

// The navigation, with `current` (an index into it, or -1) marked as the page shown.
View::List nav_list(const PageContext& context, const std::vector<std::string>& urls, int current) {
  static const char* const labels[] = {"home", "plans_nav", "tasks_nav", "indicators_nav",
                                       "programs_nav", "agencies_nav", "search_nav"};
  View::List nav;
  for (size_t i = 0; i < urls.size(); ++i)
    nav.push_back(View()
                      .set("label", ui_text(labels[i], context.language))
                      .set("url", urls[i])
                      .set("current", static_cast<int>(i) == current));
  return nav;
}

}  // namespace

LayoutParts layout_parts(const PageContext& context, const Theme& theme, View ui_strings) {
  const Site& site = context.site.site;
  const Urls& urls = context.urls;
  const std::string& language = context.language;
  Localizer tr(language);
  LayoutParts parts;
  parts.site_title = tr(site.title);
  parts.nav_urls = {urls.home(language),       urls.plans(language),    urls.tasks(language),
                    urls.indicators(language), urls.programs(language), urls.agencies(language),
                    urls.search(language)};
  View v;
  v.set("t", std::move(ui_strings));
  v.set("lang", language);
  v.set("site_title", parts.site_title);
  // "xã Phú Thịnh, tỉnh Thái Nguyên": where the commune is, on every page.
  std::string place = tr(site.commune);
  if (!site.province.empty()) place += ", " + tr(site.province);
  v.set("place", place);
  v.set("description", tr(site.description));
  v.set("stylesheet_url", context.stylesheet_url);
  v.set("favicon_url", context.favicon_url);
  v.set("content_security_policy", kContentSecurityPolicy);
  v.set("home_url", urls.home(language));
  v.set("nav", nav_list(context, parts.nav_urls, -1));
  // The feed exists only with a host (Atom needs absolute URLs); the data page always.
  v.set("feed_url", urls.has_host() ? urls.feed(language) : "");
  v.set("data_url", urls.data(language));
  parts.shared = theme.share(std::move(v));
  return parts;
}

View layout_view(const PageContext& context, const LayoutParts& parts, const PageContent& page,
                 std::string content_html, bool fell_back) {
  View v;
  v.set("page_title", page.title.empty() ? parts.site_title : page.title + " | " + parts.site_title);
  v.set("noindex", !page.indexed);
  // Search engines want the canonical address and the alternates absolute;
  // a base_url without a host cannot give them, so the page goes without.
  bool absolute = context.urls.has_host() && page.indexed;
  v.set("canonical_url", absolute ? context.urls.absolute(page.url) : "");
  v.set("content", std::move(content_html));
  v.set("fell_back", fell_back && context.language != "vi");

  View::List languages;
  View::List alternates;
  for (const auto& [language, url] : page.twins) {
    View item;
    item.set("code", language);
    item.set("name", ui_text("language_name", language));
    item.set("url", url);
    item.set("current", language == context.language);
    if (page.indexed) {
      View alternate = item;
      if (absolute) alternate.set("url", context.urls.absolute(url));
      alternates.push_back(std::move(alternate));
    }
    languages.push_back(std::move(item));
  }
  v.set("languages", std::move(languages));
  v.set("alternates", std::move(alternates));

  // The shared navigation marks no page; the few pages it leads to get their own.
  for (size_t i = 0; i < parts.nav_urls.size(); ++i)
    if (page.url == parts.nav_urls[i]) v.set("nav", nav_list(context, parts.nav_urls, static_cast<int>(i)));
  View::List scripts;
  if (!page.script_url.empty()) scripts.push_back(View().set("url", page.script_url));
  if (page.chart)
    for (const auto& url : context.chart_script_urls) scripts.push_back(View().set("url", url));
  v.set("scripts", std::move(scripts));
  v.set("illustrative", page.illustrative);
  v.set("updated", page.updated ? format_date(*page.updated, context.language) : std::string{});
  return v;
}

namespace {

std::string join_agencies(const std::vector<IdRef>& refs, const ResolvedSite& site, Localizer& tr, bool short_form) {
  std::string out;
  for (const auto& ref : refs) {
    auto it = site.agencies.find(ref.id);
    if (it == site.agencies.end()) continue;
    const Agency& a = *it->second;
    if (!out.empty()) out += "; ";
    out += tr(short_form && !a.short_name.empty() ? a.short_name : a.name);
  }
  return out;
}

}  // namespace

std::string agency_names(const std::vector<IdRef>& refs, const ResolvedSite& site, Localizer& tr) {
  return join_agencies(refs, site, tr, false);
}

std::string agency_short_names(const std::vector<IdRef>& refs, const ResolvedSite& site, Localizer& tr) {
  return join_agencies(refs, site, tr, true);
}

View ui_strings_view(const std::string& language) {
  View t;
  for (const auto& [key, text] : ui_texts(language)) t.set(key, text);
  return t;
}

}  // namespace plansite
