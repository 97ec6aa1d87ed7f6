#pragma once
// Internal to the render stage: the structured parts of a plan page that the
// web shows beside the document (objectives, indicators, tasks, programs,
// responsibilities, agencies).
#include <string>
#include <vector>

#include "render/pages.h"

namespace plansite {

/// Adds the views of every structured part of `plan` to `view`.
void add_plan_parts(View& view, const Plan& plan, const PageContext& context, Localizer& tr);

/// Each indicator of the plan with its milestones, for the plan's table of indicators.
View::List indicators_view(const Plan& plan, const PageContext& context, Localizer& tr);

/// Where a plan page shows its tasks: their own section, or the annex that
/// issues them.
std::string plan_tasks_anchor(const Plan& plan);

/// Every agency the plan names, each once, in the order it first appears.
std::vector<std::string> plan_agency_ids(const Plan& plan);

}  // namespace plansite
