#pragma once
#include <filesystem>
#include <map>
#include <string>

#include "model/diagnostic.h"
#include "model/output_file.h"
#include "render/view.h"

namespace plansite {

/// The templates and assets of a theme: the built-in default theme, with any
/// file of the same name in the site's `themes/<name>/` taking its place.
class Theme {
 public:
  /// Loads the default theme, then the site's overrides from `site_theme_dir` (if it exists).
  static Theme load(const std::filesystem::path& site_theme_dir, Diagnostics& diagnostics);

  /// Renders template `name` (e.g. "plan.mustache") with `view`; every other
  /// template is available to it as a partial (`{{> name}}`, without ".mustache").
  std::string render(const std::string& name, const View& view, Diagnostics& diagnostics) const;

  /// Static files (CSS) to copy into the output, under assets/.
  const std::map<std::string, std::string>& assets() const { return assets_; }

 private:
  void check_partial_cycles(Diagnostics& diagnostics) const;

  std::map<std::string, std::string> templates_;  ///< name → source
  std::map<std::string, std::string> origins_;    ///< name → file, for messages
  std::map<std::string, std::string> assets_;
};

}  // namespace plansite
