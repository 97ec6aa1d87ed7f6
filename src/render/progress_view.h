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

/// A plan's progress at a glance: its indicators and tasks by status, and
/// the mean share of its tasks done; also notes the reports on `page`.
View plan_progress_view(const Plan& plan, const PageContext& context, PageContent& page);

}  // namespace plansite
