#pragma once
// Internal to the render stage: every task, indicator and program of the
// site in one list each, for the pages that show them across plans.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/site.h"
#include "resolve/status.h"

namespace plansite {

template <typename T>
using PlanItems = std::vector<std::pair<const Plan*, const T*>>;

/// The items of every plan, newest plan first, then in the plan's own order,
/// with the tasks also grouped by status and by year for the task filters.
struct SiteItems {
  PlanItems<Task> tasks;
  PlanItems<Indicator> indicators;
  PlanItems<Program> programs;
  /// By status key ("in-progress"), as of the build's date: see resolve/status.h.
  std::map<std::string, PlanItems<Task>> tasks_by_status;
  /// Where each task stands as of the build's date.
  std::map<const Task*, TaskState> task_states;
  std::map<int, PlanItems<Task>> tasks_by_year;
};

/// Built once per build, before any page renders.
SiteItems site_items(const std::vector<const Plan*>& plans_newest_first, const std::optional<PartialDate>& as_of);

/// The years a task's timeframe covers: from its first to its last period; an
/// ongoing task covers its plan's whole period; a task without a time, none.
std::vector<int> task_years(const Plan& plan, const Task& task);

/// The number the document gives a task ("1.1"), or its place in the list ("3.").
std::string task_number(const Plan& plan, const Task& task);

}  // namespace plansite
