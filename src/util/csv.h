#pragma once
// Reading CSV files as spreadsheets save them (RFC 4180 and Excel's and
// LibreOffice's variations), for reports kept in a spreadsheet. Positions are
// spreadsheet rows and columns, not text lines: a quoted cell may hold line
// breaks and still be one row, as LibreOffice shows it.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace plansite {

/// A CSV file read into cells. rows[0] is spreadsheet row 1 (the header);
/// cells[i] is column i + 1. Blank rows are kept, so numbers stay right.
struct CsvTable {
  char separator = ',';  ///< ',' or ';', as detected from the header line
  std::vector<std::vector<std::string>> rows;
};

/// Why a file cannot be read as CSV, at a spreadsheet row and column (1-based).
struct CsvError {
  int row = 0;
  int column = 0;
  std::string message;
  std::string hint;
};

/// Parses `text`: an optional UTF-8 byte-order mark, fields separated by ','
/// or ';' (whichever the header line has more of outside quotes), rows ended
/// by CRLF, LF or CR, quoted fields with doubled quotes and line breaks.
/// Text that is not UTF-8 (a file saved by old Excel as "CSV" in cp1252) is
/// refused: its Vietnamese letters would be read wrongly.
std::variant<CsvTable, CsvError> parse_csv(std::string_view text);

/// Whether every cell of `row` is empty or spaces (Excel writes ";;;" for one).
bool is_blank_row(const std::vector<std::string>& row);

/// "A", "B", …, "Z", "AA": a column's name as spreadsheets show it above the cells.
std::string column_letter(int column);

/// A number as a spreadsheet writes it, or nothing. With ',' separators the
/// decimal mark is '.' and nothing groups digits ("88.5", "1240"). With ';'
/// separators (a Vietnamese or European locale) the decimal mark is ','
/// ("88,5") and '.' groups thousands ("1.240", "12.345,5") — but only where
/// every group after a dot has exactly three digits; "88.5" is still 88.5.
/// Spaces around the number and a trailing '%' (a cell formatted as a
/// percentage, "85%") are allowed; the '%' does not divide by 100.
std::optional<double> parse_spreadsheet_number(std::string_view text, char separator);

/// Whether a spreadsheet opening `text` as a cell could take it for a formula:
/// it starts with '=', '+', '-', '@', a tab or a carriage return, after any
/// leading single quotes (so a text that itself starts with "'=" is guarded too).
bool looks_like_formula(std::string_view text);

/// A text cell as the open-data CSV files write it: with one single quote in
/// front where it looks like a formula (OWASP's advice against CSV injection),
/// so "=HYPERLINK(...)" in a note opens in LibreOffice or Excel as text, never
/// as a live link. Numbers are never passed here: "-5" stays a number.
std::string guard_formula(std::string_view text);
/// What guard_formula puts in front of `text`: "'" or nothing, for a
/// writer that copies the text itself.
std::string_view formula_guard(std::string_view text);

/// The text of a cell written by guard_formula: exactly one leading single
/// quote removed where what follows looks like a formula, so a downloaded file
/// filled in and read back as a report gives every note back byte for byte.
std::string_view unguard_formula(std::string_view cell);

}  // namespace plansite
