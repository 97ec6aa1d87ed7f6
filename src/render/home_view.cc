#include <algorithm>

#include "render/pages.h"
#include "render/report_view.h"
#include "render/ui_text.h"

namespace plansite {

namespace {

// How many tasks each agency leads, most first: a citizen's first question
// about a plan is who must do what.
View::List lead_counts(const PageContext& context, Localizer& tr) {
  std::vector<std::pair<size_t, const Agency*>> counted;
  for (const Agency* agency : context.agencies_in_order) {
    size_t n = context.agency_records.at(agency->id).leads.size();
    if (n > 0) counted.emplace_back(n, agency);
  }
  std::stable_sort(counted.begin(), counted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  View::List out;
  for (const auto& [n, agency] : counted)
    out.push_back(View()
                      .set("name", tr(agency->name))
                      .set("url", context.urls.agency(context.language, agency->id))
                      .set("count", std::to_string(n)));
  return out;
}

// How many indicators the home page shows: the first of the newest plans.
constexpr size_t kHeadlineIndicators = 6;

// The newest plans' first indicators, each with its final target: what the
// commune has promised, at a glance.
View::List headline_indicators(const PageContext& context, Localizer& tr) {
  View::List out;
  for (const auto& [plan, indicator] : context.items.indicators) {
    if (out.size() == kHeadlineIndicators) break;
    out.push_back(View()
                      .set("statement", tr(indicator->statement))
                      .set("url", context.urls.indicator(context.language, plan->id, indicator->id))
                      .set("target", final_target(*indicator, tr)));
  }
  return out;
}

// Every list of the site with its size: tasks, targets, pilot models, agencies.
View::List browse_links(const PageContext& context) {
  const std::string& language = context.language;
  const SiteItems& items = context.items;
  View::List out;
  auto add = [&](size_t n, const char* count_key, const std::string& url) {
    out.push_back(View().set("label", count_phrase(n, count_key, language)).set("url", url));
  };
  add(context.site.site.plans.size(), "count_plans", context.urls.plans(language));
  add(items.tasks.size(), "count_tasks", context.urls.tasks(language));
  add(items.indicators.size(), "count_indicators", context.urls.indicators(language));
  add(items.programs.size(), "count_programs", context.urls.programs(language));
  add(context.site.site.agencies.size(), "count_agencies", context.urls.agencies(language));
  size_t periods = reported_periods(context.site.site, context.as_of).size();
  if (periods > 0) add(periods, "count_reports", context.urls.reports(language));
  out.push_back(View().set("label", ui_text("open_data", language)).set("url", context.urls.data(language)));
  return out;
}

// "0208 3856 123" → "tel:02083856123": what a phone dials.
std::string tel_url(const std::string& phone) {
  std::string out = "tel:";
  for (char c : phone)
    if ((c >= '0' && c <= '9') || c == '+') out += c;
  return out;
}

View contact_view(const Contact& contact, Localizer& tr) {
  return View()
      .set("office", tr(contact.office))
      .set("address", tr(contact.address))
      .set("phone", contact.phone)
      .set("tel_url", contact.phone.empty() ? std::string{} : tel_url(contact.phone))
      .set("email", contact.email)
      .set("hours", tr(contact.hours));
}

}  // namespace

View home_view(const PageContext& context, Localizer& tr) {
  const Site& site = context.site.site;
  View v;
  v.set("commune", tr(site.commune));
  v.set("province", tr(site.province));
  v.set("title", tr(site.title));
  v.set("description", tr(site.description));
  // The newest plans only: a commune with hundreds of plans still gets a
  // small home page, and the index lists the rest.
  View::List plans = plan_cards(context, tr, 0, kHomePlanCount);
  v.set("has_plans", !plans.empty());
  v.set("plans", std::move(plans));
  v.set("plans_url", context.urls.plans(context.language));
  size_t total = site.plans.size();
  v.set("has_more_plans", total > kHomePlanCount);
  v.set("lead_counts", lead_counts(context, tr));
  v.set("has_lead_counts", !v["lead_counts"].list().empty());
  v.set("agencies_url", context.urls.agencies(context.language));
  set_list(v, "indicators", headline_indicators(context, tr));
  v.set("has_more_indicators", context.items.indicators.size() > kHeadlineIndicators);
  v.set("indicators_url", context.urls.indicators(context.language));
  v.set("browse", browse_links(context));
  if (site.contact) v.set("contact", View::List{contact_view(*site.contact, tr)});
  v.set("all_plans_label", ui_text("all_plans", context.language) + " (" + std::to_string(total) + ")");
  return v;
}

}  // namespace plansite
