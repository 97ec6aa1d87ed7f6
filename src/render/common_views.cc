// Small views that many page families share: links to plans and agencies, lists.
#include <functional>
#include <iterator>

#include "render/pages.h"
#include "render/progress_view.h"

namespace plansite {

View::List agency_links(const std::vector<IdRef>& refs, const PageContext& context, Localizer& tr) {
  View::List out;
  for (const auto& ref : refs) {
    auto it = context.site.agencies.find(ref.id);
    if (it == context.site.agencies.end()) continue;
    out.push_back(View().set("name", tr(it->second->name)).set("url", context.urls.agency(context.language, ref.id)));
  }
  return out;
}

View plan_link(const Plan& plan, const PageContext& context, Localizer& tr) {
  const std::vector<Plan>& plans = context.site.site.plans;
  // std::less: a total order even for a plan that is not one of them.
  std::less<const Plan*> before;
  if (context.shared.made && !plans.empty() && !before(&plan, &plans.front()) && !before(&plans.back(), &plan))
    return context.shared.plan_links[static_cast<size_t>(&plan - plans.data())].lend(tr);
  return View().set("title", tr(plan.title)).set("url", context.urls.plan(context.language, plan.id));
}

SharedViews shared_views(const PageContext& context) {
  SharedViews shared;
  // Each made with a Localizer of its own, to know whether it fell back.
  auto lent = [&context](auto make) -> std::optional<SharedView> {
    Localizer tr(context.language);
    std::optional<View> view = make(tr);
    if (!view) return std::nullopt;
    return SharedView{std::move(*view), tr.fell_back()};
  };
  for (const Plan& plan : context.site.site.plans)
    shared.plan_links.push_back(*lent([&](Localizer& tr) { return std::optional(plan_link(plan, context, tr)); }));
  shared.plan_filters = lent([&](Localizer& tr) { return plan_filter_group(context, tr); });
  shared.lead_filters = lent([&](Localizer& tr) { return lead_filter_group(context, tr); });
  shared.task_statuses.resize(std::size(kTaskStatuses));
  for (TaskStatus status : kTaskStatuses) shared.task_statuses[static_cast<size_t>(status)] = status_view(status, context);
  shared.indicator_statuses.resize(std::size(kIndicatorStatuses));
  for (IndicatorStatus status : kIndicatorStatuses)
    shared.indicator_statuses[static_cast<size_t>(status)] = status_view(status, context);
  shared.made = true;
  return shared;
}

View::List text_list(const std::vector<Text>& texts, Localizer& tr) {
  View::List out;
  for (const auto& t : texts) out.push_back(View().set("text", tr(t)));
  return out;
}

void set_list(View& view, const std::string& key, View::List list) {
  view.set("has_" + key, !list.empty());
  view.set(key, std::move(list));
}

}  // namespace plansite
