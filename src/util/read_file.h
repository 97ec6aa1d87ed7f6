#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace plansite {

/// Reads a whole regular file; nothing if it is missing, unreadable or not a
/// regular file (a FIFO or a device would block or never end).
std::optional<std::string> read_file(const std::filesystem::path& path);

}  // namespace plansite
