#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace plansite {

/// A headless Chromium to print with: $PLANSITE_CHROMIUM if set, else the
/// first of chromium, chromium-browser, google-chrome, google-chrome-stable
/// on the PATH. Nothing when none is installed.
std::optional<std::filesystem::path> find_chromium();

/// One page to print: a local HTML file and the PDF to write.
struct PrintJob {
  std::filesystem::path page;
  std::filesystem::path pdf;
  std::string error;  ///< set when printing failed: why, in one line
};

/// Prints each job's page to its PDF with headless Chromium, offline, a few at
/// a time, each browser with a fresh profile under `scratch`. A browser that
/// fails, or takes longer than `timeout_seconds`, fails only its own job.
void print_pages(const std::filesystem::path& chromium, std::vector<PrintJob>& jobs,
                 const std::filesystem::path& scratch, int timeout_seconds = 120);

}  // namespace plansite
