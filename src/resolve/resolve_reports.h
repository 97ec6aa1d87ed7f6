#pragma once
// Internal to the resolve stage: joins progress reports to what they report on.
#include "model/diagnostic.h"
#include "resolve/resolve.h"

namespace plansite {

/// Checks that every report names its own plan's indicators, tasks and
/// programs and its agency, and that each indicator value fits the
/// indicator's unit and population. Needs `site.owner_plan` and `site.agencies`.
void resolve_reports(const ResolvedSite& site, Diagnostics& diagnostics);

}  // namespace plansite
