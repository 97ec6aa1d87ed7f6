#include "render/agency_records.h"

namespace plansite {

namespace {

// Adds `item` once to `list` for each distinct agency in `refs`.
template <typename T>
void add_for_each(AgencyRecords& records, const std::vector<IdRef>& refs, const Plan* plan, const T* item,
                  std::vector<std::pair<const Plan*, const T*>> AgencyRecord::*list) {
  for (size_t i = 0; i < refs.size(); ++i) {
    bool repeated = false;
    for (size_t j = 0; j < i; ++j) repeated |= refs[j].id == refs[i].id;
    auto it = records.find(refs[i].id);
    if (!repeated && it != records.end()) (it->second.*list).emplace_back(plan, item);
  }
}

}  // namespace

AgencyRecords agency_records(const Site& site, const std::vector<const Plan*>& plans_newest_first) {
  AgencyRecords records;
  for (const auto& agency : site.agencies) records[agency.id];
  for (const Plan* plan : plans_newest_first) {
    for (const auto& task : plan->tasks) {
      add_for_each(records, task.lead, plan, &task, &AgencyRecord::leads);
      add_for_each(records, task.implementing, plan, &task, &AgencyRecord::implements);
      add_for_each(records, task.coordinating, plan, &task, &AgencyRecord::coordinates);
    }
    for (const auto& indicator : plan->indicators)
      if (indicator.agency) add_for_each(records, {*indicator.agency}, plan, &indicator, &AgencyRecord::indicators);
    for (const auto& duty : plan->responsibilities)
      add_for_each(records, duty.agencies, plan, &duty, &AgencyRecord::duties);
    for (const auto& program : plan->programs)
      add_for_each(records, program.responsible, plan, &program, &AgencyRecord::programs);
  }
  return records;
}

}  // namespace plansite
