#pragma once
#include <string>

#include "model/site.h"
#include "scaffold/new_files.h"

namespace plansite {

/// Why `id` cannot name a new plan (not a lowercase ASCII slug, reserved by
/// the site's addresses, too long for the item ids made from it), or "" when
/// it can. `hint` says what to write instead.
std::string plan_id_problem(const std::string& id, std::string& hint);

/// `plansite new plan`: content/plans/<id>/plan.yaml, body.vi.md and
/// body.en.md of a draft plan for `year`, every field written or shown in a
/// comment. Its example objective, indicator, task and program carry ids
/// prefixed with the plan's (ids are unique in the whole site), and its
/// issuer and lead are agencies of `site`, so it passes `plansite check`
/// as written. `site` must have at least one agency.
NewFiles new_plan_files(const std::string& id, const Site& site, int year);

}  // namespace plansite
