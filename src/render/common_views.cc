// Small views that many page families share: links to plans and agencies, lists.
#include "render/pages.h"

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
  return View().set("title", tr(plan.title)).set("url", context.urls.plan(context.language, plan.id));
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
