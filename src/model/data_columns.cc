#include "model/data_columns.h"

namespace plansite {

// `true` marks the columns a CSV report reads (see data_columns.h).
const std::vector<DataColumn>& task_columns() {
  static const std::vector<DataColumn> columns = {
    {"plan_id", "Mã kế hoạch", "Plan id", true},
    {"task_id", "Mã nhiệm vụ", "Task id", true},
    {"number", "Số thứ tự của nhiệm vụ trong kế hoạch", "The task's number in the plan"},
    {"content", "Nội dung nhiệm vụ", "What the task is (Vietnamese)"},
    {"content_en", "Nội dung nhiệm vụ bằng tiếng Anh, nếu có", "What the task is, in English where translated"},
    {"lead", "Cơ quan chủ trì", "Lead agencies (Vietnamese names, separated by \"; \")"},
    {"lead_en", "Cơ quan chủ trì bằng tiếng Anh", "Lead agencies in English"},
    {"lead_ids", "Mã cơ quan chủ trì", "Lead agencies' ids"},
    {"status", "Trạng thái tính đến ngày xây dựng trang", "Status as of the site's date: not-started, in-progress, done, overdue, cancelled", true},
    {"percent", "Tỷ lệ hoàn thành (0–100)", "Share done (0–100)", true},
    {"note", "Ghi chú của báo cáo gần nhất", "The latest report's note", true},
    {"note_en", "Ghi chú bằng tiếng Anh", "The note in English", true},
    {"period", "Kỳ báo cáo gần nhất nêu nhiệm vụ (2026-Q2)", "The latest reporting period naming the task (2026-Q2)", true},
    {"report_date", "Ngày của báo cáo đó", "That report's date", true},
    {"as_of", "Ngày tính trạng thái", "The date statuses are computed for"},
  };
  return columns;
}

const std::vector<DataColumn>& indicator_columns() {
  static const std::vector<DataColumn> columns = {
    {"plan_id", "Mã kế hoạch", "Plan id", true},
    {"indicator_id", "Mã chỉ tiêu", "Indicator id", true},
    {"objective_id", "Mã mục tiêu", "Objective id"},
    {"statement", "Nội dung chỉ tiêu", "What the indicator measures (Vietnamese)"},
    {"statement_en", "Nội dung chỉ tiêu bằng tiếng Anh", "The same in English where translated"},
    {"unit", "Đơn vị (%, hộ, người…)", "Unit (%, households, people…)"},
    {"baseline_value", "Giá trị cơ sở", "Baseline value"},
    {"baseline_year", "Năm của giá trị cơ sở", "Baseline year"},
    {"status", "Trạng thái tính đến ngày xây dựng trang", "Status as of the site's date: achieved, on-track, at-risk, behind, no-data"},
    {"period", "Kỳ báo cáo (2026-Q2); trống nếu chưa có báo cáo", "Reporting period (2026-Q2); blank when no report gives a value", true},
    {"report_date", "Ngày báo cáo", "Reporting date", true},
    {"value", "Giá trị đạt được trong kỳ", "The value reached in the period", true},
    {"measured", "Số đối tượng được đo", "How many of the population were measured", true},
    {"note", "Ghi chú", "Note", true},
    {"note_en", "Ghi chú bằng tiếng Anh", "The note in English", true},
    {"illustrative", "\"yes\" nếu là số liệu minh họa", "\"yes\" for illustrative figures", true},
  };
  return columns;
}

const std::vector<DataColumn>& program_columns() {
  static const std::vector<DataColumn> columns = {
    {"plan_id", "Mã kế hoạch", "Plan id", true},
    {"program_id", "Mã mô hình", "Program id", true},
    {"name", "Tên mô hình", "The program's name (Vietnamese)"},
    {"name_en", "Tên mô hình bằng tiếng Anh", "The name in English where translated"},
    {"responsible", "Cơ quan phụ trách", "Responsible agencies (Vietnamese names)"},
    {"responsible_ids", "Mã cơ quan phụ trách", "Responsible agencies' ids"},
    {"year_from", "Năm bắt đầu", "First year"},
    {"year_to", "Năm kết thúc", "Last year"},
    {"period", "Kỳ báo cáo (2026-Q2); trống nếu chưa có báo cáo", "Reporting period (2026-Q2); blank when no report names it", true},
    {"report_date", "Ngày báo cáo", "Reporting date", true},
    {"sessions", "Số buổi, lớp, sự kiện trong kỳ", "Sessions, classes or events held in the period", true},
    {"participants", "Số lượt người tham gia trong kỳ", "People who took part in the period", true},
    {"note", "Ghi chú", "Note", true},
    {"note_en", "Ghi chú bằng tiếng Anh", "The note in English", true},
    {"illustrative", "\"yes\" nếu là số liệu minh họa", "\"yes\" for illustrative figures", true},
  };
  return columns;
}

const std::vector<DataColumn>& data_columns_of(const std::string& kind) {
  if (kind == "nhiem-vu") return task_columns();
  if (kind == "chi-tieu") return indicator_columns();
  return program_columns();
}

}  // namespace plansite
