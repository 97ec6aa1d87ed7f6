#pragma once
#include <filesystem>
#include <optional>
#include <vector>

#include "load/yaml_tree.h"
#include "model/diagnostic.h"
#include "model/publish_target.h"

namespace plansite {

/// Reads site.yaml's `publish:` list: each entry a `name` and either `dir`
/// (a local web root, with an optional `keep`) or `rclone` (`remote:path`).
std::vector<PublishTarget> read_publish_targets(const YamlNode& list, Diagnostics& diagnostics);

}  // namespace plansite

namespace plansite {

/// Reads only site.yaml's `publish:` list from the site at `root`, so that a
/// rollback works even while the content has errors; nothing (with the
/// reason in `diagnostics`) when site.yaml cannot be read.
std::optional<std::vector<PublishTarget>> load_publish_targets(const std::filesystem::path& root,
                                                               Diagnostics& diagnostics);

}  // namespace plansite
