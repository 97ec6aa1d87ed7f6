#include <string_view>
#include <variant>

#include "targets.h"
#include "util/csv.h"

namespace plansite::fuzz {

int csv_target(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = parse_csv(text);
  if (auto* table = std::get_if<CsvTable>(&parsed)) {
    for (const auto& row : table->rows) {
      is_blank_row(row);
      for (const auto& cell : row) parse_spreadsheet_number(cell, table->separator);
    }
    column_letter(static_cast<int>(table->rows.empty() ? 1 : table->rows[0].size() + 1));
  }
  return 0;
}

}  // namespace plansite::fuzz
