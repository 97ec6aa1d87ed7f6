#include "model/publish_target.h"

#include <algorithm>
#include <cctype>

namespace plansite {

namespace {

std::string lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// rclone's own rule for a configured remote's name: letters, digits, '_', '-',
// '.', '+', '@' and spaces inside.
bool is_remote_name(const std::string& name) {
  if (name.empty() || name.front() == ' ' || name.back() == ' ' || name.front() == '-') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == '+' ||
           c == '@' || c == ' ';
  });
}

// A parameter of an on-the-fly remote (`:sftp,host=h,pass=…:path`) whose
// value would be a secret.
bool is_secret_parameter(const std::string& name) {
  std::string n = lowercase(name);
  for (const char* word : {"pass", "secret", "token", "key", "auth", "bearer", "credential"})
    if (n.find(word) != std::string::npos) return true;
  return false;
}

}  // namespace

std::string rclone_remote_problem(const std::string& remote, std::string& hint) {
  const std::string config_hint =
      "keep credentials out of site.yaml: set the remote up with `rclone config`, or with "
      "RCLONE_CONFIG_<NAME>_TYPE, _HOST, _USER and _PASS variables, and write 'name:path'";
  size_t scheme = remote.find("://");
  if (scheme != std::string::npos) {
    hint = remote.find('@') != std::string::npos ? config_hint
                                                  : "rclone names a remote, not an address: write 'name:path'";
    return "'" + remote.substr(0, scheme) + "://…' is an address, not an rclone remote";
  }
  // An on-the-fly remote: `:backend,param=value,…:path`.
  if (!remote.empty() && remote.front() == ':') {
    size_t end = remote.find(':', 1);
    std::string spec = remote.substr(1, end == std::string::npos ? std::string::npos : end - 1);
    size_t start = spec.find(',');
    while (start != std::string::npos) {
      size_t next = spec.find(',', start + 1);
      std::string param = spec.substr(start + 1, (next == std::string::npos ? spec.size() : next) - start - 1);
      std::string param_name = param.substr(0, param.find('='));
      if (is_secret_parameter(param_name)) {
        hint = config_hint;
        return "the rclone remote holds a secret ('" + param_name + "=…')";
      }
      start = next;
    }
    if (end == std::string::npos) {
      hint = "write ':backend,option=value:path'";
      return "the rclone remote has no ':' before its path";
    }
    return "";
  }
  size_t colon = remote.find(':');
  if (colon == std::string::npos) {
    hint = remote.rfind('/', 0) == 0 ? "a folder on this machine is a 'dir:' target: write 'dir: " + remote + "'"
                                     : "write the rclone remote's name, a colon and the path: 'name:path'";
    return "'" + remote + "' is not an rclone remote";
  }
  std::string name = remote.substr(0, colon);
  if (!is_remote_name(name)) {
    hint = "a remote's name has letters, digits, '_', '-' and '.'; see `rclone listremotes`";
    return "'" + name + "' is not an rclone remote name";
  }
  return "";
}

std::string target_dir_problem(const std::string& dir, std::string& hint) {
  if (dir.empty() || dir.front() != '/') {
    hint = "write the web root's full path, e.g. '/var/www/phu-thinh'";
    return "the folder '" + dir + "' is not an absolute path";
  }
  if (dir.find_first_not_of('/') == std::string::npos) {
    hint = "name the web root's own folder, e.g. '/var/www/phu-thinh'";
    return "the root folder cannot be a web root";
  }
  for (size_t start = 1; start <= dir.size();) {
    size_t end = dir.find('/', start);
    if (end == std::string::npos) end = dir.size();
    std::string part = dir.substr(start, end - start);
    if (part == "." || part == "..") {
      hint = "write the path without '.' or '..' parts";
      return "the folder '" + dir + "' has a '" + part + "' part";
    }
    start = end + 1;
  }
  return "";
}

}  // namespace plansite
