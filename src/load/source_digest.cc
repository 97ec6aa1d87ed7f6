#include "load/source_digest.h"

#include <algorithm>
#include <vector>

#include "util/digest.h"
#include "util/read_file.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

// Every regular file under `folder` (following links, as the loader does),
// by path relative to `base`, in a fixed order. False when the folder could
// not be walked.
bool add_folder(Digest& digest, const fs::path& base, const fs::path& folder, const fs::path& skip = {}) {
  std::error_code ec;
  if (!fs::exists(folder, ec)) return true;
  std::vector<fs::path> files;
  fs::recursive_directory_iterator it(folder, fs::directory_options::follow_directory_symlink, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (!skip.empty() && it->path() == skip) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec) return false;
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    auto bytes = read_file(file);
    if (!bytes) return false;
    digest.add(file.lexically_relative(base).generic_string()).add(*bytes);
  }
  return true;
}

}  // namespace

SourceDigests digest_sources(const fs::path& source) {
  SourceDigests out;
  Digest shared;
  // The binary: another plansite may render the same content differently.
  if (auto self = read_file("/proc/self/exe")) shared.add(*self);
  else shared.add(std::string_view("unknown binary"));
  if (auto site = read_file(source / "site.yaml")) shared.add(*site);
  const fs::path plans = source / "content" / "plans";
  bool whole = add_folder(shared, source, source / "content", plans) && add_folder(shared, source, source / "i18n") &&
               add_folder(shared, source, source / "themes");
  // Without a shared digest nothing can be trusted: no plan digests either.
  if (!whole) return out;
  out.shared = shared.value();
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(plans, ec)) {
    if (!entry.is_directory(ec)) continue;
    Digest digest;
    if (add_folder(digest, plans, entry.path())) out.plans[entry.path().filename().string()] = digest.value();
  }
  return out;
}

}  // namespace plansite
