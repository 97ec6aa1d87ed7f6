#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>

#include "load/load.h"
#include "load/source_file.h"
#include "model/output_file.h"
#include "render/render.h"
#include "render/theme.h"
#include "resolve/resolve.h"
#include "resolve/status.h"
#include "minimal_site.h"
#include "site_bundle.h"
#include "targets.h"

namespace fs = std::filesystem;

namespace plansite::fuzz {

namespace {

// The tests' minimal site (tests/minimal_site.cc), its plan issued (a number
// and a day: the document's number and date are rendered) and reported on
// (progress on every page that shows it), so that every kind of page is
// rendered: a fuzz input replaces some of its files, so a mutation of one
// file still reaches the renderer.
const std::map<std::string, std::string>& base_site() {
  static const std::map<std::string, std::string> files = [] {
    std::map<std::string, std::string> site = testing::minimal_site();
    std::string& plan = site.at(std::string(kDefaultBundleFile));
    testing::replace_once(plan, "status: draft\n", "status: issued\nnumber: 12\n");
    testing::replace_once(plan, "date: 2026-04\n", "date: 2026-04-02\n");
    site["content/plans/ke-hoach-thu/reports/2026-Q2.yaml"] =
        "period: 2026-Q2\n"
        "date: 2026-07-05\n"
        "agency: phong-van-hoa-xa-hoi\n"
        "indicators:\n"
        "  - id: ti-le\n"
        "    value: 60\n"
        "tasks:\n"
        "  - id: nv-1\n"
        "    status: in-progress\n";
    return site;
  }();
  return files;
}

// One scratch folder for the whole run, in memory where the machine has
// /dev/shm: every input is written there before it is loaded.
const fs::path& scratch() {
  // Never destroyed: the exit handler that removes the folder still needs it.
  static const fs::path& folder = *new fs::path([] {
    fs::path parent = fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    std::string pattern = (parent / "plansite-fuzz-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) std::abort();
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(scratch(), ec);
    });
    return fs::path(pattern);
  }());
  return folder;
}

void write_file(const fs::path& root, const std::string& relative, const std::string& content) {
  std::error_code ec;
  fs::create_directories((root / relative).parent_path(), ec);
  std::ofstream(root / relative, std::ios::binary) << content;
}

// The default theme, loaded once: it does not depend on the input, and
// loading it for every input would take most of the time.
const Theme& default_theme() {
  static const Theme theme = [] {
    Diagnostics diagnostics;
    Theme loaded = Theme::load(scratch() / "no-theme", diagnostics);
    if (diagnostics.has_errors()) std::abort();
    return loaded;
  }();
  return theme;
}

}  // namespace

int site_target(const uint8_t* data, size_t size) {
  const Theme& theme = default_theme();
  fs::path root = scratch() / "site";
  std::error_code ec;
  fs::remove_all(root, ec);
  for (const auto& [path, content] : base_site()) write_file(root, path, content);
  for (const auto& [path, content] : split_bundle(std::string_view(reinterpret_cast<const char*>(data), size)))
    write_file(root, path, content);

  Diagnostics diagnostics;
  std::optional<Site> site = load_site(root, diagnostics);
  if (site && !diagnostics.has_errors()) {
    ResolvedSite resolved = resolve_site(std::move(*site), diagnostics);
    resolved.as_of = as_of_date(resolved.site, std::nullopt);
    if (!diagnostics.has_errors()) {
      MemoryOutput out;
      render_site(resolved, theme, out, diagnostics);
    }
  }
  quote_sources(root, diagnostics);
  diagnostics.format();
  return 0;
}

}  // namespace plansite::fuzz
