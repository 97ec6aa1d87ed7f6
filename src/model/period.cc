#include "model/period.h"


namespace plansite {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

}  // namespace

std::optional<int> fixed_digits(std::string_view text, size_t count) {
  if (text.size() != count) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD".
std::optional<PartialDate> parse_partial_date(const std::string& text) {
  std::string_view s = text;
  std::optional<int> year = fixed_digits(s.substr(0, 4), 4), month, day;
  if (!year) return std::nullopt;
  if (s.size() > 4) {
    if (s.size() < 7 || s[4] != '-' || !(month = fixed_digits(s.substr(5, 2), 2))) return std::nullopt;
    if (s.size() > 7 && (s.size() != 10 || s[7] != '-' || !(day = fixed_digits(s.substr(8), 2)))) return std::nullopt;
  }
  PartialDate d{*year, month.value_or(0), day.value_or(0)};
  if (d.year < 1945 || d.year > 2200) return std::nullopt;
  if (month && (d.month < 1 || d.month > 12)) return std::nullopt;
  if (day && (d.day < 1 || d.day > days_in_month(d.year, d.month))) return std::nullopt;
  return d;
}

// "YYYY" or "YYYY-Qn", n from 1 to 4.
std::optional<Period> parse_period(const std::string& text) {
  std::string_view s = text;
  std::optional<int> year = fixed_digits(s.substr(0, 4), 4);
  if (!year) return std::nullopt;
  Period p;
  p.year = *year;
  if (s.size() > 4) {
    std::optional<int> quarter = s.substr(4, 2) == "-Q" ? fixed_digits(s.substr(6), 1) : std::nullopt;
    if (!quarter || *quarter < 1 || *quarter > 4) return std::nullopt;
    p.quarter = *quarter;
  }
  if (p.year < 1945 || p.year > 2200) return std::nullopt;
  return p;
}

// "YYYY" or "YYYY-YYYY".
std::optional<YearSpan> parse_year_span(const std::string& text) {
  std::string_view s = text;
  std::optional<int> from = fixed_digits(s.substr(0, 4), 4), to = from;
  if (!from) return std::nullopt;
  if (s.size() > 4 && (s[4] != '-' || !(to = fixed_digits(s.substr(5), 4)))) return std::nullopt;
  YearSpan span;
  span.from = *from;
  span.to = *to;
  if (span.from < 1945 || span.to > 2200 || span.to < span.from) return std::nullopt;
  return span;
}

}  // namespace plansite
