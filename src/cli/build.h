#pragma once
#include <filesystem>
#include <iosfwd>
#include <optional>

#include "model/diagnostic.h"
#include "model/period.h"

namespace plansite {

struct BuildOptions {
  std::filesystem::path source = ".";
  std::filesystem::path output;  ///< default: <source>/public
  bool write = true;             ///< false for `plansite check`
  bool verbose = false;          ///< print each stage's time
  int jobs = 0;                  ///< threads for loading and rendering; 0: one per core
  bool pdf = false;              ///< also print each plan to PDF (`build --pdf`)
  /// `--as-of`: the date progress statuses are computed for; none: the latest report's date.
  std::optional<PartialDate> as_of;
  /// When set, the build's problems are collected here as well as printed
  /// (`plansite serve` shows them in the browser).
  Diagnostics* diagnostics = nullptr;
  /// The process ends right after the build (the command line): the model
  /// is left for the exit to free at once rather than freed piece by piece.
  bool process_ends_after = false;
};

/// The one build function: load → resolve → render → write, each stage timed.
/// Prints diagnostics to `err`. Returns the process exit code: 0 on success,
/// 1 when the content has errors (and then nothing is written).
int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err);

}  // namespace plansite
