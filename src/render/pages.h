#pragma once
// Internal to the render stage: the view model of each kind of page.
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/id_ref.h"
#include "model/output_file.h"
#include "render/agency_records.h"
#include "render/format.h"
#include "render/site_items.h"
#include "render/status_styles.h"
#include "render/theme.h"
#include "resolve/progress_rollup.h"
#include "render/urls.h"
#include "render/view.h"
#include "resolve/resolve.h"

namespace plansite {

/// What every page builder needs to know.
/// A view that many pages show alike, made once per language and lent to
/// each page (View::borrow), with whether making it fell back to Vietnamese
/// (the page then says so, as if it had made the view itself).
struct SharedView {
  View view;
  bool fell_back = false;
  View lend(Localizer& tr) const {
    if (fell_back) tr.mark_fallback();
    return View::borrow(view);
  }
};

/// What every page of one language may borrow instead of making (shared_views).
struct SharedViews {
  bool made = false;                       ///< until then, each page makes its own
  std::vector<SharedView> plan_links;      ///< plan_link(), by plan in the order of site.plans
  std::vector<View> task_statuses;         ///< status_view(), by TaskStatus
  std::vector<View> indicator_statuses;    ///< status_view(), by IndicatorStatus
  std::optional<SharedView> plan_filters;  ///< the task lists' filter by plan, if any plan has tasks
  std::optional<SharedView> lead_filters;  ///< and by lead agency, if any agency leads a task
};

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
  /// Every task, indicator and program, newest plan first.
  const SiteItems& items;
  /// themes/default/search.js and this language's search index (search_index.h),
  /// both under assets/ with content-hashed names; only the search page loads them.
  std::string search_script_url = {};
  /// urls.not_found(language): the one page that keeps site-root links.
  std::string not_found_url = {};
  std::string search_index_url = {};
  /// Chart.js and themes/default/charts.js under assets/, loaded by the pages that draw a chart.
  std::vector<std::string> chart_script_urls = {};
  /// Progress: the date statuses are computed for, how the theme names and
  /// marks each status, and each agency's roll-up.
  std::optional<PartialDate> as_of = {};
  const StatusStyles* statuses = nullptr;
  const std::map<std::string, ProgressRollup>* agency_progress = nullptr;
  /// Each agency's roll-up period by period (agency_rollup_history).
  const std::map<std::string, std::vector<PeriodRollup>>* agency_history = nullptr;
  /// Where each report photo is published (assets/photo.<hash>.jpg), by photo.
  const std::map<const Photo*, std::string>* photo_urls = nullptr;
  /// The open-data files' sizes by path (open_data.h), for the data page to list.
  const std::map<std::string, size_t>* open_data_sizes = nullptr;
  /// Every agency in this language's alphabetical order (agencies_in_order),
  /// sorted once: the task lists and agency pages all show it.
  std::vector<const Agency*> agencies_in_order = {};
  /// Set after the rest of the context, from it (shared_views).
  SharedViews shared = {};
};

/// The views of `context`'s language that many pages show alike, made once.
SharedViews shared_views(const PageContext& context);

/// How many plans the home page lists before it links to the plan index, and
/// how many each page of the index lists: pages stay small however many plans
/// a commune publishes.
inline constexpr size_t kHomePlanCount = 20;
inline constexpr size_t kPlansPerIndexPage = 100;
/// How many plans the embeddable summary shows: it lives in a box on another page.
inline constexpr size_t kEmbedPlanCount = 8;

/// How many rows or cards each page of the task, indicator and program lists holds.
inline constexpr size_t kTasksPerPage = 100;
inline constexpr size_t kIndicatorsPerPage = 100;
inline constexpr size_t kProgramsPerPage = 50;

/// One list of tasks: every task, or those of one status or of one year.
struct TaskList {
  std::string status;  ///< "" for any
  int year = 0;        ///< 0 for any
  std::string url(const Urls& urls, const std::string& language, int page = 1) const;
  /// "Nhiệm vụ", "Nhiệm vụ: Hoàn thành", "Nhiệm vụ: Năm 2027".
  std::string title(const PageContext& context) const;
  size_t pages(const SiteItems& items) const;
};

/// The number of plan index pages (at least one, which may say there are none),
/// and of open-data pages: as many, the same plans to a page.
size_t plan_index_page_count(const Site& site);

/// A rendered page body plus what the layout needs around it.
struct PageContent {
  std::string title;        ///< for <title>, without the site name
  std::string template_name;
  /// The page around the content: the site's, or embed_layout.mustache's bare one.
  std::string layout = "layout.mustache";
  View view;
  /// The same page in each language, for the language switch and hreflang:
  /// language → URL, read from the page's job (which outlives the page).
  std::span<const std::pair<std::string, std::string>> twins;
  std::string url;
  /// The page's one script, if any (the search page's); other pages run none.
  std::string script_url;
  /// The page draws a chart (chart_view.h): it loads the chart scripts too.
  bool chart = false;
  /// False for the 404 pages: a server shows them at any missing address, so
  /// they have no canonical address, ask not to be indexed and stay out of the sitemap.
  bool indexed = true;
  /// The latest reporting date of the reports the page shows figures from
  /// ("Cập nhật lần cuối"), and whether any of them is illustrative.
  std::optional<PartialDate> updated;
  bool illustrative = false;
};

View home_view(const PageContext& context, Localizer& tr);
/// The embeddable summary: each plan's headline progress and the latest report.
View embed_view(const PageContext& context, Localizer& tr, PageContent& page);
/// The HTML an officer pastes into the commune's information site to show the
/// summary of `context.language`: an iframe with its address (absolute when
/// the site has a host), a title for screen readers and a fixed height.
std::string embed_snippet(const PageContext& context, Localizer& tr);
View plan_view(const Plan& plan, const PageContext& context, Localizer& tr, PageContent& page);
/// Page `page` (from 1) of the plan index.
View plan_index_view(const PageContext& context, Localizer& tr, size_t page);
/// Every agency, in Vietnamese alphabetical order of its name in `language`.
std::vector<const Agency*> agencies_in_order(const Site& site, const std::string& language);
View agency_index_view(const PageContext& context, Localizer& tr);
View agency_view(const Agency& agency, const PageContext& context, Localizer& tr);
/// The task lists' filter groups that are the same on every list: by plan
/// and by lead agency; none when it would have no link.
std::optional<View> plan_filter_group(const PageContext& context, Localizer& tr);
std::optional<View> lead_filter_group(const PageContext& context, Localizer& tr);
/// Page `page` (from 1) of a task list, with the filters that lead to the others.
View task_list_view(const PageContext& context, Localizer& tr, const TaskList& list, size_t page);
View task_view(const Plan& plan, const Task& task, const PageContext& context, Localizer& tr, PageContent& page);
/// "Nhiệm vụ 1.1 - Tuyên truyền, phổ biến …": a task page's title.
std::string task_title(const Plan& plan, const Task& task, Localizer& tr);
/// Rows `[first, first + count)` of `tasks` for a task table across plans (task_rows.mustache).
View::List task_rows(const PlanItems<Task>& tasks, size_t first, size_t count, const PageContext& context,
                     Localizer& tr);
/// A table of task rows (task_rows.mustache); its expected-result column only
/// when some row has one.
View task_table(const std::string& caption_id, const std::string& caption, View::List rows);
size_t indicator_index_page_count(const SiteItems& items);
View indicator_index_view(const PageContext& context, Localizer& tr, size_t page);
/// One plan's indicators, each with every milestone (/chi-tieu/<plan>/).
View plan_indicators_view(const Plan& plan, const PageContext& context, Localizer& tr);
std::string plan_indicators_title(const Plan& plan, Localizer& tr);
View indicator_view(const Plan& plan, const Indicator& indicator, const PageContext& context, Localizer& tr,
                    PageContent& page);
/// "Đến năm 2030: tối thiểu 80%": the milestone a citizen asks about first,
/// the last one with a value; "" when none has one.
std::string final_target(const Indicator& indicator, Localizer& tr);
/// "Đến năm 2030", "Duy trì suốt kỳ kế hoạch": when a target is due.
std::string milestone_label(const Target& target, const std::string& language);
size_t program_index_page_count(const SiteItems& items);
View program_index_view(const PageContext& context, Localizer& tr, size_t page);
View program_view(const Plan& plan, const Program& program, const PageContext& context, Localizer& tr,
                  PageContent& page);
/// The search page: the form search.js fills in, and without JavaScript a list of every plan.
View search_view(const PageContext& context, Localizer& tr);
/// Page `page` (from 1) of the open-data pages: the site's files, the files
/// of kPlansPerIndexPage plans, newest first, with their sizes; the first page
/// also says what each file's columns mean.
View data_view(const PageContext& context, Localizer& tr, size_t page);
/// The page for a missing address: where to go instead.
View not_found_view(const PageContext& context);
/// Plans `[first, first + count)` of the newest-first order, as cards.
View::List plan_cards(const PageContext& context, Localizer& tr, size_t first, size_t count);
/// What the layout shows alike on every page of one language, made once per
/// build: the view beneath each page's layout view (the UI strings `t`, the
/// site's title and place, the stylesheet, the navigation with no item
/// current, …), and what a page's part needs of it.
struct LayoutParts {
  std::shared_ptr<const Theme::Shared> shared;
  std::string site_title;
  std::vector<std::string> nav_urls;  ///< the navigation's links, in order
};
LayoutParts layout_parts(const PageContext& context, const Theme& theme, View ui_strings);
/// The layout around a page: head, skip link, header, navigation, language
/// switch, footer. Holds only what differs from page to page; the template
/// finds the rest in `parts.shared`.
View layout_view(const PageContext& context, const LayoutParts& parts, const PageContent& page,
                 std::string content_html, bool fell_back);

/// A list of agency names, joined with "; ".
std::string agency_names(const std::vector<IdRef>& refs, const ResolvedSite& site, Localizer& tr);
/// The same with each agency's short form where it has one ("UBND xã"), for tables.
std::string agency_short_names(const std::vector<IdRef>& refs, const ResolvedSite& site, Localizer& tr);
/// Each agency with its page: [{name, url}], for lists of links.
View::List agency_links(const std::vector<IdRef>& refs, const PageContext& context, Localizer& tr);
/// A plan as {title, url}.
View plan_link(const Plan& plan, const PageContext& context, Localizer& tr);
/// [{text}] of each text, for lists.
View::List text_list(const std::vector<Text>& texts, Localizer& tr);
/// Sets `key` to the list and `has_<key>` to whether it has items.
void set_list(View& view, const std::string& key, View::List list);

/// Every UI string for the page's language, as the template map `t`.
View ui_strings_view(const std::string& language);

}  // namespace plansite
