#pragma once
// The page record of incremental builds, kept beside the output
// (.public.plansite-pages): for each page that may be reused, the
// fingerprint of what it was made from and the digest of its bytes. It is
// never trusted further than it can be checked: a record that does not parse
// or whose checksum fails is ignored whole (every page is made), and a page
// is reused only if the file in the output still has the recorded bytes.
#include <filesystem>
#include <optional>

#include "model/output_file.h"

namespace plansite {

/// Where the record of `output` lives: beside it, like its lock.
std::filesystem::path page_record_path(const std::filesystem::path& output);

/// The record at `file`; none if it is missing or damaged in any way.
std::optional<PageRecords> read_page_records(const std::filesystem::path& file);

/// Writes the record atomically (a temporary file renamed over the old one);
/// false if it could not be written, which only costs the next build time.
bool write_page_records(const std::filesystem::path& file, const PageRecords& records);

}  // namespace plansite
