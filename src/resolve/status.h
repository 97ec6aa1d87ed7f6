#pragma once
// The status rules of progress tracking: where each indicator and task stands
// as of a date, computed from the plan and its reports only. Never the wall
// clock: the same content and the same date give the same site.
// The rules are documented for content authors in docs/format-reference.md,
// "Progress statuses"; status.cc states them precisely.
#include <optional>
#include <string_view>
#include <vector>

#include "model/period.h"
#include "model/plan.h"
#include "model/report.h"
#include "model/site.h"

namespace plansite {

enum class IndicatorStatus { achieved, on_track, at_risk, behind, no_data };
enum class TaskStatus { not_started, in_progress, done, overdue, cancelled };

inline constexpr IndicatorStatus kIndicatorStatuses[] = {IndicatorStatus::achieved, IndicatorStatus::on_track,
                                                         IndicatorStatus::at_risk, IndicatorStatus::behind,
                                                         IndicatorStatus::no_data};
inline constexpr TaskStatus kTaskStatuses[] = {TaskStatus::not_started, TaskStatus::in_progress, TaskStatus::done,
                                               TaskStatus::overdue, TaskStatus::cancelled};

/// The status's name in theme files and CSS classes: "on-track", "not-started".
std::string_view status_key(IndicatorStatus status);
std::string_view status_key(TaskStatus status);

/// The date statuses are computed for: `given` (`--as-of`), else the latest
/// reporting date of any report of the site, else none — a site without
/// reports has every indicator "no data" and every task "not started".
std::optional<PartialDate> as_of_date(const Site& site, std::optional<PartialDate> given);

/// Days since 1970-01-01 of a date; a blank month or day counts as the last
/// of the year or month (a draft's "tháng 4 năm 2026" is over only at its end).
long day_number(const PartialDate& date);

/// Whether `report` counts as of `as_of`: dated on or before it (every
/// report counts when there is no date to judge by).
bool reported_by(const Report& report, const std::optional<PartialDate>& as_of);

/// Tolerance of "at risk": a value short of the expected line by at most this
/// share of the whole way from the start to the milestone is at risk, not
/// behind. A tenth is one quarter's slip in a plan of two and a half years,
/// what a commune office can make up; more is a real delay.
inline constexpr double kAtRiskTolerance = 0.10;

/// Where `indicator` stands as of `as_of`, from the values of `reports`
/// (oldest period first) dated on or before it.
IndicatorStatus indicator_status(const Indicator& indicator, const std::vector<Report>& reports,
                                 const std::optional<PartialDate>& as_of);

/// A task's status and its share done (0–100).
struct TaskState {
  TaskStatus status = TaskStatus::not_started;
  int percent = 0;
};

/// Where `task` stands as of `as_of`, from the progress `reports` give.
TaskState task_state(const Task& task, const std::vector<Report>& reports, const std::optional<PartialDate>& as_of);

}  // namespace plansite
