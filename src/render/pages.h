#pragma once
// Internal to the render stage: the view model of each kind of page.
#include <string>
#include <vector>

#include "model/id_ref.h"
#include "render/agency_records.h"
#include "render/format.h"
#include "render/urls.h"
#include "render/view.h"
#include "resolve/resolve.h"

namespace plansite {

/// What every page builder needs to know.
struct PageContext {
  const ResolvedSite& site;
  const Urls& urls;
  std::string language;
  std::string stylesheet_url;
  std::string favicon_url;  ///< the theme's favicon.svg, or "" when the theme has none
  bool has_search = false;  ///< the site has a search page (the theme has search.mustache)
  /// Every plan, newest first (by date, then id): the order of every plan list.
  const std::vector<const Plan*>& plans_newest_first;
  /// What each agency does across every plan, by agency id.
  const AgencyRecords& agency_records;
  /// themes/default/search.js and this language's search index (search_index.h),
  /// both under assets/ with content-hashed names; only the search page loads them.
  std::string search_script_url = {};
  std::string search_index_url = {};
};

/// How many plans the home page lists before it links to the plan index, and
/// how many each page of the index lists: pages stay small however many plans
/// a commune publishes.
inline constexpr size_t kHomePlanCount = 20;
inline constexpr size_t kPlansPerIndexPage = 100;

/// The number of plan index pages (at least one, which may say there are none).
size_t plan_index_page_count(const Site& site);

/// A rendered page body plus what the layout needs around it.
struct PageContent {
  std::string title;        ///< for <title>, without the site name
  std::string template_name;
  View view;
  /// The same page in each language, for the language switch and hreflang.
  std::vector<std::pair<std::string, std::string>> twins;  ///< language → URL
  std::string url;
  /// The page's one script, if any (the search page's); other pages run none.
  std::string script_url;
  /// False for the 404 pages: a server shows them at any missing address, so
  /// they have no canonical address, ask not to be indexed and stay out of the sitemap.
  bool indexed = true;
};

View home_view(const PageContext& context, Localizer& tr);
View plan_view(const Plan& plan, const PageContext& context, Localizer& tr);
/// Page `page` (from 1) of the plan index.
View plan_index_view(const PageContext& context, Localizer& tr, size_t page);
/// Every agency, in Vietnamese alphabetical order of its name in `language`.
std::vector<const Agency*> agencies_in_order(const Site& site, const std::string& language);
View agency_index_view(const PageContext& context, Localizer& tr);
View agency_view(const Agency& agency, const PageContext& context, Localizer& tr);
/// The search page: the form search.js fills in, and without JavaScript a list of every plan.
View search_view(const PageContext& context, Localizer& tr);
/// The page for a missing address: where to go instead.
View not_found_view(const PageContext& context);
/// Plans `[first, first + count)` of the newest-first order, as cards.
View::List plan_cards(const PageContext& context, Localizer& tr, size_t first, size_t count);
/// The layout around a page: head, skip link, header, navigation, language switch, footer.
View layout_view(const PageContext& context, const PageContent& page, const std::string& content_html,
                 bool fell_back);

/// A list of agency names, joined with "; ".
std::string agency_names(const std::vector<IdRef>& refs, const ResolvedSite& site, Localizer& tr);
/// The same with each agency's short form where it has one ("UBND xã"), for tables.
std::string agency_short_names(const std::vector<IdRef>& refs, const ResolvedSite& site, Localizer& tr);
/// Every UI string for the page's language, as the template map `t`.
View ui_strings_view(const std::string& language);

}  // namespace plansite
