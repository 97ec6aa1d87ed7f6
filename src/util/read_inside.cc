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
  std::error_code ec;
  fs::path real = fs::read_symlink("/proc/self/fd/" + std::to_string(fd), ec);
  if (!ec && real.is_absolute()) return real;
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
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

InsideRead read_inside(const fs::path& root, const fs::path& path) {
  InsideRead result;
  std::error_code ec;
  const fs::path real_root = fs::canonical(root, ec);
  if (ec) return result.problem = InsideRead::Problem::missing, result;  // no site folder, so no file in it
  // Resolved before the open too, so that a file outside (a device, say) is
  // not even opened; the check after the open is the one that cannot be raced.
  std::error_code path_ec;
  if (fs::path before = fs::canonical(path, path_ec); !path_ec && !starts_with_path(before, real_root)) {
    result.real = before;
    return result.problem = InsideRead::Problem::outside, result;
  }
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0) {
    result.problem = errno == ENOENT || errno == ENOTDIR || errno == ELOOP ? InsideRead::Problem::missing
                                                                            : InsideRead::Problem::unreadable;
    return result;
  }
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return result.problem = InsideRead::Problem::unreadable, result;
  if (!S_ISREG(info.st_mode)) return result.problem = InsideRead::Problem::not_regular, result;
  result.real = real_path_of(fd.get(), path);
  if (result.real.empty() || !starts_with_path(result.real, real_root))
    return result.problem = InsideRead::Problem::outside, result;
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
  std::error_code root_ec, path_ec;
  fs::path real_root = fs::canonical(root, root_ec), real = fs::canonical(path, path_ec);
  return !root_ec && !path_ec && starts_with_path(real, real_root);
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
