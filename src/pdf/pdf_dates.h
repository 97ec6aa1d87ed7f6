#pragma once
#include <string>

#include "model/plan.h"

namespace plansite {

/// The plan's own date as a PDF date, as precise as the plan gives it
/// ("D:20260115", "D:202604", "D:2026"); a plan without a date gives the
/// first year of its period.
std::string pdf_date(const Plan& plan);

/// Replaces the creation and modification dates Chromium writes (the time
/// of printing) with `date`, in place and at the same length, so the file's
/// cross-reference offsets stay right and two builds give the same bytes.
/// Returns how many dates were replaced.
int set_pdf_dates(std::string& pdf, const std::string& date);

}  // namespace plansite
