#include "publish/rclone_staging.h"

namespace plansite {

std::optional<std::string> staging_remote(const std::string& remote) {
  // A connection string (":sftp,host=…:path") starts with ':'; its path follows the next one.
  size_t colon = remote.find(':', remote.empty() || remote[0] != ':' ? 0 : 1);
  if (colon == std::string::npos) return std::nullopt;
  std::string path = remote.substr(colon + 1);
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  if (path.empty() || path == "/") return std::nullopt;
  size_t slash = path.rfind('/');
  std::string parent = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::string leaf = slash == std::string::npos ? path : path.substr(slash + 1);
  return remote.substr(0, colon + 1) + parent + ".plansite-upload/" + leaf;
}

bool has_feature(const std::string& features, const std::string& name) {
  // rclone prints the features one a line, `"Move": true,`, as Go's JSON encoder does.
  return features.find("\"" + name + "\": true") != std::string::npos;
}

}  // namespace plansite
