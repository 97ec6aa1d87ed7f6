#pragma once
#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <unordered_set>

#include "model/diagnostic.h"
#include "model/output_file.h"

namespace plansite {

/// Stage 4. A build's own staging folder beside the output: the render stage
/// puts each file into it as soon as it is made, and commit() flushes it to
/// disk and swaps it in with one atomic rename. A build that fails or is
/// killed at any moment leaves the previous output exactly as it was.
/// Refuses to replace a folder that plansite did not make. Builds into the
/// same output take turns (a lock beside it, held from open to commit), and
/// an output that is a symbolic link is replaced at its target, keeping the link.
class StagedOutput : public OutputSink {
 public:
  /// Checks and locks `output` and makes an empty staging folder; nothing on
  /// failure, with the reason in `diagnostics`.
  static std::unique_ptr<StagedOutput> open(const std::filesystem::path& output, Diagnostics& diagnostics);
  /// Removes the staging folder unless it was committed.
  ~StagedOutput() override;
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;

  /// Writes one file into the staging folder. Thread-safe. A failure is
  /// remembered and reported by commit().
  void put(const std::string& path, std::string content) override;

  /// Links the live output's file at `path` into the staging folder (a copy
  /// where links cannot be made) if its bytes have `digest`. Thread-safe.
  bool reuse(const std::string& path, std::uint64_t digest) override;

  /// The output folder the staging folder will replace (links resolved).
  const std::filesystem::path& output() const { return output_; }

  /// How many files were reused rather than made.
  size_t reused() const { return reused_; }

  /// The staging folder, which holds what was put so far.
  const std::filesystem::path& path() const { return staging_; }

  /// How many files were put.
  size_t count() const { return count_; }

  /// Flushes the staging folder to disk and swaps it in for the output.
  bool commit(Diagnostics& diagnostics);

 private:
  StagedOutput(std::filesystem::path output, std::filesystem::path staging, int lock_fd);

  std::filesystem::path output_;
  std::filesystem::path staging_;
  int lock_fd_;
  bool committed_ = false;
  std::atomic<size_t> count_{0};
  std::atomic<size_t> reused_{0};
  std::mutex failure_mutex_;
  std::string failure_;  ///< the first write that failed
  /// The folders made in the staging folder so far: a page's folder is made
  /// once, its parent first, without a mkdir that fails (EEXIST, ENOENT).
  /// `dir`: a folder in the staging folder, as text (parsing it as a path
  /// cost more than the mkdir, at every page).
  bool make_folder(std::string_view dir);
  std::mutex folders_mutex_;
  std::unordered_set<std::string> folders_;
};

/// Writes `files` as a whole new output in one go (open, put each, commit).
bool write_site(const OutputFiles& files, const std::filesystem::path& output, Diagnostics& diagnostics);

/// How the staging folders for `output` begin: each build stages into its own
/// `.<name>.plansite-staging-XXXXXX` beside the output, on the same file system.
std::string staging_prefix(const std::filesystem::path& output);

}  // namespace plansite
