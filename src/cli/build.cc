#include "cli/build.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ostream>

#include <sys/resource.h>

#include "cli/progress_line.h"
#include "load/load.h"
#include "load/source_digest.h"
#include "load/source_file.h"
#include "pdf/plan_pdfs.h"
#include "render/render.h"
#include "render/theme.h"
#include "resolve/resolve.h"
#include "resolve/status.h"
#include "util/parallel.h"
#include "write/page_record.h"
#include "write/write.h"

namespace plansite {

namespace {

class StageTimer {
 public:
  StageTimer(std::ostream& out, bool verbose) : out_(out), verbose_(verbose) {}
  // Wall time and the CPU time of every thread: their ratio shows how well a
  // stage used the cores (2.0 on two cores is all of them).
  void done(const char* stage) {
    auto now = std::chrono::steady_clock::now();
    double cpu = cpu_ms();
    if (verbose_)
      out_ << "  " << stage << ": "
           << std::chrono::duration_cast<std::chrono::microseconds>(now - last_).count() / 1000.0 << " ms ("
           << static_cast<long>(cpu - last_cpu_) << " ms of CPU)\n";
    last_ = now;
    last_cpu_ = cpu;
  }

 private:
  static double cpu_ms() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval& t) { return static_cast<double>(t.tv_sec) * 1000.0 + t.tv_usec / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
  }

  std::ostream& out_;
  bool verbose_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
  double last_cpu_ = cpu_ms();
};

int report(Diagnostics& diagnostics, const std::filesystem::path& source, std::ostream& err, ProgressLine& line) {
  line.stop();
  quote_sources(source, diagnostics);
  err << diagnostics.format();
  if (!diagnostics.has_errors()) return 0;
  err << diagnostics.error_count() << (diagnostics.error_count() == 1 ? " error" : " errors")
      << "; nothing was written\n";
  return 1;
}

// The site's theme: the built-in default, overridden by themes/<name>/ where it
// exists, with the interface strings the site changes in i18n/. `check` loads
// it too, so template and string errors show before a build.
std::optional<Theme> load_theme(const std::filesystem::path& source, const std::string& name,
                                Diagnostics& diagnostics) {
  std::filesystem::path folder = source / "themes" / name;
  std::error_code ec;
  if (name != "default" && !std::filesystem::is_directory(folder, ec)) {
    diagnostics.error({"site.yaml", 0, 0}, "theme '" + name + "' not found",
                      "create themes/" + name + "/ or remove `theme:` to use the built-in theme");
    return std::nullopt;
  }
  return Theme::load(folder, diagnostics, source);
}

// A second, as the officer notices a wait; PLANSITE_PROGRESS_AFTER_MS lets a
// test see the line on a build shorter than that.
std::chrono::milliseconds progress_delay() {
  const char* after = std::getenv("PLANSITE_PROGRESS_AFTER_MS");
  char* end = nullptr;
  long ms = after ? std::strtol(after, &end, 10) : -1;
  return std::chrono::milliseconds(after && *end == '\0' && ms >= 0 ? ms : 1000);
}

// The process ends after this build (`plansite build` on the command line):
// its model and records are handed to the kernel, which takes the whole
// memory back at once at exit, instead of being freed object by object on
// one core (0.1 s at 5000 plans). Kept reachable from a global, so a leak
// checker counts them as still in use, not as lost; volatile, because a
// pointer that is only ever stored may otherwise be optimised away, and the
// object with it (LeakSanitizer then reported it lost).
struct LeftToExit {
  ResolvedSite resolved;
  IncrementalBuild incremental;
  std::optional<PageRecords> previous;
};
LeftToExit* volatile left_to_exit = nullptr;

void leave_to_exit(ResolvedSite resolved, IncrementalBuild incremental, std::optional<PageRecords> previous) {
  left_to_exit = new LeftToExit{std::move(resolved), std::move(incremental), std::move(previous)};
}

}  // namespace

int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err) {
  const auto started = std::chrono::steady_clock::now();
  // What the pages are made from, taken before the files are read (source_digest.h).
  IncrementalBuild incremental;
  int workers = options.jobs > 0 ? options.jobs : default_worker_count();
  if (options.write) incremental.sources = digest_sources(options.source, workers);
  RenderProgress progress;
  ProgressLine line(
      [&progress] {
        size_t total = progress.total;
        if (!total) return std::string("loading the content…");
        return "rendering " + std::to_string(progress.done) + " of " + std::to_string(total) + " pages";
      },
      progress_delay());
  Diagnostics own_diagnostics;
  Diagnostics& diagnostics = options.diagnostics ? *options.diagnostics : own_diagnostics;
  StageTimer timer(out, options.verbose);

  std::optional<Site> site = load_site(options.source, diagnostics, workers);
  timer.done("load");
  if (!site || diagnostics.has_errors()) return report(diagnostics, options.source, err, line);

  ResolvedSite resolved = resolve_site(std::move(*site), diagnostics);
  resolved.as_of = as_of_date(resolved.site, options.as_of);
  timer.done("resolve");
  if (diagnostics.has_errors()) return report(diagnostics, options.source, err, line);

  std::optional<Theme> theme = load_theme(options.source, resolved.site.theme, diagnostics);
  if (!theme || diagnostics.has_errors() || !options.write) {
    int code = report(diagnostics, options.source, err, line);
    if (code == 0) out << "ok: " << resolved.site.plans.size() << " plans, no errors\n";
    return code;
  }
  resolved.plan_pdfs = options.pdf;

  // Pages go to the staging folder as they are rendered, so memory does not
  // grow with the site; the staging folder becomes the output only at commit.
  std::filesystem::path output = options.output.empty() ? options.source / "public" : options.output;
  std::unique_ptr<StagedOutput> staged = StagedOutput::open(output, diagnostics);
  if (!staged) return report(diagnostics, options.source, err, line);
  // The previous build's record, if it is whole; pages it vouches for are
  // reused. Without the previous output (deleted by hand) there is nothing to
  // reuse, and every page would try to open its missing file.
  std::optional<PageRecords> previous;
  if (std::error_code ec; std::filesystem::is_directory(staged->output(), ec))
    previous = read_page_records(page_record_path(staged->output()));
  if (previous) incremental.previous = &*previous;
  render_site(resolved, *theme, *staged, diagnostics, workers, &incremental, &progress);
  timer.done("render and write");
  if (diagnostics.has_errors()) return report(diagnostics, options.source, err, line);  // the staging folder is removed
  if (options.pdf) {
    // Printed from the staging folder, so the PDFs show exactly the pages published.
    if (!add_plan_pdfs(resolved, staged->path(), *staged, diagnostics))
      return report(diagnostics, options.source, err, line);
    timer.done("pdf");
  }

  if (!staged->commit(diagnostics)) return report(diagnostics, options.source, err, line);
  // Still under the output's lock. Without a record the next build makes every page.
  write_page_records(page_record_path(staged->output()), incremental.next);
  timer.done("commit");
  report(diagnostics, options.source, err, line);  // warnings
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  char took[32];
  std::snprintf(took, sizeof took, "%.2f", seconds);
  out << "built " << staged->count() << " files into " << output.string() << " in " << took << " s ("
      << incremental.made << " pages made, " << incremental.reused << " unchanged)\n";
  if (options.process_ends_after) leave_to_exit(std::move(resolved), std::move(incremental), std::move(previous));
  return 0;
}

}  // namespace plansite
