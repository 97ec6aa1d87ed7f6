#include "pdf/plan_pdfs.h"

#include <unistd.h>

#include <fstream>

#include "pdf/chromium.h"
#include "pdf/pdf_dates.h"
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

// Pages link the stylesheet from the site's root ("/assets/style.….css"),
// which a file:// page cannot reach: point those links at the copy on disk.
std::string with_local_assets(std::string html, const OutputFiles& files, const Urls& urls, const fs::path& root) {
  for (const auto& f : files)
    if (f.path.rfind("assets/", 0) == 0)
      replace_all(html, "\"" + urls.url_of(f.path) + "\"", "\"file://" + (root / f.path).string() + "\"");
  return html;
}

const OutputFile* find_file(const OutputFiles& files, const std::string& path) {
  for (const auto& f : files)
    if (f.path == path) return &f;
  return nullptr;
}

struct PlanPrint {
  const Plan* plan;
  std::string pdf_path;  ///< in the output
};

}  // namespace

bool add_plan_pdfs(const ResolvedSite& site, OutputFiles& files, Diagnostics& diagnostics) {
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
  for (const auto& f : files)
    if (f.path.rfind("assets/", 0) == 0 && !write_file(root / f.path, f.content)) {
      diagnostics.error({"plansite", 0, 0}, "cannot write " + (root / f.path).string());
      return false;
    }

  Urls urls(site.site.base_url);
  std::vector<PrintJob> jobs;
  std::vector<PlanPrint> prints;
  for (const auto& language : site.site.languages) {
    for (const auto& plan : site.site.plans) {
      std::string page_path = urls.output_path(urls.plan(language, plan.id));
      const OutputFile* page = find_file(files, page_path);
      if (page == nullptr) continue;
      fs::path local = root / page_path;
      if (!write_file(local, with_local_assets(page->content, files, urls, root))) {
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
    files.push_back({prints[i].pdf_path, std::move(*pdf)});
  }
  return ok;
}

}  // namespace plansite
