#include "serve/source_watcher.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

bool ignored(const fs::path& path) {
  std::string name = path.filename().string();
  return name.empty() || name.front() == '.' || name.back() == '~';
}

}  // namespace

SourceWatcher::SourceWatcher(fs::path source) : source_(std::move(source)), last_(scan()) {}

bool SourceWatcher::changed() {
  std::map<std::string, Stamp> now = scan();
  bool different = now != last_;
  last_ = std::move(now);
  return different;
}

std::map<std::string, SourceWatcher::Stamp> SourceWatcher::scan() const {
  std::map<std::string, Stamp> stamps;
  // Every error is skipped, not thrown: a file an editor is replacing may
  // vanish between listing and stat, and the next scan sees it again.
  auto add = [&](const fs::directory_entry& entry) {
    std::error_code ec;
    if (!entry.is_regular_file(ec) || ignored(entry.path())) return;
    Stamp stamp{entry.last_write_time(ec), entry.file_size(ec)};
    if (!ec) stamps[entry.path().string()] = stamp;
  };
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(source_, ec)) add(entry);
  for (const char* folder : {"content", "i18n", "themes"}) {
    fs::recursive_directory_iterator it(source_ / folder, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ignored(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      add(*it);
    }
  }
  return stamps;
}

}  // namespace plansite
