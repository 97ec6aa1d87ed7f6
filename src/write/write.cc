#include "write/write.h"

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

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
// rather than a silent overwrite. Its folder is made on first use.
bool write_whole_file(const fs::path& path, const std::string& content) {
  const int flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC;
  int fd = ::open(path.c_str(), flags, 0644);
  if (fd < 0 && errno == ENOENT && make_folders(path.parent_path())) fd = ::open(path.c_str(), flags, 0644);
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
  std::ifstream marker(output / "README.md");
  std::string first_line;
  std::getline(marker, first_line);
  return first_line == kOutputMarkerFirstLine;
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
int lock_output(const fs::path& file) {
  int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd >= 0 && ::flock(fd, LOCK_EX) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// Staging folders left by killed builds; only ever called under the lock.
void remove_stale_staging(const fs::path& output) {
  std::error_code ec;
  std::string prefix = staging_prefix(output);
  for (const auto& entry : fs::directory_iterator(output.parent_path(), ec))
    if (entry.path().filename().string().rfind(prefix, 0) == 0) fs::remove_all(entry.path(), ec);
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
  fs::create_directories(output.parent_path(), ec);
  if (ec) return fail(diagnostics, output.parent_path(), "cannot create folder: " + ec.message()), nullptr;

  int lock = lock_output(output.parent_path() / ("." + output.filename().string() + ".plansite-lock"));
  if (lock < 0) return fail(diagnostics, output, "cannot lock the output folder: " + os_error(errno)), nullptr;
  auto refuse = [&](const std::string& message, const std::string& hint) {
    ::close(lock);
    diagnostics.error({output.string(), 0, 0}, message, hint);
    return nullptr;
  };
  if (fs::exists(output, ec) && (!fs::is_directory(output, ec) || !is_ours_or_empty(output)))
    return refuse("refusing to replace a folder plansite did not create",
                  "choose an empty or new folder with --output; a plansite output holds README.md "
                  "starting with '# public/'");
  remove_stale_staging(output);
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

void StagedOutput::put(const std::string& path, std::string content) {
  ++count_;
  if (write_whole_file(staging_ / path, content)) return;
  std::string reason = os_error(errno);
  std::lock_guard lock(failure_mutex_);
  if (failure_.empty()) failure_ = (staging_ / path).string() + ": cannot write file: " + reason;
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
    // One atomic step: readers see the old site or the new one, never a mix.
    if (exchange(staging_, output_) != 0)
      return fail(diagnostics, output_, "cannot swap in the new site: " + os_error(errno));
    committed_ = true;
    fs::remove_all(staging_, ec);  // now the previous site
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
