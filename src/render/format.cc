#include "render/format.h"

#include <charconv>
#include <cmath>
#include <string_view>

#include "render/fallback_marks.h"
#include "render/ui_text.h"

namespace plansite {

std::string Localizer::operator()(const Text& text) {
  if (const std::string* in_language = text.find(language_)) return *in_language;
  if (text.empty()) return {};
  fell_back_ = true;
  return kFallbackOpen + text.in(language_) + kFallbackClose;
}

std::string fill(std::string_view pattern, std::span<const Slot> slots) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (size_t i = 0; i < pattern.size();) {
    bool replaced = false;
    if (pattern[i] == '{')
      for (const auto& [name, value] : slots) {
        if (pattern.compare(i + 1, name.size(), name) == 0 && i + 1 + name.size() < pattern.size() &&
            pattern[i + 1 + name.size()] == '}') {
          out += value;
          i += name.size() + 2;
          replaced = true;
          break;
        }
      }
    if (!replaced) out += pattern[i++];
  }
  return out;
}

std::string format_number(double value, const std::string& language) {
  if (!std::isfinite(value)) return value != value ? "?" : (value < 0 ? "-∞" : "∞");
  // The shortest digits that read back as the same number, never in
  // scientific notation: 95, 12.3456789, 1234567.5, 100000000000000000000.
  char buffer[400];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  std::string_view digits(buffer, static_cast<size_t>(result.ptr - buffer));
  bool negative = !digits.empty() && digits.front() == '-';
  if (negative) digits.remove_prefix(1);
  size_t point = digits.find('.');
  std::string_view whole = digits.substr(0, point);
  if (digits.find_first_not_of("0.") == std::string_view::npos) negative = false;  // -0 reads as 0

  std::string thousands = ui_text("number_thousands_separator", language);
  std::string out = negative ? "-" : "";
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += thousands;
    out += whole[i];
  }
  if (point != std::string_view::npos)
    out += ui_text("number_decimal_separator", language) + std::string(digits.substr(point + 1));
  return out;
}

std::string format_target_value(const Target& target, const std::string& unit, const std::string& language) {
  if (!target.value) return {};
  std::string out;
  if (target.bound != "exactly") out = ui_text("bound_" + target.bound, language) + " ";
  out += format_number(*target.value, language);
  if (unit == "percent") out += "%";
  else if (!ui_text("unit_" + unit, language).empty()) out += " " + ui_text("unit_" + unit, language);
  return out;
}

namespace {

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// A date by the language's patterns: date_full, or date_month_year and
// date_year for a date known only so far. With `blanks` (the date line of a
// draft) the full pattern is always used, a missing day or month left as the
// date_blank gap the clerk fills in.
std::string date_words(const PartialDate& date, const std::string& language, bool blanks) {
  std::string year = std::to_string(date.year);
  if (date.day || blanks) {
    std::string gap = blanks ? ui_text("date_blank", language) : std::string{};
    std::string month = date.month ? ui_text("month_" + std::to_string(date.month), language) : gap;
    return fill(ui_text("date_full", language), {{"day", date.day ? std::to_string(date.day) : gap},
                                                 {"day2", date.day ? two_digits(date.day) : gap},
                                                 {"month", month},
                                                 {"year", year}});
  }
  if (date.month)
    return fill(ui_text("date_month_year", language),
                {{"month", ui_text("month_" + std::to_string(date.month), language)}, {"year", year}});
  return fill(ui_text("date_year", language), {{"year", year}});
}

}  // namespace

std::string format_place_date(const std::string& place, const std::optional<PartialDate>& date,
                              const std::string& language) {
  if (!date) return place;
  std::string words = date_words(*date, language, true);
  if (!place.empty()) return place + ", " + words;
  // The line starts with the date: "Ngày 05 tháng 01 …".
  if (!words.empty() && words[0] >= 'a' && words[0] <= 'z') words[0] = static_cast<char>(words[0] - 'a' + 'A');
  return words;
}

std::string format_date(const PartialDate& date, const std::string& language) {
  return date_words(date, language, false);
}

std::string format_year_span(const YearSpan& span) {
  if (span.from == span.to) return std::to_string(span.from);
  return std::to_string(span.from) + "\u2013" + std::to_string(span.to);
}

std::string format_period(const Period& period, const std::string& language) {
  if (period.quarter == 0) return std::to_string(period.year);
  static const char* const roman[] = {"I", "II", "III", "IV"};
  return fill(ui_text("period_quarter", language), {{"quarter", std::to_string(period.quarter)},
                                                    {"quarter_roman", roman[period.quarter - 1]},
                                                    {"year", std::to_string(period.year)}});
}

std::string format_report_period(const ReportPeriod& period, const std::string& language) {
  if (period.quarter) return format_period(Period{period.year, period.quarter}, language);
  if (period.half)
    return fill(ui_text("period_half", language), {{"half", std::to_string(period.half)},
                                                   {"half_roman", period.half == 1 ? "I" : "II"},
                                                   {"year", std::to_string(period.year)}});
  return std::to_string(period.year);
}

std::string format_timeframe(const Timeframe& t, Localizer& tr) {
  if (!t.note.empty()) return tr(t.note);
  if (!t.specified()) return {};
  const std::string& language = tr.language();
  std::string out;
  if (t.ongoing) out = ui_text("ongoing", language);
  if (t.from) {
    if (!out.empty()) out += " ";
    out += format_period(*t.from, language);
    if (t.to && (t.to->year != t.from->year || t.to->quarter != t.from->quarter))
      out += " \u2013 " + format_period(*t.to, language);
  }
  if (!t.peak.empty()) {
    out += " (" + ui_text("peak", language) + ":";
    for (size_t i = 0; i < t.peak.size(); ++i) out += (i ? ", " : " ") + format_period(t.peak[i], language);
    out += ")";
  }
  return out;
}

std::string format_document_number(const Plan& plan, const std::string& language, bool with_prefix) {
  bool draft = plan.status == "draft";
  if (plan.number.empty() && !draft) return {};  // circulated without a number: no line at all
  // Hướng dẫn 36 writes "Số 12-KH/ĐU", Nghị định 30 "Số: 36/KH-UBND".
  std::string prefix = with_prefix ? ui_text(plan.form == "party" ? "number_prefix_party" : "number_prefix", language) + " " : "";
  std::string number = plan.number;
  // Nghị định 30: numbers below 10 take a leading zero (05/KH-UBND).
  if (number.size() == 1 && number[0] >= '1' && number[0] <= '9') number = "0" + number;
  // A draft leaves room before the slash for the number the clerk writes in.
  if (number.empty()) number = "\u00a0\u00a0\u00a0\u00a0\u00a0";
  if (plan.symbol.empty()) return prefix + number;
  // State documents join number and symbol with '/' (36/KH-UBND); Party
  // documents, whose symbol has its own slash, with '-' (41-KH/ĐU).
  bool party_symbol = plan.symbol.find('/') != std::string::npos;
  return prefix + number + (party_symbol ? "-" : "/") + plan.symbol;
}

std::string punctuate_recipient(const std::string& text, bool last, bool as_written) {
  if (as_written) return text;
  size_t end = text.find_last_not_of(" \t");
  if (end == std::string::npos) return text;
  std::string out = text.substr(0, end + 1);
  if (std::string(";,.:").find(out.back()) != std::string::npos) return out;
  return out + (last ? "." : ";");
}

std::vector<std::string> header_name_parts(const std::string& name) {
  // The level of an administrative unit, which the place's name follows.
  static const char* const levels[] = {" xã ", " phường ", " thị trấn ", " thị xã ", " huyện ", " quận ",
                                       " thành phố ", " tỉnh ", " Xã ", " Phường ", " Huyện ", " Tỉnh "};
  size_t best = std::string::npos;
  for (const char* level : levels) {
    size_t at = name.find(level);
    if (at != std::string::npos && at > 0 && (best == std::string::npos || at < best)) best = at;
  }
  // Text shown in another language's fallback carries marks that must stay in one piece.
  if (best == std::string::npos || name.find(kFallbackOpen) != std::string::npos) return {name};
  return {name.substr(0, best), name.substr(best + 1)};
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    size_t first = line.find_first_not_of(" \t\r");
    if (first != std::string::npos) lines.push_back(line.substr(first, line.find_last_not_of(" \t\r") - first + 1));
    start = end + 1;
  }
  return lines;
}

std::string format_legal_basis(const LegalBasis& b, Localizer& tr) {
  const std::string& language = tr.language();
  std::string out = tr(b.document) + " " + fill(ui_text("legal_basis_number", language), {{"number", b.number}});
  if (b.date) out += " " + fill(ui_text("legal_basis_date", language), {{"date", format_date(*b.date, language)}});
  if (!b.issuer.empty()) out += " " + fill(ui_text("legal_basis_issuer", language), {{"issuer", tr(b.issuer)}});
  if (!b.subject.empty()) out += " " + tr(b.subject);
  return out;
}

}  // namespace plansite
