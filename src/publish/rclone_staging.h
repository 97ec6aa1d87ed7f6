#pragma once
// Where a publish to an rclone remote puts the changed files before moving
// them into place. rclone 1.60 writes a file in place on SFTP, FTP and local
// disks, so a publish killed mid-upload would leave a truncated page; a file
// uploaded beside the site and then moved (a rename on those backends) is
// either the old one or the new one, never part of either.
#include <optional>
#include <string>

namespace plansite {

/// The staging folder for `remote` ("name:path"): "name:parent/.plansite-upload/leaf",
/// beside the site's folder, not inside it (rclone 1.60 refuses to move
/// files from a folder into a folder that holds it). Nothing for a remote's
/// root ("name:", "name:/"), which has nothing beside it.
std::optional<std::string> staging_remote(const std::string& remote);

/// Whether rclone's `backend features` JSON (`features`) says `name` is true
/// ("Move": true): the features the publish depends on.
bool has_feature(const std::string& features, const std::string& name);

}  // namespace plansite
