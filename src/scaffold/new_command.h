#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "model/period.h"

namespace plansite {

/// `plansite new site|plan|report …` (the arguments after `new`): writes the
/// files of a new site, plan or progress report, never replacing one. `today`
/// dates a new plan and report. Returns the exit code: 0 written, 1 refused
/// (a file exists, an unknown plan, a period the plan does not cover, a site
/// that does not load), 2 a usage error.
int run_new(const std::vector<std::string>& args, const PartialDate& today, std::ostream& out, std::ostream& err);

}  // namespace plansite
