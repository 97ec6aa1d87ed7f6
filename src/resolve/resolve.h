#pragma once
#include <map>
#include <unordered_map>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/site.h"

namespace plansite {

/// The site with every cross-reference checked and indexed, ready to render.
struct ResolvedSite {
  ResolvedSite() = default;
  // The indexes point into `site`: a copy would point into the original, so
  // only moves (which keep the vectors' storage) are allowed.
  ResolvedSite(const ResolvedSite&) = delete;
  ResolvedSite& operator=(const ResolvedSite&) = delete;
  ResolvedSite(ResolvedSite&&) = default;
  ResolvedSite& operator=(ResolvedSite&&) = default;

  Site site;
  /// Every agency by id. Hashed: task pages look up each agency they name.
  std::unordered_map<std::string, const Agency*> agencies;
  /// The agencies' ids in order, for a hint naming the closest.
  std::vector<std::string> agency_ids() const;
  /// Which plan each indicator, task, program and objective belongs to (by
  /// id). Only looked up: hashed, as a site has a hundred thousand of them.
  std::unordered_map<std::string, std::string> owner_plan;
  /// Set by `build --pdf`: each plan is also printed to PDF, and its page links it.
  bool plan_pdfs = false;
  /// The date progress statuses are computed for (resolve/status.h): `--as-of`,
  /// else the latest report's date, else none. Never the wall clock.
  std::optional<PartialDate> as_of;
};

/// Stage 2. Checks that ids are unique across the site and that every
/// reference names something that exists; reports each problem with a hint.
ResolvedSite resolve_site(Site site, Diagnostics& diagnostics);

}  // namespace plansite
