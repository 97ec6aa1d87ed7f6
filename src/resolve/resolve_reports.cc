#include "resolve/resolve_reports.h"

#include <algorithm>
#include <cmath>

namespace plansite {

namespace {

// The ids a plan declares, by kind, so a report's id can be told apart as
// unknown, of another kind ("a task listed under indicators") or of another plan.
struct PlanIds {
  std::map<std::string, const Indicator*> indicators;
  std::map<std::string, const Task*> tasks;
  std::map<std::string, const Program*> programs;
  std::map<std::string, std::string> kind;  ///< id → "indicator", "task", "program", "objective"
};

PlanIds plan_ids(const Plan& plan) {
  PlanIds ids;
  for (const auto& o : plan.objectives) ids.kind.emplace(o.id, "objective");
  for (const auto& i : plan.indicators) ids.indicators.emplace(i.id, &i), ids.kind.emplace(i.id, "indicator");
  for (const auto& t : plan.tasks) ids.tasks.emplace(t.id, &t), ids.kind.emplace(t.id, "task");
  for (const auto& p : plan.programs) ids.programs.emplace(p.id, &p), ids.kind.emplace(p.id, "program");
  return ids;
}

const char* list_key(const std::string& kind) {
  return kind == "indicator" ? "indicators" : kind == "task" ? "tasks" : kind == "program" ? "programs" : nullptr;
}

// "an indicator", "an objective", "a task", "a program".
std::string with_article(const std::string& kind) {
  return (kind == "indicator" || kind == "objective" ? "an " : "a ") + kind;
}

// Finds `ref` among `known` (the plan's items of `kind`), or reports why not.
template <typename T>
const T* find_item(const IdRef& ref, const std::string& kind, const std::map<std::string, const T*>& known,
                   const Plan& plan, const PlanIds& ids, const ResolvedSite& site, Diagnostics& diagnostics) {
  if (ref.id.empty()) return nullptr;  // a missing id has been reported by the loader
  if (auto it = known.find(ref.id); it != known.end()) return it->second;
  if (auto other = ids.kind.find(ref.id); other != ids.kind.end()) {
    const char* key = list_key(other->second);
    diagnostics.error(ref.position, "'" + ref.id + "' is " + with_article(other->second) + ", not " + with_article(kind),
                      key ? "list it under `" + std::string(key) + ":` in the report"
                          : std::string("a report gives values for indicators, tasks and programs, not objectives"));
    return nullptr;
  }
  if (auto owner = site.owner_plan.find(ref.id); owner != site.owner_plan.end() && owner->second != plan.id) {
    diagnostics.error(ref.position, "'" + ref.id + "' belongs to the plan '" + owner->second + "', not to '" + plan.id + "'",
                      "report it in content/plans/" + owner->second + "/reports/");
    return nullptr;
  }
  std::vector<std::string> candidates;
  for (const auto& [id, item] : known) candidates.push_back(id);
  std::string hint = did_you_mean(ref.id, candidates);
  if (hint.empty()) hint = "a report names the " + kind + "s of its plan by their `id` in plan.yaml";
  diagnostics.error(ref.position, "unknown " + kind + " '" + ref.id + "' in plan '" + plan.id + "'", hint);
  return nullptr;
}

std::string number_text(double value) {
  std::string text = std::to_string(value);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text;
}

bool has_population(const Indicator& indicator) {
  if (!indicator.population.empty()) return true;
  return std::any_of(indicator.targets.begin(), indicator.targets.end(),
                     [](const Target& t) { return !t.population.empty(); });
}

// The value must be one the indicator's unit can take: a percentage from 0
// to 100, or a count of people, households or things, which is whole and
// never negative.
void check_value(const IndicatorValue& v, const Indicator& indicator, Diagnostics& diagnostics) {
  std::string value = number_text(v.value);
  if (indicator.unit == "percent") {
    if (v.value < 0 || v.value > 100)
      diagnostics.error(v.value_position,
                        "indicator '" + indicator.id + "' is a percentage; " + value + " is not between 0 and 100",
                        "write the share reached, e.g. 62.5, without the % sign");
  } else if (v.value < 0) {
    diagnostics.error(v.value_position, "indicator '" + indicator.id + "' counts " + indicator.unit +
                                            "; a count cannot be negative (" + value + ")",
                      "write how many there are at the end of the period");
  } else if (v.value != std::floor(v.value)) {
    diagnostics.error(v.value_position, "indicator '" + indicator.id + "' counts " + indicator.unit +
                                            "; " + value + " is not a whole number",
                      "a count is whole; if the indicator is a share, its unit in plan.yaml is percent");
  }
  if (!v.measured) return;
  if (!has_population(indicator)) {
    diagnostics.warning(v.measured_position,
                        "'measured' is given, but indicator '" + indicator.id + "' has no population",
                        "'measured' says how many of the indicator's population were counted (e.g. households "
                        "surveyed); give the indicator a `population:` in plan.yaml or leave 'measured' out");
  } else if (*v.measured < 0 || *v.measured != std::floor(*v.measured)) {
    diagnostics.error(v.measured_position, "'measured' must be a whole number, 0 or more; got " + number_text(*v.measured),
                      "how many of the indicator's population were counted, e.g. 1240");
  }
}

void check_report(const Report& report, const Plan& plan, const PlanIds& ids, const ResolvedSite& site,
                  Diagnostics& diagnostics) {
  if (report.agency && !site.agencies.count(report.agency->id)) {
    std::string hint = did_you_mean(report.agency->id, site.agency_ids());
    if (hint.empty()) hint = "declare it in content/agencies.yaml";
    diagnostics.error(report.agency->position, "unknown agency '" + report.agency->id + "'", hint);
  }
  for (const auto& v : report.indicators)
    if (const Indicator* indicator = find_item(v.indicator, "indicator", ids.indicators, plan, ids, site, diagnostics))
      check_value(v, *indicator, diagnostics);
  for (const auto& t : report.tasks) find_item(t.task, "task", ids.tasks, plan, ids, site, diagnostics);
  for (const auto& p : report.programs) find_item(p.program, "program", ids.programs, plan, ids, site, diagnostics);
}

}  // namespace

void resolve_reports(const ResolvedSite& site, Diagnostics& diagnostics) {
  for (const auto& plan : site.site.plans) {
    if (plan.reports.empty()) continue;
    PlanIds ids = plan_ids(plan);
    for (const auto& report : plan.reports) check_report(report, plan, ids, site, diagnostics);
  }
}

}  // namespace plansite
