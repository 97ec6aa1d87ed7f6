#include "resolve/progress_rollup.h"

#include <algorithm>

namespace plansite {

namespace {

// Sums of percent and of tasks counted, turned into the mean at the end, so
// an agency's figure is the mean over all its tasks, not a mean of plan means.
struct Tally {
  ProgressRollup rollup;
  double percent_sum = 0;
  int counted = 0;

  void add(IndicatorStatus status) { ++rollup.indicators[static_cast<size_t>(status)]; }
  void add(const TaskState& state) {
    ++rollup.tasks[static_cast<size_t>(state.status)];
    if (state.status == TaskStatus::cancelled) return;
    percent_sum += state.percent;
    ++counted;
  }
  ProgressRollup finish() {
    if (counted) rollup.progress = percent_sum / counted;
    return rollup;
  }
};

}  // namespace

ProgressRollup plan_rollup(const Plan& plan, const std::optional<PartialDate>& as_of) {
  Tally tally;
  for (const auto& indicator : plan.indicators) tally.add(indicator_status(indicator, plan.reports, as_of));
  for (const auto& task : plan.tasks) tally.add(task_state(task, plan.reports, as_of));
  return tally.finish();
}

std::map<std::string, ProgressRollup> agency_rollups(const Site& site, const std::optional<PartialDate>& as_of) {
  std::map<std::string, Tally> tallies;
  for (const auto& plan : site.plans) {
    for (const auto& indicator : plan.indicators)
      if (indicator.agency) tallies[indicator.agency->id].add(indicator_status(indicator, plan.reports, as_of));
    for (const auto& task : plan.tasks) {
      if (task.lead.empty()) continue;
      TaskState state = task_state(task, plan.reports, as_of);
      for (const auto& lead : task.lead) tallies[lead.id].add(state);
    }
  }
  std::map<std::string, ProgressRollup> out;
  for (auto& [agency, tally] : tallies) out.emplace(agency, tally.finish());
  return out;
}

std::map<std::string, std::vector<PeriodRollup>> agency_rollup_history(const Site& site,
                                                                        const std::optional<PartialDate>& as_of) {
  // Each period's closing date: its reports may be dated days apart, plan by plan.
  std::vector<std::pair<ReportPeriod, PartialDate>> periods;
  for (const auto& plan : site.plans)
    for (const auto& report : plan.reports) {
      if (!reported_by(report, as_of)) continue;
      auto same = std::find_if(periods.begin(), periods.end(),
                               [&](const auto& p) { return p.first.key() == report.period.key(); });
      if (same == periods.end()) periods.emplace_back(report.period, report.date);
      else if (day_number(report.date) > day_number(same->second)) same->second = report.date;
    }
  std::sort(periods.begin(), periods.end(), [](const auto& a, const auto& b) { return earlier(a.first, b.first); });
  std::map<std::string, std::vector<PeriodRollup>> out;
  for (const auto& [period, closed] : periods)
    for (auto& [agency, rollup] : agency_rollups(site, closed)) out[agency].push_back({period, std::move(rollup)});
  return out;
}

}  // namespace plansite
