#pragma once

namespace plansite {

/// What becomes of raw HTML written in a Markdown text, from site.yaml's
/// `raw_html`: left out with a warning (the default), or kept through the
/// allow-list of render/html_allow_list.h.
enum class RawHtml { drop, allow };

}  // namespace plansite
