#include "util/csv.h"

#include <charconv>

#include "util/unicode.h"

namespace plansite {

namespace {

// The separator is the one the header line uses: column names never hold
// either, so the more frequent one outside quotes is the separator. A header
// with a single column holds neither, and then ',' is as good as ';'.
char detect_separator(std::string_view text) {
  int commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "12.345.678" → "12345678" when the dots group thousands as Vietnamese
// writes them; nothing when they do not (then a single dot may be a decimal point).
std::optional<std::string> without_thousands_dots(std::string_view whole) {
  std::string digits;
  size_t dot = whole.find('.');
  std::string_view first = whole.substr(0, dot);
  // "0.125" is a fraction, not 125: no grouped number starts with a zero.
  if (!all_digits(first) || first.size() > 3 || first[0] == '0') return std::nullopt;
  digits = first;
  while (dot != std::string_view::npos) {
    size_t next = whole.find('.', dot + 1);
    std::string_view group = whole.substr(dot + 1, next == std::string_view::npos ? next : next - dot - 1);
    if (group.size() != 3 || !all_digits(group)) return std::nullopt;
    digits += group;
    dot = next;
  }
  return digits;
}

}  // namespace

std::variant<CsvTable, CsvError> parse_csv(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (auto bad = find_invalid_utf8(text)) {
    // The row is the text line here: a file that is not UTF-8 cannot be parsed into rows.
    return CsvError{bad->line, bad->column, "the file is not UTF-8 text (" + bad->message + ")",
                    "old Excel saves \"CSV (Comma delimited)\" in the Windows code page, which loses Vietnamese "
                    "letters: save it again as \"CSV UTF-8 (Comma delimited)\" (Excel) or choose Character set "
                    "\"Unicode (UTF-8)\" (LibreOffice)"};
  }
  CsvTable table;
  table.separator = detect_separator(text);
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false;
  int open_row = 0, open_column = 0;  // where an open quote started, for the error
  auto end_row = [&] {
    row.push_back(std::move(cell));
    cell.clear();
    table.rows.push_back(std::move(row));
    row.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c != '"') cell += c;
      else if (i + 1 < text.size() && text[i + 1] == '"') cell += '"', ++i;
      else quoted = false;
    } else if (c == '"' && cell.empty()) {
      quoted = true;
      open_row = static_cast<int>(table.rows.size()) + 1;
      open_column = static_cast<int>(row.size()) + 1;
    } else if (c == table.separator) {
      row.push_back(std::move(cell));
      cell.clear();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_row();
    } else {
      // A quote inside an unquoted cell (5"3) is kept as written, as Excel reads it.
      cell += c;
    }
  }
  if (quoted)
    return CsvError{open_row, open_column, "a quoted cell is never closed",
                    "a cell that starts with \" ends with \"; a \" inside it is written twice (\"\")"};
  if (!cell.empty() || !row.empty()) end_row();  // the last row without a line break
  return table;
}

bool is_blank_row(const std::vector<std::string>& row) {
  for (const auto& cell : row)
    if (!trimmed(cell).empty()) return false;
  return true;
}

std::string column_letter(int column) {
  std::string name;
  for (; column > 0; column = (column - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (column - 1) % 26));
  return name;
}

std::optional<double> parse_spreadsheet_number(std::string_view text, char separator) {
  text = trimmed(text);
  if (!text.empty() && text.back() == '%') text = trimmed(text.substr(0, text.size() - 1));
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  std::string plain;  // digits with at most one '.', for from_chars
  if (separator == ';') {
    size_t comma = text.find(',');
    std::string_view whole = text.substr(0, comma);
    std::string_view fraction = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    if (comma != std::string_view::npos && !all_digits(fraction)) return std::nullopt;
    if (whole.find('.') == std::string_view::npos) {
      if (!all_digits(whole)) return std::nullopt;
      plain = whole;
    } else if (auto grouped = without_thousands_dots(whole)) {
      plain = *grouped;
    } else if (comma == std::string_view::npos) {
      plain = whole;  // "88.5": a decimal point, checked below
    } else {
      return std::nullopt;
    }
    if (comma != std::string_view::npos) plain += "." + std::string(fraction);
  } else {
    plain = text;
  }
  size_t dot = plain.find('.');
  if (!all_digits(plain.substr(0, dot)) ||
      (dot != std::string::npos && !all_digits(std::string_view(plain).substr(dot + 1))))
    return std::nullopt;
  double value = 0;
  auto [end, error] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
  if (error != std::errc() || end != plain.data() + plain.size()) return std::nullopt;
  return negative ? -value : value;
}

bool looks_like_formula(std::string_view text) {
  size_t first = text.find_first_not_of('\'');
  // "=", "+", "-" and "@" start a formula in Excel and LibreOffice; a leading
  // tab or carriage return is dropped by some importers, exposing what follows.
  return first != std::string_view::npos && std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos;
}

std::string_view formula_guard(std::string_view text) { return looks_like_formula(text) ? "'" : ""; }

std::string guard_formula(std::string_view text) { return std::string(formula_guard(text)) + std::string(text); }

std::string_view unguard_formula(std::string_view cell) {
  if (!cell.empty() && cell.front() == '\'' && looks_like_formula(cell)) cell.remove_prefix(1);
  return cell;
}

}  // namespace plansite
