#pragma once
#include <atomic>
#include <cstddef>

#include "load/source_digest.h"
#include "model/diagnostic.h"
#include "model/output_file.h"
#include "render/theme.h"
#include "resolve/resolve.h"

namespace plansite {

/// Stage 3. Turns the resolved site into files: every page in every
/// language, the stylesheet and the output marker, each handed to `out` as
/// soon as it is rendered. Pages render on `workers` threads; the bytes of
/// every file and the diagnostics are the same whatever the number.
void render_site(const ResolvedSite& site, const Theme& theme, OutputSink& out, Diagnostics& diagnostics,
                 int workers = 1);

/// An incremental build: the pages of a plan (its page, its tasks',
/// indicators' and programs' pages, its table of indicators) depend only on
/// the plan's own files and on what every page shares, so each is reused from
/// the previous output when its fingerprint — those digests, the build's
/// date and options, and its path — is the one recorded. Every other page
/// (lists, home, agencies, reports, data) rolls up many plans and is always made.
struct IncrementalBuild {
  const PageRecords* previous = nullptr;  ///< none: every page is made
  SourceDigests sources;                  ///< taken before loading
  PageRecords next;                       ///< this build's record, filled by render_site
  size_t made = 0;                        ///< pages rendered
  size_t reused = 0;                      ///< pages taken from the previous output
};

/// How far rendering has got, for a progress line; read from another thread.
struct RenderProgress {
  std::atomic<size_t> done{0};
  std::atomic<size_t> total{0};
};

void render_site(const ResolvedSite& site, const Theme& theme, OutputSink& out, Diagnostics& diagnostics,
                 int workers, IncrementalBuild* incremental, RenderProgress* progress);

}  // namespace plansite
