#include "pdf/pdf_dates.h"

#include <doctest/doctest.h>

using namespace plansite;

TEST_CASE("pdf: the dates Chromium writes become the plan's, at the same length") {
  std::string pdf = "<</Producer (Skia/PDF m156)\n/CreationDate (D:20261123201818+00'00')\n"
                    "/ModDate (D:20261123201818+00'00')>>\nstartxref 1234";
  size_t size = pdf.size();
  CHECK(set_pdf_dates(pdf, "D:20260115") == 2);
  CHECK(pdf.size() == size);  // the cross-reference offsets after it stay right
  CHECK(pdf == "<</Producer (Skia/PDF m156)\n/CreationDate (D:20260115)             \n"
               "/ModDate (D:20260115)             >>\nstartxref 1234");
}

TEST_CASE("pdf: the plan's date is as precise as the plan gives it") {
  Plan plan;
  plan.period = {2026, 2030};
  CHECK(pdf_date(plan) == "D:2026");  // undated: the first year of its period
  plan.date = PartialDate{2026, 4, 0};
  CHECK(pdf_date(plan) == "D:202604");
  plan.date = PartialDate{2026, 1, 5};
  CHECK(pdf_date(plan) == "D:20260105");
}
