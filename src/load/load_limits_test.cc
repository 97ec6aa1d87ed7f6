// Hostile content the loader refuses or cleans, and the limits it checks
// before work that would grow faster than the input.
#include <doctest/doctest.h>

#include "load/markdown_limits.h"
#include "test_support.h"
#include "util/unicode.h"

using plansite::testing::check_diagnostics;
using plansite::testing::minimal_site;
using plansite::testing::replace_once;
using plansite::testing::TempSite;

namespace {

const std::string kPlan = "content/plans/ke-hoach-thu/plan.yaml";
const std::string kBody = "content/plans/ke-hoach-thu/body.vi.md";

std::string diagnostics_after(const std::string& file, const std::string& from, const std::string& to) {
  auto files = minimal_site();
  replace_once(files[file], from, to);
  TempSite site(files);
  return check_diagnostics(site.root());
}

std::string diagnostics_with_body(const std::string& body) {
  auto files = minimal_site();
  files[kBody] = body;
  TempSite site(files);
  return check_diagnostics(site.root());
}

std::string repeated(const std::string& text, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += text;
  return out;
}

}  // namespace

TEST_CASE("a control character written as a YAML escape is an error at its value") {
  CHECK(diagnostics_after(kPlan, "place: Thử Nghiệm", "place: \"Thử\\x1b[2J\\0 Nghiệm\"") ==
        kPlan + ":4:8: error: the value contains U+001B (escape) and 1 more such characters\n"
        "  hint: control characters, bidirectional overrides and U+E000/U+E001 cannot be shown in a page; "
        "remove them (a YAML escape such as \"\\x1b\" or \"\\0\" writes one)\n");
}

TEST_CASE("the renderer's own fallback marks cannot be written in content") {
  CHECK(diagnostics_after(kPlan, "place: Thử Nghiệm", "place: \"\\uE000Thử\\uE001\"").find(
            kPlan + ":4:8: error: the value contains U+E000 (private use, reserved by plansite)") == 0);
  CHECK(diagnostics_after(kPlan, "place: Thử Nghiệm", "place: Thử \u202e Nghiệm").find(
            "U+202E (bidirectional override)") != std::string::npos);
}

TEST_CASE("raw control characters in Markdown are removed, with a warning at the first") {
  CHECK(diagnostics_with_body("## I. MỤC ĐÍCH\n\nNội\x0c dung\x1b[2J.\n") ==
        kBody + ":3:4: warning: removed U+000C (form feed) and 1 more such characters\n"
        "  hint: control characters, bidirectional overrides and U+E000/U+E001 cannot be shown in a page; they "
        "are invisible in most editors: delete the text around this position and type it again\n");
}

TEST_CASE("combining marks: 30 on one letter are normalized, 31 are refused before normalizing") {
  std::string marks30 = "a" + repeated("\xcc\x81", plansite::kMaxCombiningMarks);
  CHECK(diagnostics_after(kPlan, "place: Thử Nghiệm", "place: " + marks30).find("error") == std::string::npos);
  CHECK(diagnostics_after(kPlan, "place: Thử Nghiệm", "place: " + marks30 + "\xcc\x81") ==
        kPlan + ":4:8: error: more than 30 combining marks on one character\n"
        "  hint: Vietnamese puts at most two marks on a letter; the text may be damaged or made to hang the "
        "build: re-type it\n");
  CHECK(diagnostics_with_body("Nội dung " + marks30 + "\n").find("error") == std::string::npos);
  CHECK(diagnostics_with_body("Nội dung " + marks30 + "\xcc\x81\n") ==
        kBody + ":1:41: error: more than 30 combining marks on one character\n"
        "  hint: Vietnamese puts at most two marks on a letter; the text may be damaged or made to hang the "
        "build: re-type it\n");
}

TEST_CASE("raw HTML in Markdown is left out with a warning at each piece") {
  CHECK(diagnostics_with_body("## I. MỤC ĐÍCH\n\nXin <b>chào</b>\n\n<div>khối</div>\n") ==
        kBody + ":3:5: warning: raw HTML is left out of the page\n"
        "  hint: write it in Markdown: **bold**, *italic*, [text](address), tables with |; to show a tag as "
        "text, put it in backticks: `<br>`\n" +
        kBody + ":3:12: warning: raw HTML is left out of the page\n"
        "  hint: write it in Markdown: **bold**, *italic*, [text](address), tables with |; to show a tag as "
        "text, put it in backticks: `<br>`\n" +
        kBody + ":5:1: warning: raw HTML is left out of the page\n"
        "  hint: write it in Markdown: **bold**, *italic*, [text](address), tables with |; to show a tag as "
        "text, put it in backticks: `<br>`\n");
  CHECK(diagnostics_with_body("Thẻ `<br>` trong mã.\n") == "");
}

TEST_CASE("a table over the cell limit is refused before it is parsed") {
  // 100 columns: 200 rows (header and delimiter included) is the limit.
  std::string header = "|" + repeated(" a |", 100) + "\n|" + repeated("---|", 100) + "\n";
  CHECK(diagnostics_with_body(header + repeated("| x |\n", 198)) == "");
  CHECK(diagnostics_with_body("Đoạn.\n\n" + header + repeated("| x |\n", 199)) ==
        kBody + ":4:1: error: this table has 100 columns and 201 rows, more than 20000 cells\n"
        "  hint: split it into smaller tables, or publish the data as a CSV file\n");
}

TEST_CASE("a text with more headings than the limit is refused") {
  CHECK(diagnostics_with_body(repeated("## Mục\n", plansite::kMaxHeadings)) == "");
  CHECK(diagnostics_with_body(repeated("## Mục\n", plansite::kMaxHeadings + 1)) ==
        kBody + ":1:1: error: the text has 1001 headings, more than 1000\n"
        "  hint: a plan has a few dozen sections; lines starting with '#' are headings, and so are lines "
        "underlined with '===' or '---'\n");
}
