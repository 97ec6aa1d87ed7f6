#include "scaffold/new_plan.h"

#include <utility>
#include <vector>

#include "load/field_reader.h"
#include "load/load.h"
#include "scaffold/yaml_text.h"

namespace plansite {

namespace {

// The longest suffix the example items add to the plan's id ("-mh-1"), so
// their ids stay within the 100 characters an id may have.
constexpr size_t kLongestItemSuffix = 5;

const char* const kPlanYaml = R"(# plan.yaml: dữ liệu của kế hoạch "{id}". Tên thư mục là mã của kế hoạch; không đổi sau khi công bố.
# Các giá trị dưới đây là mẫu, đọc được ngay: thay bằng nội dung của văn bản thật.
# plan.yaml: the data of the plan "{id}". The folder name is the plan's id; never change it once published.
# The values below are examples that load as they are: replace them with the real document's.
# Tài liệu / Guide: docs/content-format.md, docs/format-reference.md.

# Tình trạng (bắt buộc): draft (dự thảo), issued (đã ban hành), superseded (đã được thay thế).
# Status (required): draft, issued or superseded.
status: draft

# Loại văn bản (không bắt buộc; mặc định plan = Kế hoạch).
# The document type (optional; default plan = Kế hoạch).
type: plan

# Thể thức (không bắt buộc): state (Nghị định 30/2020/NĐ-CP) hoặc party (Hướng dẫn 36-HD/VPTW);
# mặc định party khi cơ quan ban hành đầu tiên là loại party, còn lại state.
# Form (optional): state or party rules; default party when the first issuer is of kind party, else state.
# form: {form}

# Số văn bản, ví dụ "36"; dự thảo để trống "" (không bắt buộc).
# The number, e.g. "36"; empty "" in a draft (optional).
number: ""

# Ký hiệu sau số: KH-UBND (in 36/KH-UBND), của Đảng: KH/ĐU (in 41-KH/ĐU) (bắt buộc với dự thảo).
# The symbol after the number (required in a draft).
symbol: {symbol}

# Cơ quan ban hành: mã trong content/agencies.yaml, theo thứ tự ở đầu văn bản (bắt buộc).
# The issuing bodies: ids from content/agencies.yaml, in the header's order (required).
issuers: [{issuer}]

# Dòng cơ quan cấp trên, phía trên tên cơ quan ban hành (không bắt buộc).
# The line above the issuing body in the header, where there is one (optional).
# parent_body: {vi: ĐẢNG BỘ TỈNH …, en: … PROVINCIAL PARTY ORGANISATION}

# Địa danh ở dòng ngày tháng (bắt buộc với dự thảo).
# The place name of the date line (required in a draft).
place: {place}

# Ngày ban hành YYYY-MM-DD; dự thảo có thể để trống ngày hoặc tháng: "{year}-04" hoặc "{year}".
# The date of issue, YYYY-MM-DD; a draft may leave the day or month blank (required in a draft).
date: "{year}"

# Trích yếu, không có chữ KẾ HOẠCH (bắt buộc).
# The title (trích yếu), without the word KẾ HOẠCH (required).
title:
  vi: Thực hiện nhiệm vụ ... trên địa bàn xã năm {year}
  en: Carrying out ... in the commune in {year}

# Thời kỳ của kế hoạch: "{year}" hoặc "{year}-{year_to}" (bắt buộc). Báo cáo tiến độ chỉ cho các năm này.
# The plan's period (required). Progress reports cover only these years.
period: "{year}"

# Căn cứ / Thực hiện: các văn bản kế hoạch dựa vào (không bắt buộc). basis: pursuant (Căn cứ),
# implementing (Thực hiện) hoặc cited (trích dẫn trong bài); document, number bắt buộc.
# Legal bases (optional): basis, document and number required; date, issuer, subject, url optional.
legal_bases:
  - basis: pursuant
    document: {vi: Kế hoạch, en: Plan}
    number: 1/KH-UBND
    date: "{year}-01-05"
    issuer: {vi: UBND xã, en: the Commune People's Committee}
    subject: {vi: về ... (thay bằng trích yếu văn bản căn cứ), en: on ... (replace with the document's subject)}
    # Nơi đăng văn bản, nếu có: trang sẽ dẫn tới đó. / Where the document is published, if anywhere.
    # url: https://vanban.example/1-kh-ubnd

# Người ký, theo thứ tự khối chữ ký (bắt buộc): authority (dòng thẩm quyền, không bắt buộc),
# title (chức vụ), name (họ tên) bắt buộc; agency (mã cơ quan) không bắt buộc.
# Signatories, in the order of the signature blocks (required): title and name required.
signatories:
  - authority: {vi: TM. ỦY BAN NHÂN DÂN, en: On behalf of the People's Committee}
    title: {vi: CHỦ TỊCH, en: Chairperson}
    name: Nguyễn Văn A
    agency: {issuer}

# Nơi nhận, theo thứ tự; dòng cuối thường là "Lưu: VT" (bắt buộc).
# Recipients, in order; the last is usually "Lưu: VT" (required).
recipients:
  - {vi: Như trên, en: As above}
  - {vi: "Lưu: VT", en: "Archived: Clerical Office"}
# true: in mỗi dòng nơi nhận đúng như đã viết, không thêm dấu ; hay . (không bắt buộc).
# true: print each recipient line exactly as written (optional).
# recipients_as_written: true

# In bảng nhiệm vụ thành phụ lục sau chữ ký (không bắt buộc).
# Print the tasks as an annex table after the signatures (optional).
# annex: {title: {vi: PHỤ LỤC, en: ANNEX}, subtitle: {vi: Nhiệm vụ cụ thể, en: Specific tasks}}

# Mục tiêu (không bắt buộc): id, title bắt buộc; statement không bắt buộc.
# Objectives (optional): id and title required; statement optional.
objectives:
  - id: {id}-mt-1
    title: {vi: Mục tiêu thứ nhất, en: The first objective}
    statement: {vi: Nội dung mục tiêu như văn bản viết., en: The objective as the document words it.}

# Chỉ tiêu (không bắt buộc): mỗi chỉ tiêu một con số đo được. unit: percent, people, households, count.
# targets: by (năm), value (số), bound: at-least (tối thiểu), above (trên), exactly (đúng).
# Indicators (optional): one measurable target each. id, statement, unit, targets required.
indicators:
  - id: {id}-ct-1
    objective: {id}-mt-1
    statement: {vi: 90% người dân trưởng thành được hướng dẫn ..., en: 90% of adults are shown how to ...}
    unit: percent
    # Đối tượng được đếm (không bắt buộc). / Who or what it counts (optional).
    population: {vi: người dân trưởng thành, en: adults}
    # Giá trị ban đầu và năm (không bắt buộc). / The starting value and its year (optional).
    baseline: {value: 40, year: {baseline_year}}
    targets:
      - {by: {year}, value: 90, bound: at-least}
    # Cơ quan chịu trách nhiệm (không bắt buộc). / The responsible agency (optional).
    agency: {lead}

# Nhiệm vụ, "6 rõ" (không bắt buộc): id, content bắt buộc. lead: [] khi văn bản không giao;
# timeframe: {} khi văn bản không nêu thời gian. status: planned, in-progress, done, cancelled.
# Tasks (optional): id and content required; lead: [] when the plan names none, timeframe: {} when it gives no time.
tasks:
  - id: {id}-nv-1
    # Số thứ tự như văn bản ghi (không bắt buộc). / The task's number as the document gives it (optional).
    number: "1"
    content: {vi: Tổ chức ... (việc cần làm), en: Organise ... (what is to be done)}
    lead: [{lead}]
    # Cơ quan thực hiện, không chủ trì (không bắt buộc). / Implementing agencies (optional).
    # implementing: [{issuer}]
    # Cơ quan phối hợp (không bắt buộc). / Coordinating agencies (optional).
    coordinating: [{issuer}]
    # from, to: năm hoặc quý ({year}-Q2); ongoing: true = thường xuyên; peak: các quý cao điểm; note: lời văn bản.
    # from, to: a year or a quarter; ongoing: true for "thường xuyên"; peak: peak quarters; note: the plan's wording.
    timeframe:
      from: {year}-Q1
      to: {year}-Q4
      # peak: [{year}-Q2, {year}-Q3]
      note: {vi: Từ Quý I đến Quý IV năm {year}, en: From Q1 to Q4 of {year}}
    participants: {vi: Người dân trên địa bàn xã, en: People of the commune}
    expected_result: {vi: Kết quả cần đạt ..., en: The expected result ...}
    status: planned

# Mô hình điểm (không bắt buộc): id, name, participants, activities bắt buộc.
# Pilot programs (optional): id, name, participants and activities required.
programs:
  - id: {id}-mh-1
    name: {vi: Mô hình điểm ..., en: Pilot model ...}
    participants: {vi: Hội viên ..., en: Members of ...}
    places:
      - {vi: Nhà văn hóa xã, en: The commune's Cultural House}
    period: "{year}"
    activities:
      - {vi: Hoạt động ..., en: Activity ...}
    expected_results:
      - {vi: Kết quả ..., en: Result ...}
    responsible: [{lead}]
    # Liên kết: url bắt đầu bằng https:// (không bắt buộc). / Links: url starting with https:// (optional).
    # links:
    #   - {url: https://binhdanhocvuso.gov.vn, label: {vi: Nền tảng Bình dân học vụ số, en: The Digital Literacy for All platform}}

# Tổ chức thực hiện (không bắt buộc): agencies, duties bắt buộc; label: tiêu đề như văn bản viết;
# tasks: số hoặc mã các nhiệm vụ cơ quan chịu trách nhiệm.
# Responsibilities (optional): agencies and duties required; label and tasks optional.
responsibilities:
  - agencies: [{lead}]
    # label: {vi: Đề nghị ..., en: ...}
    duties:
      - {vi: Chủ trì tham mưu UBND xã triển khai Kế hoạch ..., en: Lead in advising the Commune People's Committee on ...}
    tasks: ["1"]
)";

const char* const kBodyVi = R"(## I. MỤC ĐÍCH, YÊU CẦU

Thay các đoạn dưới đây bằng văn bản kế hoạch như đã ban hành, từ đoạn "Căn cứ" đến câu kết. Phần đầu (số, ngày, tên), chữ ký và nơi nhận lấy từ plan.yaml, không chép vào đây.

### 1. Mục đích

Nội dung mục đích.

### 2. Yêu cầu

Nội dung yêu cầu.

## II. NHIỆM VỤ, GIẢI PHÁP

Nội dung nhiệm vụ.

## III. TỔ CHỨC THỰC HIỆN

Nội dung tổ chức thực hiện.

Trên đây là Kế hoạch thực hiện nhiệm vụ ... năm {year}./.
)";

const char* const kBodyEn = R"(## I. PURPOSE AND REQUIREMENTS

Replace the paragraphs below with the English translation of the plan as issued, from the first "Pursuant to" paragraph to the closing sentence. The header (number, date, title), the signatures and the recipients come from plan.yaml; do not copy them here. Delete this file if there is no translation: the English pages then show the Vietnamese text with a note.

### 1. Purpose

The purpose.

### 2. Requirements

The requirements.

## II. TASKS AND SOLUTIONS

The tasks.

## III. IMPLEMENTATION

The implementation.

This is the Plan for carrying out ... in {year}./.
)";

std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [key, value] : values)
    for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
      text.replace(at, key.size(), value);
  return text;
}

const Agency* first_of_kind(const Site& site, const std::string& kind) {
  for (const auto& agency : site.agencies)
    if (agency.kind == kind) return &agency;
  return nullptr;
}

// The place of the date line is the commune's name without "xã" ("Phú Thịnh").
std::string place_name(const Site& site) {
  std::string commune = site.commune.in("vi");
  for (const char* prefix : {"xã ", "Xã ", "phường ", "Phường ", "thị trấn ", "Thị trấn "})
    if (commune.rfind(prefix, 0) == 0) return commune.substr(std::string(prefix).size());
  return commune.empty() ? "Ví Dụ" : commune;
}

}  // namespace

std::string plan_id_problem(const std::string& id, std::string& hint) {
  if (!is_valid_id(id) || id.size() + kLongestItemSuffix > 100) {
    hint = "a plan id is lowercase ASCII letters, digits and single dashes, at most " +
           std::to_string(100 - kLongestItemSuffix) + " characters, e.g. chuyen-doi-so-2026";
    return "invalid plan id '" + id + "'";
  }
  if (is_reserved_plan_id(id)) {
    hint = "choose another name, e.g. 'ke-hoach-" + id + "'";
    return "a plan may not be called '" + id + "': the site's task list uses that word in its addresses";
  }
  return {};
}

NewFiles new_plan_files(const std::string& id, const Site& site, int year) {
  const Agency* issuer = first_of_kind(site, "authority");
  if (!issuer) issuer = &site.agencies.front();
  const Agency* lead = first_of_kind(site, "division");
  if (!lead) lead = issuer;
  bool party = issuer->kind == "party";
  std::vector<std::pair<std::string, std::string>> values = {
      {"{id}", id},
      {"{issuer}", issuer->id},
      {"{lead}", lead->id},
      {"{form}", party ? "party" : "state"},
      {"{symbol}", party ? "KH/ĐU" : "KH-UBND"},
      {"{place}", yaml_quote(place_name(site))},
      {"{year_to}", std::to_string(year + 4)},
      {"{baseline_year}", std::to_string(year - 1)},
      {"{year}", std::to_string(year)},
  };
  std::string folder = "content/plans/" + id + "/";
  return {{folder + "plan.yaml", fill(kPlanYaml, values)},
          {folder + "body.vi.md", fill(kBodyVi, values)},
          {folder + "body.en.md", fill(kBodyEn, values)}};
}

}  // namespace plansite
