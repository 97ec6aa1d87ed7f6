#include "write/write.h"

#include <fcntl.h>
#include <linux/fs.h>
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

fs::path staging_path(const fs::path& output) {
  fs::path absolute = fs::absolute(output).lexically_normal();
  if (absolute.filename().empty()) absolute = absolute.parent_path();
  return absolute.parent_path() / ("." + absolute.filename().string() + ".plansite-staging");
}

bool write_site(const OutputFiles& files, const fs::path& output_arg, Diagnostics& diagnostics) {
  fs::path output = fs::absolute(output_arg).lexically_normal();
  if (output.filename().empty()) output = output.parent_path();
  fs::path staging = staging_path(output);
  std::error_code ec;
  if (fs::exists(output, ec) && (!fs::is_directory(output, ec) || !is_ours_or_empty(output))) {
    diagnostics.error({output.string(), 0, 0}, "refusing to replace a folder plansite did not create",
                      "choose an empty or new folder with --output; a plansite output holds README.md "
                      "starting with '# public/'");
    return false;
  }
  // A staging folder left by a killed build is garbage: start clean.
  fs::remove_all(staging, ec);
  fs::create_directories(staging, ec);
  if (ec) {
    diagnostics.error({staging.string(), 0, 0}, "cannot create staging folder: " + ec.message());
    return false;
  }
  for (const auto& file : files) {
    fs::path target = staging / file.path;
    fs::create_directories(target.parent_path(), ec);
    if (ec || !write_whole_file(target, file.content)) {
      diagnostics.error({target.string(), 0, 0}, "cannot write file: " + os_error(errno));
      fs::remove_all(staging, ec);
      return false;
    }
  }
  // The data must be on disk before the rename makes it the live site; one
  // syncfs is far cheaper than an fsync per file.
  if (!sync_file_system(staging)) {
    diagnostics.error({staging.string(), 0, 0}, "cannot flush the new site to disk: " + os_error(errno));
    fs::remove_all(staging, ec);
    return false;
  }

  if (fs::exists(output, ec)) {
    // One atomic step: readers see the old site or the new one, never a mix.
    if (exchange(staging, output) != 0) {
      diagnostics.error({output.string(), 0, 0}, "cannot swap in the new site: " + os_error(errno));
      fs::remove_all(staging, ec);
      return false;
    }
    fs::remove_all(staging, ec);  // now the previous site
  } else if (::rename(staging.c_str(), output.c_str()) != 0) {
    diagnostics.error({output.string(), 0, 0}, "cannot move the new site into place: " + os_error(errno));
    fs::remove_all(staging, ec);
    return false;
  }
  sync_directory(output.parent_path());
  return true;
}

}  // namespace plansite
