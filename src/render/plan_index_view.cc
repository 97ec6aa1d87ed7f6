// The plan index: every plan as a card, newest first, a hundred to a page.
#include <algorithm>

#include "render/pages.h"
#include "render/pagination.h"
#include "resolve/progress_rollup.h"
#include "render/ui_text.h"

namespace plansite {

namespace {

std::string plan_counts(const Plan& plan, const std::string& language) {
  return count_line({{plan.indicators.size(), "count_indicators"},
                     {plan.tasks.size(), "count_tasks"},
                     {plan.programs.size(), "count_programs"}},
                    language);
}

// "Tiến độ 31% · Báo cáo mới nhất: Quý II/2026, ngày 07 tháng 7 năm 2026": where the
// plan stands and its latest report as of the build's date; "" without one.
std::string plan_card_progress(const Plan& plan, const PageContext& context) {
  const Report* latest = nullptr;
  for (const Report& report : plan.reports)
    if (reported_by(report, context.as_of)) latest = &report;
  if (!latest) return {};
  const std::string& language = context.language;
  std::string out;
  ProgressRollup rollup = plan_rollup(plan, context.as_of);
  if (rollup.progress && !plan.tasks.empty())
    out = ui_text("progress", language) + " " + format_number(static_cast<int>(*rollup.progress + 0.5), language) + "% · ";
  return out + ui_text("latest_report", language) + ": " + format_report_period(latest->period, language) + ", " +
         format_date(latest->date, language);
}

}  // namespace

size_t plan_index_page_count(const Site& site) { return page_count(site.plans.size(), kPlansPerIndexPage); }

View::List plan_cards(const PageContext& context, Localizer& tr, size_t first, size_t count) {
  View::List out;
  const auto& plans = context.plans_newest_first;
  for (size_t i = first; i < plans.size() && i < first + count; ++i) {
    const Plan& plan = *plans[i];
    View p;
    p.set("title", tr(plan.title));
    p.set("url", context.urls.plan(context.language, plan.id));
    // A draft's blank number ("Số:      /KH-UBND") belongs to the document
    // only; on a card the status badge already says "Dự thảo".
    p.set("number_line", plan.number.empty() ? std::string{} : format_document_number(plan, context.language));
    p.set("period", format_year_span(plan.period));
    p.set("status", plan.status);
    p.set("status_label", ui_text("plan_status_" + plan.status, context.language));
    p.set("issuers", agency_names(plan.issuers, context.site, tr));
    p.set("counts", plan_counts(plan, context.language));
    p.set("progress", plan_card_progress(plan, context));
    out.push_back(std::move(p));
  }
  return out;
}

View plan_index_view(const PageContext& context, Localizer& tr, size_t page) {
  const Site& site = context.site.site;
  size_t page_count = plan_index_page_count(site);
  View v;
  View::List plans = plan_cards(context, tr, (page - 1) * kPlansPerIndexPage, kPlansPerIndexPage);
  v.set("has_plans", !plans.empty());
  v.set("plans", std::move(plans));
  v.set("heading", ui_text("active_plans", context.language));
  v.set("summary", ui_text("plan_count", context.language) + ": " + std::to_string(site.plans.size()));
  add_pagination(v, page, page_count, [&](int n) { return context.urls.plans(context.language, n); },
                 context.language);
  return v;
}

}  // namespace plansite
