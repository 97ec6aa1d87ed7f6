#pragma once
// Internal to the render stage: the report pages, one per period, saying what
// changed since the period before, and their index with a timeline per plan.
#include <string>
#include <vector>

#include "render/pages.h"

namespace plansite {

/// Every period some plan reported on, by the build's date, newest first.
std::vector<ReportPeriod> reported_periods(const Site& site, const std::optional<PartialDate>& as_of);

/// "Báo cáo Quý II/2026".
std::string report_title(const ReportPeriod& period, const std::string& language);
/// Text shortened for a line of a list of changes.
std::string shortened_text(const std::string& text);

/// /bao-cao/: every period, and per plan a timeline of its reports and milestones.
View report_index_view(const PageContext& context, Localizer& tr, PageContent& page);
/// /bao-cao/<period>/: each plan's report of the period and what it changed.
View report_view(const ReportPeriod& period, const PageContext& context, Localizer& tr, PageContent& page);

}  // namespace plansite
