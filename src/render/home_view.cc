#include "render/pages.h"
#include "render/ui_text.h"

namespace plansite {

namespace {

std::string count_line(const Plan& plan, const std::string& language) {
  std::string out;
  auto add = [&](size_t n, const char* key) {
    if (n == 0) return;
    if (!out.empty()) out += " · ";
    out += std::to_string(n) + " " + ui_text(key, language);
  };
  add(plan.indicators.size(), "count_indicators");
  add(plan.tasks.size(), "count_tasks");
  add(plan.programs.size(), "count_programs");
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
  View::List plans;
  for (const auto& plan : site.plans) {
    View p;
    p.set("title", tr(plan.title));
    p.set("url", context.urls.plan(context.language, plan.id));
    p.set("number_line", format_document_number(plan, context.language));
    p.set("period", format_year_span(plan.period));
    p.set("status", plan.status);
    p.set("status_label", ui_text("plan_status_" + plan.status, context.language));
    p.set("issuers", agency_names(plan.issuers, context.site, tr));
    p.set("counts", count_line(plan, context.language));
    plans.push_back(p);
  }
  v.set("has_plans", !plans.empty());
  v.set("plans", plans);
  return v;
}

}  // namespace plansite
