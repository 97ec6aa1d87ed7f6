// The status rules, table-driven: each row an indicator or task, its reports
// and a date, and the status the rule must give.
#include "resolve/status.h"

#include <doctest/doctest.h>

#include "resolve/progress_rollup.h"

using namespace plansite;

namespace {

// "2026-Q2" or "2026": written here, not with the loader's parser, so these
// tests need nothing but the model.
ReportPeriod period(const std::string& key) {
  ReportPeriod p;
  p.year = std::stoi(key.substr(0, 4));
  if (key.size() == 7 && key[5] == 'Q') p.quarter = key[6] - '0';
  return p;
}

Target target(std::optional<int> by, double value, const std::string& bound = "at-least") {
  Target t;
  t.by = by;
  t.value = value;
  t.bound = bound;
  return t;
}

Indicator indicator(std::optional<double> baseline, int baseline_year, std::vector<Target> targets) {
  Indicator i;
  i.id = "ct";
  i.baseline_value = baseline;
  i.baseline_year = baseline_year;
  i.targets = std::move(targets);
  return i;
}

// A report of period `period` (e.g. "2026-Q2") dated `date`, giving the
// indicator "ct" `value` when there is one.
Report report(const std::string& period, PartialDate date, std::optional<double> value) {
  Report r;
  r.period = ::period(period);
  r.date = date;
  if (value) r.indicators.push_back({{"ct", {}}, *value, std::nullopt, {}, {}, {}, {}});
  return r;
}

Report task_report(const std::string& period, PartialDate date, const std::string& status,
                   std::optional<int> percent = std::nullopt) {
  Report r;
  r.period = ::period(period);
  r.date = date;
  r.tasks.push_back({{"nv", {}}, status, percent, {}, {}});
  return r;
}

Task task(std::optional<Period> from, std::optional<Period> to, bool ongoing = false) {
  Task t;
  t.id = "nv";
  t.timeframe.from = from;
  t.timeframe.to = to;
  t.timeframe.ongoing = ongoing;
  return t;
}

// As text, so a failing check prints the names.
template <typename Status>
std::string name(Status status) {
  return std::string(status_key(status));
}

}  // namespace

TEST_CASE("status: indicator rule") {
  // Rising 40 % (end of 2025) → 60 % by 2027 → 80 % by 2030: the line to the
  // 2027 milestone gains 10 points a year, so mid-2026 expects about 45 %.
  Indicator rising = indicator(40, 2025, {target(2027, 60), target(2030, 80)});
  // Falling: poverty 8 % (end of 2025) → at most 4 % by 2027.
  Indicator falling = indicator(8, 2025, {target(2027, 4)});
  struct Row {
    std::string name;
    Indicator indicator;
    std::vector<Report> reports;
    std::optional<PartialDate> as_of;
    IndicatorStatus expected;
  };
  const Row rows[] = {
      {"no data: no report", rising, {}, std::nullopt, IndicatorStatus::no_data},
      {"no data: reports without the indicator", rising, {report("2026-Q2", {2026, 7, 10}, std::nullopt)},
       PartialDate{2026, 7, 10}, IndicatorStatus::no_data},
      {"no data: the value comes after the as-of date", rising, {report("2026-Q2", {2026, 7, 10}, 50)},
       PartialDate{2026, 7, 1}, IndicatorStatus::no_data},
      {"no data: no target has a value", indicator(40, 2025, {}), {report("2026-Q2", {2026, 7, 10}, 50)},
       PartialDate{2026, 7, 10}, IndicatorStatus::no_data},
      {"on track: on the line", rising, {report("2026-Q2", {2026, 7, 10}, 46)}, PartialDate{2026, 7, 10},
       IndicatorStatus::on_track},
      {"at risk: within a tenth of the way short", rising, {report("2026-Q2", {2026, 7, 10}, 44)},
       PartialDate{2026, 7, 10}, IndicatorStatus::at_risk},
      {"behind: just past a tenth short (2.2 points of 20)", rising, {report("2026-Q2", {2026, 7, 10}, 43)},
       PartialDate{2026, 7, 10}, IndicatorStatus::behind},
      {"behind: far short", rising, {report("2026-Q2", {2026, 7, 10}, 41)}, PartialDate{2026, 7, 10},
       IndicatorStatus::behind},
      {"achieved: target reached early", rising, {report("2026-Q2", {2026, 7, 10}, 85)}, PartialDate{2026, 7, 10},
       IndicatorStatus::achieved},
      {"on track: an intermediate milestone met early is not the final one", rising,
       {report("2026-Q2", {2026, 7, 10}, 61)}, PartialDate{2026, 7, 10}, IndicatorStatus::on_track},
      {"missing period: the last value stands at its own date", rising,
       {report("2026-Q1", {2026, 4, 10}, 44), report("2026-Q2", {2026, 7, 10}, std::nullopt)},
       PartialDate{2026, 7, 10}, IndicatorStatus::on_track},
      {"behind: a milestone passed unmet", rising, {report("2027-Q4", {2028, 1, 10}, 59)}, PartialDate{2028, 1, 10},
       IndicatorStatus::behind},
      {"on track: a milestone passed and met, the line now aims at the next", rising,
       {report("2027-Q4", {2028, 1, 10}, 61)}, PartialDate{2028, 1, 10}, IndicatorStatus::on_track},
      {"not passed on its last day", rising, {report("2027-Q4", {2027, 12, 31}, 59.5)}, PartialDate{2027, 12, 31},
       IndicatorStatus::at_risk},
      {"above bound met exactly is not met", indicator(40, 2025, {target(2026, 60, "above")}),
       {report("2026-Q4", {2027, 1, 5}, 60)}, PartialDate{2027, 1, 5}, IndicatorStatus::behind},
      {"above bound passed is achieved", indicator(40, 2025, {target(2026, 60, "above")}),
       {report("2026-Q4", {2027, 1, 5}, 60.1)}, PartialDate{2027, 1, 5}, IndicatorStatus::achieved},
      {"exactly bound met", indicator(0, 2025, {target(2026, 100, "exactly")}),
       {report("2026-Q4", {2027, 1, 5}, 100)}, PartialDate{2027, 1, 5}, IndicatorStatus::achieved},
      {"exactly bound overshot is not met", indicator(0, 2025, {target(2026, 100, "exactly")}),
       {report("2026-Q4", {2027, 1, 5}, 101)}, PartialDate{2027, 1, 5}, IndicatorStatus::behind},
      {"falling: at the target", falling, {report("2026-Q4", {2027, 1, 5}, 4)}, PartialDate{2027, 1, 5},
       IndicatorStatus::achieved},
      {"falling: below the line is on track", falling, {report("2026-Q4", {2027, 1, 5}, 5.9)},
       PartialDate{2027, 1, 5}, IndicatorStatus::on_track},
      {"falling: a little above the line is at risk", falling, {report("2026-Q4", {2027, 1, 5}, 6.3)},
       PartialDate{2027, 1, 5}, IndicatorStatus::at_risk},
      {"falling: rising instead is behind", falling, {report("2026-Q4", {2027, 1, 5}, 9)}, PartialDate{2027, 1, 5},
       IndicatorStatus::behind},
      {"falling: milestone passed unmet", falling, {report("2027-Q4", {2028, 1, 5}, 4.5)}, PartialDate{2028, 1, 5},
       IndicatorStatus::behind},
      {"standing target held at every report", indicator(std::nullopt, 0, {target(std::nullopt, 95)}),
       {report("2026-Q1", {2026, 4, 5}, 96), report("2026-Q2", {2026, 7, 5}, 95)}, PartialDate{2026, 7, 5},
       IndicatorStatus::achieved},
      {"standing target missed now", indicator(std::nullopt, 0, {target(std::nullopt, 95)}),
       {report("2026-Q1", {2026, 4, 5}, 96), report("2026-Q2", {2026, 7, 5}, 94)}, PartialDate{2026, 7, 5},
       IndicatorStatus::behind},
      {"standing target missed at an earlier report", indicator(std::nullopt, 0, {target(std::nullopt, 95)}),
       {report("2026-Q1", {2026, 4, 5}, 90), report("2026-Q2", {2026, 7, 5}, 97)}, PartialDate{2026, 7, 5},
       IndicatorStatus::at_risk},
      {"standing target beside a dated one: missed now", indicator(40, 2025, {target(std::nullopt, 30), target(2027, 60)}),
       {report("2026-Q2", {2026, 7, 10}, 29)}, PartialDate{2026, 7, 10}, IndicatorStatus::behind},
      {"no baseline: the first value is the start", indicator(std::nullopt, 0, {target(2027, 60)}),
       {report("2026-Q1", {2026, 4, 10}, 40), report("2026-Q4", {2027, 1, 10}, 49)}, PartialDate{2027, 1, 10},
       IndicatorStatus::on_track},
      {"no baseline: a single value is on its own line", indicator(std::nullopt, 0, {target(2027, 60)}),
       {report("2026-Q1", {2026, 4, 10}, 10)}, PartialDate{2026, 4, 10}, IndicatorStatus::on_track},
      {"no baseline: a first value already past the target is achieved", indicator(std::nullopt, 0, {target(2027, 60)}),
       {report("2026-Q1", {2026, 4, 10}, 70)}, PartialDate{2026, 4, 10}, IndicatorStatus::achieved},
      {"reports dated after the as-of date are left out", rising,
       {report("2026-Q1", {2026, 4, 10}, 43), report("2026-Q2", {2026, 7, 10}, 85)}, PartialDate{2026, 5, 1},
       IndicatorStatus::on_track},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK(name(indicator_status(row.indicator, row.reports, row.as_of)) == name(row.expected));
  }
}

// A task whose plan.yaml gives it `status`.
Task planned_as(Task t, const std::string& status) {
  t.status = status;
  return t;
}

TEST_CASE("status: task rule") {
  Period q2_2026{2026, 2}, q4_2026{2026, 4}, y2027{2027, 0};
  struct Row {
    std::string name;
    Task task;
    std::vector<Report> reports;
    std::optional<PartialDate> as_of;
    TaskStatus expected;
    int percent;
  };
  const Row rows[] = {
      {"no as-of date: not started", task(q2_2026, q4_2026), {}, std::nullopt, TaskStatus::not_started, 0},
      {"not started: no report, not begun", task(q4_2026, std::nullopt), {}, PartialDate{2026, 7, 1},
       TaskStatus::not_started, 0},
      {"not started: reported planned, not begun", task(q4_2026, std::nullopt),
       {task_report("2026-Q2", {2026, 7, 1}, "planned")}, PartialDate{2026, 7, 1}, TaskStatus::not_started, 0},
      {"in progress: begun without a report", task(q2_2026, q4_2026), {}, PartialDate{2026, 7, 1},
       TaskStatus::in_progress, 0},
      {"in progress: reported, with its percent", task(q2_2026, q4_2026),
       {task_report("2026-Q1", {2026, 4, 1}, "in-progress", 20), task_report("2026-Q2", {2026, 7, 1}, "in-progress", 45)},
       PartialDate{2026, 7, 1}, TaskStatus::in_progress, 45},
      {"percent: the latest given, when the latest report gives none", task(q2_2026, q4_2026),
       {task_report("2026-Q1", {2026, 4, 1}, "in-progress", 20), task_report("2026-Q2", {2026, 7, 1}, "in-progress")},
       PartialDate{2026, 7, 1}, TaskStatus::in_progress, 20},
      {"done is 100 %", task(q2_2026, q4_2026), {task_report("2026-Q2", {2026, 7, 1}, "done", 90)},
       PartialDate{2026, 7, 1}, TaskStatus::done, 100},
      {"done after its end is not overdue", task(q2_2026, q2_2026), {task_report("2026-Q4", {2027, 1, 5}, "done")},
       PartialDate{2027, 1, 5}, TaskStatus::done, 100},
      {"overdue: past the end of `to`", task(q2_2026, q4_2026),
       {task_report("2026-Q4", {2027, 1, 5}, "in-progress", 80)}, PartialDate{2027, 1, 5}, TaskStatus::overdue, 80},
      {"overdue: past the end of `from` when there is no `to`", task(q2_2026, std::nullopt), {},
       PartialDate{2026, 7, 1}, TaskStatus::overdue, 0},
      {"not overdue on the last day of its quarter", task(q2_2026, std::nullopt), {}, PartialDate{2026, 6, 30},
       TaskStatus::in_progress, 0},
      {"a whole year ends on 31 December", task(y2027, std::nullopt), {}, PartialDate{2027, 12, 31},
       TaskStatus::in_progress, 0},
      {"ongoing: never overdue", task(q2_2026, q2_2026, true), {}, PartialDate{2028, 1, 1}, TaskStatus::in_progress, 0},
      {"ongoing without `from`: begun", task(std::nullopt, std::nullopt, true), {}, PartialDate{2026, 1, 1},
       TaskStatus::in_progress, 0},
      {"no timeframe, no report: not started", task(std::nullopt, std::nullopt), {}, PartialDate{2026, 7, 1},
       TaskStatus::not_started, 0},
      {"cancelled", task(q2_2026, q2_2026), {task_report("2026-Q2", {2026, 7, 1}, "cancelled", 10)},
       PartialDate{2027, 7, 1}, TaskStatus::cancelled, 10},
      {"a later report after the as-of date is left out", task(q2_2026, q4_2026),
       {task_report("2026-Q2", {2026, 7, 1}, "in-progress", 30), task_report("2026-Q3", {2026, 10, 1}, "done")},
       PartialDate{2026, 8, 1}, TaskStatus::in_progress, 30},
      {"no report: where the plan puts it (done)", planned_as(task(q2_2026, q4_2026), "done"), {},
       PartialDate{2027, 7, 1}, TaskStatus::done, 100},
      {"no report, no date: where the plan puts it", planned_as(task(q2_2026, q4_2026), "in-progress"), {},
       std::nullopt, TaskStatus::in_progress, 0},
      {"the plan's \"overdue\" is the rule's to decide", planned_as(task(q4_2026, std::nullopt), "overdue"), {},
       PartialDate{2026, 7, 1}, TaskStatus::not_started, 0},
      {"a report outweighs the plan's word", planned_as(task(q2_2026, q4_2026), "done"),
       {task_report("2026-Q2", {2026, 7, 1}, "in-progress", 40)}, PartialDate{2026, 7, 1}, TaskStatus::in_progress, 40},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    TaskState state = task_state(row.task, row.reports, row.as_of);
    CHECK(name(state.status) == name(row.expected));
    CHECK(state.percent == row.percent);
  }
}

TEST_CASE("status: the as-of date is --as-of, else the latest report's, never the clock") {
  Site site;
  CHECK_FALSE(as_of_date(site, std::nullopt).has_value());
  site.plans.resize(2);
  site.plans[0].reports.push_back(report("2026-Q2", {2026, 7, 10}, 1));
  site.plans[1].reports.push_back(report("2026-Q1", {2026, 4, 10}, 1));
  site.plans[1].reports.push_back(report("2026-Q3", {2026, 10, 2}, 1));
  PartialDate latest = *as_of_date(site, std::nullopt);
  CHECK(latest.year == 2026);
  CHECK(latest.month == 10);
  CHECK(latest.day == 2);
  PartialDate given = *as_of_date(site, PartialDate{2025, 1, 1});
  CHECK(given.year == 2025);
}

TEST_CASE("status: day numbers count the calendar") {
  CHECK(day_number({1970, 1, 1}) == 0);
  CHECK(day_number({2000, 3, 1}) - day_number({2000, 2, 28}) == 2);  // 2000 was a leap year
  CHECK(day_number({1900, 3, 1}) - day_number({1900, 2, 28}) == 1);  // 1900 was not
  CHECK(day_number({2026, 11, 23}) == 20780);
  CHECK(day_number({2026, 0, 0}) == day_number({2026, 12, 31}));
  CHECK(day_number({2024, 2, 0}) == day_number({2024, 2, 29}));
}

TEST_CASE("status: roll-ups per plan and per agency") {
  Plan plan;
  plan.indicators.push_back(indicator(40, 2025, {target(2027, 60)}));
  plan.indicators.back().agency = IdRef{"phong-vh", {}};
  Indicator other = indicator(40, 2025, {target(2027, 60)});
  other.id = "ct-khac";
  plan.indicators.push_back(other);
  Period q1{2026, 1}, y2027{2027, 0};
  for (const char* id : {"nv1", "nv2", "nv3", "nv4"}) {
    Task t = task(q1, y2027);
    t.id = id;
    t.lead.push_back({"ubnd", {}});
    plan.tasks.push_back(t);
  }
  plan.tasks[1].lead.push_back({"phong-vh", {}});
  Report r = report("2026-Q2", {2026, 7, 10}, 85);  // "ct" achieved; "ct-khac" has no data
  r.tasks.push_back({{"nv1", {}}, "done", std::nullopt, {}, {}});
  r.tasks.push_back({{"nv2", {}}, "in-progress", 50, {}, {}});
  r.tasks.push_back({{"nv3", {}}, "cancelled", 20, {}, {}});
  plan.reports.push_back(r);
  PartialDate as_of{2026, 7, 10};

  ProgressRollup rollup = plan_rollup(plan, as_of);
  CHECK(rollup.count(IndicatorStatus::achieved) == 1);
  CHECK(rollup.count(IndicatorStatus::no_data) == 1);
  CHECK(rollup.count(TaskStatus::done) == 1);
  CHECK(rollup.count(TaskStatus::in_progress) == 2);  // nv2 reported, nv4 begun without a report
  CHECK(rollup.count(TaskStatus::cancelled) == 1);
  REQUIRE(rollup.progress.has_value());
  CHECK(*rollup.progress == doctest::Approx((100 + 50 + 0) / 3.0));  // cancelled left out, unreported counts 0

  Site site;
  site.plans.push_back(plan);
  auto agencies = agency_rollups(site, as_of);
  REQUIRE(agencies.size() == 2);
  CHECK(agencies.at("ubnd").count(TaskStatus::in_progress) == 2);
  CHECK(*agencies.at("ubnd").progress == doctest::Approx(50.0));
  const ProgressRollup& vh = agencies.at("phong-vh");
  CHECK(vh.count(IndicatorStatus::achieved) == 1);
  CHECK(vh.count(TaskStatus::in_progress) == 1);
  CHECK(*vh.progress == doctest::Approx(50.0));

  Plan empty;
  CHECK_FALSE(plan_rollup(empty, as_of).progress.has_value());
}

TEST_CASE("status: each agency's history, report by report") {
  // Two plans report on 2026-Q1 on different days, one on 2026-Q2; a Q3
  // report dated after the as-of date does not count yet.
  Period q1{2026, 1}, y2027{2027, 0};
  Plan a;
  a.id = "a";
  a.indicators.push_back(indicator(40, 2025, {target(2027, 60)}));
  a.indicators.back().agency = IdRef{"phong-vh", {}};
  a.tasks.push_back(task(q1, y2027));
  a.tasks.back().lead.push_back({"ubnd", {}});
  a.reports.push_back(task_report("2026-Q1", {2026, 4, 5}, "in-progress", 30));
  Report q2 = task_report("2026-Q2", {2026, 7, 10}, "done", 100);
  q2.indicators.push_back({{"ct", {}}, 65, std::nullopt, {}, {}, {}, {}});
  a.reports.push_back(q2);
  a.reports.push_back(task_report("2026-Q3", {2026, 10, 8}, "done", 100));
  Plan b;
  b.id = "b";
  b.tasks.push_back(task(y2027, y2027));
  b.tasks.back().lead.push_back({"ubnd", {}});
  // Dated after plan a's Q1 report: Q1 closes on 20 April.
  b.reports.push_back(task_report("2026-Q1", {2026, 4, 20}, "in-progress", 10));
  Site site;
  site.plans = {a, b};

  auto history = agency_rollup_history(site, PartialDate{2026, 9, 30});
  REQUIRE(history.count("ubnd"));
  const auto& ubnd = history.at("ubnd");
  REQUIRE(ubnd.size() == 2);
  CHECK(ubnd[0].period.key() == "2026-Q1");
  CHECK(ubnd[0].rollup.count(TaskStatus::in_progress) == 2);
  CHECK(*ubnd[0].rollup.progress == doctest::Approx(20.0));
  CHECK(ubnd[1].period.key() == "2026-Q2");
  CHECK(ubnd[1].rollup.count(TaskStatus::done) == 1);
  CHECK(ubnd[1].rollup.count(TaskStatus::in_progress) == 1);
  CHECK(*ubnd[1].rollup.progress == doctest::Approx(55.0));
  // The indicator's agency has a history of the indicator alone: no data, then achieved.
  const auto& vh = history.at("phong-vh");
  REQUIRE(vh.size() == 2);
  CHECK(vh[0].rollup.count(IndicatorStatus::no_data) == 1);
  CHECK(vh[1].rollup.count(IndicatorStatus::achieved) == 1);
  // Without a date, every report counts: Q3 too.
  CHECK(agency_rollup_history(site, std::nullopt).at("ubnd").size() == 3);
}
