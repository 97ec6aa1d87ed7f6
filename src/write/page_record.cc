#include "write/page_record.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string_view>

#include "util/digest.h"
#include "util/read_file.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kFirstLine = "plansite page record 1\n";

}  // namespace

fs::path page_record_path(const fs::path& output) {
  return output.parent_path() / ("." + output.filename().string() + ".plansite-pages");
}

// Format: the first line, then one line per page
//   <fingerprint> <content> <0|1> <path>
// then "end <digest of everything before this line>".
std::optional<PageRecords> read_page_records(const fs::path& file) {
  auto text = read_file(file);
  if (!text || !std::string_view(*text).starts_with(kFirstLine)) return std::nullopt;
  size_t end_line = text->rfind("end ");
  if (end_line == std::string::npos || text->back() != '\n') return std::nullopt;
  std::uint64_t checksum = 0;
  if (!parse_hex64(std::string_view(*text).substr(end_line + 4, text->size() - end_line - 5), checksum) ||
      checksum != digest_of(std::string_view(*text).substr(0, end_line)))
    return std::nullopt;
  PageRecords records;
  std::string_view rest = std::string_view(*text).substr(kFirstLine.size(), end_line - kFirstLine.size());
  while (!rest.empty()) {
    size_t newline = rest.find('\n');
    if (newline == std::string_view::npos) return std::nullopt;
    std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline + 1);
    PageRecord r;
    if (line.size() < 36 || line[16] != ' ' || line[33] != ' ' || (line[34] != '0' && line[34] != '1') ||
        line[35] != ' ' || !parse_hex64(line.substr(0, 16), r.fingerprint) ||
        !parse_hex64(line.substr(17, 16), r.content))
      return std::nullopt;
    r.chart = line[34] == '1';
    std::string path(line.substr(36));
    if (path.empty() || path.front() == '/' || path.find("..") != std::string::npos) return std::nullopt;
    records[std::move(path)] = r;
  }
  return records;
}

bool write_page_records(const fs::path& file, const PageRecords& records) {
  // Sized exactly: at 5000 plans the record is 20 MB, and an estimate that
  // fell short made it grow into a copy of 31 MB.
  size_t size = kFirstLine.size() + 4 + 16 + 1;
  for (const auto& [path, r] : records) size += 16 + 1 + 16 + 3 + path.size() + 1;
  std::string text;
  text.reserve(size);
  text += kFirstLine;
  for (const auto& [path, r] : records) {
    text += hex64(r.fingerprint);
    text += ' ';
    text += hex64(r.content);
    text += r.chart ? " 1 " : " 0 ";
    text += path;
    text += '\n';
  }
  const std::string checksum = hex64(digest_of(text));
  text += "end ";
  text += checksum;
  text += '\n';
  fs::path temporary = file;
  temporary += ".new";
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  bool ok = true;
  for (size_t done = 0; ok && done < text.size();) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += static_cast<size_t>(n);
  }
  ok = ::close(fd) == 0 && ok;
  if (ok && ::rename(temporary.c_str(), file.c_str()) == 0) return true;
  ::unlink(temporary.c_str());
  return false;
}

}  // namespace plansite
