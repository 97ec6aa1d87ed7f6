// `--as-of`: a full date or a usage error with a hint.
#include "cli/as_of.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace plansite;

TEST_CASE("as-of: full dates are taken, anything else is refused with a hint") {
  struct Row {
    std::string text;
    std::string date;  ///< as formatted back, or "" when refused
    std::string hint;
  };
  const Row rows[] = {
      {"2026-06-30", "2026-06-30", ""},
      {"2028-02-29", "2028-02-29", ""},
      {"2026", "", "give the day too, e.g. --as-of 2026-12-31"},
      {"2026-06", "", "give the day too, e.g. --as-of 2026-06-30"},
      {"2027-02", "", "give the day too, e.g. --as-of 2027-02-28"},
      {"2026-02-30", "", "write the date as year-month-day, e.g. --as-of 2026-06-30 (the date must exist)"},
      {"30/06/2026", "", "write the date as year-month-day, e.g. --as-of 2026-06-30 (the date must exist)"},
      {"2026-6-30", "", "write the date as year-month-day, e.g. --as-of 2026-06-30 (the date must exist)"},
      {"", "", "write the date as year-month-day, e.g. --as-of 2026-06-30 (the date must exist)"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::string problem, hint;
    std::optional<PartialDate> date = parse_as_of(row.text, problem, hint);
    CHECK((date ? format_iso_date(*date) : "") == row.date);
    CHECK(hint == row.hint);
    CHECK(problem.empty() == bool(date));
  }
}

TEST_CASE("as-of: the command line refuses a bad date with exit 2 and takes a good one") {
  using plansite::testing::run_command;
  const std::string binary = PLANSITE_BINARY;
  plansite::testing::TempSite site(plansite::testing::minimal_site());
  std::string out;
  CHECK(run_command(binary + " check --as-of 2026-13-01 --source " + site.root().string(), out) == 2);
  CHECK(out.find("plansite: --as-of: '2026-13-01' is not a date YYYY-MM-DD\n  hint: write the date") !=
        std::string::npos);
  CHECK(out.find("usage: plansite check") != std::string::npos);
  CHECK(run_command(binary + " build --source " + site.root().string() + " --as-of", out) == 2);
  CHECK(out.find("plansite: --as-of needs a date") != std::string::npos);
  CHECK(run_command(binary + " check --as-of 2026-06-30 --source " + site.root().string(), out) == 0);
  CHECK(run_command(binary + " build --help", out) == 0);
  CHECK(out.find("--as-of DATE") != std::string::npos);
}
