#include "model/period.h"

#include <regex>

namespace plansite {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

}  // namespace

std::optional<PartialDate> parse_partial_date(const std::string& text) {
  static const std::regex pattern(R"((\d{4})(?:-(\d{2})(?:-(\d{2}))?)?)");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return std::nullopt;
  PartialDate d;
  d.year = std::stoi(m[1]);
  if (m[2].matched) d.month = std::stoi(m[2]);
  if (m[3].matched) d.day = std::stoi(m[3]);
  if (d.year < 1945 || d.year > 2200) return std::nullopt;
  if (m[2].matched && (d.month < 1 || d.month > 12)) return std::nullopt;
  if (m[3].matched && (d.day < 1 || d.day > days_in_month(d.year, d.month))) return std::nullopt;
  return d;
}

std::optional<Period> parse_period(const std::string& text) {
  static const std::regex pattern(R"((\d{4})(?:-Q([1-4]))?)");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return std::nullopt;
  Period p;
  p.year = std::stoi(m[1]);
  if (m[2].matched) p.quarter = std::stoi(m[2]);
  if (p.year < 1945 || p.year > 2200) return std::nullopt;
  return p;
}

std::optional<YearSpan> parse_year_span(const std::string& text) {
  static const std::regex pattern(R"((\d{4})(?:-(\d{4}))?)");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return std::nullopt;
  YearSpan s;
  s.from = std::stoi(m[1]);
  s.to = m[2].matched ? std::stoi(m[2]) : s.from;
  if (s.from < 1945 || s.to > 2200 || s.to < s.from) return std::nullopt;
  return s;
}

}  // namespace plansite
