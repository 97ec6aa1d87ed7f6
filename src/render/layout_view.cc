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

View layout_view(const PageContext& context, const PageContent& page, std::string content_html,
                 bool fell_back) {
  const Site& site = context.site.site;
  Localizer tr(context.language);
  View v;
  v.set("lang", context.language);
  v.set("site_title", tr(site.title));
  // "xã Phú Thịnh, tỉnh Thái Nguyên": where the commune is, on every page.
  std::string place = tr(site.commune);
  if (!site.province.empty()) place += ", " + tr(site.province);
  v.set("place", place);
  v.set("page_title", page.title.empty() ? tr(site.title) : page.title + " | " + tr(site.title));
  v.set("description", tr(site.description));
  v.set("stylesheet_url", context.stylesheet_url);
  v.set("favicon_url", context.favicon_url);
  v.set("content_security_policy", kContentSecurityPolicy);
  v.set("noindex", !page.indexed);
  // Search engines want the canonical address and the alternates absolute;
  // a base_url without a host cannot give them, so the page goes without.
  bool absolute = context.urls.has_host() && page.indexed;
  v.set("canonical_url", absolute ? context.urls.absolute(page.url) : "");
  v.set("home_url", context.urls.home(context.language));
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
    languages.push_back(item);
    if (!page.indexed) continue;
    if (absolute) item.set("url", context.urls.absolute(url));
    alternates.push_back(std::move(item));
  }
  v.set("languages", languages);
  v.set("alternates", alternates);

  View::List nav;
  auto add = [&](const char* label, const std::string& url) {
    nav.push_back(View()
                      .set("label", ui_text(label, context.language))
                      .set("url", url)
                      .set("current", page.url == url));
  };
  add("home", context.urls.home(context.language));
  add("plans_nav", context.urls.plans(context.language));
  add("tasks_nav", context.urls.tasks(context.language));
  add("indicators_nav", context.urls.indicators(context.language));
  add("programs_nav", context.urls.programs(context.language));
  add("agencies_nav", context.urls.agencies(context.language));
  add("search_nav", context.urls.search(context.language));
  v.set("nav", nav);
  // The feed exists only with a host (Atom needs absolute URLs); the data page always.
  v.set("feed_url", context.urls.has_host() ? context.urls.feed(context.language) : "");
  v.set("data_url", context.urls.data(context.language));
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
