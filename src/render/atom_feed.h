#pragma once
// The Atom feed of each language (/feed.xml, /en/feed.xml): an entry per plan
// and per progress report, so a reader or a newsroom hears of each as it is
// published. Dates come from the content only, never the wall clock.
#include <string>

#include "render/urls.h"
#include "resolve/resolve.h"

namespace plansite {

/// The feed of `language`, newest entry first; its `updated` is the newest
/// entry's date. Only for a base_url with a host: Atom needs absolute URLs.
std::string atom_feed(const ResolvedSite& site, const Urls& urls, const std::string& language);

}  // namespace plansite
