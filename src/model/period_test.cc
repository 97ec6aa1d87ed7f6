#include "model/period.h"

#include <doctest/doctest.h>

namespace plansite {

TEST_CASE("period: fixed_digits takes exactly that many ASCII digits") {
  CHECK(fixed_digits("2026", 4) == 2026);
  CHECK(fixed_digits("0007", 4) == 7);
  for (const char* bad : {"202", "20266", "2O26", "-026", " 2026", "2026 ", "", "\xef\xbc\x92\xef\xbc\x90"})
    CHECK_FALSE(fixed_digits(bad, 4));
}

TEST_CASE("period: dates are YYYY, YYYY-MM or YYYY-MM-DD on the calendar") {
  auto d = parse_partial_date("2026-04-05");
  REQUIRE(d);
  CHECK((d->year == 2026 && d->month == 4 && d->day == 5));
  d = parse_partial_date("2026-04");
  REQUIRE(d);
  CHECK((d->year == 2026 && d->month == 4 && d->day == 0));
  d = parse_partial_date("2026");
  REQUIRE(d);
  CHECK((d->year == 2026 && d->month == 0 && d->day == 0));
  CHECK(parse_partial_date("2024-02-29"));
  for (const char* bad : {"2026-4", "2026-04-5", "2026-13", "2026-00", "2026-02-29", "2026-04-31", "2026-04-",
                          "2026/04/05", "1944", "2201", "2026-04-05 ", " 2026", "2026-04-05-01", ""}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_partial_date(bad));
  }
}

TEST_CASE("period: periods are a year or a quarter; spans one or two years in order") {
  auto p = parse_period("2026-Q3");
  REQUIRE(p);
  CHECK((p->year == 2026 && p->quarter == 3));
  p = parse_period("2030");
  REQUIRE(p);
  CHECK((p->year == 2030 && p->quarter == 0));
  for (const char* bad : {"2026-Q0", "2026-Q5", "2026-q1", "2026-Q", "2026-Q12", "2026Q1", "1900", ""}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_period(bad));
  }
  auto span = parse_year_span("2026-2030");
  REQUIRE(span);
  CHECK((span->from == 2026 && span->to == 2030));
  span = parse_year_span("2026");
  REQUIRE(span);
  CHECK((span->from == 2026 && span->to == 2026));
  for (const char* bad : {"2030-2026", "2026-30", "2026–2030", "2026-2201", "2026-", ""}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_year_span(bad));
  }
}

}  // namespace plansite
