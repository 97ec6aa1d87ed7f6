// The indicators (chỉ tiêu): a table of every indicator of every plan with
// its final target, and a page per indicator with every milestone.
#include "render/chart_view.h"
#include "render/pages.h"
#include "render/pagination.h"
#include "render/plan_parts.h"
#include "render/progress_view.h"
#include "render/ui_text.h"

namespace plansite {

std::string final_target(const Indicator& indicator, Localizer& tr) {
  for (auto it = indicator.targets.rbegin(); it != indicator.targets.rend(); ++it) {
    std::string value = format_target_value(*it, indicator.unit, tr.language());
    if (value.empty()) continue;
    return milestone_label(*it, tr.language()) + ": " + value;
  }
  return {};
}

namespace {

std::string unit_label(const std::string& unit, const std::string& language) {
  if (unit == "percent") return ui_text("unit_percent_label", language);
  std::string label = ui_text("unit_" + unit, language);
  return label.empty() ? ui_text("unit_count_label", language) : label;
}

}  // namespace

std::string milestone_label(const Target& target, const std::string& language) {
  return target.by ? ui_text("by_year", language) + " " + std::to_string(*target.by) : ui_text("standing_target", language);
}

size_t indicator_index_page_count(const SiteItems& items) {
  return page_count(items.indicators.size(), kIndicatorsPerPage);
}

View indicator_index_view(const PageContext& context, Localizer& tr, size_t page) {
  const std::string& language = context.language;
  const PlanItems<Indicator>& indicators = context.items.indicators;
  View::List rows;
  size_t first = (page - 1) * kIndicatorsPerPage;
  for (size_t i = first; i < indicators.size() && i < first + kIndicatorsPerPage; ++i) {
    const auto& [plan, indicator] = indicators[i];
    rows.push_back(View()
                       .set("statement", tr(indicator->statement))
                       .set("url", context.urls.indicator(language, plan->id, indicator->id))
                       .set("plan", plan_link(*plan, context, tr))
                       .set("target", final_target(*indicator, tr))
                       .set("agency", indicator->agency ? agency_short_names({*indicator->agency}, context.site, tr)
                                                        : std::string{}));
  }
  View v;
  v.set("heading", ui_text("indicators", language));
  v.set("summary", count_phrase(indicators.size(), "count_indicators", language));
  set_list(v, "rows", std::move(rows));
  add_pagination(v, page, indicator_index_page_count(context.items),
                 [&](int n) { return context.urls.indicators(language, n); }, language);
  return v;
}

View plan_indicators_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  View v;
  v.set("index_url", context.urls.indicators(context.language));
  v.set("plan", plan_link(plan, context, tr));
  v.set("heading", plan_indicators_title(plan, tr));
  v.set("summary", count_phrase(plan.indicators.size(), "count_indicators", context.language));
  v.set("indicators", indicators_view(plan, context, tr));
  return v;
}

std::string plan_indicators_title(const Plan& plan, Localizer& tr) {
  return ui_text("indicators", tr.language()) + ": " + tr(plan.title);
}

View indicator_view(const Plan& plan, const Indicator& indicator, const PageContext& context, Localizer& tr,
                    PageContent& page) {
  const std::string& language = context.language;
  View v;
  v.set("index_url", context.urls.indicators(language));
  v.set("plan", plan_link(plan, context, tr));
  v.set("statement", tr(indicator.statement));
  v.set("unit", unit_label(indicator.unit, language));
  v.set("population", tr(indicator.population));
  if (indicator.objective)
    for (const auto& objective : plan.objectives)
      if (objective.id == indicator.objective->id)
        v.set("objective", View()
                               .set("title", tr(objective.title))
                               .set("url", context.urls.plan_item(language, plan.id, objective.id)));
  if (indicator.baseline_value) {
    Target baseline;
    baseline.value = indicator.baseline_value;
    v.set("baseline", std::to_string(indicator.baseline_year) + ": " +
                          format_target_value(baseline, indicator.unit, language));
  }
  set_list(v, "agency", indicator.agency ? agency_links({*indicator.agency}, context, tr) : View::List{});
  View::List targets;
  for (const auto& t : indicator.targets)
    targets.push_back(View()
                          .set("label", milestone_label(t, language))
                          .set("value", format_target_value(t, indicator.unit, language))
                          .set("note", tr(t.note))
                          .set("statement", tr(t.statement))
                          .set("population", tr(t.population)));
  set_list(v, "targets", std::move(targets));
  View::List history = indicator_history(plan, indicator, context, tr, page);
  v.set("latest", history.empty() ? std::string{} : history.back()["value"].string());
  set_list(v, "history", std::move(history));
  if (auto chart = indicator_chart(plan, indicator, context)) v.set("chart", chart_view(*chart, context, page));
  v.set("status", status_view(indicator_status(indicator, plan.reports, context.as_of), context));
  v.set("as_of", context.as_of ? format_date(*context.as_of, language) : std::string{});
  return v;
}

}  // namespace plansite
