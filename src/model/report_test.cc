#include "model/report.h"

#include <doctest/doctest.h>

using plansite::parse_report_period;

TEST_CASE("report periods: quarters, halves and years, and their keys") {
  auto q = parse_report_period("2026-Q2");
  REQUIRE(q);
  CHECK(q->year == 2026);
  CHECK(q->quarter == 2);
  CHECK(q->half == 0);
  CHECK(q->key() == "2026-Q2");
  CHECK(q->first_month() == 4);
  CHECK(q->last_month() == 6);

  auto h = parse_report_period("2027-H2");
  REQUIRE(h);
  CHECK(h->half == 2);
  CHECK(h->quarter == 0);
  CHECK(h->key() == "2027-H2");
  CHECK(h->first_month() == 7);
  CHECK(h->last_month() == 12);

  auto y = parse_report_period("2028");
  REQUIRE(y);
  CHECK(y->key() == "2028");
  CHECK(y->first_month() == 1);
  CHECK(y->last_month() == 12);
}

TEST_CASE("report periods reject what is not a quarter, a half or a year") {
  for (const char* bad : {"2026-Q5", "2026-Q0", "2026-H3", "2026-q2", "2026-Q2-H1", "26-Q2", "2026-06", "",
                          "1900", "Q2-2026", "2026-Q2.yaml"})
    CHECK_MESSAGE(!parse_report_period(bad), bad);
}
