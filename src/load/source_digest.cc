#include "load/source_digest.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "util/digest.h"
#include "util/parallel.h"
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

SourceDigests digest_sources(const fs::path& source, int workers) {
  SourceDigests out;
  const fs::path plans = source / "content" / "plans";
  std::vector<fs::path> plan_folders;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(plans, ec))
    if (entry.is_directory(ec)) plan_folders.push_back(entry.path());
  // Item 0 is what every page shares, the others a plan each, read on every
  // worker; each result goes to its own slot, so the order of reading is free.
  std::vector<std::optional<std::uint64_t>> digests(plan_folders.size() + 1);
  parallel_for(digests.size(), workers, [&](int, size_t i) {
    Digest digest;
    if (i > 0) {
      if (add_folder(digest, plans, plan_folders[i - 1])) digests[i] = digest.value();
      return;
    }
    // The binary: another plansite may render the same content differently.
    if (auto self = read_file("/proc/self/exe")) digest.add(*self);
    else digest.add(std::string_view("unknown binary"));
    if (auto site = read_file(source / "site.yaml")) digest.add(*site);
    if (add_folder(digest, source, source / "content", plans) && add_folder(digest, source, source / "i18n") &&
        add_folder(digest, source, source / "themes"))
      digests[0] = digest.value();
  });
  // Without a shared digest nothing can be trusted: no plan digests either.
  if (!digests[0]) return out;
  out.shared = *digests[0];
  for (size_t i = 1; i < digests.size(); ++i)
    if (digests[i]) out.plans[plan_folders[i - 1].filename().string()] = *digests[i];
  return out;
}

}  // namespace plansite
