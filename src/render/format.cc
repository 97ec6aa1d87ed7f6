#include "render/format.h"

#include <charconv>
#include <cstdio>

#include "render/fallback_marks.h"
#include "render/ui_text.h"

namespace plansite {

std::string Localizer::operator()(const Text& text) {
  if (text.empty()) return {};
  if (text.has(language_)) return text.in(language_);
  fell_back_ = true;
  return kFallbackOpen + text.in(language_) + kFallbackClose;
}

std::string format_number(double value, const std::string& language) {
  // The shortest text that reads back as the same number: 95, 12.3456789, 1234567.5.
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  std::string out(buffer, result.ptr);
  if (language == "vi")
    for (auto& c : out)
      if (c == '.') c = ',';
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

const char* const kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};

// Nghị định 30/2020: days below 10 and months 1 and 2 are written with a leading zero.
std::string vi_day(int day) { return (day < 10 ? "0" : "") + std::to_string(day); }
std::string vi_month(int month) { return (month <= 2 ? "0" : "") + std::to_string(month); }

const std::string kBlank = "\u00a0\u00a0\u00a0\u00a0";  // the space a draft leaves for the clerk

}  // namespace

namespace {

std::string date_words(const PartialDate& date, const std::string& language) {
  if (language == "vi")
    return "ngày " + (date.day ? vi_day(date.day) : kBlank) + " tháng " +
           (date.month ? vi_month(date.month) : kBlank) + " năm " + std::to_string(date.year);
  if (!date.month) return "… " + std::to_string(date.year);
  return (date.day ? std::to_string(date.day) : std::string("…")) + " " + kMonthsEn[date.month - 1] + " " +
         std::to_string(date.year);
}

}  // namespace

std::string format_place_date(const std::string& place, const std::optional<PartialDate>& date,
                              const std::string& language) {
  if (!date) return place;
  std::string words = date_words(*date, language);
  if (!place.empty()) return place + ", " + words;
  if (language == "vi") words.replace(0, 1, "N");  // the line starts with it: "Ngày 05 tháng 01 …"
  return words;
}

std::string format_date(const PartialDate& date, const std::string& language) {
  char buffer[64];
  if (language == "vi") {
    if (date.day) std::snprintf(buffer, sizeof buffer, "%02d/%02d/%d", date.day, date.month, date.year);
    else if (date.month) std::snprintf(buffer, sizeof buffer, "%02d/%d", date.month, date.year);
    else std::snprintf(buffer, sizeof buffer, "%d", date.year);
    return buffer;
  }
  std::string out;
  if (date.day) out += std::to_string(date.day) + " ";
  if (date.month) out += std::string(kMonthsEn[date.month - 1]) + " ";
  return out + std::to_string(date.year);
}

std::string format_year_span(const YearSpan& span) {
  if (span.from == span.to) return std::to_string(span.from);
  return std::to_string(span.from) + "\u2013" + std::to_string(span.to);
}

std::string format_period(const Period& period, const std::string& language) {
  if (period.quarter == 0) return std::to_string(period.year);
  static const char* const roman[] = {"I", "II", "III", "IV"};
  if (language == "vi") return std::string("Quý ") + roman[period.quarter - 1] + "/" + std::to_string(period.year);
  return "Q" + std::to_string(period.quarter) + " " + std::to_string(period.year);
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
  bool vi = tr.language() == "vi";
  std::string out = tr(b.document) + (vi ? " số " : " No. ") + b.number;
  if (b.date) out += (vi ? " ngày " : " of ") + format_date(*b.date, tr.language());
  if (!b.issuer.empty()) out += (vi ? " của " : " by ") + tr(b.issuer);
  if (!b.subject.empty()) out += " " + tr(b.subject);
  return out;
}

}  // namespace plansite
