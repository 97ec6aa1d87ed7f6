#include "render/pages.h"
#include "render/ui_text.h"

namespace plansite {

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
  v.set("all_plans_label", ui_text("all_plans", context.language) + " (" + std::to_string(total) + ")");
  return v;
}

}  // namespace plansite
