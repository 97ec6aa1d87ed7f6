#include "model/report.h"

#include <regex>
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

std::optional<ReportPeriod> parse_report_period(const std::string& text) {
  static const std::regex pattern(R"((\d{4})(?:-Q([1-4])|-H([12]))?)");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return std::nullopt;
  ReportPeriod p;
  p.year = std::stoi(m[1]);
  if (m[2].matched) p.quarter = std::stoi(m[2]);
  if (m[3].matched) p.half = std::stoi(m[3]);
  // The same years a plan's dates may have (parse_partial_date).
  if (p.year < 1945 || p.year > 2200) return std::nullopt;
  return p;
}

}  // namespace plansite
