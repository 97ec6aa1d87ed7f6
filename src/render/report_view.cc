// The report pages: per period, each plan's report and what changed since
// the plan's report before it; and their index, with a timeline per plan.
#include "render/report_view.h"

#include <algorithm>
#include <map>

#include "render/progress_view.h"
#include "render/ui_text.h"
#include "util/unicode.h"

namespace plansite {

namespace {

const Task* find_task(const Plan& plan, const std::string& id) {
  for (const auto& t : plan.tasks)
    if (t.id == id) return &t;
  return nullptr;
}

const Indicator* find_indicator(const Plan& plan, const std::string& id) {
  for (const auto& i : plan.indicators)
    if (i.id == id) return &i;
  return nullptr;
}

const Program* find_program(const Plan& plan, const std::string& id) {
  for (const auto& p : plan.programs)
    if (p.id == id) return &p;
  return nullptr;
}

// "Đang thực hiện 30%": a task's reported state.
std::string task_state_text(const TaskProgress& p, const std::string& language) {
  std::string out = ui_text("task_status_" + p.status, language);
  if (p.percent) out += " " + format_number(*p.percent, language) + "%";
  return out;
}

View report_changes(const Plan& plan, const Report& report, const std::vector<const Report*>& before,
                    const PageContext& context, Localizer& tr) {
  const std::string& language = context.language;
  // What the earlier reports last said of each item.
  std::map<std::string, const TaskProgress*> last_task;
  std::map<std::string, const IndicatorValue*> last_value;
  for (const Report* r : before) {
    for (const auto& p : r->tasks) last_task[p.task.id] = &p;
    for (const auto& v : r->indicators) last_value[v.indicator.id] = &v;
  }
  View::List tasks, indicators, programs;
  for (const auto& p : report.tasks) {
    const Task* task = find_task(plan, p.task.id);
    if (!task) continue;
    auto was = last_task.find(p.task.id);
    std::string now = task_state_text(p, language);
    std::string then = was == last_task.end() ? std::string{} : task_state_text(*was->second, language);
    if (now == then) continue;  // unchanged: not news
    tasks.push_back(View()
                        .set("label", ui_text("task", language) + " " + task_number(plan, *task) + " " +
                                          shortened_text(tr(task->content)))
                        .set("url", context.urls.task(language, plan.id, task->id))
                        .set("then", then)
                        .set("now", now));
  }
  for (const auto& v : report.indicators) {
    const Indicator* indicator = find_indicator(plan, v.indicator.id);
    if (!indicator) continue;
    Target value;
    value.value = v.value;
    std::string now = format_target_value(value, indicator->unit, language);
    std::string then;
    if (auto was = last_value.find(v.indicator.id); was != last_value.end()) {
      value.value = was->second->value;
      then = format_target_value(value, indicator->unit, language);
    }
    if (now == then) continue;
    indicators.push_back(View()
                             .set("label", shortened_text(tr(indicator->statement)))
                             .set("url", context.urls.indicator(language, plan.id, indicator->id))
                             .set("then", then)
                             .set("now", now));
  }
  for (const auto& a : report.programs) {
    const Program* program = find_program(plan, a.program.id);
    if (!program) continue;
    programs.push_back(View()
                           .set("label", tr(program->name))
                           .set("url", context.urls.program(language, plan.id, program->id))
                           .set("sessions", format_number(a.sessions, language))
                           .set("participants", format_number(a.participants, language)));
  }
  View v;
  v.set("plan", plan_link(plan, context, tr));
  v.set("date", format_date(report.date, language));
  v.set("agency", report.agency ? agency_names({*report.agency}, context.site, tr) : std::string{});
  v.set("illustrative", report.illustrative);
  set_list(v, "tasks", std::move(tasks));
  set_list(v, "indicators", std::move(indicators));
  set_list(v, "programs", std::move(programs));
  v.set("first", before.empty());
  return v;
}

}  // namespace

std::string shortened_text(const std::string& text) {
  std::string out = shortened(text, 90);
  if (!out.empty() && out.back() == '.') out.pop_back();  // a colon follows
  return out;
}

std::vector<ReportPeriod> reported_periods(const Site& site, const std::optional<PartialDate>& as_of) {
  std::map<std::string, ReportPeriod> by_key;
  for (const auto& plan : site.plans)
    for (const auto& report : plan.reports)
      if (reported_by(report, as_of)) by_key.emplace(report.period.key(), report.period);
  std::vector<ReportPeriod> out;
  for (const auto& [key, period] : by_key) out.push_back(period);
  std::sort(out.begin(), out.end(), [](const ReportPeriod& a, const ReportPeriod& b) { return earlier(b, a); });
  return out;
}

View report_view(const ReportPeriod& period, const PageContext& context, Localizer& tr, PageContent& page) {
  View::List plans;
  for (const Plan* plan : context.plans_newest_first) {
    std::vector<const Report*> before;
    for (const Report& report : plan->reports) {
      if (!reported_by(report, context.as_of)) continue;
      if (report.period.key() != period.key()) {
        if (earlier(report.period, period)) before.push_back(&report);
        continue;
      }
      plans.push_back(report_changes(*plan, report, before, context, tr));
      note_report(report, page);
    }
  }
  View v;
  v.set("heading", report_title(period, context.language));
  v.set("index_url", context.urls.reports(context.language));
  v.set("plans", std::move(plans));
  return v;
}

std::string report_title(const ReportPeriod& period, const std::string& language) {
  return ui_text("report_of", language) + " " + format_report_period(period, language);
}

View report_index_view(const PageContext& context, Localizer& tr, PageContent& page) {
  const std::string& language = context.language;
  View::List periods;
  for (const ReportPeriod& period : reported_periods(context.site.site, context.as_of))
    periods.push_back(View()
                          .set("label", report_title(period, language))
                          .set("url", context.urls.report(language, period.key())));
  // A timeline per plan: its reports and its milestones, by date.
  View::List timelines;
  for (const Plan* plan : context.plans_newest_first) {
    std::vector<std::pair<long, View>> entries;
    for (const Report& report : plan->reports) {
      if (!reported_by(report, context.as_of)) continue;
      entries.emplace_back(day_number(report.date),
                           View()
                               .set("date", format_date(report.date, language))
                               .set("label", report_title(report.period, language))
                               .set("url", context.urls.report(language, report.period.key())));
      note_report(report, page);
    }
    std::map<int, int> due;  // year → milestones due at its end
    for (const auto& indicator : plan->indicators)
      for (const auto& target : indicator.targets)
        if (target.by) ++due[*target.by];
    for (const auto& [year, n] : due) {
      PartialDate end{year, 12, 31};
      entries.emplace_back(day_number(end), View()
                                                .set("date", format_date(end, language))
                                                .set("label", count_phrase(static_cast<size_t>(n), "count_milestones", language))
                                                .set("url", context.urls.plan_indicators(language, plan->id)));
    }
    if (plan->reports.empty()) continue;  // a plan without reports has no timeline to show yet
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    View::List items;
    for (auto& [day, entry] : entries) items.push_back(std::move(entry));
    timelines.push_back(View().set("plan", plan_link(*plan, context, tr)).set("entries", std::move(items)));
  }
  View v;
  v.set("heading", ui_text("reports_heading", language));
  set_list(v, "periods", std::move(periods));
  set_list(v, "timelines", std::move(timelines));
  return v;
}

}  // namespace plansite
