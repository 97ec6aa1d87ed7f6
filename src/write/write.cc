#include "write/write.h"

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include "util/digest.h"


namespace plansite {

namespace fs = std::filesystem;

namespace {

std::string os_error(int error) { return std::strerror(error); }

// Creates `dir` and its missing parents inside the staging folder. Several
// threads may race to make the same folder; EEXIST is success.
bool make_folders(const fs::path& dir) {
  if (::mkdir(dir.c_str(), 0755) == 0 || errno == EEXIST) return true;
  if (errno != ENOENT || !dir.has_parent_path() || dir.parent_path() == dir) return false;
  return make_folders(dir.parent_path()) && (::mkdir(dir.c_str(), 0755) == 0 || errno == EEXIST);
}

// A new file in the staging folder: O_EXCL, so a path given twice is an error
// rather than a silent overwrite. Its folder is made first (make_folder):
// nearly every page is the index.html of a folder of its own, so an open
// tried first would fail for almost every page (17,000 failed opens in a
// 20,000-file build).
bool write_whole_file(const char* path, const std::string& content) {
  int fd = ::open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return ::close(fd) == 0;
}

bool sync_file_system(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = ::syncfs(fd) == 0;
  ::close(fd);
  return ok;
}

void sync_directory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// An existing output folder is replaced only if it is empty or carries our marker.
bool is_ours_or_empty(const fs::path& output) {
  std::error_code ec;
  if (fs::is_empty(output, ec)) return true;
  // Not through a link, and never a FIFO planted in its place, which would block the build.
  int fd = ::open((output / "README.md").c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat info {};
  const std::string marker = std::string(kOutputMarkerFirstLine) + "\n";
  std::string start(marker.size(), '\0');
  bool ours = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
              ::read(fd, start.data(), start.size()) == static_cast<ssize_t>(start.size()) && start == marker;
  ::close(fd);
  return ours;
}

int exchange(const fs::path& a, const fs::path& b) {
  return static_cast<int>(::syscall(SYS_renameat2, AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE));
}

}  // namespace

std::string staging_prefix(const fs::path& output) { return "." + output.filename().string() + ".plansite-staging-"; }

namespace {

// The output as the build will replace it: absolute, and if it is a symbolic
// link (public -> /var/www/site), the folder it points to, so the link keeps
// pointing at the live site.
fs::path resolve_output(const fs::path& output_arg, std::error_code& ec) {
  fs::path output = fs::absolute(output_arg, ec).lexically_normal();
  if (ec) return {};
  if (output.filename().empty()) output = output.parent_path();
  std::error_code missing;  // a new output does not exist yet, which is fine
  if (fs::is_symlink(output, missing)) output = fs::canonical(output, ec);
  return output;
}

// An exclusive lock beside the output, held from open to commit, so two
// builds (say a preview and a manual build) never interleave their swaps.
// The lock file outlives a build (a killed one cannot remove it), so it is
// opened without O_EXCL; O_NOFOLLOW and the regular-file check make sure a
// link or a FIFO planted in its place is refused rather than followed.
int lock_output(const fs::path& file) {
  int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
  if (fd < 0) return -1;
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    errno = EINVAL;
    return -1;
  }
  if (::flock(fd, LOCK_EX) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// Staging folders left by killed builds, and previous sites a build could not
// remove; only ever called under the lock. What cannot be removed is named,
// not left to fill the disk unseen.
void remove_stale_staging(const fs::path& output, Diagnostics& diagnostics) {
  std::error_code ec;
  std::string prefix = staging_prefix(output);
  for (const auto& entry : fs::directory_iterator(output.parent_path(), ec)) {
    std::error_code remove_ec;
    if (entry.path().filename().string().rfind(prefix, 0) == 0 && (fs::remove_all(entry.path(), remove_ec), remove_ec))
      diagnostics.warning({entry.path().string(), 0, 0},
                          "cannot remove this folder left by an earlier build: " + remove_ec.message(),
                          "it holds an old copy of the site and is not published; remove it yourself");
  }
}

// Why `output` may not be replaced, before anything is made for it (not even
// the lock): empty when it may.
std::string refusal(const fs::path& output) {
  if (output.filename().empty() || output == output.root_path()) return "refusing to build into the root folder";
  std::error_code ec;
  if (fs::exists(output, ec) && (!fs::is_directory(output, ec) || !is_ours_or_empty(output)))
    return "refusing to replace a folder plansite did not create";
  return {};
}

bool may_empty(const fs::path& dir) { return ::faccessat(AT_FDCWD, dir.c_str(), W_OK | X_OK, AT_EACCESS) == 0; }

// The first folder of `output` whose entries this process cannot remove. A
// swap followed by a failed removal would leave the old site half deleted in a
// hidden folder; refusing before the swap keeps the published site whole.
std::optional<fs::path> unremovable_folder(const fs::path& output) {
  if (!may_empty(output)) return output;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(output, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_directory(type_ec) && !it->is_symlink(type_ec) && !may_empty(it->path()))
      return it->path();
  }
  if (ec) return output;
  return std::nullopt;
}

bool fail(Diagnostics& diagnostics, const fs::path& at, const std::string& message) {
  diagnostics.error({at.string(), 0, 0}, message);
  return false;
}

}  // namespace

std::unique_ptr<StagedOutput> StagedOutput::open(const fs::path& output_arg, Diagnostics& diagnostics) {
  std::error_code ec;
  fs::path output = resolve_output(output_arg, ec);
  if (ec) return fail(diagnostics, output_arg, "cannot resolve the output folder: " + ec.message()), nullptr;
  const std::string refuse_hint =
      "choose an empty or new folder with --output; a plansite output holds README.md starting with '# public/'";
  // Accepted first, so a refused output leaves nothing behind, not even a lock.
  if (std::string why = refusal(output); !why.empty())
    return diagnostics.error({output.string(), 0, 0}, why, refuse_hint), nullptr;
  fs::create_directories(output.parent_path(), ec);
  if (ec) return fail(diagnostics, output.parent_path(), "cannot create folder: " + ec.message()), nullptr;

  fs::path lock_file = output.parent_path() / ("." + output.filename().string() + ".plansite-lock");
  int lock = lock_output(lock_file);
  if (lock < 0) {
    diagnostics.error({lock_file.string(), 0, 0}, "cannot lock the output folder: " + os_error(errno),
                      "this must be a plain file that plansite makes; if it is a link or anything else, remove it");
    return nullptr;
  }
  auto refuse = [&](const std::string& message, const std::string& hint) {
    ::close(lock);
    diagnostics.error({output.string(), 0, 0}, message, hint);
    return nullptr;
  };
  // Again under the lock: the folder may have changed while this build waited.
  if (std::string why = refusal(output); !why.empty()) return refuse(why, refuse_hint);
  remove_stale_staging(output, diagnostics);
  std::string pattern = (output.parent_path() / (staging_prefix(output) + "XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr)
    return refuse("cannot create a staging folder beside it: " + os_error(errno), "");
  ::chmod(pattern.c_str(), 0755);  // mkdtemp makes it private; a web server must read the site
  return std::unique_ptr<StagedOutput>(new StagedOutput(output, pattern, lock));
}

StagedOutput::StagedOutput(fs::path output, fs::path staging, int lock_fd)
    : output_(std::move(output)), staging_(std::move(staging)), lock_fd_(lock_fd) {}

StagedOutput::~StagedOutput() {
  std::error_code ec;
  if (!committed_) fs::remove_all(staging_, ec);
  ::close(lock_fd_);  // closing releases the lock
}

bool StagedOutput::make_folder(std::string_view dir) {
  if (dir.size() <= staging_.native().size()) return true;  // the staging folder itself
  std::string folder(dir);
  {
    std::lock_guard lock(folders_mutex_);
    if (folders_.count(folder)) return true;
  }
  // Parents first, so this mkdir does not fail for want of one. Two workers
  // may make the same folder at once: EEXIST is success.
  size_t slash = dir.rfind('/');
  if (slash == std::string_view::npos || !make_folder(dir.substr(0, slash))) return false;
  if (::mkdir(folder.c_str(), 0755) != 0 && errno != EEXIST) return false;
  std::lock_guard lock(folders_mutex_);
  folders_.insert(std::move(folder));
  return true;
}

void StagedOutput::put(const std::string& path, std::string content) {
  ++count_;
  std::string file = staging_.native();
  file += '/';
  file += path;
  if (make_folder(std::string_view(file).substr(0, file.rfind('/'))) && write_whole_file(file.c_str(), content)) return;
  std::string reason = os_error(errno);
  std::lock_guard lock(failure_mutex_);
  if (failure_.empty()) failure_ = file + ": cannot write file: " + reason;
}

bool StagedOutput::reuse(const std::string& path, std::uint64_t digest) {
  // Read through O_NOFOLLOW: a link planted in the old output is not followed.
  fs::path from = output_ / path, to = staging_ / path;
  int fd = ::open(from.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return false;
  std::string bytes;
  struct stat info;
  bool ok = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
  if (ok) {
    bytes.resize(static_cast<size_t>(info.st_size));
    size_t done = 0;
    while (ok && done < bytes.size()) {
      ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      ok = n > 0;
      if (ok) done += static_cast<size_t>(n);
    }
  }
  ::close(fd);
  if (!ok || digest_of(bytes) != digest) return false;
  // A hard link costs no copy; the old output goes at commit, the file stays.
  if (::link(from.c_str(), to.c_str()) != 0 &&
      !(errno == ENOENT && make_folders(to.parent_path()) && ::link(from.c_str(), to.c_str()) == 0)) {
    put(path, std::move(bytes));
  } else {
    ++count_;
  }
  ++reused_;
  return true;
}

bool StagedOutput::commit(Diagnostics& diagnostics) {
  if (!failure_.empty()) return fail(diagnostics, output_, failure_);
  // The data must be on disk before the rename makes it the live site; one
  // syncfs is far cheaper than an fsync per file.
  if (!sync_file_system(staging_))
    return fail(diagnostics, staging_, "cannot flush the new site to disk: " + os_error(errno));
  std::error_code ec;
  if (fs::exists(output_, ec)) {
    if (auto stuck = unremovable_folder(output_)) {
      diagnostics.error({stuck->string(), 0, 0},
                        "cannot replace the site: this folder of the previous one cannot be removed",
                        "the published site is kept as it was; give this user write permission on the folder "
                        "(or remove the output yourself) and build again");
      return false;
    }
    // One atomic step: readers see the old site or the new one, never a mix.
    if (exchange(staging_, output_) != 0)
      return fail(diagnostics, output_, "cannot swap in the new site: " + os_error(errno));
    committed_ = true;
    if (fs::remove_all(staging_, ec), ec)  // now the previous site
      diagnostics.warning({staging_.string(), 0, 0},
                          "the new site is published, but the previous one could not be removed from here: " +
                              ec.message(),
                          "it is not published; remove it yourself (the next build tries again)");
  } else if (::rename(staging_.c_str(), output_.c_str()) != 0) {
    return fail(diagnostics, output_, "cannot move the new site into place: " + os_error(errno));
  }
  committed_ = true;
  sync_directory(output_.parent_path());
  return true;
}

bool write_site(const OutputFiles& files, const fs::path& output, Diagnostics& diagnostics) {
  auto staged = StagedOutput::open(output, diagnostics);
  if (!staged) return false;
  for (const auto& file : files) staged->put(file.path, file.content);
  return staged->commit(diagnostics);
}

}  // namespace plansite
