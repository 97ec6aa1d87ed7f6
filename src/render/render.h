#pragma once
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

}  // namespace plansite
