#pragma once
#include <filesystem>
#include <string>

namespace plansite {

/// A file read from inside a folder, or the reason it was not.
struct InsideRead {
  enum class Problem {
    none,         ///< `text` holds the file
    missing,      ///< no such file (or a link to nothing)
    not_regular,  ///< a folder, FIFO, device or socket: it would block or never end
    outside,      ///< its real location, `real`, is outside the folder
    unreadable,   ///< permissions or an I/O error
  };
  Problem problem = Problem::none;
  std::string text;
  std::filesystem::path real;  ///< where the file really is, symbolic links resolved
};

/// Reads `path`, which must be a regular file whose real location (every
/// symbolic link resolved) is inside the real location of `root`. The check is
/// made on the file actually opened, so a link swapped in between a check and
/// the read cannot lead the read outside. Links that stay inside are fine.
InsideRead read_inside(const std::filesystem::path& root, const std::filesystem::path& path);

/// Whether `path` (links resolved) is `root` or inside it (links resolved);
/// false when either cannot be resolved.
bool is_inside(const std::filesystem::path& root, const std::filesystem::path& path);

/// The end of the message for a file (or `folder`) that `read_inside` or
/// `is_inside` refused as outside, naming where it really leads:
/// "is a link to a file outside the site folder (/etc/passwd)".
std::string outside_message(const std::filesystem::path& real, bool folder = false);

/// The hint that goes with `outside_message`.
std::string outside_hint();

}  // namespace plansite
