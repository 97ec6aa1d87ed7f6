#include <algorithm>

#include "render/pages.h"
#include "render/ui_text.h"

namespace plansite {

namespace {

// How many tasks each agency leads, most first: a citizen's first question
// about a plan is who must do what.
View::List lead_counts(const PageContext& context, Localizer& tr) {
  std::vector<std::pair<size_t, const Agency*>> counted;
  for (const Agency* agency : agencies_in_order(context.site.site, context.language)) {
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
  v.set("plans", plans);
  v.set("plans_url", context.urls.plans(context.language));
  size_t total = site.plans.size();
  v.set("has_more_plans", total > kHomePlanCount);
  v.set("lead_counts", lead_counts(context, tr));
  v.set("has_lead_counts", !v["lead_counts"].list().empty());
  v.set("agencies_url", context.urls.agencies(context.language));
  v.set("all_plans_label", ui_text("all_plans", context.language) + " (" + std::to_string(total) + ")");
  return v;
}

}  // namespace plansite
