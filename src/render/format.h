#pragma once
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/plan.h"
#include "model/text.h"

namespace plansite {

/// Picks the right language of each Text and remembers whether any of them
/// had to fall back to Vietnamese, so the page can say so.
class Localizer {
 public:
  explicit Localizer(std::string language) : language_(std::move(language)) {}
  const std::string& language() const { return language_; }
  std::string operator()(const Text& text);
  bool fell_back() const { return fell_back_; }
  void mark_fallback() { fell_back_ = true; }

 private:
  std::string language_;
  bool fell_back_ = false;
};

/// A `{name}` slot of a UI pattern and its value.
using Slot = std::pair<std::string_view, std::string>;
/// Replaces each `{name}` of `pattern` by its slot's value, in one pass: a
/// value that itself holds "{…}" (content may) is never filled in again.
/// Other text stays as written.
std::string fill(std::string_view pattern, std::span<const Slot> slots);
inline std::string fill(std::string_view pattern, std::initializer_list<Slot> slots) {
  return fill(pattern, std::span<const Slot>(slots.begin(), slots.size()));
}

/// "95", "12,5" (vi) / "12.5" (en).
std::string format_number(double value, const std::string& language);
/// "tối thiểu 95%", "at least 95%", "100%", "1" — a target's value with its bound.
std::string format_target_value(const Target& target, const std::string& unit, const std::string& language);
/// The date line of the header: "Phú Thịnh, ngày 05 tháng 01 năm 2026", blanks kept for a
/// draft. Without a place or a date the line holds what there is, or nothing.
std::string format_place_date(const std::string& place, const std::optional<PartialDate>& date,
                              const std::string& language);
/// A date in running text: "22/12/2024" (vi), "22 December 2024" (en).
std::string format_date(const PartialDate& date, const std::string& language);
/// "2026" or "2026–2030".
std::string format_year_span(const YearSpan& span);
/// "Quý II/2026" (vi), "Q2 2026" (en), or the year alone.
std::string format_period(const Period& period, const std::string& language);
/// A report's period: "Quý II/2026", "6 tháng đầu năm 2026", "2026".
std::string format_report_period(const ReportPeriod& period, const std::string& language);
/// The plan's own wording of a timeframe if it has one, else one built from
/// its parts; "" when the plan gives the task no time.
std::string format_timeframe(const Timeframe& timeframe, Localizer& tr);
/// "Số: 36/KH-UBND" (state), "Số 12-KH/ĐU" (party), "Số: /KH-UBND" for a
/// draft; "" for an issued plan that has no number.
std::string format_document_number(const Plan& plan, const std::string& language, bool with_prefix = true);
/// A line of Nơi nhận as printed: the issuer's own punctuation kept, else ";"
/// added (or "." on the last line); never a second mark after one already there.
std::string punctuate_recipient(const std::string& text, bool last, bool as_written);
/// A body's name in a document header, in the parts that stay on one line:
/// "Ủy ban nhân dân xã Phú Thịnh" → {"Ủy ban nhân dân", "xã Phú Thịnh"}, so
/// that a narrow header column breaks it where a clerk would, before the
/// place. A name with no place after its level, or not in Vietnamese, is one part.
std::vector<std::string> header_name_parts(const std::string& name);
/// The lines of a text that may hold line breaks ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH").
std::vector<std::string> split_lines(const std::string& text);
/// "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về …".
std::string format_legal_basis(const LegalBasis& basis, Localizer& tr);

}  // namespace plansite
