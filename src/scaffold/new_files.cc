#include "scaffold/new_files.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/read_inside.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

const char* const kExistsHint = "plansite new never replaces a file: edit it, or move it away and run the command again";

// Moves `from` to `to` unless `to` exists, in one step. Some file systems
// (older NFS, some FUSE) lack RENAME_NOREPLACE; link() is just as exclusive there.
bool rename_no_replace(const fs::path& from, const fs::path& to, int& error) {
  if (renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return true;
  if (errno != EINVAL && errno != ENOSYS) {
    error = errno;
    return false;
  }
  if (link(from.c_str(), to.c_str()) != 0) {
    error = errno;
    return false;
  }
  unlink(from.c_str());
  return true;
}

bool write_exclusive(const fs::path& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  for (size_t done = 0; done < content.size();) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = errno;
      ::close(fd);
      ::unlink(path.c_str());
      errno = error;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) == 0) return true;
  int error = errno;
  ::unlink(path.c_str());
  errno = error;
  return false;
}

bool write_one(const fs::path& root, const std::string& relative, const std::string& content,
               Diagnostics& diagnostics) {
  fs::path target = root / relative;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) {
    diagnostics.error({relative, 0, 0}, "cannot create the folder " + target.parent_path().string() + ": " +
                                            ec.message());
    return false;
  }
  // The temporary file sits beside its target, so the rename stays on one
  // file system; the process id keeps two runs at once apart. The loader skips
  // names starting with a dot, should one be left behind by a crash.
  fs::path temporary =
      target.parent_path() / ("." + target.filename().string() + "." + std::to_string(getpid()) + ".plansite-new");
  // The folder may be a link out of the site, which `new` must not write through.
  if (!is_inside(root, target.parent_path())) {
    diagnostics.error({relative, 0, 0},
                      "its folder " + outside_message(fs::canonical(target.parent_path(), ec), true), outside_hint());
    return false;
  }
  // O_EXCL and O_NOFOLLOW: the name is predictable, and a link planted under
  // it must not make this write land (and truncate) wherever it points.
  if (!write_exclusive(temporary, content)) {
    diagnostics.error({relative, 0, 0}, "cannot write " + temporary.string() + ": " + std::strerror(errno));
    return false;
  }
  int error = 0;
  if (!rename_no_replace(temporary, target, error)) {
    fs::remove(temporary, ec);
    if (error == EEXIST)
      diagnostics.error({relative, 0, 0}, "the file already exists; it was left as it was", kExistsHint);
    else
      diagnostics.error({relative, 0, 0}, std::string("cannot write the file: ") + std::strerror(error));
    return false;
  }
  return true;
}

}  // namespace

bool write_new_files(const fs::path& root, const NewFiles& files, Diagnostics& diagnostics) {
  std::error_code ec;
  bool free = true;
  for (const auto& [relative, content] : files)
    if (fs::symlink_status(root / relative, ec).type() != fs::file_type::not_found) {
      diagnostics.error({relative, 0, 0}, "the file already exists; nothing was written", kExistsHint);
      free = false;
    }
  if (!free) return false;
  bool written = true;
  for (const auto& [relative, content] : files) written = write_one(root, relative, content, diagnostics) && written;
  return written;
}

}  // namespace plansite
