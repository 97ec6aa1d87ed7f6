#include "cli/publish_command.h"

#include <stdlib.h>

#include <filesystem>
#include <ostream>

#include "cli/build.h"
#include "load/load_publish.h"
#include "load/source_file.h"
#include "publish/child_process.h"
#include "publish/choose_targets.h"
#include "publish/local_target.h"
#include "publish/rclone_target.h"

namespace plansite {

namespace fs = std::filesystem;

const char* const kPublishHelp =
    "usage: plansite publish [--source DIR] [--to TARGET] [--rollback] [--dry-run] [--keep N] [--verbose]\n"
    "\n"
    "Builds and checks the site in DIR (default: .) into a private folder, then\n"
    "publishes it to every target in site.yaml's `publish:` list, or to --to's.\n"
    "If the build or the check fails, nothing is published.\n"
    "\n"
    "  --to TARGET a target's name in site.yaml; dir:/var/www/xa for a web root on this\n"
    "              machine; or an rclone remote, remote:path (credentials in rclone's\n"
    "              configuration or RCLONE_CONFIG_* variables, never in site.yaml)\n"
    "  --rollback  switch each web root (dir) back to its previous release; builds nothing\n"
    "  --dry-run   say what would be sent, switched or deleted; change nothing\n"
    "  --keep N    releases kept beside each web root, the live one included\n"
    "              (default: the target's `keep`, or 5)\n"
    "  --verbose   name every file sent or deleted\n"
    "\n"
    "A web root (dir) is a symbolic link to the live release in <dir>.releases/,\n"
    "switched in one rename. A remote gets only the files that changed: assets\n"
    "first, pages next, deletions last. An interrupted upload says what was and\n"
    "was not sent; publish again to complete it.\n"
    "\n"
    "exit status: 0 published, 1 build, check or upload failed, 2 usage errors\n";

namespace {

constexpr int kUsageError = 2;

struct PublishOptions {
  fs::path source = ".";
  std::string to;
  bool rollback = false;
  bool dry_run = false;
  bool verbose = false;
  int keep = 0;  ///< 0: each target's own
};

int usage(std::ostream& err, const std::string& message) {
  err << "plansite: " << message << "\n\n" << kPublishHelp;
  return kUsageError;
}

// Returns -1 after --help, 0 when parsed, or the usage error's exit code.
int parse(const std::vector<std::string>& args, PublishOptions& options, std::ostream& out, std::ostream& err) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    bool has_value = i + 1 < args.size();
    if (arg == "--help" || arg == "-h") {
      out << kPublishHelp;
      return -1;
    } else if (arg == "--source") {
      if (!has_value) return usage(err, "--source needs a folder");
      options.source = args[++i];
    } else if (arg == "--to") {
      if (!has_value || args[i + 1].empty()) return usage(err, "--to needs a target");
      options.to = args[++i];
    } else if (arg == "--keep") {
      std::string n = has_value ? args[++i] : "";
      if (n.empty() || n.size() > 3 || n.find_first_not_of("0123456789") != std::string::npos ||
          std::stoi(n) < 1 || std::stoi(n) > 100)
        return usage(err, "--keep needs a number from 1 to 100");
      options.keep = std::stoi(n);
    } else if (arg == "--rollback") {
      options.rollback = true;
    } else if (arg == "--dry-run" || arg == "-n") {
      options.dry_run = true;
    } else if (arg == "--verbose" || arg == "-v") {
      options.verbose = true;
    } else {
      return usage(err, "unknown option '" + arg + "'");
    }
  }
  return 0;
}

// The private folder the site is built into for publishing: the site's own
// public/ may be rebuilt by `plansite serve` while an upload reads from it.
class PrivateFolder {
 public:
  PrivateFolder() {
    std::string pattern = (fs::temp_directory_path() / "plansite-publish-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~PrivateFolder() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  PrivateFolder(const PrivateFolder&) = delete;
  PrivateFolder& operator=(const PrivateFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

int rollback(const std::vector<PublishTarget>& targets, const PublishRun& run, bool named) {
  bool ok = true;
  for (const PublishTarget& target : targets) {
    if (!target.dir.empty()) {
      ok = rollback_dir(target, run) && ok;
    } else if (named) {
      run.fail(target, "only a web root on this machine (dir) keeps earlier releases to roll back to",
               "to put earlier content back on " + target.rclone + ", check it out and publish it");
      return 1;
    } else {
      run.out << "rollback '" << target.name << "': skipped; a remote (" << target.rclone
              << ") keeps no earlier releases\n";
    }
  }
  return ok ? 0 : 1;
}

}  // namespace

int run_publish_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  PublishOptions options;
  int parsed = parse(args, options, out, err);
  if (parsed != 0) return parsed == -1 ? 0 : parsed;
  std::error_code ec;
  if (!fs::is_directory(options.source, ec))
    return usage(err, "source folder '" + options.source.string() + "' does not exist");
  // From here on a stop signal interrupts rclone, which is waited for, so the
  // officer still learns what was sent.
  catch_stop_signals();

  Diagnostics diagnostics;
  std::optional<std::vector<PublishTarget>> in_site = load_publish_targets(options.source, diagnostics);
  if (!in_site) {
    quote_sources(options.source, diagnostics);
    err << diagnostics.format() << "nothing was published\n";
    return 1;
  }
  std::string problem, hint;
  std::vector<PublishTarget> targets = choose_targets(*in_site, options.to, problem, hint);
  if (targets.empty()) return usage(err, problem + (hint.empty() ? "" : "\n  hint: " + hint));
  for (PublishTarget& target : targets)
    if (options.keep > 0) target.keep = options.keep;
  PublishRun run{out, err, options.dry_run, options.verbose};
  if (options.rollback) return rollback(targets, run, !options.to.empty());

  PrivateFolder folder;
  if (folder.path().empty()) {
    err << "plansite: cannot create a folder to build in under " << fs::temp_directory_path().string()
        << "; nothing was published\n";
    return 1;
  }
  BuildOptions build;
  build.source = options.source;
  build.output = folder.path() / "site";
  build.verbose = options.verbose;
  if (run_build(build, out, err) != 0) {
    err << "plansite: the build failed; nothing was published and every target is as it was\n";
    return 1;
  }
  if (stop_requested()) {
    err << "plansite: stopped before publishing; every target is as it was\n";
    return 1;
  }
  bool ok = true;
  for (const PublishTarget& target : targets) {
    if (stop_requested()) {
      err << "plansite: stopped; '" << target.name << "' and the targets after it were not published\n";
      return 1;
    }
    ok = (target.dir.empty() ? publish_to_remote(build.output, target, run)
                             : publish_to_dir(build.output, target, run)) &&
         ok;
  }
  return ok ? 0 : 1;
}

}  // namespace plansite
