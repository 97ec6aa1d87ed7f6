#include "pdf/plan_pdfs.h"

#include <unistd.h>

#include <fstream>

#include "pdf/chromium.h"
#include "pdf/pdf_dates.h"
#include "render/relative_links.h"
#include "render/urls.h"
#include "util/read_file.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

// A scratch folder for the pages to print, the PDFs and the browsers'
// profiles, removed however the build ends.
class ScratchFolder {
 public:
  ScratchFolder() {
    std::string pattern = (fs::temp_directory_path() / "plansite-pdf-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~ScratchFolder() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

bool write_file(const fs::path& path, const std::string& content) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary);
  out << content;
  return static_cast<bool>(out);
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

// The site's assets, as paths in the output ("assets/style.….css").
std::vector<std::string> asset_paths(const fs::path& site_root) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(site_root / "assets", ec))
    out.push_back("assets/" + entry.path().filename().string());
  return out;
}

// Pages link the stylesheet relative to themselves ("../../assets/style.….css"),
// and the copy to print lies in a scratch folder without the assets: point
// those links at the files of the site on disk.
std::string with_local_assets(std::string html, const std::vector<std::string>& assets, const Urls& urls,
                              const std::string& page_url, const fs::path& site_root) {
  for (const auto& asset : assets)
    replace_all(html, "\"" + relative_url(urls.url_of(asset), page_url) + "\"",
                "\"file://" + (site_root / asset).string() + "\"");
  return html;
}

// In a PDF a link of the page to another page of the site must lead to the
// published site, not to the scratch folder it was printed from (whose path
// differs from build to build, and means nothing to a reader): it becomes the
// page's address from base_url, or, without a host there, plain text.
std::string with_site_links(std::string html, const Urls& urls, const std::string& page_url) {
  std::string out;
  size_t at = 0;
  for (size_t attr = html.find(" href=\""); attr != std::string::npos; attr = html.find(" href=\"", at)) {
    size_t start = attr + 7, end = html.find('"', start);
    if (end == std::string::npos) break;
    std::string link = html.substr(start, end - start);
    bool relative = !link.empty() && link[0] != '#' && link[0] != '/' && link.find(':') == std::string::npos;
    if (!relative) {
      out.append(html, at, end - at);
    } else if (urls.has_host()) {
      out.append(html, at, start - at);
      out += urls.absolute(site_root_url(link, page_url));
    } else {
      out.append(html, at, attr - at);  // the attribute goes: the link prints as its text
      end += 1;
      at = end;
      continue;
    }
    at = end;
  }
  return out + html.substr(at);
}

// A print has no tab to show an icon in, and Chromium fetches it while the
// page prints: in one build out of five the fetch shifted the element ids of
// the tagged PDF, and two builds gave different bytes. The copy goes without.
std::string without_icon(std::string html) {
  size_t at = html.find("<link rel=\"icon\"");
  if (at == std::string::npos) return html;
  size_t end = html.find('>', at);
  if (end == std::string::npos) return html;
  if (end + 1 < html.size() && html[end + 1] == '\n') ++end;
  return html.erase(at, end + 1 - at);
}

struct PlanPrint {
  const Plan* plan;
  std::string pdf_path;  ///< in the output
};

}  // namespace

bool add_plan_pdfs(const ResolvedSite& site, const fs::path& site_root, OutputSink& out,
                   Diagnostics& diagnostics) {
  std::optional<fs::path> chromium = find_chromium();
  if (!chromium) {
    diagnostics.error({"plansite", 0, 0}, "--pdf prints with Chromium, and none was found",
                      "install it (Debian: apt-get install chromium), or set PLANSITE_CHROMIUM to its path");
    return false;
  }
  ScratchFolder scratch;
  if (scratch.path().empty()) {
    diagnostics.error({"plansite", 0, 0}, "cannot create a scratch folder for printing in " +
                                              fs::temp_directory_path().string());
    return false;
  }
  fs::path root = scratch.path() / "site";
  std::vector<std::string> assets = asset_paths(site_root);

  Urls urls(site.site.base_url);
  std::vector<PrintJob> jobs;
  std::vector<PlanPrint> prints;
  for (const auto& language : site.site.languages) {
    for (const auto& plan : site.site.plans) {
      std::string page_url = urls.plan(language, plan.id);
      std::string page_path = urls.output_path(page_url);
      std::optional<std::string> page = read_file(site_root / page_path);
      if (!page) continue;
      fs::path local = root / page_path;
      if (!write_file(local, with_site_links(with_local_assets(without_icon(std::move(*page)), assets, urls, page_url, site_root),
                                      urls, page_url))) {
        diagnostics.error({"plansite", 0, 0}, "cannot write " + local.string());
        return false;
      }
      std::string pdf_path = urls.output_path(urls.plan_pdf(language, plan.id));
      jobs.push_back({local, scratch.path() / ("print-" + std::to_string(jobs.size()) + ".pdf"), {}});
      prints.push_back({&plan, pdf_path});
    }
  }
  print_pages(*chromium, jobs, scratch.path());

  bool ok = true;
  for (size_t i = 0; i < jobs.size(); ++i) {
    const Plan& plan = *prints[i].plan;
    std::optional<std::string> pdf = jobs[i].error.empty() ? read_file(jobs[i].pdf) : std::nullopt;
    if (!pdf) {
      diagnostics.error({plan.position.file, 0, 0}, "could not print " + prints[i].pdf_path + ": " +
                                                        (jobs[i].error.empty() ? "no PDF" : jobs[i].error));
      ok = false;
      continue;
    }
    set_pdf_dates(*pdf, pdf_date(plan));
    out.put(prints[i].pdf_path, std::move(*pdf));
  }
  return ok;
}

}  // namespace plansite
