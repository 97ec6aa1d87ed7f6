#pragma once
// Internal to the render stage: the charts of the indicator, plan, agency and
// program pages. Each builder turns the plan and its reports into one chart's
// data, its one-sentence summary and the same figures as a table; the page
// carries the data as a JSON block that themes/default/charts.js draws with
// Chart.js, so nothing runs inline and the page is whole without JavaScript.
#include <optional>
#include <string>
#include <vector>

#include "render/pages.h"

namespace plansite {

/// One line or set of bars.
struct ChartSeries {
  std::string label;
  std::string colour;                        ///< "#rrggbb", from statuses.yaml
  std::vector<std::string> colours;          ///< one per bar, when the bars differ
  std::vector<std::optional<double>> values;  ///< one per label; none where the series has no point
  bool dashed = false;                       ///< a target line, not a measured one
};

/// One chart, as drawn and as read.
struct Chart {
  std::string kind;  ///< "line" or "bar"
  std::string axis;  ///< what the labels are: "Kỳ báo cáo", "Tình trạng"
  /// Bars along, not up: status names stay readable in a narrow column.
  bool horizontal = false;
  /// Each label's bars one on another: the parts of one whole, period by period.
  bool stacked = false;
  std::string title;
  std::string summary;  ///< one sentence, in the page's language
  std::string unit;     ///< "%" or ""
  std::vector<std::string> labels;
  std::vector<ChartSeries> series;
  /// The JSON the page carries (`<`, `>` and `&` escaped, so it cannot close its block).
  std::string json() const;
};

/// (a) An indicator's reported values by period against its milestones'
/// targets; none when no report gives it a value.
std::optional<Chart> indicator_chart(const Plan& plan, const Indicator& indicator, const PageContext& context);
/// (b) A plan's tasks by status; none when the plan has no tasks or no report yet.
std::optional<Chart> plan_chart(const Plan& plan, const PageContext& context);
/// (c) The tasks an agency leads across plans, and the indicators it answers
/// for, by status, report by report: its history. None when it leads no task
/// (answers for no indicator) or no report is in yet.
std::optional<Chart> agency_task_chart(const Agency& agency, const PageContext& context);
std::optional<Chart> agency_indicator_chart(const Agency& agency, const PageContext& context);
/// (d) A program's participants and sessions by period; none without activity.
std::optional<Chart> program_chart(const Plan& plan, const Program& program, const PageContext& context);

/// The view of chart.mustache for `chart`: summary, canvas with its data, and
/// the table; marks `page` as one that loads the chart scripts (when the
/// site has the chart scripts; without them the summary and table stand alone).
View chart_view(const Chart& chart, const PageContext& context, PageContent& page);

}  // namespace plansite
