#pragma once
// `--as-of YYYY-MM-DD`: the date progress statuses are computed for.
#include <optional>
#include <string>

#include "model/period.h"

namespace plansite {

/// Parses the value of `--as-of`: a full calendar date `YYYY-MM-DD`. On a bad
/// value returns nothing and sets `problem` to the message, `hint` to the fix.
std::optional<PartialDate> parse_as_of(const std::string& text, std::string& problem, std::string& hint);

/// "2026-06-30".
std::string format_iso_date(const PartialDate& date);

}  // namespace plansite
