#pragma once
// Open data: the site's tasks, indicator values and programs as CSV and JSON
// files under du-lieu/, for the whole site and per plan, and their schema.
// One table per kind feeds both formats, so a CSV and its JSON always hold the
// same columns and the same numbers. Statuses are as of the build's date.
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "model/data_columns.h"
#include "model/output_file.h"
#include "resolve/resolve.h"

namespace plansite {

/// A cell: blank, text, or a number (written with a dot decimal, never grouped).
using DataCell = std::variant<std::monostate, std::string, double>;

/// A data file's columns and rows; `plan` is null for the whole site.
struct DataTable {
  std::vector<DataColumn> columns;
  std::vector<std::vector<DataCell>> rows;
};

/// The three kinds of file: "nhiem-vu" (a row per task, where it stands as of
/// the build's date), "chi-tieu" (a row per indicator per reported period) and
/// "mo-hinh" (a row per program per reported period). An indicator or program
/// no report names has one row with the period blank.
inline constexpr const char* kDataKinds[] = {"nhiem-vu", "chi-tieu", "mo-hinh"};

/// "tasks", "indicators", "programs": the kind's name in UI string keys.
std::string data_kind_key(const std::string& kind);

DataTable task_data(const ResolvedSite& site, const Plan* plan);
DataTable indicator_data(const ResolvedSite& site, const Plan* plan);
DataTable program_data(const ResolvedSite& site, const Plan* plan);
/// The table of `kind` (one of kDataKinds).
DataTable data_table_of(const std::string& kind, const ResolvedSite& site, const Plan* plan);

/// RFC 4180 CSV, UTF-8 with a byte-order mark (so Excel reads Vietnamese),
/// CRLF line ends, a header line of the column names.
std::string data_csv(const DataTable& table);
/// {"as_of": "2026-07-07", "columns": [...], "rows": [{column: value}]}: blank
/// cells are null, numbers are JSON numbers. The indicator file also carries
/// "indicators": each indicator's unit, baseline and targets.
std::string data_json(const DataTable& table, const std::string& as_of);
std::string indicators_json(const ResolvedSite& site, const Plan* plan);

/// Every data file: du-lieu/<kind>.csv|.json for the site and
/// du-lieu/<plan-id>/<kind>.csv|.json for each plan, made on `workers`
/// threads and each handed to `put` as soon as made (from any of them).
void open_data_files(const ResolvedSite& site, int workers, const std::function<void(OutputFile)>& put);

/// "du-lieu/nhiem-vu.csv", "du-lieu/<plan>/chi-tieu.json": where a file lives.
std::string data_file_path(const std::string& kind, const std::string& extension, const Plan* plan);

}  // namespace plansite
