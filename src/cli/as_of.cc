#include "cli/as_of.h"

#include <cstdio>

namespace plansite {

std::optional<PartialDate> parse_as_of(const std::string& text, std::string& problem, std::string& hint) {
  std::optional<PartialDate> date = parse_partial_date(text);
  // A year or a month alone would leave the rule to guess the day; a status
  // "as of 2026" is ambiguous to the reader too.
  bool full = date && date->month && date->day && text.size() == 10;
  if (full) return date;
  problem = text.empty() ? "--as-of needs a date" : "--as-of: '" + text + "' is not a date YYYY-MM-DD";
  if (date) {
    // A year or a month given: suggest its last day, where a period's report stands.
    PartialDate end = *date;
    if (!end.month) end.month = 12;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (end.year % 4 == 0 && end.year % 100 != 0) || end.year % 400 == 0;
    end.day = end.month == 2 && !leap ? 28 : days[end.month - 1];
    hint = "give the day too, e.g. --as-of " + format_iso_date(end);
  } else {
    hint = "write the date as year-month-day, e.g. --as-of 2026-06-30 (the date must exist)";
  }
  return std::nullopt;
}

std::string format_iso_date(const PartialDate& date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  return text;
}

}  // namespace plansite
