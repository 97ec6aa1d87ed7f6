#include "cli/build.h"

#include <chrono>
#include <ostream>

#include "load/load.h"
#include "pdf/plan_pdfs.h"
#include "render/render.h"
#include "render/theme.h"
#include "resolve/resolve.h"
#include "write/write.h"

namespace plansite {

namespace {

class StageTimer {
 public:
  StageTimer(std::ostream& out, bool verbose) : out_(out), verbose_(verbose) {}
  void done(const char* stage) {
    auto now = std::chrono::steady_clock::now();
    if (verbose_)
      out_ << "  " << stage << ": "
           << std::chrono::duration_cast<std::chrono::microseconds>(now - last_).count() / 1000.0 << " ms\n";
    last_ = now;
  }

 private:
  std::ostream& out_;
  bool verbose_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

int report(const Diagnostics& diagnostics, std::ostream& err) {
  err << diagnostics.format();
  if (!diagnostics.has_errors()) return 0;
  err << diagnostics.error_count() << (diagnostics.error_count() == 1 ? " error" : " errors")
      << "; nothing was written\n";
  return 1;
}

// The site's theme: the built-in default, overridden by themes/<name>/ where it
// exists. `check` loads it too, so template errors show before a build.
std::optional<Theme> load_theme(const std::filesystem::path& source, const std::string& name,
                                Diagnostics& diagnostics) {
  std::filesystem::path folder = source / "themes" / name;
  std::error_code ec;
  if (name != "default" && !std::filesystem::is_directory(folder, ec)) {
    diagnostics.error({"site.yaml", 0, 0}, "theme '" + name + "' not found",
                      "create themes/" + name + "/ or remove `theme:` to use the built-in theme");
    return std::nullopt;
  }
  return Theme::load(folder, diagnostics);
}

}  // namespace

int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err) {
  Diagnostics diagnostics;
  StageTimer timer(out, options.verbose);

  std::optional<Site> site = load_site(options.source, diagnostics);
  timer.done("load");
  if (!site || diagnostics.has_errors()) return report(diagnostics, err);

  ResolvedSite resolved = resolve_site(std::move(*site), diagnostics);
  timer.done("resolve");
  if (diagnostics.has_errors()) return report(diagnostics, err);

  std::optional<Theme> theme = load_theme(options.source, resolved.site.theme, diagnostics);
  if (!theme || diagnostics.has_errors() || !options.write) {
    int code = report(diagnostics, err);
    if (code == 0) out << "ok: " << resolved.site.plans.size() << " plans, no errors\n";
    return code;
  }
  resolved.plan_pdfs = options.pdf;
  OutputFiles files = render_site(resolved, *theme, diagnostics);
  timer.done("render");
  if (diagnostics.has_errors()) return report(diagnostics, err);
  if (options.pdf) {
    if (!add_plan_pdfs(resolved, files, diagnostics)) return report(diagnostics, err);
    timer.done("pdf");
  }

  std::filesystem::path output = options.output.empty() ? options.source / "public" : options.output;
  if (!write_site(files, output, diagnostics)) return report(diagnostics, err);
  timer.done("write");
  report(diagnostics, err);  // warnings
  out << "built " << files.size() << " files into " << output.string() << "\n";
  return 0;
}

}  // namespace plansite
