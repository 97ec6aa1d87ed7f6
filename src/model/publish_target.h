#pragma once
#include <string>

#include "model/position.h"

namespace plansite {

/// Where `plansite publish` sends the built site: one entry of site.yaml's
/// `publish:` list, or the target given with `--to`. Exactly one of `dir` and
/// `rclone` is set.
struct PublishTarget {
  std::string name;    ///< as site.yaml names it; for `--to dir:…` or `--to remote:…`, the text given
  std::string dir;     ///< a local web root, served through a symbolic link switched per release
  std::string rclone;  ///< an rclone remote and path, `remote:path`
  int keep = 5;        ///< releases kept beside a local web root (the live one always is)
  Position position;   ///< where site.yaml declares it; none for `--to`
};

}  // namespace plansite

namespace plansite {

/// Why `remote` cannot be an rclone target, or "" when it can; `hint` says
/// what to write instead. A remote is `name:path` with the name configured in
/// rclone (rclone.conf or RCLONE_CONFIG_<NAME>_* variables). A password,
/// key or token written in the string itself is refused: site.yaml goes into
/// the repository, credentials must not.
std::string rclone_remote_problem(const std::string& remote, std::string& hint);

/// Why `dir` cannot be a local web root, or "" when it can: it must be an
/// absolute path below the root folder.
std::string target_dir_problem(const std::string& dir, std::string& hint);

}  // namespace plansite
