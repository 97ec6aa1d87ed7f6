#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "load/yaml_tree.h"
#include "model/diagnostic.h"
#include "model/raw_html.h"

namespace plansite {

/// Reads `root/relative`, which must be a regular file inside the site folder
/// once symbolic links are resolved (util/read_inside.h); every other case is
/// an error naming the file, except a missing one that is not `required`.
std::optional<std::string> read_source_file(const std::filesystem::path& root, const std::string& relative,
                                            bool required, Diagnostics& diagnostics,
                                            const std::string& missing_hint = "");

/// Reads and parses `root/relative` as YAML; a missing file is an error when `required`.
std::optional<YamlNode> load_yaml_file(const std::filesystem::path& root, const std::string& relative,
                                       bool required, Diagnostics& diagnostics);

/// Reads a Markdown file: checks UTF-8 and normalizes it to NFC (with a warning).
std::optional<std::string> load_markdown_file(const std::filesystem::path& root,
                                              const std::string& relative, Diagnostics& diagnostics,
                                              RawHtml raw_html = RawHtml::drop);

/// Reads the files that `diagnostics` point into, so their messages can quote
/// the offending line. Done only when there is something to report: keeping
/// every file's text for the whole build would double the memory a build needs.
void quote_sources(const std::filesystem::path& root, Diagnostics& diagnostics);

}  // namespace plansite
