#pragma once
// Writing what `plansite new` makes: every file is new, or nothing is written.
#include <filesystem>
#include <map>
#include <string>

#include "model/diagnostic.h"

namespace plansite {

/// Files to write, path relative to the site folder → content.
using NewFiles = std::map<std::string, std::string>;

/// Writes each of `files` under `root`, never replacing a file that exists.
/// First checks that none exists (each one that does is an error at its
/// path, so the officer sees them all); then writes each through a temporary
/// file renamed into place with RENAME_NOREPLACE, so a reader never sees half
/// a file and a file that appears meanwhile is still not replaced. Returns
/// false, with diagnostics, when anything was refused or failed.
bool write_new_files(const std::filesystem::path& root, const NewFiles& files, Diagnostics& diagnostics);

}  // namespace plansite
