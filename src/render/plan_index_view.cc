// The plan index: every plan as a card, newest first, a hundred to a page.
#include <algorithm>

#include "render/pages.h"
#include "render/pagination.h"
#include "render/ui_text.h"

namespace plansite {

namespace {

std::string plan_counts(const Plan& plan, const std::string& language) {
  return count_line({{plan.indicators.size(), "count_indicators"},
                     {plan.tasks.size(), "count_tasks"},
                     {plan.programs.size(), "count_programs"}},
                    language);
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
  v.set("plans", plans);
  v.set("heading", ui_text("active_plans", context.language));
  v.set("summary", ui_text("plan_count", context.language) + ": " + std::to_string(site.plans.size()));
  add_pagination(v, page, page_count, [&](int n) { return context.urls.plans(context.language, n); },
                 context.language);
  return v;
}

}  // namespace plansite
