// The status rules. docs/format-reference.md, "Progress statuses", says the
// same for content authors; keep the two in step.
//
// As-of date A: `--as-of`, else the latest reporting date of any report.
// Only reports dated on or before A count, taken in period order.
//
// Indicator. Its values are the reported ones, oldest period first; the
// latest value v was measured at the date of the report that gave it (a
// later report that leaves the indicator out — a missing period — changes
// nothing). The start is the baseline (value at the end of baseline_year, or
// at the first report's date when the year is not given), else the first
// reported value. Milestones are the targets with a value: dated ones (`by`,
// due on 31 December of that year) and standing ones (no year: they hold
// throughout the plan). The indicator falls when it has a baseline above its
// last dated milestone (or, having none, its first standing target); then
// "at least" reads "at most" and "above" reads "below". Without a baseline an
// indicator rises: a first value already past the target is progress, not a
// sign of direction. A value meets a milestone per the bound: at-least ≥,
// above > (so an "above" bound met exactly is not met), exactly = (to 1e-9).
//   1. no value reported by A, or no milestone with a value → no data;
//   2. a standing target v does not meet → behind;
//   3. v meets the last dated milestone (or there is none) → achieved, even
//      before its year (reached early); but at risk if a standing target was
//      missed at an earlier report, since it had to hold at every report;
//   4. a dated milestone due before A that v does not meet → behind;
//   5. else, against the first milestone not yet due at A: the line from the
//      start to (31 December of its year, its value), read at v's date, gives
//      the expected value e; v at or past e → on track; short of e by at most
//      kAtRiskTolerance of |milestone − start| → at risk; more → behind. A
//      standing target missed earlier lowers "on track" to "at risk".
//
// Task. Its latest reported progress is the last report (by A) naming it.
//   cancelled: so reported. done: so reported (100 %). overdue: not done,
//   not ongoing, and the end of its timeframe (the last day of `to`, or of
//   `from` without `to`) is before A. in progress: so reported, or its
//   timeframe has begun (an ongoing task without `from` always has). not
//   started: otherwise (no report or "planned", and not begun; or no A).
//   Percent: the latest reported percent, 100 when done, else 0.
#include "resolve/status.h"

#include <algorithm>
#include <cmath>

namespace plansite {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

// The last day of the period's last quarter.
long end_day(const Period& period) {
  int last = period.last_quarter_index();
  return day_number({last / 4, (last % 4 + 1) * 3, 0});
}

long start_day(const Period& period) {
  int first = period.first_quarter_index();
  return day_number({first / 4, (first % 4) * 3 + 1, 1});
}

// The reports that count as of `as_of`, in period order.
std::vector<const Report*> reports_as_of(const std::vector<Report>& reports, const PartialDate& as_of) {
  std::vector<const Report*> out;
  long limit = day_number(as_of);
  for (const auto& report : reports)
    if (day_number(report.date) <= limit) out.push_back(&report);
  std::stable_sort(out.begin(), out.end(), [](const Report* a, const Report* b) {
    return std::pair(a->period.year, a->period.last_month()) < std::pair(b->period.year, b->period.last_month());
  });
  return out;
}

struct Observation {
  double value = 0;
  long day = 0;
};

bool meets(double value, const Target& target, bool falling) {
  double goal = *target.value;
  if (target.bound == "exactly") return std::fabs(value - goal) <= 1e-9 * std::max(1.0, std::fabs(goal));
  bool strict = target.bound == "above";
  if (falling) return strict ? value < goal : value <= goal;
  return strict ? value > goal : value >= goal;
}

}  // namespace

std::string_view status_key(IndicatorStatus status) {
  switch (status) {
    case IndicatorStatus::achieved: return "achieved";
    case IndicatorStatus::on_track: return "on-track";
    case IndicatorStatus::at_risk: return "at-risk";
    case IndicatorStatus::behind: return "behind";
    case IndicatorStatus::no_data: return "no-data";
  }
  return "";
}

std::string_view status_key(TaskStatus status) {
  switch (status) {
    case TaskStatus::not_started: return "not-started";
    case TaskStatus::in_progress: return "in-progress";
    case TaskStatus::done: return "done";
    case TaskStatus::overdue: return "overdue";
    case TaskStatus::cancelled: return "cancelled";
  }
  return "";
}

long day_number(const PartialDate& date) {
  int month = date.month ? date.month : 12;
  int day = date.day ? date.day : days_in_month(date.year, month);
  // Days before the year, then before the month, then the day; from year 0
  // so the leap-year count needs no special case, minus 1970-01-01's number.
  long y = date.year - 1;
  long days = date.year * 365L + y / 4 - y / 100 + y / 400 + 1;  // year 0 was a leap year
  for (int m = 1; m < month; ++m) days += days_in_month(date.year, m);
  return days + day - 1 - 719528L;
}

std::optional<PartialDate> as_of_date(const Site& site, std::optional<PartialDate> given) {
  if (given) return given;
  std::optional<PartialDate> latest;
  for (const auto& plan : site.plans)
    for (const auto& report : plan.reports)
      if (report.date.year && (!latest || day_number(report.date) > day_number(*latest))) latest = report.date;
  return latest;
}

IndicatorStatus indicator_status(const Indicator& indicator, const std::vector<Report>& reports,
                                 const std::optional<PartialDate>& as_of) {
  if (!as_of) return IndicatorStatus::no_data;
  std::vector<Observation> values;
  for (const Report* report : reports_as_of(reports, *as_of))
    for (const auto& value : report->indicators)
      if (value.indicator.id == indicator.id) values.push_back({value.value, day_number(report->date)});
  std::vector<const Target*> dated, standing;
  for (const auto& target : indicator.targets)
    if (target.value) (target.by ? dated : standing).push_back(&target);
  if (values.empty() || (dated.empty() && standing.empty())) return IndicatorStatus::no_data;
  std::stable_sort(dated.begin(), dated.end(), [](const Target* a, const Target* b) { return *a->by < *b->by; });

  const Observation& latest = values.back();
  Observation start = values.front();
  if (indicator.baseline_value) {
    start.value = *indicator.baseline_value;
    if (indicator.baseline_year) start.day = day_number({indicator.baseline_year, 12, 31});
  }
  const Target* reference = dated.empty() ? standing.front() : dated.back();
  bool falling = indicator.baseline_value && *indicator.baseline_value > *reference->value;

  bool standing_missed_before = false;
  for (const Target* target : standing) {
    if (!meets(latest.value, *target, falling)) return IndicatorStatus::behind;
    for (const auto& earlier : values) standing_missed_before |= !meets(earlier.value, *target, falling);
  }
  auto unless_missed_before = [&](IndicatorStatus status) {
    return standing_missed_before ? IndicatorStatus::at_risk : status;
  };
  if (dated.empty() || meets(latest.value, *dated.back(), falling))
    return unless_missed_before(IndicatorStatus::achieved);

  long today = day_number(*as_of);
  const Target* next = nullptr;
  for (const Target* target : dated) {
    long due = day_number({*target->by, 12, 31});
    if (due < today && !meets(latest.value, *target, falling)) return IndicatorStatus::behind;
    if (due >= today && !next) next = target;
  }
  // Every milestone is due and met but the last: impossible, as the last is
  // unmet; `next` is set whenever step 4 did not return.
  long due = day_number({*next->by, 12, 31});
  double goal = *next->value;
  double share = due > start.day ? std::clamp(double(latest.day - start.day) / double(due - start.day), 0.0, 1.0) : 1.0;
  double expected = start.value + (goal - start.value) * share;
  double shortfall = falling ? latest.value - expected : expected - latest.value;
  if (shortfall <= 1e-9) return unless_missed_before(IndicatorStatus::on_track);
  if (shortfall <= kAtRiskTolerance * std::fabs(goal - start.value)) return IndicatorStatus::at_risk;
  return IndicatorStatus::behind;
}

bool reported_by(const Report& report, const std::optional<PartialDate>& as_of) {
  return !as_of || day_number(report.date) <= day_number(*as_of);
}

TaskState task_state(const Task& task, const std::vector<Report>& reports, const std::optional<PartialDate>& as_of) {
  TaskState state;
  const TaskProgress* latest = nullptr;
  if (as_of)
    for (const Report* report : reports_as_of(reports, *as_of))
      for (const auto& progress : report->tasks)
        if (progress.task.id == task.id) {
          latest = &progress;
          if (progress.percent) state.percent = *progress.percent;
        }
  // No report mentions the task: it stands where its plan says (`status:` in
  // plan.yaml, "planned" unless given). "overdue" is never taken as given:
  // the rule below decides it from the timeframe.
  std::string reported = latest ? latest->status : task.status == "overdue" ? "planned" : task.status;
  if (reported == "cancelled") {
    state.status = TaskStatus::cancelled;
    return state;
  }
  if (reported == "done") {
    state.status = TaskStatus::done;
    state.percent = 100;
    return state;
  }
  if (!as_of) {  // no date to judge time by: only what is said
    state.status = reported == "in-progress" ? TaskStatus::in_progress : TaskStatus::not_started;
    return state;
  }
  long today = day_number(*as_of);
  const Timeframe& time = task.timeframe;
  std::optional<Period> last = time.to ? time.to : time.from;
  if (!time.ongoing && last && end_day(*last) < today) {
    state.status = TaskStatus::overdue;
  } else if (reported == "in-progress") {
    state.status = TaskStatus::in_progress;
  } else {
    bool begun = time.from ? start_day(*time.from) <= today : time.ongoing;
    state.status = begun ? TaskStatus::in_progress : TaskStatus::not_started;
  }
  return state;
}

}  // namespace plansite
