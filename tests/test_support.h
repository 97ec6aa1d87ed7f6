#pragma once
// Helpers shared by the tests: temporary sites declared inline (as Hugo's
// integration tests do), running the pipeline on them, and reading trees.
#include <filesystem>
#include <map>
#include <string>

#include "minimal_site.h"  // minimal_site(), replace_once()

namespace plansite::testing {

/// A site written into a fresh temporary folder; removed on destruction.
class TempSite {
 public:
  /// `files` maps a path relative to the site root to its content.
  explicit TempSite(const std::map<std::string, std::string>& files = {});
  ~TempSite();
  TempSite(const TempSite&) = delete;
  TempSite& operator=(const TempSite&) = delete;

  const std::filesystem::path& root() const { return root_; }
  void write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path root_;
};

/// Loads and resolves `root`; returns the diagnostics as printed, without source lines.
std::string check_diagnostics(const std::filesystem::path& root);

/// Builds `files` as a site in a temporary folder and returns its output, path
/// → bytes; the build must succeed. What it printed to stderr (warnings) goes
/// to `warnings` when given.
std::map<std::string, std::string> build_site(const std::map<std::string, std::string>& files,
                                              std::string* warnings = nullptr);

/// Builds the site at `source` (a sample site of the repository) into a
/// temporary folder and returns its output; the build must succeed.
std::map<std::string, std::string> build_source(const std::filesystem::path& source);

/// The same output with every relative link of every HTML page
/// ("../../nhiem-vu/x/index.html#a") written from the site root
/// ("/nhiem-vu/x/#a"), so tests can say where a link leads whatever page it
/// is on; relative_links_test.cc checks the relative form itself.
std::map<std::string, std::string> with_site_root_links(std::map<std::string, std::string> files);

/// Every regular file under `root`, path → bytes.
std::map<std::string, std::string> read_tree(const std::filesystem::path& root);

/// Runs a shell command; returns its exit status and puts stdout+stderr in `output`.
int run_command(const std::string& command, std::string& output);

/// The repository's top folder.
std::filesystem::path source_dir();

}  // namespace plansite::testing
