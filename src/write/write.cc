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


namespace plansite {

namespace fs = std::filesystem;

namespace {

std::string os_error(int error) { return std::strerror(error); }

bool write_whole_file(const fs::path& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
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

// Holds an exclusive lock beside the output for the whole write stage, so two
// builds (say a preview and a manual build) never interleave their swaps.
class OutputLock {
 public:
  explicit OutputLock(const fs::path& file) {
    fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ >= 0 && ::flock(fd_, LOCK_EX) != 0) {
      ::close(fd_);
      fd_ = -1;
    }
  }
  ~OutputLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
  }
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;
  bool held() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

// Staging folders left by killed builds; only ever called under the lock.
void remove_stale_staging(const fs::path& output) {
  std::error_code ec;
  std::string prefix = staging_prefix(output);
  for (const auto& entry : fs::directory_iterator(output.parent_path(), ec))
    if (entry.path().filename().string().rfind(prefix, 0) == 0) fs::remove_all(entry.path(), ec);
}

bool fail(Diagnostics& diagnostics, const fs::path& at, const std::string& message, const fs::path& cleanup = {}) {
  diagnostics.error({at.string(), 0, 0}, message);
  std::error_code ec;
  if (!cleanup.empty()) fs::remove_all(cleanup, ec);
  return false;
}

}  // namespace

bool write_site(const OutputFiles& files, const fs::path& output_arg, Diagnostics& diagnostics) {
  std::error_code ec;
  fs::path output = resolve_output(output_arg, ec);
  if (ec) return fail(diagnostics, output_arg, "cannot resolve the output folder: " + ec.message());
  fs::create_directories(output.parent_path(), ec);
  if (ec) return fail(diagnostics, output.parent_path(), "cannot create folder: " + ec.message());

  OutputLock lock(output.parent_path() / ("." + output.filename().string() + ".plansite-lock"));
  if (!lock.held()) return fail(diagnostics, output, "cannot lock the output folder: " + os_error(errno));
  if (fs::exists(output, ec) && (!fs::is_directory(output, ec) || !is_ours_or_empty(output))) {
    diagnostics.error({output.string(), 0, 0}, "refusing to replace a folder plansite did not create",
                      "choose an empty or new folder with --output; a plansite output holds README.md "
                      "starting with '# public/'");
    return false;
  }
  remove_stale_staging(output);
  std::string pattern = (output.parent_path() / (staging_prefix(output) + "XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr)
    return fail(diagnostics, output.parent_path(), "cannot create a staging folder: " + os_error(errno));
  fs::path staging = pattern;
  ::chmod(staging.c_str(), 0755);  // mkdtemp makes it private; a web server must read the site

  for (const auto& file : files) {
    fs::path target = staging / file.path;
    fs::create_directories(target.parent_path(), ec);
    if (ec) return fail(diagnostics, target.parent_path(), "cannot create folder: " + ec.message(), staging);
    if (!write_whole_file(target, file.content))
      return fail(diagnostics, target, "cannot write file: " + os_error(errno), staging);
  }
  // The data must be on disk before the rename makes it the live site; one
  // syncfs is far cheaper than an fsync per file.
  if (!sync_file_system(staging))
    return fail(diagnostics, staging, "cannot flush the new site to disk: " + os_error(errno), staging);

  if (fs::exists(output, ec)) {
    // One atomic step: readers see the old site or the new one, never a mix.
    if (exchange(staging, output) != 0)
      return fail(diagnostics, output, "cannot swap in the new site: " + os_error(errno), staging);
    fs::remove_all(staging, ec);  // now the previous site
  } else if (::rename(staging.c_str(), output.c_str()) != 0) {
    return fail(diagnostics, output, "cannot move the new site into place: " + os_error(errno), staging);
  }
  sync_directory(output.parent_path());
  return true;
}

}  // namespace plansite
