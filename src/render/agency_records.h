#pragma once
// Internal to the render stage: what each agency does across every plan.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/site.h"

namespace plansite {

/// One agency's part in every plan: the tasks it leads, carries out without
/// leading (named in "Cơ quan thực hiện" but not chủ trì) and coordinates, the
/// indicators it answers for, its duties under "Tổ chức thực hiện" and the
/// pilot models it is responsible for. Each list follows the plans newest
/// first, then the plan's own order.
struct AgencyRecord {
  std::vector<std::pair<const Plan*, const Task*>> leads;
  std::vector<std::pair<const Plan*, const Task*>> implements;
  std::vector<std::pair<const Plan*, const Task*>> coordinates;
  std::vector<std::pair<const Plan*, const Indicator*>> indicators;
  std::vector<std::pair<const Plan*, const Responsibility*>> duties;
  std::vector<std::pair<const Plan*, const Program*>> programs;
};

/// Agency id → its record; every declared agency has one, empty or not.
using AgencyRecords = std::map<std::string, AgencyRecord>;

/// Built once per build, before any page renders.
AgencyRecords agency_records(const Site& site, const std::vector<const Plan*>& plans_newest_first);

}  // namespace plansite
