#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace plansite {

/// The value of `text` when it is exactly `count` ASCII digits; none
/// otherwise. The dates and periods of the content are read with it (no
/// std::regex: at every date of every plan, its matcher was 1.5 % of a build).
std::optional<int> fixed_digits(std::string_view text, size_t count);

/// A calendar date whose day or month may be blank, as in a draft
/// ("ngày    tháng 4 năm 2026"). Zero means blank.
struct PartialDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

/// A year or a quarter of a year ("2026", "2026-Q2"). quarter == 0 is the whole year.
struct Period {
  int year = 0;
  int quarter = 0;
  /// Comparable key: the first quarter the period covers.
  int first_quarter_index() const { return year * 4 + (quarter == 0 ? 0 : quarter - 1); }
  int last_quarter_index() const { return year * 4 + (quarter == 0 ? 3 : quarter - 1); }
};

/// A span of years ("2026" or "2026-2030").
struct YearSpan {
  int from = 0;
  int to = 0;
};

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the calendar.
std::optional<PartialDate> parse_partial_date(const std::string& text);
/// Parses `YYYY` or `YYYY-Qn`.
std::optional<Period> parse_period(const std::string& text);
/// Parses `YYYY` or `YYYY-YYYY` (a span must not run backwards).
std::optional<YearSpan> parse_year_span(const std::string& text);

}  // namespace plansite
