// The embeddable summary (/nhung/, /en/embed/): a small page for an iframe
// on the commune's information page, with each plan's headline progress and
// the latest report. Its links open the portal in a new tab: inside the
// frame they would put the whole portal into a box of another site.
#include "render/escape.h"
#include "render/pages.h"
#include "render/progress_view.h"
#include "render/report_view.h"
#include "render/ui_text.h"
#include "resolve/progress_rollup.h"

namespace plansite {

View embed_view(const PageContext& context, Localizer& tr, PageContent& page) {
  const std::string& language = context.language;
  const auto& plans = context.plans_newest_first;
  View::List items;
  for (size_t i = 0; i < plans.size() && i < kEmbedPlanCount; ++i) {
    const Plan& plan = *plans[i];
    View progress = plan_progress_view(plan, context, page);
    ProgressRollup rollup = plan_rollup(plan, context.as_of);
    // The bar only where some report counts and the plan has tasks to average.
    bool bar = progress["has_reports"].boolean() && rollup.progress && !plan.tasks.empty();
    // A plan of pilot models only has no tasks to average: its headline is who took part.
    int participants = 0;
    for (const Report& report : plan.reports)
      if (reported_by(report, context.as_of))
        for (const auto& activity : report.programs) participants += activity.participants;
    std::string programs;
    if (!plan.programs.empty() && participants > 0)
      programs = fill(ui_text("embed_programs", language),
                      {{"programs", count_phrase(plan.programs.size(), "count_programs", language)},
                       {"participants", format_number(participants, language)}});
    items.push_back(progress.set("title", tr(plan.title))
                        .set("url", context.urls.plan(language, plan.id))
                        .set("period", format_year_span(plan.period))
                        .set("programs", programs)
                        .set("percent", bar ? std::to_string(static_cast<int>(*rollup.progress + 0.5)) : std::string{}));
  }
  View v;
  v.set("site_title", tr(context.site.site.title));
  v.set("home_url", context.urls.home(language));
  set_list(v, "plans", std::move(items));
  if (plans.size() > kEmbedPlanCount)
    v.set("more", View()
                      .set("url", context.urls.plans(language))
                      .set("label", fill(ui_text("embed_all_plans", language),
                                         {{"count", format_number(static_cast<double>(plans.size()), language)}})));
  std::vector<ReportPeriod> periods = reported_periods(context.site.site, context.as_of);
  if (!periods.empty())
    v.set("latest_report", View()
                               .set("label", report_title(periods.front(), language))
                               .set("url", context.urls.report(language, periods.front().key())));
  return v;
}

std::string embed_snippet(const PageContext& context, Localizer& tr) {
  const std::string& language = context.language;
  std::string url = context.urls.embed(language);
  if (context.urls.has_host()) url = context.urls.absolute(url);
  std::string title = tr(context.site.site.title) + " — " + ui_text("embed_heading", language);
  return "<iframe src=\"" + escape_markup(url) + "\" title=\"" + escape_markup(title) +
         "\" width=\"100%\" height=\"520\" loading=\"lazy\"></iframe>";
}

}  // namespace plansite
