#pragma once
// Roll-ups of the status rules: how a plan, and each agency across plans,
// stands at a glance.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/site.h"
#include "resolve/status.h"

namespace plansite {

/// Counts of indicators and tasks by status, and one progress figure.
struct ProgressRollup {
  std::array<int, std::size(kIndicatorStatuses)> indicators{};  ///< by IndicatorStatus
  std::array<int, std::size(kTaskStatuses)> tasks{};            ///< by TaskStatus
  /// The mean percent done of the tasks counted (cancelled ones are left
  /// out; a task no report mentions counts 0). None when no task counts.
  /// Every task weighs the same: the content gives no weights today; when it
  /// does, this is the place to weigh them.
  std::optional<double> progress;

  int count(IndicatorStatus status) const { return indicators[static_cast<size_t>(status)]; }
  int count(TaskStatus status) const { return tasks[static_cast<size_t>(status)]; }
};

/// The roll-up of one plan's indicators and tasks as of `as_of`.
ProgressRollup plan_rollup(const Plan& plan, const std::optional<PartialDate>& as_of);

/// The roll-up of each agency (by id) across the site's plans: the tasks it
/// leads (a task led by two agencies counts for both) and the indicators it
/// answers for (`agency:`). Agencies with neither are absent.
std::map<std::string, ProgressRollup> agency_rollups(const Site& site, const std::optional<PartialDate>& as_of);

/// One agency's roll-up at the end of a reporting period.
struct PeriodRollup {
  ReportPeriod period;
  ProgressRollup rollup;
};

/// Each agency's record report by report: for every period some plan
/// reported on (by `as_of`), oldest first, its roll-up as of the latest
/// reporting date of that period — the agency's line of history. Agencies
/// with no task or indicator are absent.
std::map<std::string, std::vector<PeriodRollup>> agency_rollup_history(const Site& site,
                                                                        const std::optional<PartialDate>& as_of);

}  // namespace plansite
