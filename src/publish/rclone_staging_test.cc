#include "publish/rclone_staging.h"

#include <doctest/doctest.h>

using plansite::has_feature;
using plansite::staging_remote;

TEST_CASE("rclone staging: beside the site's folder, never inside it; none at a remote's root") {
  CHECK(staging_remote("host:www/xa") == "host:www/.plansite-upload/xa");
  CHECK(staging_remote("host:www/xa/") == "host:www/.plansite-upload/xa");
  CHECK(staging_remote("host:xa") == "host:.plansite-upload/xa");
  CHECK(staging_remote("host:/srv/www/xa") == "host:/srv/www/.plansite-upload/xa");
  CHECK(staging_remote("host:/xa") == "host:/.plansite-upload/xa");
  CHECK(staging_remote(":sftp,host=127.0.0.1:site") == ":sftp,host=127.0.0.1:.plansite-upload/site");
  CHECK_FALSE(staging_remote("host:"));
  CHECK_FALSE(staging_remote("host:/"));
  CHECK_FALSE(staging_remote("no-colon"));
}

TEST_CASE("rclone staging: features as `rclone backend features` prints them (1.60, SFTP)") {
  const std::string sftp = "{\n\t\"Name\": \"lb\",\n\t\"Hashes\": [\n\t\t\"md5\"\n\t],\n\t\"Features\": {\n"
                           "\t\t\"BucketBased\": false,\n\t\t\"DirMove\": true,\n\t\t\"Move\": true,\n"
                           "\t\t\"OpenWriterAt\": false\n\t}\n}\n";
  CHECK(has_feature(sftp, "Move"));
  CHECK(has_feature(sftp, "DirMove"));
  CHECK_FALSE(has_feature(sftp, "BucketBased"));
  CHECK_FALSE(has_feature(sftp, "Purge"));
}
