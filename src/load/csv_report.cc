// A CSV report is read row by row like a YAML report item by item, and gives
// the same Report: resolve, statuses, pages and open data cannot tell them apart.
// Positions are file:row:column with the spreadsheet's row number and the
// column's number (LibreOffice and Excel show it as a letter: the messages
// name the cell, e.g. L7, too).
#include "load/csv_report.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <stdexcept>

#include "load/load_parts.h"
#include "load/source_file.h"
#include "model/data_columns.h"
#include "util/csv.h"
#include "util/forbidden_characters.h"
#include "util/unicode.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

const char* const kFileNames[] = {"chi-tieu.csv", "nhiem-vu.csv", "mo-hinh.csv"};

std::string trim(const std::string& text) {
  size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string column_names(const std::vector<DataColumn>& columns) {
  std::string out;
  for (const auto& column : columns) out += (out.empty() ? "" : ", ") + std::string(column.name);
  return out;
}

// The file whose id column `name` is, when it is another kind's: a
// downloaded file saved under the wrong name.
std::string other_kinds_file(const std::string& name, const std::string& id_column) {
  for (const auto& [id, file] : {std::pair{"indicator_id", "chi-tieu.csv"}, std::pair{"task_id", "nhiem-vu.csv"},
                                 std::pair{"program_id", "mo-hinh.csv"}})
    if (name == id && name != id_column) return file;
  return "";
}

// One CSV file of the report, its header matched against the export's columns.
class Sheet {
 public:
  Sheet(std::string file, CsvTable table) : file_(std::move(file)), table_(std::move(table)) {}

  const std::string& file() const { return file_; }
  char separator() const { return table_.separator; }
  size_t row_count() const { return table_.rows.size(); }
  const std::vector<std::string>& row(size_t index) const { return table_.rows[index]; }
  bool has(const std::string& column) const { return columns_.count(column) > 0; }
  /// Whether a report of this kind reads `column` at all (tasks have no `illustrative`).
  bool reads(const std::string& column) const { return readable_.count(column) > 0; }

  /// The cell of `column` in row `index` (0 = header), trimmed; "" where the
  /// row is short or the column absent. The quote the export puts before a
  /// text that looks like a formula ('=…) is removed, so a note reads back as written.
  std::string cell(size_t index, const std::string& column) const {
    check_readable(column);
    auto found = columns_.find(column);
    if (found == columns_.end() || found->second >= table_.rows[index].size()) return "";
    return std::string(unguard_formula(trim(table_.rows[index][found->second])));
  }
  Position at(size_t index, const std::string& column) const {
    check_readable(column);
    auto found = columns_.find(column);
    int number = found == columns_.end() ? 1 : static_cast<int>(found->second) + 1;
    return {file_, static_cast<int>(index) + 1, number};
  }
  /// "cell L7 (value)": where to look in the spreadsheet.
  std::string cell_name(size_t index, const std::string& column) const {
    return "cell " + column_letter(at(index, column).column) + std::to_string(index + 1) + " (" + column + ")";
  }

  // Matches the header against `columns`; false (with errors) when it cannot be read.
  bool read_header(const std::vector<DataColumn>& columns, const std::string& id_column, Diagnostics& diagnostics);

 private:
  // The reader asks only for the columns model/data_columns.cc marks as read
  // in a report: a name missing there is a mistake in this file, not in the
  // officer's, and every test that reads a report would stop on it.
  void check_readable(const std::string& column) const {
    if (!readable_.count(column))
      throw std::logic_error("column '" + column + "' is not marked read_in_report in model/data_columns.cc");
  }

  std::string file_;
  CsvTable table_;
  std::map<std::string, size_t> columns_;
  std::set<std::string> readable_;
};

bool Sheet::read_header(const std::vector<DataColumn>& columns, const std::string& id_column,
                        Diagnostics& diagnostics) {
  if (table_.rows.empty()) {
    diagnostics.error({file_, 0, 0}, "the file is empty",
                      "start from the file the site offers for download (Dữ liệu mở / Open data) and fill it in");
    return false;
  }
  std::vector<std::string> names;
  for (const auto& column : columns) {
    names.push_back(column.name);
    if (column.read_in_report) readable_.insert(column.name);
  }
  bool ok = true;
  const auto& header = table_.rows[0];
  for (size_t i = 0; i < header.size(); ++i) {
    std::string name = trim(header[i]);
    Position at{file_, 1, static_cast<int>(i) + 1};
    std::string cell = "cell " + column_letter(static_cast<int>(i) + 1) + "1";
    if (name.empty()) {
      // Spreadsheets add empty columns at the right; one with something under it lost its name.
      bool used = std::any_of(table_.rows.begin() + 1, table_.rows.end(),
                              [&](const auto& row) { return i < row.size() && !trim(row[i]).empty(); });
      if (used) {
        diagnostics.error(at,
                          "column " + column_letter(static_cast<int>(i) + 1) + " has no name in the header row (" +
                              cell + " is empty)",
                          "a merged or deleted header cell: unmerge the header cells and give each column its name "
                          "from the downloaded file; the columns are " +
                              column_names(columns));
        ok = false;
      }
    } else if (std::find(names.begin(), names.end(), name) == names.end()) {
      std::string suggestion = did_you_mean(name, names);
      std::string other = other_kinds_file(name, id_column);
      diagnostics.error(
          at, "unknown column '" + name + "' (" + cell + ")",
          !other.empty() ? "'" + name + "' is a column of " + other + ": is this file " + other + " under another name?"
          : suggestion.empty() ? "keep the header row of the downloaded file; the columns are " + column_names(columns)
                               : suggestion + " (the header row keeps the downloaded file's names)");
      ok = false;
    } else if (auto [it, inserted] = columns_.emplace(name, i); !inserted) {
      diagnostics.error(at,
                        "column '" + name + "' appears twice (" + column_letter(static_cast<int>(it->second) + 1) +
                            "1 and " + cell.substr(5) + ")",
                        "delete one of them");
      ok = false;
    }
  }
  if (ok && !has(id_column)) {
    diagnostics.error(
        {file_, 1, 1}, "missing column '" + id_column + "'",
        "each row says which item it reports on by its id: keep the '" + id_column + "' column of the downloaded file");
    ok = false;
  }
  return ok;
}

std::optional<Sheet> read_sheet(const fs::path& root, const std::string& file, Diagnostics& diagnostics) {
  auto text = read_source_file(root, file, true, diagnostics, "check that it is a regular file you may read");
  if (!text) return std::nullopt;
  auto parsed = parse_csv(*text);
  if (auto* error = std::get_if<CsvError>(&parsed)) {
    diagnostics.error({file, error->row, error->column}, error->message, error->hint);
    return std::nullopt;
  }
  CsvTable table = std::get<CsvTable>(std::move(parsed));
  // A cell reaches pages, feeds and the open data: no control character may,
  // and no run of combining marks too long to normalize.
  bool clean = true;
  for (size_t r = 0; r < table.rows.size(); ++r)
    for (size_t c = 0; c < table.rows[r].size(); ++c)
      if (auto found = find_forbidden_character(table.rows[r][c])) {
        diagnostics.error({file, static_cast<int>(r + 1), static_cast<int>(c + 1)},
                          "cell " + column_letter(static_cast<int>(c + 1)) + std::to_string(r + 1) + " contains " +
                              describe_character(found->code_point),
                          "control characters, bidirectional overrides and U+E000/U+E001 cannot be shown in a "
                          "page; type the cell again");
        clean = false;
      } else if (!surely_nfc(table.rows[r][c]) && find_long_combining_run(table.rows[r][c])) {
        // Notes are normalized to NFC later, in time that grows with the square of such a run.
        diagnostics.error({file, static_cast<int>(r + 1), static_cast<int>(c + 1)},
                          "cell " + column_letter(static_cast<int>(c + 1)) + std::to_string(r + 1) +
                              " has more than " + std::to_string(kMaxCombiningMarks) +
                              " combining marks on one character",
                          "Vietnamese puts at most two marks on a letter; the text may be damaged: type the cell again");
        clean = false;
      }
  if (!clean) return std::nullopt;
  return Sheet(file, std::move(table));
}

// A date as a spreadsheet saves it: ISO (2026-10-05, as the export writes
// it) or day/month/year (05/10/2026, as Excel in a Vietnamese locale shows it).
std::optional<PartialDate> spreadsheet_date(const std::string& text) {
  static const std::regex day_first(R"((\d{1,2})/(\d{1,2})/(\d{4}))");
  std::smatch m;
  if (!std::regex_match(text, m, day_first)) return parse_partial_date(text);
  auto two_digits = [](const std::string& n) { return n.size() == 1 ? "0" + n : n; };
  return parse_partial_date(m[3].str() + "-" + two_digits(m[2].str()) + "-" + two_digits(m[1].str()));
}

// Reads one sheet's rows into `report`: what is common to every kind (plan,
// period, date, illustrative) here, each kind's figures in `read_row`.
class ReportReader {
 public:
  ReportReader(Report& report, Diagnostics& diagnostics) : report_(report), diagnostics_(diagnostics) {}

  /// Reads the rows of `sheet` for this report, skipping those whose
  /// `figures` columns are all blank, and hands each to `read_row`.
  template <typename ReadRow>
  void read(const Sheet& sheet, const std::string& id_column, const std::vector<std::string>& figures,
            ReadRow read_row);
  /// Reports the same id twice in one report; true when it was.
  bool seen(const Sheet& sheet, size_t row, const std::string& id_column, const std::string& kind);
  std::optional<int> whole(const Sheet& sheet, size_t row, const std::string& column, int high,
                           const std::string& hint);
  std::optional<double> decimal(const Sheet& sheet, size_t row, const std::string& column) {
    return number(sheet, row, column,
                  "write the number alone, e.g. 88.5 (88,5 in a file separated by ';'); "
                  "words go in the note column");
  }
  Text note(const Sheet& sheet, size_t row) const;
  /// Checks the date once every file is read.
  void finish(const Plan& plan, const Position& folder);

 private:
  bool for_this_report(const Sheet& sheet, size_t row);
  std::optional<double> number(const Sheet& sheet, size_t row, const std::string& column, const std::string& hint);

  Report& report_;
  Diagnostics& diagnostics_;
  std::optional<Position> date_at_;
  std::string date_text_;
  bool bad_date_ = false;                    // a date was written but could not be read: "no date" would mislead
  std::map<std::string, size_t> first_row_;  // kind + id → its row, for duplicates
};

bool ReportReader::for_this_report(const Sheet& sheet, size_t row) {
  std::string plan_id = sheet.cell(row, "plan_id");
  if (!plan_id.empty() && plan_id != report_.plan_id) {
    diagnostics_.error(sheet.at(row, "plan_id"),
                       "row " + std::to_string(row + 1) + " is for plan '" + plan_id +
                           "', not for this report's plan '" + report_.plan_id + "'",
                       "a report folder holds one plan's rows: download the plan's own file (du-lieu/" +
                           report_.plan_id + "/) or delete the other plans' rows");
    return false;
  }
  if (sheet.has("period")) {
    std::string period = sheet.cell(row, "period");
    if (period.empty()) return false;
    auto parsed = parse_report_period(period);
    if (!parsed) {
      diagnostics_.error(sheet.at(row, "period"),
                         "malformed period '" + period + "' in " + sheet.cell_name(row, "period"),
                         "write the period the row reports on, as the folder is named: " + report_.period.key());
      return false;
    }
    // Rows of earlier periods are the downloaded file's history: left as they are.
    if (parsed->key() != report_.period.key()) return false;
  }
  if (std::string date = sheet.cell(row, "report_date"); !date.empty()) {
    auto parsed = spreadsheet_date(date);
    if (!parsed || !parsed->day) {
      bad_date_ = true;
      diagnostics_.error(sheet.at(row, "report_date"),
                         "malformed date '" + date + "' in " + sheet.cell_name(row, "report_date"),
                         "write the day the report was made: 2026-10-05 (or 05/10/2026, day first)");
    } else if (!date_at_) {
      report_.date = *parsed;
      date_at_ = sheet.at(row, "report_date");
      date_text_ = date;
    } else if (parsed->year != report_.date.year || parsed->month != report_.date.month ||
               parsed->day != report_.date.day) {
      diagnostics_.error(sheet.at(row, "report_date"),
                         "the report is dated " + date_text_ + " in " +
                             fs::path(date_at_->file.str()).filename().string() + " row " +
                             std::to_string(date_at_->line) + " but " + date + " here",
                         "a report has one date: write the same date on every row of " + report_.period.key());
    }
  }
  std::string illustrative = sheet.reads("illustrative") ? sheet.cell(row, "illustrative") : "";
  if (illustrative == "yes") report_.illustrative = true;
  else if (!illustrative.empty() && illustrative != "no")
    diagnostics_.error(
        sheet.at(row, "illustrative"),
        "'" + illustrative + "' in " + sheet.cell_name(row, "illustrative") + " is neither 'yes' nor blank",
        "write yes when the figures only illustrate the format; leave it blank for real figures");
  return true;
}

template <typename ReadRow>
void ReportReader::read(const Sheet& sheet, const std::string& id_column, const std::vector<std::string>& figures,
                        ReadRow read_row) {
  size_t first_blank = 0;
  bool period_rows = false;
  for (size_t row = 1; row < sheet.row_count(); ++row) {
    if (is_blank_row(sheet.row(row))) {
      if (!first_blank) first_blank = row;
      continue;
    }
    if (first_blank) {
      diagnostics_.warning({sheet.file(), static_cast<int>(first_blank) + 1, 1},
                           "row " + std::to_string(first_blank + 1) + " is blank; the rows after it are read too",
                           "delete the blank row, or the rows after it if they are not part of the report");
      first_blank = 0;
    }
    if (!for_this_report(sheet, row)) continue;
    period_rows = true;
    // A row with none of the period's figures says nothing about it: the
    // downloaded file lists every item, and an officer fills in some.
    if (std::all_of(figures.begin(), figures.end(), [&](const auto& c) { return sheet.cell(row, c).empty(); }))
      continue;
    if (sheet.cell(row, id_column).empty()) {
      diagnostics_.error(sheet.at(row, id_column),
                         "row " + std::to_string(row + 1) + " has figures but no " + id_column,
                         "copy the id from the downloaded file: it says which item the figures are for");
      continue;
    }
    read_row(row);
  }
  if (sheet.has("period") && !period_rows)
    diagnostics_.warning({sheet.file(), 1, 1},
                         "no row is for " + report_.period.key() + ", so the file reports nothing",
                         "write " + report_.period.key() +
                             " in the period column of the rows you filled in "
                             "(rows of other periods are left as history)");
}

bool ReportReader::seen(const Sheet& sheet, size_t row, const std::string& id_column, const std::string& kind) {
  auto [it, inserted] = first_row_.emplace(kind + "\n" + sheet.cell(row, id_column), row);
  if (inserted) return false;
  diagnostics_.error(sheet.at(row, id_column), kind + " '" + sheet.cell(row, id_column) + "' is reported twice",
                     "the first row for it is row " + std::to_string(it->second + 1) + "; keep one row per " + kind +
                         " for " + report_.period.key());
  return true;
}

std::optional<double> ReportReader::number(const Sheet& sheet, size_t row, const std::string& column,
                                           const std::string& hint) {
  std::string text = sheet.cell(row, column);
  if (text.empty()) return std::nullopt;
  auto value = parse_spreadsheet_number(text, sheet.separator());
  if (!value)
    diagnostics_.error(sheet.at(row, column), sheet.cell_name(row, column) + " is not a number: '" + text + "'", hint);
  return value;
}

std::optional<int> ReportReader::whole(const Sheet& sheet, size_t row, const std::string& column, int high,
                                       const std::string& hint) {
  auto value = number(sheet, row, column, hint);
  if (!value) return std::nullopt;
  if (*value == std::floor(*value) && *value >= 0 && *value <= high) return static_cast<int>(*value);
  std::string range = high == 100 ? "from 0 to 100" : "0 or more";
  diagnostics_.error(
      sheet.at(row, column),
      sheet.cell_name(row, column) + " must be a whole number " + range + "; got '" + sheet.cell(row, column) + "'",
      hint);
  return std::nullopt;
}

Text ReportReader::note(const Sheet& sheet, size_t row) const {
  Text text;
  text.position = sheet.at(row, "note");
  for (const auto& [column, language] : {std::pair{"note", "vi"}, std::pair{"note_en", "en"}}) {
    std::string value = sheet.cell(row, column);
    if (!value.empty()) text.set(language, surely_nfc(value) ? value : to_nfc(value));
  }
  return text;
}

void ReportReader::finish(const Plan& plan, const Position& folder) {
  if (!date_at_) {
    if (bad_date_) return;
    diagnostics_.error(folder, "the report has no date",
                       "write the day the report was made in the report_date column of the rows for " +
                           report_.period.key() + ", e.g. 2026-10-05");
    return;
  }
  check_report_period_and_date(report_, plan, folder, *date_at_, date_text_, diagnostics_);
}

IdRef id_at(const Sheet& sheet, size_t row, const std::string& column) {
  return {sheet.cell(row, column), sheet.at(row, column)};
}

void read_indicators(const Sheet& sheet, ReportReader& reader, Report& report, Diagnostics& diagnostics) {
  reader.read(sheet, "indicator_id", {"value", "measured", "note", "note_en"}, [&](size_t row) {
    if (reader.seen(sheet, row, "indicator_id", "indicator")) return;
    IndicatorValue v;
    v.indicator = id_at(sheet, row, "indicator_id");
    v.position = v.indicator.position;
    auto value = reader.decimal(sheet, row, "value");
    if (!value && sheet.cell(row, "value").empty())
      diagnostics.error(sheet.at(row, "value"), sheet.cell_name(row, "value") + " is blank",
                        "write the value reached by the end of " + report.period.key() +
                            ", or clear the row's other figures if there is none");
    if (!value) return;
    v.value = *value;
    v.value_position = sheet.at(row, "value");
    v.measured = reader.decimal(sheet, row, "measured");
    if (v.measured) v.measured_position = sheet.at(row, "measured");
    v.note = reader.note(sheet, row);
    report.indicators.push_back(std::move(v));
  });
}

void read_tasks(const Sheet& sheet, ReportReader& reader, Report& report, Diagnostics& diagnostics) {
  reader.read(sheet, "task_id", {"status", "percent", "note", "note_en"}, [&](size_t row) {
    if (reader.seen(sheet, row, "task_id", "task")) return;
    TaskProgress t;
    t.task = id_at(sheet, row, "task_id");
    t.position = t.task.position;
    std::string status = sheet.cell(row, "status");
    // The export writes a planned task as "not-started", so a downloaded row reads back as planned.
    if (status == "not-started") status = "planned";
    const std::vector<std::string> allowed = {"planned", "in-progress", "done", "cancelled"};
    if (status.empty()) {
      diagnostics.error(sheet.at(row, "status"), sheet.cell_name(row, "status") + " is blank",
                        "write planned, in-progress, done or cancelled");
      return;
    }
    if (status == "overdue") {
      diagnostics.error(sheet.at(row, "status"),
                        "a report does not say 'overdue' (" + sheet.cell_name(row, "status") + ")",
                        "the site works out overdue from the task's timeframe: write in-progress (or planned)");
      return;
    }
    if (std::find(allowed.begin(), allowed.end(), status) == allowed.end()) {
      std::string suggestion = did_you_mean(status, allowed);
      diagnostics.error(sheet.at(row, "status"), "unknown status '" + status + "' in " + sheet.cell_name(row, "status"),
                        suggestion.empty() ? "write planned, in-progress, done or cancelled" : suggestion);
      return;
    }
    t.status = status;
    t.percent =
        reader.whole(sheet, row, "percent", 100, "the share of the task done by the end of the period, e.g. 60");
    if (t.status == "done" && t.percent && *t.percent < 100)
      diagnostics.error(sheet.at(row, "percent"),
                        "the task is done but only " + std::to_string(*t.percent) + "% complete",
                        "a done task is 100% complete: write 100 or leave the percent blank; if work remains, "
                        "write in-progress in the status column");
    t.note = reader.note(sheet, row);
    report.tasks.push_back(std::move(t));
  });
}

void read_programs(const Sheet& sheet, ReportReader& reader, Report& report) {
  reader.read(sheet, "program_id", {"sessions", "participants", "note", "note_en"}, [&](size_t row) {
    if (reader.seen(sheet, row, "program_id", "program")) return;
    ProgramActivity a;
    a.program = id_at(sheet, row, "program_id");
    a.position = a.program.position;
    a.sessions =
        reader.whole(sheet, row, "sessions", 1000000, "the sessions, classes or events held in the period").value_or(0);
    a.participants =
        reader.whole(sheet, row, "participants", 100000000, "the people who took part in the period").value_or(0);
    a.note = reader.note(sheet, row);
    report.programs.push_back(std::move(a));
  });
}

// Files a spreadsheet program makes that plansite does not read: a hint beats silence.
bool is_spreadsheet_file(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return extension == ".xlsx" || extension == ".xls" || extension == ".ods";
}

}  // namespace

std::optional<std::string> csv_report_key(const fs::path& root, const std::string& folder, const std::string& name,
                                          Diagnostics& diagnostics) {
  if (auto period = parse_report_period(name); period && period->key() == name) return name;
  std::error_code ec;
  bool holds_report = std::any_of(std::begin(kFileNames), std::end(kFileNames),
                                  [&](const char* file) { return fs::exists(root / folder / name / file, ec); });
  if (!holds_report) return std::nullopt;  // photos
  std::string upper = name;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  auto period = parse_report_period(upper);
  diagnostics.error({folder + "/" + name, 0, 0}, "a report folder must be named after its period, not '" + name + "'",
                    period && period->key() == upper
                        ? "rename it to " + upper + " (Q and H are capitals)"
                        : std::string("name it 2026-Q3 (a quarter), 2026-H1 (a half-year) or 2026 (a year)"));
  return std::nullopt;
}

std::optional<Report> read_csv_report(const fs::path& root, const Plan& plan, const std::string& folder,
                                      const std::string& key, Diagnostics& diagnostics) {
  std::string directory = folder + "/" + key;
  Report report;
  report.plan_id = plan.id;
  report.period = *parse_report_period(key);  // the caller checked the folder name
  report.position = {directory, 0, 0};
  ReportReader reader(report, diagnostics);
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root / directory, ec)) {
    std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;  // LibreOffice's lock files (.~lock.chi-tieu.csv#) among them
    if (is_spreadsheet_file(entry.path()))
      diagnostics.error({directory + "/" + name, 0, 0},
                        "plansite reads a spreadsheet report saved as CSV, not '" + name + "'",
                        "save it as CSV: in Excel, File > Save As > \"CSV UTF-8 (Comma delimited)\"; in LibreOffice, "
                        "File > Save As > \"Text CSV\" with character set Unicode (UTF-8)");
    else if (entry.path().extension() == ".csv") names.push_back(name);
  }
  if (ec) diagnostics.error({directory, 0, 0}, "cannot list the report's files: " + ec.message());
  std::sort(names.begin(), names.end());
  bool any = false, all_read = true;
  for (const auto& name : names) {
    std::string file = directory + "/" + name;
    const std::vector<std::string> known(std::begin(kFileNames), std::end(kFileNames));
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string suggestion = did_you_mean(name, known);
      diagnostics.error({file, 0, 0}, "unknown report file '" + name + "'",
                        (suggestion.empty() ? std::string() : suggestion + " ") +
                            "a report's files are named as the site's data files: chi-tieu.csv (indicators), "
                            "nhiem-vu.csv (tasks), mo-hinh.csv (programs)");
      continue;
    }
    any = true;
    auto sheet = read_sheet(root, file, diagnostics);
    if (!sheet) {
      all_read = false;
      continue;
    }
    if (name == "chi-tieu.csv" && sheet->read_header(indicator_columns(), "indicator_id", diagnostics))
      read_indicators(*sheet, reader, report, diagnostics);
    else if (name == "nhiem-vu.csv" && sheet->read_header(task_columns(), "task_id", diagnostics))
      read_tasks(*sheet, reader, report, diagnostics);
    else if (name == "mo-hinh.csv" && sheet->read_header(program_columns(), "program_id", diagnostics))
      read_programs(*sheet, reader, report);
    else all_read = false;
  }
  // A file that could not be read has had its error; a missing date or a
  // half-read report on top of it would only be noise.
  if (!any || !all_read) {
    if (names.empty())
      diagnostics.error({directory, 0, 0}, "the report folder " + key + "/ holds no CSV file",
                        "put the plan's chi-tieu.csv, nhiem-vu.csv or mo-hinh.csv in it, filled in for " + key);
    return std::nullopt;
  }
  reader.finish(plan, {directory, 0, 0});
  return report;
}

}  // namespace plansite
