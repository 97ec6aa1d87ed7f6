#include "scaffold/new_report.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "scaffold/yaml_text.h"

namespace plansite {

namespace {

std::string figure(double value) {
  if (value == std::floor(value) && std::fabs(value) < 1e15) return std::to_string(static_cast<long long>(value));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

std::string unit_words(const std::string& unit) {
  if (unit == "percent") return "phần trăm, 0–100 / a percentage, 0–100";
  if (unit == "people") return "số người, số nguyên / people, a whole number";
  if (unit == "households") return "số hộ, số nguyên / households, a whole number";
  return "số lượng, số nguyên / a count, a whole number";
}

std::string bound_sign(const std::string& bound) {
  return bound == "at-least" ? "≥ " : bound == "above" ? "> " : "";
}

// "2026: ≥ 90; cả kỳ / throughout: ≥ 50": the milestones the value is read against.
std::string targets_words(const Indicator& indicator) {
  std::string out;
  for (const auto& target : indicator.targets) {
    if (!target.value) continue;
    if (!out.empty()) out += "; ";
    out += (target.by ? std::to_string(*target.by) : std::string("cả kỳ / throughout")) + ": " +
           bound_sign(target.bound) + figure(*target.value);
  }
  return out;
}

bool has_population(const Indicator& indicator) {
  if (!indicator.population.empty()) return true;
  return std::any_of(indicator.targets.begin(), indicator.targets.end(),
                     [](const Target& t) { return !t.population.empty(); });
}

// The latest report of the plan, other than the one being made, that names `id` through `items`.
template <typename Item>
const Item* latest(const Plan& plan, const std::string& key, const std::string& id, std::vector<Item> Report::*items,
                   IdRef Item::*ref, std::string& period) {
  for (auto report = plan.reports.rbegin(); report != plan.reports.rend(); ++report) {
    if (report->period.key() == key) continue;
    for (const auto& item : (*report).*items)
      if ((item.*ref).id == id) {
        period = report->period.key();
        return &item;
      }
  }
  return nullptr;
}

std::string date_for(const ReportPeriod& period, const PartialDate& today) {
  PartialDate start{period.year, period.first_month(), 1};
  auto key = [](const PartialDate& d) { return d.year * 10000 + d.month * 100 + d.day; };
  if (key(today) >= key(start)) return iso_date(today);
  int last = period.last_month();
  int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return iso_date({period.year, last, days[last - 1]});  // a period ends in Mar, Jun, Sep or Dec: never February
}

void write_indicators(std::ostringstream& out, const Plan& plan, const std::string& key) {
  if (plan.indicators.empty()) return;
  out << "\n# Chỉ tiêu: gõ giá trị đạt được đến cuối kỳ sau \"value:\" (phần trăm 0–100, hoặc số nguyên).\n"
         "# measured: số người/hộ đã được đo, chỉ cho chỉ tiêu có đối tượng (không bắt buộc).\n"
         "# note: ghi chú, {vi: …, en: …} (không bắt buộc).\n"
         "# Indicators: type the value reached by the end of the period after \"value:\" (a percentage\n"
         "# 0–100, or a whole number). measured: how many of the population were measured, only for an\n"
         "# indicator with a population (optional). note: a note, {vi: …, en: …} (optional).\n"
         "indicators:\n";
  for (const auto& indicator : plan.indicators) {
    out << comment_names(indicator.statement, "  ") << "  #   (" << unit_words(indicator.unit) << ")";
    if (std::string targets = targets_words(indicator); !targets.empty()) out << " chỉ tiêu / target " << targets;
    out << "\n";
    std::string period;
    if (const IndicatorValue* last = latest(plan, key, indicator.id, &Report::indicators, &IndicatorValue::indicator, period))
      out << "  #   báo cáo gần nhất / latest report (" << period << "): " << figure(last->value) << "\n";
    out << "  - id: " << indicator.id << "\n"
        << "    value:\n";
    if (has_population(indicator)) out << "    # measured:\n";
    out << "    # note: {vi: \"\", en: \"\"}\n";
  }
}

void write_tasks(std::ostringstream& out, const Plan& plan, const std::string& key) {
  if (plan.tasks.empty()) return;
  out << "\n# Nhiệm vụ: status: planned (chưa bắt đầu), in-progress (đang làm), done (xong), cancelled (hủy);\n"
         "# percent: phần trăm đã làm, số nguyên 0–100 (xong thì 100); note: ghi chú (không bắt buộc).\n"
         "# Tasks: status: planned, in-progress, done or cancelled (overdue is worked out, never\n"
         "# reported); percent: the share done, whole 0–100 (100 when done); note: a note (optional).\n"
         "tasks:\n";
  for (size_t i = 0; i < plan.tasks.size(); ++i) {
    const Task& task = plan.tasks[i];
    std::string number = task.number.empty() ? std::to_string(i + 1) : task.number;
    Text numbered = task.content;
    for (auto& [language, text] : numbered.by_language) text = number + ". " + text;
    out << comment_names(numbered, "  ");
    std::string period;
    if (const TaskProgress* last = latest(plan, key, task.id, &Report::tasks, &TaskProgress::task, period))
      out << "  #   báo cáo gần nhất / latest report (" << period << "): " << last->status
          << (last->percent ? ", " + std::to_string(*last->percent) + "%" : "") << "\n";
    out << "  - id: " << task.id << "\n"
        << "    status:\n"
        << "    percent:\n"
        << "    # note: {vi: \"\", en: \"\"}\n";
  }
}

void write_programs(std::ostringstream& out, const Plan& plan, const std::string& key) {
  if (plan.programs.empty()) return;
  out << "\n# Mô hình điểm: sessions: số buổi, lớp, sự kiện đã tổ chức trong kỳ; participants: số người\n"
         "# tham gia trong kỳ (số nguyên, chưa có thì ghi 0); note: ghi chú; photos: ảnh trong thư mục\n"
         "# reports/ (JPG, PNG, WebP, SVG), mỗi ảnh có alt mô tả (không bắt buộc).\n"
         "# Programs: sessions: the sessions, classes or events held in the period; participants: the\n"
         "# people who took part (whole numbers; 0 if none); note: a note; photos: pictures in the\n"
         "# reports/ folder (JPG, PNG, WebP, SVG), each with alt text saying what it shows (optional).\n"
         "programs:\n";
  for (const auto& program : plan.programs) {
    out << comment_names(program.name, "  ");
    std::string period;
    if (const ProgramActivity* last = latest(plan, key, program.id, &Report::programs, &ProgramActivity::program, period))
      out << "  #   báo cáo gần nhất / latest report (" << period << "): " << last->sessions << " buổi / sessions, "
          << last->participants << " người / participants\n";
    out << "  - id: " << program.id << "\n"
        << "    sessions:\n"
        << "    participants:\n"
        << "    # note: {vi: \"\", en: \"\"}\n"
        << "    # photos:\n"
        << "    #   - {file: anh/lop-hoc.jpg, alt: {vi: \"\", en: \"\"}}\n";
  }
}

}  // namespace

std::optional<ReportPeriod> new_report_period(const std::string& text, const Plan& plan, std::string& problem,
                                              std::string& hint, bool& malformed) {
  malformed = true;
  auto period = parse_report_period(text);
  if (!period) {
    std::string upper = text;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    problem = "malformed report period '" + text + "'";
    hint = parse_report_period(upper) ? "write " + upper + " (Q and H are capitals)"
                                      : "write a quarter (2026-Q2), a half-year (2026-H1) or a year (2026)";
    return std::nullopt;
  }
  malformed = false;
  if (period->year < plan.period.from || period->year > plan.period.to) {
    std::string span = std::to_string(plan.period.from) +
                       (plan.period.to != plan.period.from ? "-" + std::to_string(plan.period.to) : "");
    problem = "report period " + period->key() + " is outside the plan's period " + span;
    hint = "a plan reports on the years it covers (`period:` in content/plans/" + plan.id + "/plan.yaml)";
    return std::nullopt;
  }
  return period;
}

NewFiles new_report_files(const Plan& plan, const ReportPeriod& period, const PartialDate& today) {
  std::string key = period.key();
  std::ostringstream out;
  out << "# Báo cáo tiến độ kỳ " << key << " của kế hoạch " << plan.id << ":\n"
      << comment_names(plan.title, "")
      << "# Chỉ cần gõ số liệu vào các chỗ trống (value:, status:, percent:, sessions:, participants:).\n"
      << "# `plansite check` báo lỗi ở từng chỗ còn trống để không sót. Mục nào kỳ này không có gì để\n"
      << "# báo cáo thì xóa các dòng của mục đó.\n"
      << "# Progress report for " << key << " of the plan " << plan.id << ". Only type the figures into the\n"
      << "# blanks; `plansite check` points at each blank left, so none is forgotten. Delete the lines\n"
      << "# of an item with nothing to report this period.\n"
      << "\n"
      << "# Kỳ báo cáo, trùng tên tệp (bắt buộc; không sửa). / The period, as the file name (required; keep it).\n"
      << "period: " << (period.quarter || period.half ? key : yaml_quote(key)) << "\n"
      << "# Ngày lập báo cáo, YYYY-MM-DD (bắt buộc): kiểm tra lại. / The reporting date (required): check it.\n"
      << "date: " << date_for(period, today) << "\n";
  const Report* previous = plan.reports.empty() ? nullptr : &plan.reports.back();
  out << "# Cơ quan báo cáo: mã trong content/agencies.yaml (không bắt buộc). / The reporting agency's id (optional).\n";
  if (previous && previous->agency)
    out << "agency: " << previous->agency->id << "\n";
  else
    out << "# agency: " << (plan.issuers.empty() ? "ubnd-xa" : plan.issuers.front().id) << "\n";
  out << "# true: số liệu minh họa, không phải số liệu thật. / true: invented figures, not the commune's.\n";
  out << (previous && previous->illustrative ? "" : "# ") << "illustrative: true\n";
  write_indicators(out, plan, key);
  write_tasks(out, plan, key);
  write_programs(out, plan, key);
  return {{"content/plans/" + plan.id + "/reports/" + key + ".yaml", out.str()}};
}

}  // namespace plansite
