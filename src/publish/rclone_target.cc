#include "publish/rclone_target.h"

#include <cstdlib>
#include <set>
#include <vector>

#include "publish/child_process.h"
#include "publish/rclone_log.h"
#include "publish/rclone_staging.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

constexpr size_t kListedMissing = 20;

std::string rclone_program() {
  const char* program = std::getenv("PLANSITE_RCLONE");
  return program && *program ? program : "rclone";
}

// What one rclone run did, file by file, from its JSON log.
struct RcloneRun {
  ChildResult result;
  std::vector<std::string> copied, moved, deleted, would_copy, would_delete;
  std::vector<std::string> errors;
  std::string plain_output;  ///< lines that were not JSON (rclone's messages before its logger starts)
  bool ok() const { return result.started && result.exit_code == 0; }
};

// Which of a run's events publish a file or remove one: an upload into the
// staging folder publishes nothing yet, and a move into place deletes the old
// file before renaming the new one over it, which removes nothing from the site.
struct Counts {
  bool copies = false, moves = false, deletions = false;
};

RcloneRun run_rclone(std::vector<std::string> args, const PublishRun& publish, Counts counts = {}) {
  args.insert(args.begin(), rclone_program());
  RcloneRun run;
  run.result = run_child(args, [&](const std::string& line) {
    std::optional<RcloneEvent> event = parse_rclone_log_line(line);
    if (!event) {
      run.plain_output += line + "\n";
      return;
    }
    switch (event->kind) {
      case RcloneEvent::Kind::copied:
        run.copied.push_back(event->object);
        if (publish.verbose && counts.copies) publish.out << "  sent " << event->object << "\n";
        break;
      case RcloneEvent::Kind::moved:
        run.moved.push_back(event->object);
        if (publish.verbose && counts.moves) publish.out << "  sent " << event->object << "\n";
        break;
      case RcloneEvent::Kind::deleted:
        run.deleted.push_back(event->object);
        if (publish.verbose && counts.deletions) publish.out << "  deleted " << event->object << "\n";
        break;
      case RcloneEvent::Kind::would_copy: run.would_copy.push_back(event->object); break;
      case RcloneEvent::Kind::would_delete: run.would_delete.push_back(event->object); break;
      case RcloneEvent::Kind::error:
        run.errors.push_back(event->object.empty() ? event->message : event->object + ": " + event->message);
        break;
      case RcloneEvent::Kind::other: break;
    }
  });
  return run;
}

// Why rclone did not succeed, in its own words where it gave any.
std::string failure(const RcloneRun& run) {
  if (!run.result.started) return run.result.error;
  std::string why = run.result.interrupted ? "stopped by a signal"
                    : run.result.exit_code < 0 ? "rclone was killed"
                                               : "rclone exited with status " + std::to_string(run.result.exit_code);
  for (const std::string& error : run.errors) why += "\n  rclone: " + error;
  if (!run.errors.empty()) return why;
  // Before its logger starts (a remote missing from the configuration, say)
  // rclone prints plain lines; its notice that no rclone.conf exists is no reason.
  size_t start = 0;
  for (size_t end; (end = run.plain_output.find('\n', start)) != std::string::npos; start = end + 1) {
    std::string line = run.plain_output.substr(start, end - start);
    if (!line.empty() && line.find("NOTICE: Config file") == std::string::npos) why += "\n  rclone: " + line;
  }
  return why;
}

// What the remote can do, as `rclone backend features` says.
struct RemoteAbilities {
  std::string compare;       ///< "--checksum" or "--ignore-times"; empty when the remote could not be asked
  bool renames_files = false;  ///< moves a file by renaming it: SFTP, FTP, local disks, not object stores
};

// Compares by checksum where the remote keeps one (SFTP, WebDAV servers that
// do, S3): a report changed without changing its size is still sent. Where
// it keeps none, sizes cannot be trusted alone, so every file is sent.
RemoteAbilities remote_abilities(const std::string& remote, const PublishRun& publish, std::string& problem) {
  RcloneRun features = run_rclone({"backend", "features", remote}, publish);
  if (!features.ok()) {
    problem = failure(features);
    return {};
  }
  const std::string& text = features.plain_output;
  size_t hashes = text.find("\"Hashes\"");
  size_t open = text.find('[', hashes);
  size_t close = text.find(']', open);
  bool has_hash = hashes != std::string::npos && open != std::string::npos && close != std::string::npos &&
                  text.find('"', open) < close;
  if (!has_hash)
    publish.out << "  " << remote << " keeps no checksums: every file is sent, not just the changed ones\n";
  // An object store moves by copying, but it replaces an object whole anyway:
  // only a file system written in place needs the detour through a staging folder.
  return {has_hash ? "--checksum" : "--ignore-times",
          has_feature(text, "Move") && !has_feature(text, "BucketBased")};
}

std::string listed(const std::vector<std::string>& files) {
  std::string text;
  for (size_t i = 0; i < files.size() && i < kListedMissing; ++i) text += "\n    " + files[i];
  if (files.size() > kListedMissing) text += "\n    … and " + std::to_string(files.size() - kListedMissing) + " more";
  return text;
}

std::vector<std::string> not_in(const std::vector<std::string>& planned, const std::vector<std::string>& done) {
  std::set<std::string> finished(done.begin(), done.end());
  std::vector<std::string> rest;
  for (const std::string& file : planned)
    if (!finished.count(file)) rest.push_back(file);
  return rest;
}

size_t count_files(const fs::path& root) {
  size_t count = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    count += it->is_regular_file(ec) ? 1 : 0;
  return count;
}

}  // namespace

bool is_page_file(const std::string& path) {
  auto ends = [&](const char* suffix) {
    std::string s = suffix;
    return path.size() >= s.size() && path.compare(path.size() - s.size(), s.size(), s) == 0;
  };
  return ends(".html") || ends(".xml");
}

bool publish_to_remote(const fs::path& site, const PublishTarget& target, const PublishRun& run) {
  const std::string& remote = target.rclone;
  const std::string source = site.string() + "/";
  const std::vector<std::string> log = {"--use-json-log", "--verbose"};
  std::string problem;
  RemoteAbilities abilities = remote_abilities(remote, run, problem);
  const std::string& compare = abilities.compare;
  if (compare.empty() && !problem.empty() && problem.rfind("cannot run ", 0) == 0) {
    run.fail(target, problem, "install rclone (apt install rclone), or name its program in PLANSITE_RCLONE");
    return false;
  }
  if (compare.empty()) {
    run.fail(target, "cannot reach " + remote + ": " + problem,
             "check the remote with `rclone lsd " + remote.substr(0, remote.find(':') + 1) +
                 "`; set it up with `rclone config` or RCLONE_CONFIG_<NAME>_* variables");
    return false;
  }
  std::optional<std::string> staging = abilities.renames_files ? staging_remote(remote) : std::nullopt;

  // The plan: what a sync would send and delete, so a failure can say what is left.
  std::vector<std::string> args = {"sync", source, remote, compare, "--dry-run"};
  args.insert(args.end(), log.begin(), log.end());
  RcloneRun plan = run_rclone(args, run);
  if (!plan.ok()) {
    run.fail(target, "cannot compare the site with " + remote + ": " + failure(plan),
             "nothing was sent; check the remote with `rclone lsd " + remote.substr(0, remote.find(':') + 1) + "`");
    return false;
  }
  std::vector<std::string> assets, pages;
  for (const std::string& file : plan.would_copy) (is_page_file(file) ? pages : assets).push_back(file);
  size_t unchanged = count_files(site) - plan.would_copy.size();
  std::vector<std::string> planned = assets;  // in the order they are sent
  planned.insert(planned.end(), pages.begin(), pages.end());
  if (run.dry_run) {
    run.out << "publish '" << target.name << "' (dry run): would send " << assets.size() << " assets, then "
            << pages.size() << " pages, then delete " << plan.would_delete.size() << " files on " << remote << "; "
            << unchanged << " unchanged\n";
    if (staging)
      run.out << "  each file would be uploaded into " << *staging << " first, then moved into place\n";
    else
      run.out << "  " << remote << " cannot move files into place: each file would be written where it stands\n";
    for (const std::string& file : assets) run.out << "  would send " << file << "\n";
    for (const std::string& file : pages) run.out << "  would send " << file << "\n";
    for (const std::string& file : plan.would_delete) run.out << "  would delete " << file << "\n";
    return true;
  }

  // Assets, pages, deletions: each step starts only when the one before
  // succeeded. The filters name the same files as is_page_file(). Where the
  // remote renames files, they are uploaded into the staging folder first and
  // moved into place from there (assets, then pages), so a publish stopped at
  // any moment leaves each file old or new, never cut short.
  struct Step {
    const char* name;
    std::vector<std::string> args;
    bool needed;
    Counts counts;
  };
  std::vector<Step> steps;
  if (staging) {
    // A publish stopped before left its staging folder behind: its files may be half-written.
    RcloneRun cleared = run_rclone({"purge", *staging, "--retries", "1"}, run);
    if (!cleared.ok() && cleared.result.exit_code != 3) {  // 3: rclone found no such folder
      run.fail(target, "cannot clear the staging folder " + *staging + ": " + failure(cleared),
               "nothing was sent; check that the folder beside the site's may be written");
      return false;
    }
    const std::vector<std::string> into_place = {"move", *staging, remote, "--ignore-times", "--delete-empty-src-dirs"};
    auto move = [&](const char* filter) {
      std::vector<std::string> a = into_place;
      a.insert(a.end(), {filter, "*.{html,xml}"});
      return a;
    };
    const Counts moves{.moves = true};
    steps = {
        // --compare-dest: only the files that differ from the site's, compared as the plan did.
        {"upload", {"copy", source, *staging, compare, "--compare-dest", remote}, !planned.empty(), {}},
        {"assets", move("--exclude"), !assets.empty(), moves},
        {"pages", move("--include"), !pages.empty(), moves},
    };
  } else {
    const Counts copies{.copies = true};
    steps = {
        {"assets", {"copy", source, remote, compare, "--exclude", "*.{html,xml}"}, !assets.empty(), copies},
        {"pages", {"copy", source, remote, compare, "--include", "*.{html,xml}"}, !pages.empty(), copies},
    };
  }
  steps.push_back(
      {"deletions", {"sync", source, remote, compare}, !plan.would_delete.empty(), {.copies = true, .deletions = true}});
  std::vector<std::string> sent, deleted;
  for (Step& step : steps) {
    if (!step.needed) continue;
    step.args.insert(step.args.end(), log.begin(), log.end());
    RcloneRun done = run_rclone(step.args, run, step.counts);
    if (step.counts.copies) sent.insert(sent.end(), done.copied.begin(), done.copied.end());
    if (step.counts.moves) sent.insert(sent.end(), done.moved.begin(), done.moved.end());
    if (step.counts.deletions) deleted.insert(deleted.end(), done.deleted.begin(), done.deleted.end());
    if (done.ok() && !stop_requested()) continue;
    std::vector<std::string> unsent = not_in(planned, sent);
    std::vector<std::string> undeleted = not_in(plan.would_delete, deleted);
    run.fail(target,
             std::string("the upload to ") + remote + " stopped at the " + step.name + " step: " +
                 (done.ok() ? "stopped by a signal" : failure(done)) +
                 "\n  sent " + std::to_string(sent.size()) + " of " + std::to_string(planned.size()) +
                 " files; not sent, " + std::to_string(unsent.size()) + ":" + listed(unsent) + "\n  deleted " +
                 std::to_string(deleted.size()) + " of " + std::to_string(plan.would_delete.size()) +
                 " files no longer in the site" + (undeleted.empty() ? "" : "; not deleted:" + listed(undeleted)),
             "run `plansite publish` again: it sends only what is still missing or different, then deletes");
    return false;
  }
  if (staging) {
    // Empty by now (or cleared above): `.plansite-upload` goes, unless another
    // target's staging folder is still in it. Left behind, the next publish would clear it.
    run_rclone({"rmdirs", staging->substr(0, staging->rfind('/'))}, run);
  }
  run.out << "published '" << target.name << "' to " << remote << ": sent " << sent.size() << " files ("
          << assets.size() << " assets, " << pages.size() << " pages), deleted " << deleted.size() << ", "
          << unchanged << " unchanged\n";
  return true;
}

}  // namespace plansite
