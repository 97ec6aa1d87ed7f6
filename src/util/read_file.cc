#include "util/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace plansite {

std::optional<std::string> read_file(const std::filesystem::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return std::nullopt;
  }
  // Read straight into the string, sized by the file: the digests read every
  // file of the site (and the plansite binary) at every build. The size is a
  // hint only; a file that grows or shrinks meanwhile is read to its end.
  std::string out(static_cast<size_t>(info.st_size), '\0');
  size_t have = 0;
  for (;;) {
    if (have == out.size()) out.resize(out.size() + (out.size() >> 1) + 4096);
    ssize_t n = ::read(fd, out.data() + have, out.size() - have);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      return std::nullopt;
    }
    have += static_cast<size_t>(n);
  }
  ::close(fd);
  out.resize(have);
  return out;
}

}  // namespace plansite
