#pragma once
#include <ctime>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace plansite {

/// Releases of a local web root, kept side by side in `<web root>.releases/`,
/// each named `2026-11-24T031500Z-<content hash>`: names sort by time, and the
/// hash tells whether the live release already holds the content.

/// The name for a release of content `hash` made at `now`. The time is
/// moved past the newest of `existing` when it is not later (two publishes in
/// one second, or a clock set back), so the newest release is always last.
std::string release_name(std::time_t now, const std::string& hash, const std::vector<std::string>& existing);

/// Whether `name` has the form of a release name.
bool is_release_name(const std::string& name);

/// The content hash part of a release name.
std::string release_hash(const std::string& name);

/// The releases to delete so that the `keep` newest remain, and `live`
/// whatever its age (after a rollback it is not the newest). Oldest first.
std::vector<std::string> releases_to_prune(std::vector<std::string> releases, const std::string& live, int keep);

/// The release before `live` in time, to roll back to; nothing if `live` is the oldest.
std::optional<std::string> previous_release(std::vector<std::string> releases, const std::string& live);

/// A short hash of every file's path and bytes under `root` (12 hex digits).
std::string tree_hash(const std::filesystem::path& root);

}  // namespace plansite
