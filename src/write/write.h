#pragma once
#include <filesystem>

#include "model/diagnostic.h"
#include "model/output_file.h"

namespace plansite {

/// Stage 4. Writes `files` into a staging folder beside `output`, flushes
/// them to disk, then swaps the staging folder in with one atomic rename.
/// A build that fails or is killed at any moment leaves the previous output
/// exactly as it was. Refuses to replace a folder that plansite did not make.
/// Builds into the same output take turns (a lock beside it), and an output
/// that is a symbolic link is replaced at its target, keeping the link.
bool write_site(const OutputFiles& files, const std::filesystem::path& output, Diagnostics& diagnostics);

/// How the staging folders for `output` begin: each build stages into its own
/// `.<name>.plansite-staging-XXXXXX` beside the output, on the same file system.
std::string staging_prefix(const std::filesystem::path& output);

}  // namespace plansite
