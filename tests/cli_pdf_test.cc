// `plansite build --pdf` as a user meets it, with a stand-in for Chromium so
// these tests run anywhere; tests/print_plans.sh prints with the real one.
#include <doctest/doctest.h>

#include <filesystem>

#include "test_support.h"
#include "util/read_file.h"

namespace fs = std::filesystem;
using plansite::testing::minimal_site;
using plansite::testing::read_tree;
using plansite::testing::run_command;
using plansite::testing::TempSite;

namespace {

const std::string kBinary = PLANSITE_BINARY;

// A stand-in for Chromium: it "prints" by writing, as the PDF, a PDF-like
// header with a creation date and the page's URL, the page itself and the
// stylesheet the page links, so a test can see what the browser was given.
const char* const kFakeChromium = R"SH(#!/bin/sh
for arg in "$@"; do
  case "$arg" in
    --print-to-pdf=*) out="${arg#--print-to-pdf=}" ;;
    file://*) page="${arg#file://}" ;;
  esac
done
css=$(sed -n 's/.*<link rel="stylesheet" href="file:\/\/\([^"]*\)".*/\1/p' "$page")
{ printf '%%PDF-1.4\n<</CreationDate (D:20991231235959+00'"'"'00'"'"')>>\npage: %s\n' "$page"
  cat "$page"; printf '\ncss: %s %s\n' "$css" "$(test -f "$css" && echo exists)"; } > "$out"
)SH";

std::string build_with(const std::string& chromium, const fs::path& site, std::string& out) {
  return std::to_string(run_command("PLANSITE_CHROMIUM=" + chromium + " " + kBinary + " build --pdf --source " +
                                        site.string(), out));
}

}  // namespace

TEST_CASE("cli pdf: build --help tells of --pdf; check does not take it") {
  std::string out;
  CHECK(run_command(kBinary + " build --help", out) == 0);
  CHECK(out.find("--pdf       also print each plan, as issued on A4, to a PDF beside its page") != std::string::npos);
  CHECK(run_command(kBinary + " check --pdf", out) == 2);
  CHECK(out.find("plansite: unknown option '--pdf'") != std::string::npos);
}

TEST_CASE("cli pdf: each plan page gets its PDF beside it, linked from the page, dated by the plan") {
  TempSite site(minimal_site());
  site.write("fake-chromium", kFakeChromium);
  fs::permissions(site.root() / "fake-chromium", fs::perms::owner_all);
  std::string out;
  REQUIRE(build_with((site.root() / "fake-chromium").string(), site.root(), out) == "0");
  auto files = read_tree(site.root() / "public");
  REQUIRE(files.count("ke-hoach/ke-hoach-thu/ke-hoach-thu.pdf") == 1);
  REQUIRE(files.count("en/plans/ke-hoach-thu/ke-hoach-thu.en.pdf") == 1);
  const std::string& pdf = files.at("ke-hoach/ke-hoach-thu/ke-hoach-thu.pdf");
  // The time of printing gave way to the plan's date (2026-04), at the same length.
  CHECK(pdf.find("<</CreationDate (D:202604)" + std::string(15, ' ') + ">>") != std::string::npos);
  // The browser got the page with its stylesheet on disk, not at the site's root.
  CHECK(pdf.find("<html lang=\"vi\">") != std::string::npos);
  CHECK(pdf.find(" exists\n") != std::string::npos);
  // Without the icon, whose fetch raced the print and made two PDFs differ.
  CHECK(pdf.find("rel=\"icon\"") == std::string::npos);
  CHECK(files.at("ke-hoach/ke-hoach-thu/index.html").find("rel=\"icon\"") != std::string::npos);
  CHECK(files.at("en/plans/ke-hoach-thu/ke-hoach-thu.en.pdf").find("<html lang=\"en\">") != std::string::npos);
  CHECK(files.at("ke-hoach/ke-hoach-thu/index.html").find("href=\"ke-hoach-thu.pdf\" download") !=
        std::string::npos);
  // The count it reports is the files it wrote, PDFs included.
  CHECK(out.find("built " + std::to_string(files.size()) + " files") != std::string::npos);
}

TEST_CASE("cli pdf: without Chromium, or when it fails, the build stops and the old site stays") {
  TempSite site(minimal_site());
  std::string out;
  REQUIRE(run_command(kBinary + " build --source " + site.root().string(), out) == 0);
  auto before = read_tree(site.root() / "public");
  CHECK(build_with("/nonexistent/chromium", site.root(), out) == "1");
  CHECK(out.find("plansite: error: --pdf prints with Chromium, and none was found\n"
                 "  hint: install it (Debian: apt-get install chromium), or set PLANSITE_CHROMIUM to its path") !=
        std::string::npos);
  site.write("broken-chromium", "#!/bin/sh\necho 'cannot open display' >&2\nexit 3\n");
  fs::permissions(site.root() / "broken-chromium", fs::perms::owner_all);
  CHECK(build_with((site.root() / "broken-chromium").string(), site.root(), out) == "1");
  CHECK(out.find("content/plans/ke-hoach-thu/plan.yaml: error: could not print ke-hoach/ke-hoach-thu/ke-hoach-thu.pdf: "
                 "Chromium wrote no PDF (exit status 3): cannot open display") != std::string::npos);
  CHECK(read_tree(site.root() / "public") == before);
}
