#include "render/sitemap.h"

#include <algorithm>

#include "render/escape.h"

namespace plansite {

namespace {

const char* const kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

// Google's format for language versions: each <url> names every twin, itself included.
std::string urlset(const std::vector<SitemapEntry>& pages, size_t first, size_t last, const Urls& urls) {
  std::string out = kXmlDeclaration;
  out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
         "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
  for (size_t i = first; i < last; ++i) {
    out += "  <url>\n    <loc>" + escape_markup(urls.absolute(pages[i].url)) + "</loc>\n";
    if (pages[i].twins.size() > 1)
      for (const auto& [language, url] : pages[i].twins)
        out += "    <xhtml:link rel=\"alternate\" hreflang=\"" + language + "\" href=\"" +
               escape_markup(urls.absolute(url)) + "\"/>\n";
    out += "  </url>\n";
  }
  return out + "</urlset>\n";
}

}  // namespace

OutputFiles sitemap_files(const std::vector<SitemapEntry>& pages, const Urls& urls, size_t per_file) {
  if (pages.size() <= per_file) return {{"sitemap.xml", urlset(pages, 0, pages.size(), urls)}};
  OutputFiles files;
  std::string index = kXmlDeclaration;
  index += "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (size_t first = 0; first < pages.size(); first += per_file) {
    std::string name = "sitemap-" + std::to_string(files.size() + 1) + ".xml";
    files.push_back({name, urlset(pages, first, std::min(first + per_file, pages.size()), urls)});
    index += "  <sitemap><loc>" + escape_markup(urls.absolute(urls.url_of(name))) + "</loc></sitemap>\n";
  }
  files.push_back({"sitemap.xml", index + "</sitemapindex>\n"});
  return files;
}

std::string robots_txt(const Urls& urls) {
  std::string out = "# Every page of this site may be crawled.\nUser-agent: *\nAllow: /\n";
  if (urls.has_host()) out += "\nSitemap: " + urls.absolute(urls.url_of("sitemap.xml")) + "\n";
  return out;
}

}  // namespace plansite
