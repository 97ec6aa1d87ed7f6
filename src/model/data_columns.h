#pragma once
// The columns of the open-data files (du-lieu/nhiem-vu.csv, chi-tieu.csv,
// mo-hinh.csv). One definition serves both directions: the export writes
// these columns, and a progress report kept as CSV (a downloaded file,
// filled in and saved) is read by the same names, so they cannot drift.
#include <string>
#include <vector>

namespace plansite {

/// One column of a data file, described for the data page and the docs.
struct DataColumn {
  const char* name;  ///< ASCII snake_case, stable: scripts and spreadsheets rely on it
  const char* vi;
  const char* en;
  /// Read back from a CSV progress report; the other columns describe the
  /// plan or the site's state and are ignored there, so a downloaded file
  /// can be saved as a report unchanged.
  bool read_in_report = false;
};

/// The columns of "nhiem-vu" (tasks), "chi-tieu" (indicators) and "mo-hinh" (programs).
const std::vector<DataColumn>& task_columns();
const std::vector<DataColumn>& indicator_columns();
const std::vector<DataColumn>& program_columns();

/// The columns of `kind`, one of "nhiem-vu", "chi-tieu", "mo-hinh".
const std::vector<DataColumn>& data_columns_of(const std::string& kind);

}  // namespace plansite
