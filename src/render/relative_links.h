#pragma once
#include <string>
#include <string_view>

namespace plansite {

/// Rewrites the site's own links in one page into paths relative to that
/// page, so the same output works at the web root, under any sub-path and
/// opened from disk (file://).
///
/// Views make site-root paths ("/ke-hoach/x/#tasks", from Urls); this runs on
/// each finished page. Every attribute value that holds a URL (href, src,
/// action, poster, srcset, data-index, data-root, and content of <meta>) and
/// starts with `base_path` ("/" or "/cong-thong-tin/") becomes relative to
/// `page_url`, the page's own site-root path ("/ke-hoach/x/", "/404.html"):
/// "../y/index.html#tasks". A link to a folder ("/y/", or "/y": a last part
/// without an extension) names its index.html, since file:// does not map
/// folders to it. Absolute URLs, other hosts, "mailto:",
/// "#x", and text that merely looks like an attribute are left as they are.
/// One pass, no allocation beyond the result.
std::string relative_links(std::string_view html, std::string_view base_path, std::string_view page_url);

/// `target` (a site-root path under `base_path`, with any "?query" or
/// "#fragment") relative to the page at `page_url`: the rule above, for one URL.
std::string relative_url(std::string_view target, std::string_view page_url);

/// The pieces of the rule, for the renderer that makes links relative as it
/// writes a page (mustache_links.h):
/// whether `attribute` of element `tag` holds one URL;
bool holds_url(std::string_view tag, std::string_view attribute);
/// whether `url` is a path of the site under `base_path` (not "//host/x");
bool is_site_path(std::string_view url, std::string_view base_path);
/// "/ke-hoach/x/" for the page "/ke-hoach/x/" or "/ke-hoach/x/index.html";
std::string_view folder_of(std::string_view page_url);
/// relative_url appended to `out`, given the page's folder.
void append_relative_url(std::string& out, std::string_view target, std::string_view page_folder);

/// The other way: `link`, relative to the page at `page_url` (a folder URL
/// such as "/ke-hoach/x/"), as a path from the site root, index.html dropped:
/// "../../nhiem-vu/x/index.html#a" on "/co-quan/y/" → "/nhiem-vu/x/#a". For a
/// PDF's links to the published site, and for tests that ask where links lead.
std::string site_root_url(std::string_view link, std::string_view page_url);

}  // namespace plansite
