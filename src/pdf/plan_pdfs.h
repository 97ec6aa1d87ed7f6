#pragma once
#include <filesystem>

#include "model/diagnostic.h"
#include "model/output_file.h"
#include "resolve/resolve.h"

namespace plansite {

/// `build --pdf`: prints the page of every plan, in every language, to A4 PDF
/// with headless Chromium (the theme's print stylesheet lays it out as
/// issued) and puts each PDF into `out` beside its page. The pages and the
/// assets are read from `site_root`, the folder the site was rendered into.
/// Two builds of the same site give the same bytes: the PDFs' dates are the
/// plan's own. Reports a missing Chromium, or a page it could not print, as an error.
bool add_plan_pdfs(const ResolvedSite& site, const std::filesystem::path& site_root, OutputSink& out,
                   Diagnostics& diagnostics);

}  // namespace plansite
