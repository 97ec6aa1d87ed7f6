#include "resolve/resolve.h"

#include <algorithm>
#include <unordered_map>

#include "resolve/resolve_reports.h"

namespace plansite {

namespace {

// One namespace for objectives, indicators, tasks and programs: progress
// reports name them by id alone, so an id must mean one thing in the site.
class IdRegistry {
 public:
  IdRegistry(ResolvedSite& out, Diagnostics& diagnostics) : out_(out), diagnostics_(diagnostics) {}

  void add(const std::string& id, const std::string& kind, const std::string& plan,
           const Position& at) {
    if (id.empty()) return;
    auto [it, inserted] = first_seen_.emplace(id, at);
    if (!inserted) {
      diagnostics_.error(at, "duplicate " + kind + " id '" + id + "'",
                         "first defined at " + it->second.file.str() + ":" + std::to_string(it->second.line) +
                             "; ids must be unique in the site");
      return;
    }
    out_.owner_plan[id] = plan;
  }

 private:
  ResolvedSite& out_;
  Diagnostics& diagnostics_;
  std::unordered_map<std::string, Position> first_seen_;
};

class AgencyChecker {
 public:
  AgencyChecker(const ResolvedSite& site, Diagnostics& diagnostics) : site_(site), diagnostics_(diagnostics) {}

  void check(const IdRef& ref) {
    if (site_.agencies.count(ref.id)) return;
    std::string hint = did_you_mean(ref.id, site_.agency_ids());
    if (hint.empty()) hint = "declare it in content/agencies.yaml";
    diagnostics_.error(ref.position, "unknown agency '" + ref.id + "'", hint);
  }
  void check(const std::optional<IdRef>& ref) {
    if (ref) check(*ref);
  }
  void check(const std::vector<IdRef>& refs) {
    for (const auto& r : refs) check(r);
  }

 private:
  const ResolvedSite& site_;
  Diagnostics& diagnostics_;
};

void check_objective_refs(const Plan& plan, Diagnostics& diagnostics) {
  std::vector<std::string> ids;
  for (const auto& o : plan.objectives) ids.push_back(o.id);
  for (const auto& indicator : plan.indicators) {
    if (!indicator.objective) continue;
    const auto& ref = *indicator.objective;
    if (std::find(ids.begin(), ids.end(), ref.id) != ids.end()) continue;
    std::string hint = did_you_mean(ref.id, ids);
    if (hint.empty()) hint = "objectives are declared under `objectives:` in the same plan";
    diagnostics.error(ref.position, "unknown objective '" + ref.id + "'", hint);
  }
}

// Responsibilities point at tasks by the plan's own number ("1.1") or by id;
// numbers must therefore be unique within a plan.
void check_task_refs(const Plan& plan, Diagnostics& diagnostics) {
  std::vector<std::string> names;
  std::map<std::string, Position> numbers;
  for (const auto& t : plan.tasks) {
    names.push_back(t.id);
    if (t.number.empty()) continue;
    auto [it, inserted] = numbers.emplace(t.number, t.position);
    if (!inserted)
      diagnostics.error(t.position, "two tasks numbered '" + t.number + "'",
                        "the other is at line " + std::to_string(it->second.line) +
                            "; responsibilities point to tasks by number, so each number is used once");
    names.push_back(t.number);
  }
  for (const auto& r : plan.responsibilities) {
    for (const auto& ref : r.tasks) {
      if (std::find(names.begin(), names.end(), ref.id) != names.end()) continue;
      std::string hint = did_you_mean(ref.id, names);
      if (hint.empty()) hint = "name a task of this plan by its `number` or its `id`";
      diagnostics.error(ref.position, "no task '" + ref.id + "' in this plan", hint);
    }
  }
}

// Which rules the document follows, when the plan does not say: a Party
// body's plan follows Hướng dẫn 36, any other Nghị định 30.
std::string default_form(const Plan& plan, const ResolvedSite& site) {
  if (plan.issuers.empty()) return "state";
  auto it = site.agencies.find(plan.issuers.front().id);
  return it != site.agencies.end() && it->second->kind == "party" ? "party" : "state";
}

void check_plan(const Plan& plan, IdRegistry& registry, AgencyChecker& agencies,
                Diagnostics& diagnostics) {
  agencies.check(plan.issuers);
  for (const auto& s : plan.signatories) agencies.check(s.agency);
  for (const auto& o : plan.objectives) registry.add(o.id, "objective", plan.id, o.position);
  for (const auto& i : plan.indicators) {
    registry.add(i.id, "indicator", plan.id, i.position);
    agencies.check(i.agency);
  }
  for (const auto& t : plan.tasks) {
    registry.add(t.id, "task", plan.id, t.position);
    agencies.check(t.lead);
    agencies.check(t.implementing);
    agencies.check(t.coordinating);
  }
  for (const auto& p : plan.programs) {
    registry.add(p.id, "program", plan.id, p.position);
    agencies.check(p.responsible);
  }
  for (const auto& r : plan.responsibilities) agencies.check(r.agencies);
  check_objective_refs(plan, diagnostics);
  check_task_refs(plan, diagnostics);
}

}  // namespace

std::vector<std::string> ResolvedSite::agency_ids() const {
  std::vector<std::string> ids;
  ids.reserve(agencies.size());
  for (const auto& [id, agency] : agencies) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

ResolvedSite resolve_site(Site site, Diagnostics& diagnostics) {
  ResolvedSite out;
  out.site = std::move(site);
  for (const auto& agency : out.site.agencies) {
    if (agency.id.empty()) continue;
    auto [it, inserted] = out.agencies.emplace(agency.id, &agency);
    if (!inserted)
      diagnostics.error(agency.position, "duplicate agency id '" + agency.id + "'",
                        "first defined at " + it->second->position.file.str() + ":" +
                            std::to_string(it->second->position.line));
  }
  IdRegistry registry(out, diagnostics);
  AgencyChecker agencies(out, diagnostics);
  for (auto& plan : out.site.plans) {
    check_plan(plan, registry, agencies, diagnostics);
    if (plan.form.empty()) plan.form = default_form(plan, out);
  }
  // After every plan: a report may name another plan's id by mistake.
  resolve_reports(out, diagnostics);
  return out;
}

}  // namespace plansite
