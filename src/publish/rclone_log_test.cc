#include "publish/rclone_log.h"

#include <doctest/doctest.h>

using plansite::json_string_field;
using plansite::parse_rclone_log_line;
using plansite::RcloneEvent;

// The lines below are rclone 1.60's own (`--use-json-log --verbose`), shortened.
TEST_CASE("rclone log: copies, deletions and their dry-run forms are told apart") {
  auto copied = parse_rclone_log_line(
      R"j({"level":"info","msg":"Copied (new)","object":"a/x.css","objectType":"*local.Object","time":"2026-11-24T02:03:08Z"})j");
  REQUIRE(copied);
  CHECK(copied->kind == RcloneEvent::Kind::copied);
  CHECK(copied->object == "a/x.css");
  auto replaced = parse_rclone_log_line(R"j({"level":"info","msg":"Copied (replaced existing)","object":"index.html"})j");
  CHECK(replaced->kind == RcloneEvent::Kind::copied);
  auto would_copy = parse_rclone_log_line(
      R"j({"level":"warning","msg":"Skipped copy as --dry-run is set (size 5)","object":"index.html","size":5,"skipped":"copy"})j");
  CHECK(would_copy->kind == RcloneEvent::Kind::would_copy);
  auto deleted = parse_rclone_log_line(R"j({"level":"info","msg":"Deleted","object":"old/index.html"})j");
  CHECK(deleted->kind == RcloneEvent::Kind::deleted);
  auto would_delete =
      parse_rclone_log_line(R"j({"level":"warning","msg":"Skipped delete as --dry-run is set","object":"old.html"})j");
  CHECK(would_delete->kind == RcloneEvent::Kind::would_delete);
  // A move into place deletes the old file first, then renames the new one over it.
  auto moved = parse_rclone_log_line(
      R"j({"level":"info","msg":"Moved (server-side)","object":"big.bin","objectType":"*sftp.Object"})j");
  CHECK(moved->kind == RcloneEvent::Kind::moved);
  CHECK(moved->object == "big.bin");
}

TEST_CASE("rclone log: errors keep rclone's words, and stats and plain lines are not file events") {
  auto error = parse_rclone_log_line(
      R"j({"level":"error","msg":"Failed to copy: connection lost","object":"assets/chart.js"})j");
  CHECK(error->kind == RcloneEvent::Kind::error);
  CHECK(error->message == "Failed to copy: connection lost");
  auto stats = parse_rclone_log_line(
      R"j({"level":"info","msg":"\nTransferred: 2 / 2, 100%\n","stats":{"bytes":8,"transfers":2}})j");
  CHECK(stats->kind == RcloneEvent::Kind::other);
  CHECK_FALSE(parse_rclone_log_line(R"j(2026/11/24 02:03:08 NOTICE: Config file "/root/.config/rclone/rclone.conf" not found)j"));
}

TEST_CASE("rclone log: JSON strings are unescaped, and a key inside a value is not a key") {
  CHECK(json_string_field(R"j({"msg":"say \"object\": x","object":"tin-t\u1ee9c/a\\b.html"})j", "object") ==
        "tin-tức/a\\b.html");
  CHECK(json_string_field(R"j({"msg":"\"object\":\"wrong\""})j", "object") == std::nullopt);
  CHECK(json_string_field(R"j({"stats":{"object":"nested"},"level":"info"})j", "object") == std::nullopt);
  CHECK(json_string_field(R"j({"size":5})j", "size") == std::nullopt);
  CHECK(json_string_field(R"j({"msg":"unterminated)j", "msg") == std::nullopt);
}
