#include "publish/releases.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>

namespace plansite {

namespace {

constexpr size_t kTimeLength = 18;  // 2026-11-24T031500Z

std::string format_time(std::time_t time) {
  std::tm utc{};
  gmtime_r(&time, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H%M%SZ", &utc);
  return text;
}

std::optional<std::time_t> parse_time(const std::string& name) {
  std::tm utc{};
  if (name.size() < kTimeLength ||
      std::sscanf(name.c_str(), "%4d-%2d-%2dT%2d%2d%2dZ", &utc.tm_year, &utc.tm_mon, &utc.tm_mday, &utc.tm_hour,
                  &utc.tm_min, &utc.tm_sec) != 6)
    return std::nullopt;
  utc.tm_year -= 1900;
  utc.tm_mon -= 1;
  return timegm(&utc);
}

// FNV-1a: a fingerprint to compare releases, not a defence against anyone.
struct Fnv1a {
  std::uint64_t value = 0xcbf29ce484222325ULL;
  void add(const char* data, size_t size) {
    for (size_t i = 0; i < size; ++i) value = (value ^ static_cast<unsigned char>(data[i])) * 0x100000001b3ULL;
  }
};

}  // namespace

bool is_release_name(const std::string& name) {
  if (name.size() < kTimeLength + 2 || name[kTimeLength] != '-' || !parse_time(name)) return false;
  if (name.compare(0, kTimeLength, format_time(*parse_time(name))) != 0) return false;  // one spelling only
  return std::all_of(name.begin() + kTimeLength + 1, name.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string release_hash(const std::string& name) {
  return name.size() > kTimeLength + 1 ? name.substr(kTimeLength + 1) : "";
}

std::string release_name(std::time_t now, const std::string& hash, const std::vector<std::string>& existing) {
  for (const std::string& name : existing)
    if (is_release_name(name)) now = std::max(now, *parse_time(name) + 1);
  return format_time(now) + "-" + hash;
}

std::vector<std::string> releases_to_prune(std::vector<std::string> releases, const std::string& live, int keep) {
  std::sort(releases.begin(), releases.end());
  bool has_live = std::binary_search(releases.begin(), releases.end(), live);
  // The live release counts towards `keep` but is kept even when older than
  // the rest (after a rollback); the newest of the others fill the remainder.
  size_t others = static_cast<size_t>(std::max(keep, 1)) - (has_live ? 1 : 0);
  std::vector<std::string> prune;
  for (auto it = releases.rbegin(); it != releases.rend(); ++it) {
    if (*it == live) continue;
    if (others > 0) {
      --others;
      continue;
    }
    prune.push_back(*it);
  }
  std::reverse(prune.begin(), prune.end());
  return prune;
}

std::optional<std::string> previous_release(std::vector<std::string> releases, const std::string& live) {
  std::sort(releases.begin(), releases.end());
  auto it = std::lower_bound(releases.begin(), releases.end(), live);
  if (it == releases.begin()) return std::nullopt;
  return *(it - 1);
}

std::string tree_hash(const std::filesystem::path& root) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(std::filesystem::relative(it->path(), root).generic_string());
  std::sort(files.begin(), files.end());  // directory order differs between machines
  Fnv1a hash;
  std::vector<char> buffer(1 << 16);
  for (const std::string& file : files) {
    hash.add(file.c_str(), file.size() + 1);  // with its NUL, so "a" + "bc" differs from "ab" + "c"
    std::ifstream in(root / file, std::ios::binary);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
      hash.add(buffer.data(), static_cast<size_t>(in.gcount()));
    hash.add("", 1);
  }
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash.value));
  return std::string(text, 12);
}

}  // namespace plansite
