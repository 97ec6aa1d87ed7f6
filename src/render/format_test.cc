#include "render/format.h"
#include "render/fallback_marks.h"

#include <doctest/doctest.h>

using namespace plansite;

TEST_CASE("format: the date line follows Nghị định 30 and keeps a draft's blanks") {
  CHECK(format_place_date("Phú Thịnh", PartialDate{2026, 1, 5}, "vi") == "Phú Thịnh, ngày 05 tháng 01 năm 2026");
  CHECK(format_place_date("Phú Thịnh", PartialDate{2026, 4, 28}, "vi") == "Phú Thịnh, ngày 28 tháng 4 năm 2026");
  CHECK(format_place_date("Phú Thịnh", PartialDate{2026, 4, 0}, "vi") ==
        "Phú Thịnh, ngày \u00a0\u00a0\u00a0\u00a0 tháng 4 năm 2026");
  CHECK(format_place_date("Phú Thịnh", PartialDate{2026, 4, 28}, "en") == "Phú Thịnh, 28 April 2026");
  CHECK(format_place_date("Phú Thịnh", PartialDate{2026, 4, 0}, "en") == "Phú Thịnh, … April 2026");
  // Day and month both left blank, each its own gap, as the Vietnamese line has them.
  CHECK(format_place_date("Dân Tiến", PartialDate{2026, 0, 0}, "en") == "Dân Tiến, … … 2026");
  CHECK(format_place_date("Dân Tiến", PartialDate{2026, 0, 0}, "vi") ==
        "Dân Tiến, ngày \u00a0\u00a0\u00a0\u00a0 tháng \u00a0\u00a0\u00a0\u00a0 năm 2026");
}

TEST_CASE("format: a plan issued without a place or a date prints what it has, without blanks") {
  CHECK(format_place_date("", PartialDate{2026, 1, 5}, "vi") == "Ngày 05 tháng 01 năm 2026");
  CHECK(format_place_date("", PartialDate{2026, 1, 5}, "en") == "5 January 2026");
  CHECK(format_place_date("Phú Thịnh", std::nullopt, "vi") == "Phú Thịnh");
  CHECK(format_place_date("", std::nullopt, "vi") == "");
}

TEST_CASE("format: the number line by the document's rules") {
  Plan plan;
  plan.status = "issued";
  plan.form = "state";
  plan.number = "36";
  plan.symbol = "KH-UBND";
  CHECK(format_document_number(plan, "vi") == "Số: 36/KH-UBND");
  plan.number = "5";  // Nghị định 30: a leading zero below 10
  CHECK(format_document_number(plan, "vi") == "Số: 05/KH-UBND");
  CHECK(format_document_number(plan, "en") == "No. 05/KH-UBND");
  plan.form = "party";  // Hướng dẫn 36: no colon, a dash before the symbol
  plan.number = "12";
  plan.symbol = "KH/ĐU";
  CHECK(format_document_number(plan, "vi") == "Số 12-KH/ĐU");
  plan.number.clear();  // an issued plan circulated without a number has no number line
  CHECK(format_document_number(plan, "vi") == "");
  plan.status = "draft";  // a draft keeps the blank for the clerk
  CHECK(format_document_number(plan, "vi") == "Số \u00a0\u00a0\u00a0\u00a0\u00a0-KH/ĐU");
}

TEST_CASE("format: recipients keep the issuer's punctuation and never get a second mark") {
  CHECK(punctuate_recipient("Thường trực Đảng ủy", false, false) == "Thường trực Đảng ủy;");
  CHECK(punctuate_recipient("Lưu: VT, PVHXH", true, false) == "Lưu: VT, PVHXH.");
  CHECK(punctuate_recipient("UBND xã;", false, false) == "UBND xã;");
  CHECK(punctuate_recipient("Ban Thường vụ Tỉnh ủy (báo cáo),", false, false) == "Ban Thường vụ Tỉnh ủy (báo cáo),");
  CHECK(punctuate_recipient("Lưu VP.", true, false) == "Lưu VP.");
  CHECK(punctuate_recipient("Như trên (để biết) ", false, false) == "Như trên (để biết);");
  // As written: the issuer left the line bare, and so does the print.
  CHECK(punctuate_recipient("TT HĐND xã", false, true) == "TT HĐND xã");
}

TEST_CASE("format: a text with line breaks becomes its lines") {
  CHECK(split_lines("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n") ==
        std::vector<std::string>{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"});
  CHECK(split_lines("  CHỦ TỊCH \r\n\n") == std::vector<std::string>{"CHỦ TỊCH"});
  CHECK(split_lines("").empty());
}

TEST_CASE("format: dates in running text, in words as official documents write them") {
  // Nghị định 30/2020: a day below 10 and the months 1 and 2 take a leading zero.
  CHECK(format_date({2026, 1, 16}, "vi") == "ngày 16 tháng 01 năm 2026");
  CHECK(format_date({2024, 12, 22}, "vi") == "ngày 22 tháng 12 năm 2024");
  CHECK(format_date({2026, 4, 3}, "vi") == "ngày 03 tháng 4 năm 2026");
  CHECK(format_date({2026, 2, 1}, "vi") == "ngày 01 tháng 02 năm 2026");
  CHECK(format_date({2026, 1, 16}, "en") == "16 January 2026");
  CHECK(format_date({2026, 4, 3}, "en") == "3 April 2026");
  CHECK(format_date({2024, 12, 22}, "en") == "22 December 2024");
}

TEST_CASE("format: a date known only to the month or the year says no more") {
  CHECK(format_date({2026, 1, 0}, "vi") == "tháng 01 năm 2026");
  CHECK(format_date({2026, 10, 0}, "vi") == "tháng 10 năm 2026");
  CHECK(format_date({2026, 1, 0}, "en") == "January 2026");
  CHECK(format_date({2026, 0, 0}, "vi") == "năm 2026");
  CHECK(format_date({2026, 0, 0}, "en") == "2026");
}

TEST_CASE("format: legal bases cite the date in words") {
  Localizer vi("vi"), en("en");
  LegalBasis basis;
  basis.document = vi_text("Nghị quyết");
  basis.document.set("en", "Resolution");
  basis.number = "57-NQ/TW";
  basis.date = PartialDate{2024, 12, 22};
  basis.issuer = vi_text("Bộ Chính trị");
  basis.issuer.set("en", "the Politburo");
  CHECK(format_legal_basis(basis, vi) == "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị");
  CHECK(format_legal_basis(basis, en) == "Resolution No. 57-NQ/TW of 22 December 2024 by the Politburo");
  basis.date.reset();
  basis.issuer = {};
  CHECK(format_legal_basis(basis, vi) == "Nghị quyết số 57-NQ/TW");
}

TEST_CASE("format: numbers with the language's thousands and decimal separators") {
  CHECK(format_number(0, "vi") == "0");
  CHECK(format_number(0, "en") == "0");
  CHECK(format_number(-0.0, "vi") == "0");
  CHECK(format_number(0.5, "vi") == "0,5");
  CHECK(format_number(0.5, "en") == "0.5");
  CHECK(format_number(999, "vi") == "999");
  CHECK(format_number(1000, "vi") == "1.000");
  CHECK(format_number(1000, "en") == "1,000");
  CHECK(format_number(1234.5, "vi") == "1.234,5");
  CHECK(format_number(1234.5, "en") == "1,234.5");
  CHECK(format_number(-1234.5, "vi") == "-1.234,5");
  CHECK(format_number(-1234.5, "en") == "-1,234.5");
  CHECK(format_number(-0.25, "en") == "-0.25");
  CHECK(format_number(100000, "vi") == "100.000");
  CHECK(format_number(1234567.25, "en") == "1,234,567.25");
  // Large numbers keep every digit: never "1e+21".
  CHECK(format_number(1e21, "en") == "1,000,000,000,000,000,000,000");
  CHECK(format_number(12.3456789, "vi") == "12,3456789");
}

TEST_CASE("format: target values with their bounds and units") {
  Target t;
  t.value = 95;
  t.bound = "at-least";
  CHECK(format_target_value(t, "percent", "vi") == "tối thiểu 95%");
  CHECK(format_target_value(t, "percent", "en") == "at least 95%");
  t.value = 12.5;
  t.bound = "exactly";
  CHECK(format_target_value(t, "percent", "vi") == "12,5%");
  CHECK(format_target_value(t, "percent", "en") == "12.5%");
  t.value = 12.3456789;
  CHECK(format_target_value(t, "percent", "en") == "12.3456789%");
  t.value = 1234567.5;
  CHECK(format_target_value(t, "people", "en") == "1,234,567.5 people");
  CHECK(format_target_value(t, "people", "vi") == "1.234.567,5 người");
  t.value = 95;
  CHECK(format_target_value(t, "percent", "vi") == "95%");
  CHECK(format_target_value(t, "percent", "en") == "95%");
  t.value = 1;
  t.bound = "at-least";
  CHECK(format_target_value(t, "count", "en") == "at least 1");
  t.value = 300;
  t.bound = "above";
  CHECK(format_target_value(t, "households", "vi") == "trên 300 hộ");
}

TEST_CASE("format: timeframes from their parts when the plan gives no wording") {
  Localizer vi("vi"), en("en");
  Timeframe t;
  t.from = Period{2026, 1};
  t.to = Period{2026, 4};
  t.peak = {Period{2026, 2}, Period{2026, 3}};
  CHECK(format_timeframe(t, vi) == "Quý I/2026 – Quý IV/2026 (cao điểm: Quý II/2026, Quý III/2026)");
  CHECK(format_timeframe(t, en) == "Q1 2026 – Q4 2026 (peak: Q2 2026, Q3 2026)");
  Timeframe ongoing;
  ongoing.ongoing = true;
  ongoing.from = Period{2026, 0};
  CHECK(format_timeframe(ongoing, en) == "Ongoing 2026");
  Timeframe span;
  span.from = Period{2026, 0};
  span.to = Period{2030, 0};
  CHECK(format_timeframe(span, vi) == "2026 – 2030");
}

TEST_CASE("format: a Text missing its English falls back and is remembered") {
  Localizer en("en");
  Text both;
  both.by_language = {{"vi", "Kế hoạch"}, {"en", "Plan"}};
  CHECK(en(both) == "Plan");
  CHECK_FALSE(en.fell_back());
  CHECK(en(vi_text("Nơi nhận")) == "\uE000Nơi nhận\uE001");
  CHECK(en.fell_back());
}

TEST_CASE("fallback marks become lang spans in content and vanish inside tags and the title") {
  std::string html = "<title>\uE000Tiêu đề\uE001 | Site</title><meta content=\"\uE000Mô tả\uE001\">"
                     "<td>\uE000Nội dung\uE001 and English</td>";
  CHECK(apply_fallback_marks(html) ==
        "<title>Tiêu đề | Site</title><meta content=\"Mô tả\"><td><span lang=\"vi\">Nội dung</span> and English</td>");
  CHECK(apply_fallback_marks("<p>plain</p>") == "<p>plain</p>");
}
