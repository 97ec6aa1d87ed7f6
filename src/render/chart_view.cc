#include "render/chart_view.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <utility>

#include "render/ui_text.h"
#include "util/json.h"

namespace plansite {

namespace {

// The JSON sits in a <script> block, which "</script>" in a label would otherwise close.
std::string script_json_string(const std::string& text) { return json_string(text, JsonIn::script); }

// The shortest digits that read back as the same number: 88.5, 99, 1240.
std::string json_number(double value) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

template <typename Item, typename Write>
std::string json_array(const std::vector<Item>& items, Write write) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + write(items[i]);
  return out + "]";
}

// Where a period falls, for ordering reports and milestones on one axis:
// (year, last month). A milestone "by 2030" falls at the end of 2030, with a
// yearly report of 2030.
using AxisKey = std::pair<int, int>;

std::string value_text(double value, const std::string& unit, const std::string& language) {
  Target t;
  t.value = value;
  return format_target_value(t, unit, language);
}

// "Hoàn thành 3, Đang thực hiện 5": the statuses that have tasks.
std::optional<Chart> tasks_by_status(const ProgressRollup& rollup, const std::string& title,
                                     const PageContext& context) {
  const std::string& language = context.language;
  Chart chart;
  chart.kind = "bar";
  chart.axis = ui_text("status", language);
  chart.horizontal = true;
  chart.title = title;
  ChartSeries series;
  series.label = ui_text("tasks", language);
  series.colour = context.statuses->colour(TaskStatus::in_progress);
  std::string parts;
  for (TaskStatus s : kTaskStatuses) {
    int n = rollup.count(s);
    chart.labels.push_back(context.statuses->label(s, language));
    series.colours.push_back(context.statuses->colour(s));
    series.values.push_back(n);
    if (n) parts += (parts.empty() ? "" : ", ") + context.statuses->label(s, language) + " " + format_number(n, language);
  }
  if (parts.empty()) return std::nullopt;
  chart.series.push_back(std::move(series));
  chart.summary = title + ": " + parts + ".";
  return chart;
}

}  // namespace

std::string Chart::json() const {
  std::string out = "{\"kind\":" + script_json_string(kind) + (horizontal ? ",\"horizontal\":true" : "") +
                    (stacked ? ",\"stacked\":true" : "") + ",\"unit\":" + script_json_string(unit) + ",\"labels\":" +
                    json_array(labels, script_json_string) + ",\"series\":[";
  for (size_t i = 0; i < series.size(); ++i) {
    const ChartSeries& s = series[i];
    out += i ? "," : "";
    out += "{\"label\":" + script_json_string(s.label) + ",\"colour\":" + script_json_string(s.colour);
    if (!s.colours.empty()) out += ",\"colours\":" + json_array(s.colours, script_json_string);
    if (s.dashed) out += ",\"dashed\":true";
    out += ",\"values\":" + json_array(s.values, [](const std::optional<double>& v) {
      return v ? json_number(*v) : std::string("null");
    });
    out += "}";
  }
  return out + "]}";
}

std::optional<Chart> indicator_chart(const Plan& plan, const Indicator& indicator, const PageContext& context) {
  const std::string& language = context.language;
  // Each point of the axis: its label, the value reported and the target due.
  struct Point {
    std::string label;
    std::optional<double> value, target;
  };
  std::map<AxisKey, Point> points;
  const Report* latest = nullptr;
  double latest_value = 0;
  for (const Report& report : plan.reports) {
    if (!reported_by(report, context.as_of)) continue;
    for (const auto& v : report.indicators) {
      if (v.indicator.id != indicator.id) continue;
      Point& p = points[{report.period.year, report.period.last_month()}];
      p.label = format_report_period(report.period, language);
      p.value = v.value;
      latest = &report;
      latest_value = v.value;
    }
  }
  if (!latest) return std::nullopt;
  const Target* final_target = nullptr;
  std::optional<double> standing;
  for (const Target& t : indicator.targets) {
    if (!t.value) continue;
    final_target = &t;
    if (!t.by) {
      standing = t.value;
      continue;
    }
    Point& p = points[{*t.by, 12}];
    if (p.label.empty()) p.label = std::to_string(*t.by);
    p.target = t.value;
  }
  // A standing target holds at every point the others do not set.
  if (standing)
    for (auto& [key, p] : points)
      if (!p.target) p.target = standing;

  Chart chart;
  chart.kind = "line";
  chart.axis = ui_text("report_period", language);
  chart.title = ui_text("chart_indicator_title", language);
  chart.unit = indicator.unit == "percent" ? "%" : "";
  IndicatorStatus status = indicator_status(indicator, plan.reports, context.as_of);
  ChartSeries values{ui_text("reported_value", language), context.statuses->colour(status), {}, {}, false};
  ChartSeries targets{ui_text("target", language), context.statuses->colour(IndicatorStatus::no_data), {}, {}, true};
  for (const auto& [key, p] : points) {
    chart.labels.push_back(p.label);
    values.values.push_back(p.value);
    targets.values.push_back(p.target);
  }
  chart.series.push_back(std::move(values));
  bool has_target = final_target != nullptr;
  if (has_target) chart.series.push_back(std::move(targets));

  std::vector<Slot> slots = {
      {"period", format_report_period(latest->period, language)},
      {"value", value_text(latest_value, indicator.unit, language)}};
  if (has_target) {
    slots.push_back({"milestone", final_target->by ? std::to_string(*final_target->by) : std::string{}});
    slots.push_back({"target", format_target_value(*final_target, indicator.unit, language)});
  }
  const char* pattern = !has_target          ? "chart_indicator_summary_no_target"
                        : final_target->by ? "chart_indicator_summary"
                                             : "chart_indicator_summary_standing";
  chart.summary = fill(ui_text(pattern, language), slots);
  return chart;
}

std::optional<Chart> plan_chart(const Plan& plan, const PageContext& context) {
  if (plan.tasks.empty()) return std::nullopt;
  bool reported = std::any_of(plan.reports.begin(), plan.reports.end(),
                              [&](const Report& r) { return reported_by(r, context.as_of); });
  if (!reported) return std::nullopt;
  return tasks_by_status(plan_rollup(plan, context.as_of), ui_text("task_status_heading", context.language),
                         context);
}

namespace {

template <typename Status, size_t N>
std::optional<Chart> status_history(const std::vector<PeriodRollup>& history, const Status (&statuses)[N],
                                    const std::string& title, const PageContext& context) {
  const std::string& language = context.language;
  Chart chart;
  chart.kind = "bar";
  chart.stacked = true;
  chart.axis = ui_text("report_period", language);
  chart.title = title;
  for (const PeriodRollup& p : history) chart.labels.push_back(format_report_period(p.period, language));
  std::string latest;
  for (Status s : statuses) {
    ChartSeries series;
    series.label = context.statuses->label(s, language);
    series.colour = context.statuses->colour(s);
    bool any = false;
    for (const PeriodRollup& p : history) {
      int n = p.rollup.count(s);
      series.values.push_back(n);
      any = any || n;
    }
    // A status no period has would only add an empty legend entry and column.
    if (!any) continue;
    if (int n = history.back().rollup.count(s)) latest += (latest.empty() ? "" : ", ") + series.label + " " + format_number(n, language);
    chart.series.push_back(std::move(series));
  }
  if (chart.series.empty()) return std::nullopt;
  chart.summary = fill(ui_text("chart_history_summary", language),
                       {{"title", title}, {"period", chart.labels.back()}, {"counts", latest.empty() ? "0" : latest}});
  return chart;
}

const std::vector<PeriodRollup>* agency_history(const Agency& agency, const PageContext& context) {
  if (!context.agency_history) return nullptr;
  auto it = context.agency_history->find(agency.id);
  return it == context.agency_history->end() || it->second.empty() ? nullptr : &it->second;
}

}  // namespace

std::optional<Chart> agency_task_chart(const Agency& agency, const PageContext& context) {
  const auto* history = agency_history(agency, context);
  if (!history || context.agency_records.at(agency.id).leads.empty()) return std::nullopt;
  return status_history(*history, kTaskStatuses, ui_text("chart_led_tasks_title", context.language), context);
}

std::optional<Chart> agency_indicator_chart(const Agency& agency, const PageContext& context) {
  const auto* history = agency_history(agency, context);
  if (!history || context.agency_records.at(agency.id).indicators.empty()) return std::nullopt;
  return status_history(*history, kIndicatorStatuses, ui_text("chart_agency_indicators_title", context.language),
                        context);
}

std::optional<Chart> program_chart(const Plan& plan, const Program& program, const PageContext& context) {
  const std::string& language = context.language;
  Chart chart;
  chart.kind = "bar";
  chart.title = ui_text("chart_program_title", language);
  chart.axis = ui_text("report_period", language);
  ChartSeries participants{ui_text("activity_participants", language),
                           context.statuses->colour(IndicatorStatus::on_track), {}, {}, false};
  ChartSeries sessions{ui_text("sessions", language), context.statuses->colour(IndicatorStatus::at_risk), {}, {},
                       false};
  std::string summary;
  for (const Report& report : plan.reports) {
    if (!reported_by(report, context.as_of)) continue;
    for (const auto& a : report.programs) {
      if (a.program.id != program.id) continue;
      chart.labels.push_back(format_report_period(report.period, language));
      participants.values.push_back(a.participants);
      sessions.values.push_back(a.sessions);
      summary = fill(ui_text("chart_program_summary", language),
                     {{"period", chart.labels.back()},
                      {"participants", format_number(a.participants, language)},
                      {"sessions", format_number(a.sessions, language)}});
    }
  }
  if (chart.labels.empty()) return std::nullopt;
  chart.series.push_back(std::move(participants));
  chart.series.push_back(std::move(sessions));
  chart.summary = summary;
  return chart;
}

View chart_view(const Chart& chart, const PageContext& context, PageContent& page) {
  const std::string& language = context.language;
  View v;
  v.set("title", chart.title);
  v.set("axis", chart.axis);
  v.set("summary", chart.summary);
  // A theme without charts.js, or a binary built without Chart.js, gets no canvas.
  bool drawn = !context.chart_script_urls.empty();
  v.set("drawn", drawn);
  if (drawn) {
    v.set("json", chart.json());
    page.chart = true;
  }
  View::List columns;
  for (const auto& s : chart.series) columns.push_back(View().set("label", s.label));
  v.set("columns", std::move(columns));
  View::List rows;
  for (size_t i = 0; i < chart.labels.size(); ++i) {
    View::List cells;
    for (const auto& s : chart.series) {
      const auto& value = s.values[i];
      std::string text = value ? format_number(*value, language) + chart.unit : std::string{};
      cells.push_back(View().set("label", s.label).set("text", text));
    }
    rows.push_back(View().set("label", chart.labels[i]).set("cells", std::move(cells)));
  }
  v.set("rows", std::move(rows));
  return v;
}

}  // namespace plansite
