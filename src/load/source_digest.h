#pragma once
// Digests of a site's source files, for incremental builds: a plan's pages
// are made again only when something they show may have changed.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace plansite {

struct SourceDigests {
  /// Everything any page may show besides its own plan: site.yaml, the rest
  /// of content/ (the agencies), i18n/, themes/, and the plansite binary
  /// itself (its built-in theme and its code).
  std::uint64_t shared = 0;
  /// By plan folder name (the plan's id): every file under content/plans/<id>/
  /// (plan.yaml, the bodies, reports and their photos). Absent when a file
  /// could not be read: such a plan's pages are always made.
  std::map<std::string, std::uint64_t> plans;
};

/// Reads every file of the site at `source` once, on `workers` threads. Taken before the loader
/// reads them: a file saved during the build then differs from its digest at
/// the next build, so its pages are made again — never the reverse.
SourceDigests digest_sources(const std::filesystem::path& source, int workers = 1);

}  // namespace plansite
