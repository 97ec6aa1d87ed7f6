#pragma once
#include <string_view>
#include <vector>

namespace plansite {

/// A file of the built-in default theme, compiled into the binary so that
/// `plansite` works from any folder (generated from themes/default/ by CMake).
struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

const std::vector<EmbeddedFile>& embedded_theme_files();

}  // namespace plansite
