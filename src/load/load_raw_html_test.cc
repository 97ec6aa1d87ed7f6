// site.yaml's raw_html switch: read, refused when misspelt, and what each
// setting does to a plan's text, from the warnings to the built page.
#include <doctest/doctest.h>

#include "test_support.h"

using plansite::testing::build_site;
using plansite::testing::check_diagnostics;
using plansite::testing::minimal_site;
using plansite::testing::TempSite;

namespace {

const std::string kBody = "content/plans/ke-hoach-thu/body.vi.md";
const std::string kRawBody =
    "## I. MỤC ĐÍCH\n\n"
    "Diện tích 25 m<sup>2</sup> <img src=\"https://evil.example/t.png\" alt=\"x\" onerror=\"alert(1)\">\n\n"
    "<div>\n<script>alert(1)</script>\n</main></div>\n";

std::map<std::string, std::string> site_with(const std::string& setting, const std::string& body = kRawBody) {
  auto files = minimal_site();
  if (!setting.empty()) files["site.yaml"] += "raw_html: " + setting + "\n";
  files[kBody] = body;
  return files;
}

std::string diagnostics_with(const std::string& setting, const std::string& body = kRawBody) {
  TempSite site(site_with(setting, body));
  return check_diagnostics(site.root());
}

// Every HTML page of a build, one after another.
std::string pages_of(const std::map<std::string, std::string>& output) {
  std::string pages;
  for (const auto& [path, bytes] : output)
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0) pages += bytes;
  return pages;
}

}  // namespace

TEST_CASE("raw_html: allow warns at what the allow-list leaves out, in characters of the line") {
  const std::string hint =
      "  hint: site.yaml allows raw HTML, but only the elements, attributes and addresses listed in "
      "docs/format-reference.md, 'Raw HTML'; write the rest in Markdown\n";
  CHECK(diagnostics_with("allow") ==
        kBody + ":3:28: warning: raw HTML left out of the page: <img> without a picture of this site to show\n" +
        hint + kBody +
        ":3:33: warning: raw HTML left out of the page: the attribute 'src' of <img>: a picture must be a "
        "file of this site, given by a relative path, not a 'https:' address: the site loads nothing from "
        "other hosts\n" + hint +
        kBody + ":3:74: warning: raw HTML left out of the page: the attribute 'onerror' of <img>\n" + hint +
        kBody + ":6:1: warning: raw HTML left out of the page: <script> and what it holds\n" + hint +
        kBody + ":7:1: warning: raw HTML left out of the page: </main>, which closes nothing opened in this HTML\n" +
        hint);
}

TEST_CASE("raw_html: drop, the default, leaves every piece out as before") {
  std::string dropped = diagnostics_with("");
  CHECK(dropped == diagnostics_with("drop"));
  CHECK(dropped.find(kBody + ":3:15: warning: raw HTML is left out of the page\n") != std::string::npos);
  CHECK(dropped.find(kBody + ":5:1: warning: raw HTML is left out of the page\n") != std::string::npos);
}

TEST_CASE("raw_html: a value other than drop or allow is an error at its position") {
  const std::string hint =
      "  hint: 'drop' (the default) leaves raw HTML in the texts out of the pages; 'allow' keeps the elements "
      "listed in docs/format-reference.md, 'Raw HTML'\n";
  CHECK(diagnostics_with("yes", "Văn bản.\n") ==
        "site.yaml:5:11: error: raw_html must be 'drop' or 'allow', not 'yes'\n" + hint);
  CHECK(diagnostics_with("[allow]", "Văn bản.\n") ==
        "site.yaml:5:11: error: raw_html must be 'drop' or 'allow', not a list\n" + hint);
}

TEST_CASE("raw_html: allow keeps the allowed part in the page, inert") {
  std::string allowed = pages_of(build_site(site_with("allow")));
  CHECK(allowed.find("25 m<sup>2</sup>") != std::string::npos);
  for (const char* payload : {"<script>alert", "alert(1)", "evil.example", "onerror", "</main></div>"})
    CHECK_MESSAGE(allowed.find(payload) == std::string::npos, std::string(payload));
  std::string dropped = pages_of(build_site(site_with("")));
  CHECK(dropped.find("<sup>") == std::string::npos);
  CHECK(dropped.find("25 m2") != std::string::npos);
}
