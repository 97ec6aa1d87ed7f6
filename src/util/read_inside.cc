#include "util/read_inside.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace plansite {

namespace fs = std::filesystem;

namespace {

bool starts_with_path(const fs::path& whole, const fs::path& prefix) {
  return std::mismatch(prefix.begin(), prefix.end(), whole.begin(), whole.end()).first == prefix.end();
}

// Where an open file really is: the kernel's own name for it, so no link
// can be swapped in after the open. /proc is Linux's; elsewhere the path is
// resolved again, which is as good as the kernel allows.
fs::path real_path_of(int fd, const fs::path& path) {
  char buffer[4096];
  const std::string link = "/proc/self/fd/" + std::to_string(fd);
  ssize_t n = ::readlink(link.c_str(), buffer, sizeof buffer);
  if (n > 0 && static_cast<size_t>(n) < sizeof buffer && buffer[0] == '/') return fs::path(std::string(buffer, static_cast<size_t>(n)));
  std::error_code ec;
  return fs::canonical(path, ec);
}

class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  Descriptor& operator=(Descriptor&& other) noexcept {
    if (this != &other) {
      if (fd_ >= 0) ::close(fd_);
      fd_ = other.fd_;
      other.fd_ = -1;
    }
    return *this;
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

namespace {

// Where a file or folder really is, asked of the kernel in one lookup rather
// than one readlink per part of its path: every file read asks it for the site folder.
fs::path real_root_of(const fs::path& root) {
  Descriptor where(::open(root.c_str(), O_PATH | O_CLOEXEC));
  if (where.get() < 0) return {};
  return real_path_of(where.get(), root);
}

}  // namespace

InsideRead read_inside(const fs::path& root, const fs::path& path) {
  InsideRead result;
  const fs::path real_root = real_root_of(root);
  if (real_root.empty()) return result.problem = InsideRead::Problem::missing, result;  // no site folder, so no file in it
  // O_PATH: the kernel resolves the path, links and all, to the file without
  // opening it, so a device or FIFO outside the site is never opened. Its
  // real location is then read from that descriptor, and the file is opened
  // through the same descriptor: a link swapped in after the check cannot
  // change what is read. (One resolution by the kernel instead of one
  // readlink per part of the path: a build reads thousands of files.)
  Descriptor where(::open(path.c_str(), O_PATH | O_CLOEXEC));
  if (where.get() < 0) {
    result.problem = errno == ENOENT || errno == ENOTDIR || errno == ELOOP ? InsideRead::Problem::missing
                                                                            : InsideRead::Problem::unreadable;
    return result;
  }
  result.real = real_path_of(where.get(), path);
  if (result.real.empty() || !starts_with_path(result.real, real_root))
    return result.problem = InsideRead::Problem::outside, result;
  struct stat info {};
  if (::fstat(where.get(), &info) != 0) return result.problem = InsideRead::Problem::unreadable, result;
  if (!S_ISREG(info.st_mode)) return result.problem = InsideRead::Problem::not_regular, result;
  // Without /proc (not Linux) the path is opened again, which is as good as the kernel allows.
  const std::string reopen = "/proc/self/fd/" + std::to_string(where.get());
  Descriptor fd(::open(reopen.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0 && errno == ENOENT) fd = Descriptor(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0) return result.problem = InsideRead::Problem::unreadable, result;
  // A size is only a hint (a sparse file claims terabytes): reserve no more than a large page would need.
  result.text.reserve(std::min<size_t>(static_cast<size_t>(info.st_size), size_t{64} << 20));
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      result.text.clear();
      return result.problem = InsideRead::Problem::unreadable, result;
    }
    result.text.append(buffer, static_cast<size_t>(n));
  }
  return result;
}

bool is_inside(const fs::path& root, const fs::path& path) {
  fs::path real_root = real_root_of(root), real = real_root_of(path);
  return !real_root.empty() && !real.empty() && starts_with_path(real, real_root);
}

std::string outside_message(const fs::path& real, bool folder) {
  return std::string("is a link to a ") + (folder ? "folder" : "file") + " outside the site folder" +
         (real.empty() ? std::string() : " (" + real.string() + ")");
}

std::string outside_hint() {
  return "plansite reads only files inside the site folder, so that nothing else on the computer is published: "
         "copy the file itself into the site instead of linking to it";
}

}  // namespace plansite
