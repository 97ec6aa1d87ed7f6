#include "util/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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
  // When the string is full, a read into a small buffer tells the end of the
  // file from a file that grew, so a file of the size it claims is read
  // without growing (and copying) the string once more.
  std::string out(static_cast<size_t>(info.st_size), '\0');
  size_t have = 0;
  for (;;) {
    char probe[4096];
    const bool full = have == out.size();
    ssize_t n = full ? ::read(fd, probe, sizeof probe) : ::read(fd, out.data() + have, out.size() - have);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      return std::nullopt;
    }
    if (full) {
      out.resize(out.size() + (out.size() >> 1) + sizeof probe);
      std::memcpy(out.data() + have, probe, static_cast<size_t>(n));
    }
    have += static_cast<size_t>(n);
  }
  ::close(fd);
  out.resize(have);
  return out;
}

}  // namespace plansite
