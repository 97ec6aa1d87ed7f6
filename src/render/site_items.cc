#include "render/site_items.h"

namespace plansite {

std::vector<int> task_years(const Plan& plan, const Task& task) {
  const Timeframe& time = task.timeframe;
  int first = 0, last = 0;
  if (time.from) {
    first = time.from->year;
    last = time.to ? time.to->year : first;
    // "From 2027, ongoing": every year from then to the plan's end.
    if (time.ongoing && !time.to) last = plan.period.to;
  } else if (time.ongoing) {
    first = plan.period.from;
    last = plan.period.to;
  }
  std::vector<int> years;
  for (int year = first; first > 0 && year <= last; ++year) years.push_back(year);
  return years;
}

std::string task_number(const Plan& plan, const Task& task) {
  if (!task.number.empty()) return task.number;
  return std::to_string(&task - plan.tasks.data() + 1) + ".";
}

SiteItems site_items(const std::vector<const Plan*>& plans_newest_first, const std::optional<PartialDate>& as_of) {
  SiteItems items;
  for (const Plan* plan : plans_newest_first) {
    for (const auto& task : plan->tasks) {
      items.tasks.emplace_back(plan, &task);
      TaskState state = task_state(task, plan->reports, as_of);
      items.task_states[&task] = state;
      items.tasks_by_status[std::string(status_key(state.status))].emplace_back(plan, &task);
      for (int year : task_years(*plan, task)) items.tasks_by_year[year].emplace_back(plan, &task);
    }
    for (const auto& indicator : plan->indicators) items.indicators.emplace_back(plan, &indicator);
    for (const auto& program : plan->programs) items.programs.emplace_back(plan, &program);
  }
  return items;
}

}  // namespace plansite
