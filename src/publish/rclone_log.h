#pragma once
#include <optional>
#include <string>

namespace plansite {

/// What one line of rclone's `--use-json-log` output says about a file.
struct RcloneEvent {
  enum class Kind { copied, would_copy, moved, deleted, would_delete, error, other };
  Kind kind = Kind::other;
  std::string object;   ///< the file, relative to the remote's path
  std::string message;  ///< rclone's own words, for errors
};

/// Reads one line of rclone's JSON log; nothing when the line is not JSON
/// (rclone prints a few plain notices before its logger starts).
std::optional<RcloneEvent> parse_rclone_log_line(const std::string& line);

/// The string value of `key` in a one-line JSON object, unescaped; nothing
/// when the key is absent or its value is not a string.
std::optional<std::string> json_string_field(const std::string& json, const std::string& key);

}  // namespace plansite
