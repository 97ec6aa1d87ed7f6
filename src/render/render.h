#pragma once
#include "model/diagnostic.h"
#include "model/output_file.h"
#include "render/theme.h"
#include "resolve/resolve.h"

namespace plansite {

/// Stage 3. Turns the resolved site into files: every page in every
/// language, the stylesheet and the output marker. Pure: no disk access, and
/// the same input always gives the same bytes in the same order.
OutputFiles render_site(const ResolvedSite& site, const Theme& theme, Diagnostics& diagnostics);

}  // namespace plansite
