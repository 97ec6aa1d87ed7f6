#pragma once
#include <filesystem>

#include "model/diagnostic.h"
#include "model/output_file.h"

namespace plansite {

/// Stage 4. Writes `files` into a staging folder beside `output`, flushes
/// them to disk, then swaps the staging folder in with one atomic rename.
/// A build that fails or is killed at any moment leaves the previous output
/// exactly as it was. Refuses to replace a folder that plansite did not make.
bool write_site(const OutputFiles& files, const std::filesystem::path& output, Diagnostics& diagnostics);

/// The name of the staging folder for `output` (kept beside it, on the same file system).
std::filesystem::path staging_path(const std::filesystem::path& output);

}  // namespace plansite
