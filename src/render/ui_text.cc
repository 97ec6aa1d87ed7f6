#include "render/ui_text.h"

#include <map>

namespace plansite {

namespace {

struct Pair {
  std::string vi;
  std::string en;
};

// One English rendering per term, as in shared/GLOSSARY.md.
const std::map<std::string, Pair>& strings() {
  static const std::map<std::string, Pair> table = {
      {"skip_to_content", {"Bỏ qua, đến nội dung chính", "Skip to main content"}},
      {"home", {"Trang chủ", "Home"}},
      {"language_name", {"Tiếng Việt", "English"}},
      {"switch_language", {"Ngôn ngữ", "Language"}},
      {"main_navigation", {"Điều hướng chính", "Main navigation"}},
      {"national_name", {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"}},
      {"party_name", {"ĐẢNG CỘNG SẢN VIỆT NAM", "COMMUNIST PARTY OF VIET NAM"}},
      {"motto", {"Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"}},
      {"number_prefix", {"Số:", "No."}},
      {"number_prefix_party", {"Số", "No."}},
      {"draft_mark", {"DỰ THẢO", "DRAFT"}},
      {"doc_type_plan", {"KẾ HOẠCH", "PLAN"}},
      {"plan_status_draft", {"Dự thảo", "Draft"}},
      {"plan_status_issued", {"Đã ban hành", "Issued"}},
      {"plan_status_superseded", {"Đã được thay thế", "Superseded"}},
      {"draft_notice", {"Văn bản dự thảo: số, ngày ban hành còn để trống như trong bản gốc.",
                        "Draft document: the number and date are blank, as in the original."}},
      {"recipients", {"Nơi nhận:", "Recipients:"}},
      {"contents", {"Mục lục", "Contents"}},
      {"about_plan", {"Thông tin văn bản", "About this document"}},
      {"period", {"Thời kỳ", "Period"}},
      {"document_number", {"Số, ký hiệu", "Number"}},
      {"issue_date", {"Ngày ban hành", "Date of issue"}},
      {"signed_by", {"Người ký", "Signed by"}},
      {"download_pdf", {"Tải PDF", "Download PDF"}},
      {"download_pdf_note", {"bản in khổ A4 như văn bản gốc", "A4, printed as issued"}},
      {"issued_by", {"Cơ quan ban hành", "Issued by"}},
      {"status", {"Trạng thái", "Status"}},
      {"legal_bases", {"Căn cứ ban hành", "Legal bases"}},
      {"basis_pursuant", {"Căn cứ", "Pursuant to"}},
      {"basis_implementing", {"Thực hiện", "Implementing"}},
      {"basis_cited", {"Dẫn chiếu", "Cited"}},
      {"indicators", {"Chỉ tiêu", "Targets"}},
      {"indicator", {"Chỉ tiêu", "Target"}},
      {"indicators_table", {"Bảng chỉ tiêu", "Table of targets"}},
      {"tasks_table", {"Bảng nhiệm vụ", "Table of tasks"}},
      {"target", {"Mục tiêu cần đạt", "Target value"}},
      {"by_year", {"Đến năm", "By"}},
      {"population", {"Đối tượng", "Counts"}},
      {"standing_target", {"Duy trì suốt kỳ kế hoạch", "Throughout the plan"}},
      {"baseline", {"Năm cơ sở", "Baseline"}},
      {"responsible_agency", {"Cơ quan chịu trách nhiệm", "Responsible agency"}},
      {"objectives", {"Mục tiêu", "Objectives"}},
      {"objective_indicators", {"Chỉ tiêu của mục tiêu này", "Targets under this objective"}},
      {"tasks", {"Nhiệm vụ", "Tasks"}},
      {"task", {"Nhiệm vụ", "Task"}},
      {"six_clears", {"Mỗi nhiệm vụ theo “6 rõ”: rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ thẩm quyền, rõ kết quả.",
                      "Each task follows the \"six clears\": clear person, task, time, responsibility, authority, result."}},
      {"number_short", {"TT", "No."}},
      {"lead_agency", {"Cơ quan chủ trì", "Lead agency"}},
      {"coordinating_agencies", {"Cơ quan phối hợp", "Coordinating agencies"}},
      {"timeframe", {"Thời gian thực hiện", "Timeframe"}},
      {"expected_result", {"Kết quả", "Expected result"}},
      {"participants", {"Đối tượng tham gia", "Participants"}},
      {"not_assigned", {"Chưa giao", "Not assigned"}},
      {"implementing_agencies", {"Cơ quan thực hiện", "Implementing agencies"}},
      {"not_specified", {"Chưa xác định", "Not specified"}},
      {"task_status_planned", {"Chưa triển khai", "Planned"}},
      {"task_status_in-progress", {"Đang thực hiện", "In progress"}},
      {"task_status_done", {"Hoàn thành", "Done"}},
      {"task_status_overdue", {"Chậm tiến độ", "Overdue"}},
      {"task_status_cancelled", {"Đã hủy", "Cancelled"}},
      {"programs", {"Mô hình điểm", "Pilot models"}},
      {"places", {"Địa điểm", "Places"}},
      {"activities", {"Nội dung thực hiện", "Activities"}},
      {"expected_results", {"Kết quả", "Expected results"}},
      {"responsible", {"Đơn vị thực hiện", "Responsible"}},
      {"links", {"Liên kết", "Links"}},
      {"responsibilities", {"Tổ chức thực hiện", "Implementation"}},
      {"responsibility_tasks", {"Nhiệm vụ được giao", "Tasks assigned"}},
      {"agencies", {"Cơ quan, đơn vị trong kế hoạch", "Agencies and units in this plan"}},
      {"short_name", {"Tên viết tắt", "Short name"}},
      {"agency_kind", {"Loại", "Kind"}},
      {"team_roles", {"Thành phần", "Members"}},
      {"team_criteria", {"Tiêu chí lựa chọn thành viên", "How members are chosen"}},
      {"agency_kind_party", {"Tổ chức Đảng", "Party body"}},
      {"agency_kind_council", {"Hội đồng nhân dân", "People's Council"}},
      {"agency_kind_authority", {"Ủy ban nhân dân", "People's Committee"}},
      {"agency_kind_front", {"Mặt trận Tổ quốc", "Fatherland Front"}},
      {"agency_kind_union", {"Đoàn thể", "Mass organisation"}},
      {"agency_kind_division", {"Phòng chuyên môn", "Division"}},
      {"agency_kind_centre", {"Trung tâm", "Centre"}},
      {"agency_kind_police", {"Công an", "Police"}},
      {"agency_kind_health", {"Y tế", "Health"}},
      {"agency_kind_education", {"Giáo dục", "Education"}},
      {"agency_kind_enterprise", {"Doanh nghiệp", "Enterprise"}},
      {"agency_kind_cooperative", {"Hợp tác xã", "Cooperative"}},
      {"agency_kind_team", {"Tổ", "Team"}},
      {"agency_kind_hamlet", {"Xóm, thôn", "Hamlet"}},
      {"agency_kind_group", {"Nhóm cơ quan, đơn vị", "Group of agencies"}},
      {"ongoing", {"Thường xuyên", "Ongoing"}},
      {"peak", {"cao điểm", "peak"}},
      {"bound_at-least", {"tối thiểu", "at least"}},
      {"bound_above", {"trên", "above"}},
      {"unit_people", {"người", "people"}},
      {"unit_households", {"hộ", "households"}},
      {"unit_count", {"", ""}},
      {"not_translated", {"", "Parts of this page have not yet been translated into English and are shown in Vietnamese."}},
      {"body_not_translated", {"", "The text of this plan has not yet been translated into English. It is shown in Vietnamese, the authoritative version."}},
      {"active_plans", {"Các kế hoạch", "Plans"}},
      {"no_plans", {"Chưa có kế hoạch nào.", "No plans yet."}},
      {"all_plans", {"Xem tất cả kế hoạch", "See all plans"}},
      {"agencies_nav", {"Cơ quan, đơn vị", "Agencies"}},
      {"agencies_heading", {"Cơ quan, đơn vị", "Agencies and units"}},
      {"no_agencies", {"Chưa có cơ quan, đơn vị nào.", "No agencies yet."}},
      {"agency_nothing", {"Chưa có nhiệm vụ, chỉ tiêu hay trách nhiệm nào được giao cho cơ quan, đơn vị này.",
                          "No task, target or duty has been given to this agency yet."}},
      {"plan", {"Kế hoạch", "Plan"}},
      // Around a number: "và 12 mục khác …" / "and 12 more …".
      {"more_before", {"Và ", "And "}},
      {"more_after", {" mục khác trong các kế hoạch cũ hơn.", " more in older plans."}},
      {"tasks_led", {"Nhiệm vụ chủ trì", "Tasks it leads"}},
      {"tasks_coordinated", {"Nhiệm vụ phối hợp", "Tasks it coordinates"}},
      {"tasks_implemented", {"Nhiệm vụ thực hiện", "Tasks it carries out"}},
      {"indicators_answered", {"Chỉ tiêu phụ trách", "Targets it answers for"}},
      {"duties", {"Trách nhiệm trong tổ chức thực hiện", "Duties in implementation"}},
      {"count_tasks_led", {"nhiệm vụ chủ trì", "tasks led"}},
      {"count_tasks_led_one", {"nhiệm vụ chủ trì", "task led"}},
      {"count_tasks_implemented", {"nhiệm vụ thực hiện", "tasks carried out"}},
      {"count_tasks_implemented_one", {"nhiệm vụ thực hiện", "task carried out"}},
      {"count_tasks_coordinated", {"nhiệm vụ phối hợp", "tasks coordinated"}},
      {"count_tasks_coordinated_one", {"nhiệm vụ phối hợp", "task coordinated"}},
      {"count_indicators_one", {"chỉ tiêu", "target"}},
      {"tasks_by_agency", {"Nhiệm vụ theo cơ quan chủ trì", "Tasks by lead agency"}},
      {"at_a_glance", {"Tóm tắt", "At a glance"}},
      {"contacts", {"Liên hệ", "Contact"}},
      {"phone", {"Điện thoại", "Phone"}},
      {"address", {"Địa chỉ", "Address"}},
      {"email", {"Thư điện tử", "Email"}},
      {"plans_nav", {"Kế hoạch", "Plans"}},
      {"plan_count", {"Số kế hoạch", "Number of plans"}},
      {"page", {"Trang", "Page"}},
      {"pages", {"Các trang", "Pages"}},
      {"previous_page", {"Trang trước", "Previous page"}},
      {"next_page", {"Trang sau", "Next page"}},
      {"count_indicators", {"chỉ tiêu", "targets"}},
      {"count_tasks", {"nhiệm vụ", "tasks"}},
      {"count_tasks_one", {"nhiệm vụ", "task"}},
      {"count_objectives", {"mục tiêu", "objectives"}},
      {"count_objectives_one", {"mục tiêu", "objective"}},
      {"count_programs_one", {"mô hình điểm", "pilot model"}},
      {"count_responsibilities", {"nhóm trách nhiệm", "groups of duties"}},
      {"count_responsibilities_one", {"nhóm trách nhiệm", "group of duties"}},
      {"count_programs", {"mô hình điểm", "pilot models"}},
      {"search_nav", {"Tìm kiếm", "Search"}},
      {"search_heading", {"Tìm kiếm", "Search"}},
      {"search_label", {"Tìm kế hoạch, nhiệm vụ, chỉ tiêu, mô hình điểm, cơ quan",
                        "Search plans, tasks, targets, pilot models and agencies"}},
      {"search_button", {"Tìm", "Search"}},
      {"search_hint", {"Gõ có dấu hay không dấu đều được: “chuyen doi so” tìm thấy “chuyển đổi số”.",
                       "Vietnamese words may be typed without their accents: \"chuyen doi so\" finds \"chuyển đổi số\"."}},
      {"search_noscript", {"Trang tìm kiếm cần JavaScript. Mời xem danh sách các kế hoạch dưới đây.",
                           "Search needs JavaScript. The plans are listed below instead."}},
      // search.js puts the number of results where "%d" is.
      {"search_count", {"Tìm thấy %d kết quả.", "%d results found."}},
      {"search_first", {"Tìm thấy %d kết quả; dưới đây là 100 kết quả đầu tiên.", "%d results found; the first 100 are listed."}},
      {"search_none", {"Không tìm thấy kết quả nào. Hãy thử từ khác hoặc bớt từ.", "Nothing found. Try other words, or fewer."}},
      // Shown above the newest plans, which search.js then brings back (a page
      // opened from disk can never load the index, so "reload" would not help).
      {"search_error", {"Không tải được dữ liệu tìm kiếm. Mời xem các kế hoạch mới nhất dưới đây.",
                        "The search data could not be loaded. The newest plans are listed below."}},
      {"search_kind_plan", {"Kế hoạch", "Plan"}},
      {"search_kind_task", {"Nhiệm vụ", "Task"}},
      {"search_kind_indicator", {"Chỉ tiêu", "Target"}},
      {"search_kind_program", {"Mô hình điểm", "Pilot model"}},
      {"search_kind_agency", {"Cơ quan, đơn vị", "Agency"}},
      {"not_found_title", {"Không tìm thấy trang", "Page not found"}},
      {"not_found_text", {"Địa chỉ này không có trang nào, có thể trang đã được chuyển đi hoặc địa chỉ bị gõ sai. Mời bạn xem:",
                          "There is no page at this address: it may have moved, or the address may be mistyped. You may go to:"}},
      {"not_found_home", {"Trang chủ", "The home page"}},
      {"not_found_plans", {"Danh sách các kế hoạch", "The list of plans"}},
      {"not_found_search", {"Tìm kiếm trên trang", "Search this site"}},
      {"footer_note", {"Trang được tạo bằng plansite từ các văn bản của xã.",
                       "Built with plansite from the commune's documents."}},
      // The task, indicator and program lists and pages.
      {"tasks_nav", {"Nhiệm vụ", "Tasks"}},
      {"indicators_nav", {"Chỉ tiêu", "Targets"}},
      {"programs_nav", {"Mô hình điểm", "Pilot models"}},
      {"all_tasks", {"Xem tất cả nhiệm vụ", "See all tasks"}},
      {"all_indicators", {"Xem tất cả chỉ tiêu", "See all targets"}},
      {"all_programs", {"Xem tất cả mô hình điểm", "See all pilot models"}},
      {"filter_tasks", {"Lọc nhiệm vụ", "Filter tasks"}},
      {"filter_by_status", {"Theo trạng thái", "By status"}},
      {"filter_by_year", {"Theo năm thực hiện", "By year"}},
      {"filter_by_plan", {"Theo kế hoạch", "By plan"}},
      {"filter_by_lead", {"Theo cơ quan chủ trì", "By lead agency"}},
      {"no_tasks", {"Không có nhiệm vụ nào.", "No tasks."}},
      {"no_indicators", {"Chưa có chỉ tiêu nào.", "No targets yet."}},
      {"no_programs", {"Chưa có mô hình điểm nào.", "No pilot models yet."}},
      {"year", {"Năm", "Year"}},
      {"plan_task_table", {"bảng nhiệm vụ của kế hoạch", "the plan's task table"}},
      {"plan_tasks_nav", {"Các nhiệm vụ khác của kế hoạch", "Other tasks of the plan"}},
      {"unit", {"Đơn vị tính", "Unit"}},
      {"unit_count_label", {"Số lượng", "Number"}},
      {"unit_percent_label", {"Tỷ lệ (%)", "Percentage (%)"}},
      {"objective", {"Mục tiêu", "Objective"}},
      {"milestones", {"Các mốc cần đạt", "Milestones"}},
      {"milestone", {"Mốc", "Milestone"}},
      {"note", {"Ghi chú", "Note"}},
      {"headline_indicators", {"Chỉ tiêu chính", "Key targets"}},
      {"browse", {"Tra cứu", "Browse"}},
      {"count_plans", {"kế hoạch", "plans"}},
      {"count_plans_one", {"kế hoạch", "plan"}},
      {"count_agencies", {"cơ quan, đơn vị", "agencies"}},
      {"count_agencies_one", {"cơ quan, đơn vị", "agency"}},
      {"office_hours", {"Giờ làm việc", "Office hours"}},
      {"authoritative_note", {"", "The Vietnamese text is authoritative; the English is a translation."}},
  };
  return table;
}

}  // namespace

std::string ui_text(const std::string& key, const std::string& language) {
  auto it = strings().find(key);
  if (it == strings().end()) return "?" + key + "?";
  return language == "en" ? it->second.en : it->second.vi;
}

std::map<std::string, std::string> ui_texts(const std::string& language) {
  std::map<std::string, std::string> out;
  for (const auto& [key, pair] : strings()) out[key] = language == "en" ? pair.en : pair.vi;
  return out;
}

std::string count_phrase(size_t n, const std::string& key, const std::string& language) {
  bool singular = n == 1 && language == "en";
  return std::to_string(n) + " " + ui_text(singular ? key + "_one" : key, language);
}

std::string count_line(std::initializer_list<std::pair<size_t, const char*>> counts, const std::string& language) {
  std::string out;
  for (const auto& [n, key] : counts) {
    if (n == 0) continue;
    if (!out.empty()) out += " · ";
    out += count_phrase(n, key, language);
  }
  return out;
}

}  // namespace plansite
