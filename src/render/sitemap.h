#pragma once
// sitemap.xml and robots.txt: what search engines read to find every page.
#include <string>
#include <utility>
#include <vector>

#include "model/output_file.h"
#include "render/urls.h"

namespace plansite {

/// One page of the sitemap and its twin in each language (itself included).
struct SitemapEntry {
  std::string url;
  std::vector<std::pair<std::string, std::string>> twins;  ///< language → URL
};

/// The most URLs one sitemap file may hold (sitemaps.org).
inline constexpr size_t kSitemapLimit = 50000;

/// sitemap.xml listing `pages` with absolute URLs and an xhtml:link alternate
/// per language; past `per_file` pages, sitemap.xml is an index of
/// sitemap-1.xml, sitemap-2.xml, …. Only for a base_url with a host.
OutputFiles sitemap_files(const std::vector<SitemapEntry>& pages, const Urls& urls,
                          size_t per_file = kSitemapLimit);

/// robots.txt: every page may be crawled; the Sitemap line when the site has one.
std::string robots_txt(const Urls& urls);

}  // namespace plansite
