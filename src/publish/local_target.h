#pragma once
#include <filesystem>

#include "publish/publish_run.h"

namespace plansite {

/// Publishes the built site `site` to a local web root (`target.dir`, say
/// /var/www/xa, which nginx serves): the site is copied into a new release
/// in `/var/www/xa.releases/`, then the web root, a symbolic link, is switched
/// to it in one rename(2), so a reader gets either the old site or the new
/// one, never a mix. Older releases beyond `target.keep` are deleted after the
/// switch. A web root that is a real folder is never replaced or deleted.
bool publish_to_dir(const std::filesystem::path& site, const PublishTarget& target, const PublishRun& run);

/// Switches the web root back to the release before the live one.
bool rollback_dir(const PublishTarget& target, const PublishRun& run);

}  // namespace plansite
