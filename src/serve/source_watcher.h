#pragma once
#include <filesystem>
#include <map>
#include <string>

namespace plansite {

/// Notices when a site's input changes, by comparing each file's modification
/// time and size with the previous scan: portable, needs no inotify, and a
/// site of a few hundred files scans in well under a millisecond.
/// Watches the files at the top of the source folder (site.yaml, …) and
/// everything under content/, i18n/ and themes/; skips hidden files and
/// editors' backups (`.x.swp`, `x~`), which change at every keystroke.
class SourceWatcher {
 public:
  /// Takes the first scan, so changed() reports what happens after this.
  explicit SourceWatcher(std::filesystem::path source);

  /// Scans again; true when a watched file was added, removed or changed
  /// since the previous scan.
  bool changed();

 private:
  struct Stamp {
    std::filesystem::file_time_type modified;
    std::uintmax_t size = 0;
    bool operator==(const Stamp&) const = default;
  };
  std::map<std::string, Stamp> scan() const;

  std::filesystem::path source_;
  std::map<std::string, Stamp> last_;
};

}  // namespace plansite
