#pragma once
// Internal to the render stage: where tasks, indicators and programs stand,
// from the plan's progress reports, for every page that shows it.
#include <optional>
#include <string>

#include "render/pages.h"

namespace plansite {

/// {key, label, icon} of a status, as the theme's statuses.yaml names and marks it.
View status_view(TaskStatus status, const PageContext& context);
View status_view(IndicatorStatus status, const PageContext& context);

/// The stylesheet rules that colour each status (`.status-on-track{color:…}`),
/// from statuses.yaml: the pages' Content Security Policy allows no inline style.
std::string status_css(const StatusStyles& styles);

/// What the reports say of one item, report by report, as table rows; the
/// page notes on `page` the latest reporting date and whether any figure
/// shown is illustrative.
View::List task_history(const Plan& plan, const Task& task, const PageContext& context, Localizer& tr,
                        PageContent& page);
View::List indicator_history(const Plan& plan, const Indicator& indicator, const PageContext& context,
                             Localizer& tr, PageContent& page);
View::List program_history(const Plan& plan, const Program& program, const PageContext& context, Localizer& tr,
                           PageContent& page);

/// "88,5% (Quý II/2026)": the indicator's latest reported value as of the
/// build's date; "" when none.
std::string latest_value(const Plan& plan, const Indicator& indicator, const PageContext& context);

/// Notes on `page` that it shows figures from `report`: its date, if later
/// than any noted, and whether it is illustrative.
void note_report(const Report& report, PageContent& page);

/// Notes on `page` that it shows figures from `plan`'s reports (as of the
/// build's date): "Cập nhật lần cuối", and "Số liệu minh họa" if illustrative.
void note_reports(const Plan& plan, const PageContext& context, PageContent& page);

/// "Tiến độ: 31% · ◐ 2 Đang thực hiện · ✓ 1 Hoàn thành": the tasks an agency
/// leads, as of the build's date; "" when the site has no report yet.
std::string agency_progress_line(const std::string& agency_id, const PageContext& context);

/// A plan's progress at a glance: its indicators and tasks by status, and
/// the mean share of its tasks done; also notes the reports on `page`.
View plan_progress_view(const Plan& plan, const PageContext& context, PageContent& page);

}  // namespace plansite
