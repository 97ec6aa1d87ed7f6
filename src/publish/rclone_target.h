#pragma once
#include <filesystem>
#include <string>

#include "publish/publish_run.h"

namespace plansite {

/// Publishes the built site `site` to an rclone remote (`target.rclone`:
/// SFTP, FTP, WebDAV, S3-compatible storage…), configured in rclone's own
/// configuration or RCLONE_CONFIG_* variables. Only files whose checksum (or,
/// where the remote keeps none, size) differs are sent: assets first, then
/// pages, then files no longer in the site are deleted, so a reader never gets
/// a page whose stylesheet or script is not there yet. Where the remote renames
/// files (SFTP, FTP, local disks), they are uploaded into a staging folder
/// beside the site's and moved into place, so none is ever cut short. If
/// rclone fails or is stopped, says what was sent and what was not; running
/// it again clears the staging folder and completes it.
bool publish_to_remote(const std::filesystem::path& site, const PublishTarget& target, const PublishRun& run);

/// Whether `path` is a page (HTML, or XML: the sitemap and the feeds), sent
/// after every asset; anything else is an asset.
bool is_page_file(const std::string& path);

}  // namespace plansite
