#pragma once
// Progress reports kept in a spreadsheet: a folder
// content/plans/<plan>/reports/<period>/ holding any of nhiem-vu.csv,
// chi-tieu.csv and mo-hinh.csv — the open-data files of the plan, downloaded,
// filled in and saved. They give the same Report a YAML report would.
#include <filesystem>
#include <optional>
#include <string>

#include "model/diagnostic.h"
#include "model/site.h"

namespace plansite {

/// The period a folder of `folder` (the plan's reports folder) holds a CSV
/// report for: its name, when that is a period key. A folder holding report
/// files under another name ("2026-q3", "quy-3") is an error, not a photo
/// folder; other folders are nothing.
std::optional<std::string> csv_report_key(const std::filesystem::path& root, const std::string& folder,
                                          const std::string& name, Diagnostics& diagnostics);

/// Reads the report in `folder`/`key`/ (folder: the plan's reports folder,
/// relative to `root`; key: the period, already checked). Every problem is
/// reported at its spreadsheet row and column number.
std::optional<Report> read_csv_report(const std::filesystem::path& root, const Plan& plan, const std::string& folder,
                                      const std::string& key, Diagnostics& diagnostics);

}  // namespace plansite
