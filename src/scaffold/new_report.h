#pragma once
#include <optional>
#include <string>

#include "model/plan.h"
#include "model/report.h"
#include "scaffold/new_files.h"

namespace plansite {

/// The period `text` names, when it is one a new report of `plan` may have:
/// a quarter, half-year or year (the report loader's rules) within the plan's
/// years. Otherwise nothing, with the problem in `problem` and what to write
/// instead in `hint`; `malformed` tells a period that is no period at all
/// (a usage error) from one the plan does not cover.
std::optional<ReportPeriod> new_report_period(const std::string& text, const Plan& plan, std::string& problem,
                                              std::string& hint, bool& malformed);

/// `plansite new report`: content/plans/<plan>/reports/<period>.yaml with
/// every indicator, task and program of the plan listed by id, its name in a
/// comment, and its figures left blank for the officer to type (`plansite
/// check` points at each blank left). The date is `today`, or the period's
/// last day when the period has not begun; agency and illustrative follow
/// the plan's latest report; each item's comment gives its latest reported
/// figures.
NewFiles new_report_files(const Plan& plan, const ReportPeriod& period, const PartialDate& today);

}  // namespace plansite
