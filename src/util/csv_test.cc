// The CSV reader against what Excel and LibreOffice save: BOM or none, ',' or
// ';', CRLF, LF or CR, quoted cells with line breaks and doubled quotes,
// decimal commas, thousands dots, and a file that is not UTF-8.
#include "util/csv.h"

#include <doctest/doctest.h>

using plansite::CsvError;
using plansite::CsvTable;
using plansite::parse_csv;
using plansite::parse_spreadsheet_number;

namespace {

CsvTable table_of(std::string_view text) {
  auto parsed = parse_csv(text);
  REQUIRE(std::holds_alternative<CsvTable>(parsed));
  return std::get<CsvTable>(parsed);
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("csv: the export's own dialect: BOM, commas, CRLF, quoted cells") {
  auto t = table_of("\xEF\xBB\xBFid,note\r\nnv-1,\"Tập huấn, lớp 1\"\r\nnv-2,\r\n");
  CHECK(t.separator == ',');
  CHECK(t.rows == Rows{{"id", "note"}, {"nv-1", "Tập huấn, lớp 1"}, {"nv-2", ""}});
}

TEST_CASE("csv: Excel in a Vietnamese locale: semicolons, and commas inside cells stay") {
  auto t = table_of("id;value;note\r\nti-le;88,5;a, b\r\n");
  CHECK(t.separator == ';');
  CHECK(t.rows == Rows{{"id", "value", "note"}, {"ti-le", "88,5", "a, b"}});
}

TEST_CASE("csv: the separator is the header line's, not the rows'") {
  // Notes full of commas below a ';' header: still ';'.
  CHECK(table_of("a;b\nx,y,z;w\n").separator == ';');
  CHECK(table_of("a,b\nx;y;z,w\n").separator == ',');
  // A quoted header name with a ';' in it does not count.
  CHECK(table_of("\"a;b\",c\n").separator == ',');
  CHECK(table_of("only\n1\n").rows == Rows{{"only"}, {"1"}});
}

TEST_CASE("csv: line ends LF, CR (old Mac Excel) and none after the last row") {
  CHECK(table_of("a,b\nc,d\n").rows == Rows{{"a", "b"}, {"c", "d"}});
  CHECK(table_of("a,b\rc,d\r").rows == Rows{{"a", "b"}, {"c", "d"}});
  CHECK(table_of("a,b\r\nc,d").rows == Rows{{"a", "b"}, {"c", "d"}});
}

TEST_CASE("csv: a quoted cell holds line breaks and doubled quotes, and stays one row") {
  auto t = table_of("id,note\r\nnv-1,\"dòng 1\r\ndòng \"\"2\"\"\"\r\nnv-2,x\r\n");
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1][1] == "dòng 1\r\ndòng \"2\"");
  CHECK(t.rows[2] == std::vector<std::string>{"nv-2", "x"});
  // A quote inside an unquoted cell is text, as Excel reads it.
  CHECK(table_of("a\n5\"3\n").rows[1][0] == "5\"3");
}

TEST_CASE("csv: blank rows are kept, so row numbers are the spreadsheet's") {
  auto t = table_of("a;b\r\n;\r\nx;y\r\n\r\n");
  CHECK(t.rows == Rows{{"a", "b"}, {"", ""}, {"x", "y"}, {""}});
  CHECK(plansite::is_blank_row(t.rows[1]));
  CHECK(plansite::is_blank_row({" ", ""}));
  CHECK_FALSE(plansite::is_blank_row(t.rows[2]));
}

TEST_CASE("csv: an unclosed quote is an error at its cell") {
  auto parsed = parse_csv("a,b\nx,\"never closed\ny,z\n");
  REQUIRE(std::holds_alternative<CsvError>(parsed));
  const auto& e = std::get<CsvError>(parsed);
  CHECK(e.row == 2);
  CHECK(e.column == 2);
  CHECK(e.message == "a quoted cell is never closed");
}

TEST_CASE("csv: a cp1252 file from old Excel is refused with a hint to save as CSV UTF-8") {
  // "Tỉ lệ" cannot be cp1252; "Ghi chú" can: 'ú' is 0xFA there.
  auto parsed = parse_csv("id,note\r\nnv-1,Ghi ch\xFA\r\n");
  REQUIRE(std::holds_alternative<CsvError>(parsed));
  const auto& e = std::get<CsvError>(parsed);
  CHECK(e.row == 2);
  CHECK(e.column == 12);
  CHECK(e.message.rfind("the file is not UTF-8 text", 0) == 0);
  CHECK(e.hint.find("\"CSV UTF-8 (Comma delimited)\"") != std::string::npos);
}

TEST_CASE("csv: column letters as spreadsheets show them") {
  CHECK(plansite::column_letter(1) == "A");
  CHECK(plansite::column_letter(12) == "L");
  CHECK(plansite::column_letter(26) == "Z");
  CHECK(plansite::column_letter(27) == "AA");
  CHECK(plansite::column_letter(53) == "BA");
}

TEST_CASE("csv numbers: with ',' separators, a dot decimal and no grouping") {
  CHECK(parse_spreadsheet_number("88.5", ',') == 88.5);
  CHECK(parse_spreadsheet_number(" 1240 ", ',') == 1240);
  CHECK(parse_spreadsheet_number("-2", ',') == -2);
  CHECK(parse_spreadsheet_number("85%", ',') == 85);
  CHECK(parse_spreadsheet_number("85 %", ',') == 85);
  CHECK_FALSE(parse_spreadsheet_number("1,240", ','));  // a quoted "1,240": 1.24 or 1240? Refused.
  CHECK_FALSE(parse_spreadsheet_number("1.240.000", ','));
  CHECK_FALSE(parse_spreadsheet_number("khoảng 80", ','));
  CHECK_FALSE(parse_spreadsheet_number("", ','));
  CHECK_FALSE(parse_spreadsheet_number("-", ','));
  CHECK_FALSE(parse_spreadsheet_number("1e5", ','));
}

TEST_CASE("csv numbers: with ';' separators, a decimal comma and thousands dots") {
  CHECK(parse_spreadsheet_number("88,5", ';') == 88.5);
  CHECK(parse_spreadsheet_number("1.240", ';') == 1240);
  CHECK(parse_spreadsheet_number("12.345.678", ';') == 12345678);
  CHECK(parse_spreadsheet_number("12.345,25", ';') == 12345.25);
  CHECK(parse_spreadsheet_number("6240", ';') == 6240);
  // A dot that does not group three digits is a decimal point after all.
  CHECK(parse_spreadsheet_number("88.5", ';') == 88.5);
  CHECK(parse_spreadsheet_number("0.125", ';') == 0.125);
  CHECK_FALSE(parse_spreadsheet_number("1.24,5", ';'));
  CHECK_FALSE(parse_spreadsheet_number("1,2,3", ';'));
  CHECK_FALSE(parse_spreadsheet_number("88,5x", ';'));
  CHECK(parse_spreadsheet_number("1.2345", ';') == 1.2345);
}

TEST_CASE("csv: a text that looks like a formula is guarded by one quote, and read back exactly") {
  using plansite::guard_formula;
  using plansite::unguard_formula;
  for (std::string text : {"=1+1", "+84", "-5", "@A1", "\tx", "\rx", "'=x", "''-x", "'@"})
    CHECK(guard_formula(text) == "'" + text);
  for (std::string text : {"", "x = 1", "'", "'x", "''", "5-3", " =1", "Tập huấn"}) CHECK(guard_formula(text) == text);
  for (std::string text : {"", "=1+1", "'=x", "''-x", "'", "'x", "x", "-5", "''"})
    CHECK(unguard_formula(guard_formula(text)) == text);
  // Only a quote before something formula-like is the guard: "'x" is a text with a quote.
  CHECK(unguard_formula("'x") == "'x");
  CHECK(unguard_formula("'=x") == "=x");
  CHECK(unguard_formula("''=x") == "'=x");
}
