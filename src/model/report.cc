#include "model/report.h"

#include <tuple>

namespace plansite {

std::string ReportPeriod::key() const {
  std::string out = std::to_string(year);
  if (quarter) out += "-Q" + std::to_string(quarter);
  else if (half) out += "-H" + std::to_string(half);
  return out;
}

bool earlier(const ReportPeriod& a, const ReportPeriod& b) {
  auto key = [](const ReportPeriod& p) { return std::tuple(p.year, p.last_month(), p.last_month() - p.first_month()); };
  return key(a) < key(b);
}

// "YYYY", "YYYY-Qn" (n from 1 to 4) or "YYYY-Hn" (1 or 2).
std::optional<ReportPeriod> parse_report_period(const std::string& text) {
  std::string_view s = text;
  std::optional<int> year = fixed_digits(s.substr(0, 4), 4);
  if (!year) return std::nullopt;
  ReportPeriod p;
  p.year = *year;
  if (s.size() > 4) {
    std::optional<int> n = s.size() == 7 && s[4] == '-' ? fixed_digits(s.substr(6), 1) : std::nullopt;
    if (n && s[5] == 'Q' && *n >= 1 && *n <= 4) p.quarter = *n;
    else if (n && s[5] == 'H' && *n >= 1 && *n <= 2) p.half = *n;
    else return std::nullopt;
  }
  // The same years a plan's dates may have (parse_partial_date).
  if (p.year < 1945 || p.year > 2200) return std::nullopt;
  return p;
}

}  // namespace plansite
