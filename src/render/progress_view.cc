#include "render/progress_view.h"

#include "render/ui_text.h"

namespace plansite {

namespace {

template <typename Status>
View styled(Status status, const PageContext& context) {
  const StatusStyles::Style& style = context.statuses->of(status);
  return View()
      .set("key", std::string(status_key(status)))
      .set("label", context.statuses->label(status, context.language))
      .set("icon", style.icon);
}

// The reports of `plan` dated on or before the as-of date, oldest first: a
// build "as of" an earlier day shows the site as it stood then.
template <typename Visit>
void reports_until(const Plan& plan, const PageContext& context, PageContent& page, Visit visit) {
  for (const Report& report : plan.reports) {
    if (reported_by(report, context.as_of) && visit(report)) note_report(report, page);
  }
}

// The photos of one report's activity, each with its description and period.
View::List photo_views(const std::vector<Photo>& photos, const Report& report, const PageContext& context,
                       Localizer& tr) {
  View::List out;
  if (!context.photo_urls) return out;
  for (const Photo& photo : photos) {
    auto url = context.photo_urls->find(&photo);
    if (url == context.photo_urls->end()) continue;
    out.push_back(View()
                      .set("url", url->second)
                      .set("alt", tr(photo.alt))
                      .set("period", format_report_period(report.period, context.language)));
  }
  return out;
}

std::string percent_text(int percent, const std::string& language) {
  return format_number(percent, language) + "%";
}

}  // namespace

void note_report(const Report& report, PageContent& page) {
  // The latest date of all: a page may show the reports of several plans.
  if (!page.updated || day_number(report.date) > day_number(*page.updated)) page.updated = report.date;
  page.illustrative = page.illustrative || report.illustrative;
}

View status_view(TaskStatus status, const PageContext& context) {
  if (context.shared.made) return View::borrow(context.shared.task_statuses[static_cast<size_t>(status)]);
  return styled(status, context);
}

View status_view(IndicatorStatus status, const PageContext& context) {
  if (context.shared.made) return View::borrow(context.shared.indicator_statuses[static_cast<size_t>(status)]);
  return styled(status, context);
}

std::string status_css(const StatusStyles& styles) {
  std::string css;
  auto rule = [&css](std::string_view key, const std::string& colour) {
    css += ".status-" + std::string(key) + "{color:" + colour + "}";
  };
  for (IndicatorStatus s : kIndicatorStatuses) rule(status_key(s), styles.colour(s));
  for (TaskStatus s : kTaskStatuses) rule(status_key(s), styles.colour(s));
  return css;
}

View::List task_history(const Plan& plan, const Task& task, const PageContext& context, Localizer& tr,
                        PageContent& page) {
  View::List rows;
  reports_until(plan, context, page, [&](const Report& report) {
    for (const auto& p : report.tasks) {
      if (p.task.id != task.id) continue;
      rows.push_back(View()
                         .set("period", format_report_period(report.period, context.language))
                         .set("status_label", ui_text("task_status_" + p.status, context.language))
                         .set("percent", p.percent ? percent_text(*p.percent, context.language) : std::string{})
                         .set("note", tr(p.note)));
      return true;
    }
    return false;
  });
  return rows;
}

View::List indicator_history(const Plan& plan, const Indicator& indicator, const PageContext& context,
                             Localizer& tr, PageContent& page) {
  View::List rows;
  reports_until(plan, context, page, [&](const Report& report) {
    for (const auto& v : report.indicators) {
      if (v.indicator.id != indicator.id) continue;
      Target value;
      value.value = v.value;
      rows.push_back(View()
                         .set("period", format_report_period(report.period, context.language))
                         .set("value", format_target_value(value, indicator.unit, context.language))
                         .set("measured", v.measured ? format_number(*v.measured, context.language) : std::string{})
                         .set("note", tr(v.note)));
      return true;
    }
    return false;
  });
  return rows;
}

View::List program_history(const Plan& plan, const Program& program, const PageContext& context, Localizer& tr,
                           PageContent& page) {
  View::List rows;
  reports_until(plan, context, page, [&](const Report& report) {
    for (const auto& a : report.programs) {
      if (a.program.id != program.id) continue;
      rows.push_back(View()
                         .set("period", format_report_period(report.period, context.language))
                         .set("sessions", format_number(a.sessions, context.language))
                         .set("participants", format_number(a.participants, context.language))
                         .set("note", tr(a.note))
                         .set("photos", photo_views(a.photos, report, context, tr)));
      return true;
    }
    return false;
  });
  return rows;
}

std::string latest_value(const Plan& plan, const Indicator& indicator, const PageContext& context) {
  std::string out;
  for (const Report& report : plan.reports) {
    if (!reported_by(report, context.as_of)) continue;
    for (const auto& v : report.indicators)
      if (v.indicator.id == indicator.id) {
        Target value;
        value.value = v.value;
        out = format_target_value(value, indicator.unit, context.language) + " (" +
              format_report_period(report.period, context.language) + ")";
      }
  }
  return out;
}

void note_reports(const Plan& plan, const PageContext& context, PageContent& page) {
  reports_until(plan, context, page, [](const Report&) { return true; });
}

std::string agency_progress_line(const std::string& agency_id, const PageContext& context) {
  if (!context.as_of || !context.agency_progress) return {};
  auto it = context.agency_progress->find(agency_id);
  if (it == context.agency_progress->end()) return {};
  const ProgressRollup& rollup = it->second;
  const std::string& language = context.language;
  std::string out = ui_text("progress", language) + ":";
  if (rollup.progress) out += " " + percent_text(static_cast<int>(*rollup.progress + 0.5), language);
  for (TaskStatus s : kTaskStatuses)
    if (int n = rollup.count(s))
      out += " · " + context.statuses->icon(s) + " " + std::to_string(n) + " " + context.statuses->label(s, language);
  return out;
}

View plan_progress_view(const Plan& plan, const PageContext& context, PageContent& page) {
  reports_until(plan, context, page, [](const Report&) { return true; });
  ProgressRollup rollup = plan_rollup(plan, context.as_of);
  View::List indicators, tasks;
  for (IndicatorStatus s : kIndicatorStatuses)
    if (int n = rollup.count(s)) indicators.push_back(styled(s, context).set("count", std::to_string(n)));
  for (TaskStatus s : kTaskStatuses)
    if (int n = rollup.count(s)) tasks.push_back(styled(s, context).set("count", std::to_string(n)));
  View v;
  v.set("has_reports", page.updated.has_value());
  v.set("as_of", context.as_of ? format_date(*context.as_of, context.language) : std::string{});
  set_list(v, "indicator_statuses", plan.indicators.empty() ? View::List{} : std::move(indicators));
  set_list(v, "task_statuses", plan.tasks.empty() ? View::List{} : std::move(tasks));
  v.set("mean_progress", rollup.progress ? percent_text(static_cast<int>(*rollup.progress + 0.5), context.language)
                                         : std::string{});
  return v;
}

}  // namespace plansite
