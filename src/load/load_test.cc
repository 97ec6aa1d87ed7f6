// Malformed inputs, each with the exact diagnostic it must produce.
#include <doctest/doctest.h>

#include "test_support.h"

using plansite::testing::check_diagnostics;
using plansite::testing::minimal_site;
using plansite::testing::replace_once;
using plansite::testing::TempSite;

namespace {

const std::string kPlan = "content/plans/ke-hoach-thu/plan.yaml";

// The minimal site with `from` replaced by `to` in `file` (which must contain it).
std::string diagnostics_after(const std::string& file, const std::string& from, const std::string& to) {
  auto files = minimal_site();
  replace_once(files[file], from, to);
  TempSite site(files);
  return check_diagnostics(site.root());
}

}  // namespace

TEST_CASE("the minimal site loads without diagnostics") {
  TempSite site(minimal_site());
  CHECK(check_diagnostics(site.root()) == "");
}

TEST_CASE("a YAML syntax error carries the parser's position and what was left open") {
  CHECK(diagnostics_after("site.yaml", "languages: [vi, en]\n", "languages: [vi, en\n") ==
        "site.yaml:4:9: error: YAML syntax: did not find expected ',' or ']', while parsing a flow sequence "
        "at line 3, column 12\n"
        "  hint: check indentation and quote values that contain ': ' or start with a symbol\n");
}

TEST_CASE("a plan folder named after its Vietnamese title gets the ASCII id to use") {
  auto files = minimal_site();
  std::map<std::string, std::string> renamed;
  for (auto& [path, content] : files) {
    std::string to = path;
    if (to.rfind("content/plans/ke-hoach-thu/", 0) == 0) to.replace(14, 12, "Kế hoạch Đường làng");
    renamed[to] = content;
  }
  TempSite site(renamed);
  CHECK(check_diagnostics(site.root()).find(
            "content/plans/Kế hoạch Đường làng/plan.yaml:1:1: error: invalid plan folder name 'Kế hoạch Đường làng'\n"
            "  hint: the folder name is the plan's id and address: lowercase ASCII letters, digits and dashes, "
            "e.g. 'ke-hoach-duong-lang'\n") != std::string::npos);
}

TEST_CASE("an unknown key gets a did-you-mean hint") {
  CHECK(diagnostics_after(kPlan, "symbol: KH-UBND", "sybmol: KH-UBND") ==
        kPlan + ":1:1: error: plan is missing required key 'symbol'\n" +
        kPlan + ":2:1: error: unknown key 'sybmol' in plan\n"
        "  hint: did you mean 'symbol'?\n");
}

TEST_CASE("a task naming an unknown agency is an error at that id") {
  CHECK(diagnostics_after(kPlan, "lead: [phong-van-hoa-xa-hoi]", "lead: [phong-van-hoa-xa-hoj]") ==
        kPlan + ":22:12: error: unknown agency 'phong-van-hoa-xa-hoj'\n"
        "  hint: did you mean 'phong-van-hoa-xa-hoi'?\n");
}

TEST_CASE("an unknown agency with nothing close suggests declaring it") {
  CHECK(diagnostics_after(kPlan, "issuers: [ubnd-xa]", "issuers: [cong-an-tinh]") ==
        kPlan + ":3:11: error: unknown agency 'cong-an-tinh'\n"
        "  hint: declare it in content/agencies.yaml\n");
}

TEST_CASE("a missing required field is reported on its map") {
  CHECK(diagnostics_after(kPlan, "title: {vi: Kế hoạch thử, en: A test plan}\n", "") ==
        kPlan + ":1:1: error: plan is missing required key 'title'\n");
}

TEST_CASE("a malformed date is reported with the accepted forms") {
  CHECK(diagnostics_after(kPlan, "date: 2026-04", "date: 2026-13-01") ==
        kPlan + ":5:7: error: malformed date '2026-13-01'\n"
        "  hint: write YYYY-MM-DD, e.g. 2026-01-28; a draft may leave out the day (2026-04) or the day "
        "and month (2026)\n");
}

TEST_CASE("a malformed plan period is reported") {
  CHECK(diagnostics_after(kPlan, "period: 2026", "period: 2030-2026") ==
        kPlan + ":7:9: error: malformed period '2030-2026'\n"
        "  hint: write a year (2026) or a span of years (2026-2030)\n");
}

TEST_CASE("a malformed quarter in a timeframe is reported") {
  CHECK(diagnostics_after(kPlan, "from: 2026-Q1", "from: 2026-Q5") ==
        kPlan + ":23:23: error: malformed period '2026-Q5'\n"
        "  hint: write a year (2026) or a quarter (2026-Q2)\n");
}

TEST_CASE("a malformed peak quarter is reported at that item") {
  CHECK(diagnostics_after(kPlan, "to: 2026-Q4}", "to: 2026-Q4, peak: [2026-Q2, 2026-Q7]}") ==
        kPlan + ":23:61: error: malformed period '2026-Q7'\n"
        "  hint: write a year (2026) or a quarter (2026-Q2)\n");
}

TEST_CASE("a timeframe may not end before it starts") {
  CHECK(diagnostics_after(kPlan, "to: 2026-Q4", "to: 2025-Q4") ==
        kPlan + ":23:36: error: timeframe ends before it starts\n");
}

TEST_CASE("a percentage target must lie between 0 and 100") {
  CHECK(diagnostics_after(kPlan, "value: 95", "value: 120") ==
        kPlan + ":18:27: error: a percentage target must be between 0 and 100; got 120\n");
}

TEST_CASE("a target value must be a number") {
  CHECK(diagnostics_after(kPlan, "value: 95", "value: 95%") ==
        kPlan + ":18:27: error: 'value' must be a number; got '95%'\n"
        "  hint: write digits with a dot for decimals, without a unit: 95 or 12.5\n");
}

TEST_CASE("a task without a lead agency is allowed, with a warning") {
  CHECK(diagnostics_after(kPlan, "    lead: [phong-van-hoa-xa-hoi]\n", "") ==
        kPlan + ":20:5: warning: task has no lead agency\n"
        "  hint: the \"6 rõ\" need a clear person: add `lead: [agency-id]`; if the plan names none, write "
        "`lead: []` and the site shows “Chưa giao”\n");
}

TEST_CASE("a task without a timeframe is allowed, with a warning") {
  CHECK(diagnostics_after(kPlan, "    timeframe: {from: 2026-Q1, to: 2026-Q4}\n", "") ==
        kPlan + ":20:5: warning: task has no timeframe\n"
        "  hint: the \"6 rõ\" need a clear time: add `timeframe: {from: 2026, to: 2030}` or "
        "`timeframe: {ongoing: true, from: 2026}`; if the plan gives none, write `timeframe: {}` and the site "
        "shows “Chưa xác định”\n");
}

TEST_CASE("duplicate ids are reported with the first definition") {
  auto files = minimal_site();
  files["content/plans/ke-hoach-hai/plan.yaml"] = files[kPlan];
  files["content/plans/ke-hoach-hai/body.vi.md"] = "Nội dung.\n";
  TempSite site(files);
  CHECK(check_diagnostics(site.root()) ==
        "content/plans/ke-hoach-thu/plan.yaml:14:5: error: duplicate indicator id 'ti-le'\n"
        "  hint: first defined at content/plans/ke-hoach-hai/plan.yaml:14; ids must be unique in the site\n"
        "content/plans/ke-hoach-thu/plan.yaml:20:5: error: duplicate task id 'nv-1'\n"
        "  hint: first defined at content/plans/ke-hoach-hai/plan.yaml:20; ids must be unique in the site\n");
}

TEST_CASE("a duplicate agency id is reported") {
  auto files = minimal_site();
  files["content/agencies.yaml"] +=
      "  - id: ubnd-xa\n"
      "    name: Ủy ban nhân dân\n"
      "    kind: authority\n";
  TempSite site(files);
  CHECK(check_diagnostics(site.root()) ==
        "content/agencies.yaml:8:5: error: duplicate agency id 'ubnd-xa'\n"
        "  hint: first defined at content/agencies.yaml:2\n");
}

TEST_CASE("a duplicate key in one map is reported") {
  CHECK(diagnostics_after(kPlan, "place: Thử Nghiệm\n", "place: Thử Nghiệm\nplace: Khác\n") ==
        kPlan + ":5:1: error: duplicate key 'place'\n"
        "  hint: each key may appear once in a map; remove or merge one of them\n");
}

TEST_CASE("an unknown language in a text is reported") {
  CHECK(diagnostics_after(kPlan, "en: A test plan}", "eng: A test plan}") ==
        kPlan + ":6:27: error: unknown language 'eng' in 'title'\n"
        "  hint: did you mean 'en'?\n");
}

TEST_CASE("an unquoted comma in a flow map is caught as an unknown language") {
  CHECK(diagnostics_after("content/agencies.yaml", "{vi: Ủy ban nhân dân xã,", "{vi: Ủy ban, nhân dân xã,") ==
        "content/agencies.yaml:3:24: error: unknown language 'nhân dân xã' in 'name'\n"
        "  hint: text that contains ': ' or ', ' must be in double quotes: \"…\"\n");
}

TEST_CASE("an agency kind outside the list is reported with a hint") {
  CHECK(diagnostics_after("content/agencies.yaml", "kind: division", "kind: divison") ==
        "content/agencies.yaml:7:11: error: 'kind' must be one of party, council, authority, front, "
        "union, division, centre, police, health, education, enterprise, cooperative, team, hamlet, group; "
        "got 'divison'\n"
        "  hint: did you mean 'division'?\n");
}

TEST_CASE("an id with capitals or spaces is rejected") {
  CHECK(diagnostics_after(kPlan, "id: nv-1", "id: NV 1") ==
        kPlan + ":20:9: error: invalid id 'NV 1'\n"
        "  hint: ids are lowercase ASCII letters, digits and single dashes, e.g. 'phong-kinh-te'\n");
}

TEST_CASE("invalid UTF-8 is reported at the bad byte") {
  CHECK(diagnostics_after("content/plans/ke-hoach-thu/body.vi.md", "Nội dung.", "Nội \xC3\x28 dung.") ==
        "content/plans/ke-hoach-thu/body.vi.md:3:5: error: invalid UTF-8 byte sequence\n"
        "  hint: save the file with UTF-8 encoding\n");
}

TEST_CASE("text not in NFC is normalized with a warning") {
  // "ệ" written as e + combining circumflex + combining dot below, as old converters leave it.
  CHECK(diagnostics_after(kPlan, "name: Nguyễn Văn A", "name: Nguye\xCC\x82\xCC\x83n Văn A") ==
        kPlan + ":10:11: warning: text is not in Unicode NFC form; it was normalized\n"
        "  hint: re-type the accented letters, or save the file as UTF-8 (NFC)\n");
}

TEST_CASE("a value cut short by a ' #' comment is flagged") {
  CHECK(diagnostics_after(kPlan, "place: Thử Nghiệm", "place: Thử Nghiệm #2 cũ") ==
        kPlan + ":4:8: warning: the text after ' #' on this line is a YAML comment and was left out\n"
        "  hint: if it belongs to the value, put the whole value in double quotes: \"…\"\n");
}

TEST_CASE("a comment on its own or after a quoted value is fine") {
  CHECK(diagnostics_after(kPlan, "place: Thử Nghiệm", "place: \"Thử Nghiệm #2\"  # ghi chú") == "");
  CHECK(diagnostics_after(kPlan, "period: 2026", "# thời kỳ\nperiod: 2026") == "");
  CHECK(diagnostics_after(kPlan, "period: 2026", "period: 2026 # một năm") == "");
}

TEST_CASE("an unknown objective is reported at the reference") {
  CHECK(diagnostics_after(kPlan, "    unit: percent\n", "    unit: percent\n    objective: muc-tieu-1\n") ==
        kPlan + ":17:16: error: unknown objective 'muc-tieu-1'\n"
        "  hint: objectives are declared under `objectives:` in the same plan\n");
}

TEST_CASE("a YAML alias bomb is refused, not expanded") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'h'; ++c)
    bomb += std::string(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) +
            ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" +
            char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
  auto files = minimal_site();
  files["site.yaml"] += bomb;
  TempSite site(files);
  CHECK(check_diagnostics(site.root()) ==
        "site.yaml:9:36: error: aliases (*name) repeat more text than the file holds\n"
        "  hint: an alias may repeat a value, but not make the file many times larger; write the values out\n");
}

TEST_CASE("a missing site.yaml is an error") {
  auto files = minimal_site();
  files.erase("site.yaml");
  TempSite site(files);
  CHECK(check_diagnostics(site.root()) ==
        "site.yaml: error: cannot read file\n"
        "  hint: every site needs this file; see docs/content-format.md\n");
}

TEST_CASE("a plan without its Vietnamese text is an error") {
  auto files = minimal_site();
  files.erase("content/plans/ke-hoach-thu/body.vi.md");
  TempSite site(files);
  CHECK(check_diagnostics(site.root()) ==
        "content/plans/ke-hoach-thu/body.vi.md: error: missing the plan's Vietnamese text\n"
        "  hint: write the document's text as issued in content/plans/ke-hoach-thu/body.vi.md\n");
}

TEST_CASE("every problem is reported, not just the first") {
  auto files = minimal_site();
  std::string& plan = files[kPlan];
  replace_once(plan, "date: 2026-04", "date: 2026-02-30");
  replace_once(plan, "value: 95", "value: -5");
  TempSite site(files);
  std::string out = check_diagnostics(site.root());
  CHECK(out.find("malformed date '2026-02-30'") != std::string::npos);
  CHECK(out.find("between 0 and 100; got -5") != std::string::npos);
}

TEST_CASE("files saved by Windows editors (BOM, CRLF line ends) load cleanly") {
  auto files = minimal_site();
  for (auto& [path, text] : files) {
    std::string crlf;
    for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    text = "\xEF\xBB\xBF" + crlf;
  }
  TempSite site(files);
  CHECK(check_diagnostics(site.root()) == "");
  // Positions still count characters on the line, not the BOM or the CR.
  replace_once(files["content/plans/ke-hoach-thu/plan.yaml"], "issuers: [ubnd-xa]", "issuers: [ubnd-xo]");
  TempSite broken(files);
  CHECK(check_diagnostics(broken.root()) ==
        "content/plans/ke-hoach-thu/plan.yaml:3:11: error: unknown agency 'ubnd-xo'\n"
        "  hint: did you mean 'ubnd-xa'?\n");
}

TEST_CASE("numbers are plain decimals: no nan, inf, hex or exponents") {
  for (const char* bad : {"nan", "inf", "0x20", "1e300", "95.", ".5"}) {
    INFO(bad);
    CHECK(diagnostics_after(kPlan, "value: 95", std::string("value: ") + bad) ==
          kPlan + ":18:27: error: 'value' must be a number; got '" + bad + "'\n"
          "  hint: write digits with a dot for decimals, without a unit: 95 or 12.5\n");
  }
  CHECK(diagnostics_after(kPlan, "value: 95", "value: 12.5") == "");
}

TEST_CASE("a decimal comma in a flow map gets a hint about the dot") {
  CHECK(diagnostics_after(kPlan, "value: 95", "value: 12,5") ==
        kPlan + ":18:30: error: unknown key '5' in target\n"
        "  hint: write decimals with a dot (12.5): in {…} a comma separates entries\n");
}

TEST_CASE("a required text may not be empty") {
  CHECK(diagnostics_after(kPlan, "title: {vi: Kế hoạch thử, en: A test plan}", "title: \"\"") ==
        kPlan + ":6:8: error: 'title' must not be empty\n");
  CHECK(diagnostics_after(kPlan, "title: {vi: Kế hoạch thử, en: A test plan}", "title: {}") ==
        kPlan + ":6:8: error: 'title' must not be empty\n");
  CHECK(diagnostics_after(kPlan, "symbol: KH-UBND", "symbol: \"\"") ==
        kPlan + ":2:9: error: 'symbol' must not be empty\n");
}

TEST_CASE("a list where one value is expected is one error, not two") {
  CHECK(diagnostics_after(kPlan, "status: draft", "status: [draft]") ==
        kPlan + ":1:9: error: 'status' must be a single value, not a list\n");
  CHECK(diagnostics_after(kPlan, "date: 2026-04", "date: {year: 2026}") ==
        kPlan + ":5:7: error: 'date' must be a single value, not a map\n");
}

TEST_CASE("a very long id is rejected, not a crash, and quoted cut short") {
  std::string id(50000, 'a');
  CHECK(diagnostics_after(kPlan, "id: nv-1", "id: " + id) ==
        kPlan + ":20:9: error: invalid id '" + std::string(79, 'a') + "…'\n"
        "  hint: ids are lowercase ASCII letters, digits and single dashes, e.g. 'phong-kinh-te'\n");
}

TEST_CASE("an alias that refers to itself is refused, not followed forever") {
  CHECK(diagnostics_after(kPlan, "period: 2026\n", "period: 2026\nloop: &a [*a]\n") ==
        kPlan + ":8:11: error: unknown alias '*a'\n"
        "  hint: an alias repeats a value marked earlier with &a; mark it first, or write the value out\n");
}

TEST_CASE("values nested past 64 levels are refused") {
  CHECK(diagnostics_after(kPlan, "period: 2026\n", "period: 2026\nx: " + std::string(70, '[') + "\n") ==
        kPlan + ":8:67: error: values are nested more than 64 levels deep\n"
        "  hint: plan files need only a few levels; check the indentation\n");
}

TEST_CASE("aliases may repeat as much text as the file holds, not more") {
  // 70 copies of 1 MB stayed under the 64 MB limit on expanded text, yet made
  // every page, feed and index copy 70 MB: 48 s and 1.1 GB for a 1 MB file.
  auto with_aliases = [](int copies) {
    std::string yaml = "a: &a \"" + std::string(1 << 20, 'x') + "\"\nb: [";
    for (int i = 0; i < copies; ++i) yaml += "*a, ";
    yaml += "]\n";
    auto files = minimal_site();
    files["site.yaml"] += yaml;
    TempSite site(files);
    return check_diagnostics(site.root());
  };
  CHECK(with_aliases(1).find("alias") == std::string::npos);
  CHECK(with_aliases(70) ==
        "site.yaml:6:9: error: aliases (*name) repeat more text than the file holds\n"
        "  hint: an alias may repeat a value, but not make the file many times larger; write the values out\n");
}

TEST_CASE("a second YAML document is an error, not silently dropped") {
  CHECK(diagnostics_after(kPlan, "period: 2026\n", "period: 2026\n---\ntasks: []\n") ==
        kPlan + ":8:1: error: a second YAML document starts here; everything below it would be ignored\n"
        "  hint: a line of three dashes (---) ends the file's data; remove it\n");
}

TEST_CASE("a NUL byte is an error at its position, not a silent cut") {
  CHECK(diagnostics_after("content/plans/ke-hoach-thu/body.vi.md", "Nội dung.", std::string("Nội\0 dung.", 11)) ==
        "content/plans/ke-hoach-thu/body.vi.md:3:4: error: a NUL byte is not allowed in text\n"
        "  hint: the file may be a binary or UTF-16 file; save it as UTF-8 text\n");
}

TEST_CASE("positions on line 1 of a file with a byte-order mark count from the first letter") {
  auto files = minimal_site();
  files[kPlan] = "\xEF\xBB\xBF" + files[kPlan];
  replace_once(files[kPlan], "status: draft", "status: drafts");
  TempSite site(files);
  CHECK(check_diagnostics(site.root()) ==
        kPlan + ":1:9: error: 'status' must be one of draft, issued, superseded; got 'drafts'\n"
        "  hint: did you mean 'draft'?\n");
}

TEST_CASE("site.yaml: a language listed twice and a theme given as a path are errors") {
  CHECK(diagnostics_after("site.yaml", "languages: [vi, en]", "languages: [vi, en, en]") ==
        "site.yaml:3:21: error: language 'en' is listed twice\n");
  CHECK(diagnostics_after("site.yaml", "base_url: /", "base_url: /\ntheme: ../content") ==
        "site.yaml:5:8: error: invalid theme name '../content'\n"
        "  hint: name a folder under themes/: lowercase letters, digits and dashes\n");
}

TEST_CASE("site.yaml: base_url is an http(s) address or a path; anything else is an error at its position") {
  auto base = [](const std::string& value) { return diagnostics_after("site.yaml", "base_url: /", "base_url: " + value); };
  CHECK(base("https://phu-thinh.example/") == "");
  CHECK(base("http://127.0.0.1:8080/xa/") == "");
  CHECK(base("/phu-thinh/") == "");
  CHECK(base("//phu-thinh.example/") ==
        "site.yaml:4:11: error: base_url '//phu-thinh.example/' has no scheme\n"
        "  hint: write 'https://phu-thinh.example/' or '/'\n");
  CHECK(base("ftp://phu-thinh.example/") ==
        "site.yaml:4:11: error: base_url must be an http:// or https:// address, not ftp:\n"
        "  hint: write 'https://ten-xa.gov.vn/' (the commune's address) or '/'\n");
  CHECK(base("phu-thinh.example/") ==
        "site.yaml:4:11: error: base_url must be an address or a path starting with '/'\n"
        "  hint: write 'https://phu-thinh.example/' if that is the site's address\n");
  CHECK(base("https:///") ==
        "site.yaml:4:11: error: base_url 'https:///' has no host\n"
        "  hint: write 'https://ten-xa.gov.vn/' (the commune's address) or '/'\n");
  CHECK(base("\"/phu thinh/\"") ==
        "site.yaml:4:11: error: base_url may not contain ' '\n"
        "  hint: spaces, quotes, ?, # and letters outside ASCII must be percent-encoded (%20 for a space)\n");
  CHECK(base("https://phu-thinh.example") ==
        "site.yaml:4:11: error: base_url must end with '/'\n"
        "  hint: write 'https://phu-thinh.example/'\n");
  CHECK(base("/xã/") ==
        "site.yaml:4:11: error: base_url may contain only ASCII characters\n"
        "  hint: spaces, quotes, ?, # and letters outside ASCII must be percent-encoded (%20 for a space)\n");
}

TEST_CASE("a folder under content/plans without plan.yaml is named as such; hidden folders are skipped") {
  auto files = minimal_site();
  files["content/plans/hinh-anh/anh.txt"] = "x";
  files["content/plans/.git/HEAD"] = "x";
  TempSite site(files);
  CHECK(check_diagnostics(site.root()) ==
        "content/plans/hinh-anh: error: this plan folder has no plan.yaml\n"
        "  hint: each folder under content/plans/ is one plan; add its plan.yaml or move the folder out\n");
}

TEST_CASE("a plan text that is not a readable file is an error") {
  auto files = minimal_site();
  files.erase("content/plans/ke-hoach-thu/body.en.md");
  files["content/plans/ke-hoach-thu/body.en.md/oops"] = "a folder, not a file";
  TempSite site(files);
  CHECK(check_diagnostics(site.root()) ==
        "content/plans/ke-hoach-thu/body.en.md: error: cannot read file\n"
        "  hint: check that it is a regular file you may read\n");
}
