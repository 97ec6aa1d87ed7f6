#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "model/diagnostic.h"
#include "render/status_styles.h"
#include "render/ui_strings.h"
#include "render/mustache_links.h"
#include "render/view.h"

namespace plansite {

/// The templates and assets of a theme: the built-in default theme, with any
/// file of the same name in the site's `themes/<name>/` taking its place.
/// Every template is parsed once, when the theme loads.
class Theme {
  struct Compiled;  ///< the parsed templates

 public:
  /// View data many pages share (the UI strings of one language), made
  /// once. Read-only, so threads share it freely.
  class Shared;

  /// Renders template `name` (e.g. "plan.mustache") with `view`, looking up
  /// names the view lacks in `shared`. Partials (`{{> name}}`) are the
  /// theme's other templates, without ".mustache". The parsed templates never
  /// change, so any number of threads render at once.
  std::string render(const std::string& name, const View& view, const Shared* shared,
                     Diagnostics& diagnostics) const;

  /// The same with the page's links made relative as they are written
  /// (mustache_links.h); nothing when the template cannot do that, or a value
  /// did not fit: then render as above and pass the page to relative_links.
  std::optional<std::string> render(const std::string& name, const View& view, const Shared* shared,
                                    const PageLinks& links) const;

  /// Loads the default theme, then the site's overrides from `site_theme_dir`
  /// (if it exists), its language files from i18n/ as well; then the interface
  /// strings a site changes in `site_root`/i18n/<language>.yaml, when `site_root` is given.
  static Theme load(const std::filesystem::path& site_theme_dir, Diagnostics& diagnostics,
                    const std::filesystem::path& site_root = {});

  Theme();
  ~Theme();
  Theme(Theme&&) noexcept;
  Theme& operator=(Theme&&) noexcept;

  /// Keeps `view` for many renders.
  std::shared_ptr<const Shared> share(View view) const;

  /// True when the theme (built-in or the site's) has template `name`.
  bool has_template(const std::string& name) const { return templates_.count(name) > 0; }

  /// Static files (CSS) to copy into the output, under assets/.
  const std::map<std::string, std::string>& assets() const { return assets_; }

  /// The interface strings of every language (i18n/<language>.yaml), with the site's overrides.
  const UiStrings& ui_strings() const { return ui_strings_; }

  /// The progress statuses' labels, colours and icons (statuses.yaml).
  const StatusStyles& status_styles() const { return status_styles_; }

 private:
  void check_partial_cycles(Diagnostics& diagnostics) const;
  void compile(Diagnostics& diagnostics);
  std::string inline_partials(const std::string& source) const;

  std::map<std::string, std::string> templates_;  ///< name → source
  std::map<std::string, std::string> origins_;    ///< name → file, for messages
  std::map<std::string, std::string> assets_;
  std::map<std::string, UiStrings::File> language_files_;  ///< language → i18n/<language>.yaml
  UiStrings ui_strings_;
  UiStrings::File status_file_;  ///< statuses.yaml: the site's, else the built-in one
  StatusStyles status_styles_;
  std::shared_ptr<const Compiled> compiled_;  ///< parsed once
};

}  // namespace plansite
