#pragma once
// Small helpers for writing YAML by hand: the files `plansite new` writes are
// templates with comments, which no YAML emitter keeps.
#include <string>

#include "model/period.h"
#include "model/text.h"

namespace plansite {

/// `text` as a double-quoted YAML scalar, safe whatever it holds.
std::string yaml_quote(const std::string& text);

/// `text` on one line, for a comment: line breaks become spaces.
std::string comment_text(const std::string& text);

/// Comment lines naming an item: `indent# Vietnamese`, then `indent# English`
/// when there is a translation. Two lines, as the officers' guides write them.
std::string comment_names(const Text& text, const std::string& indent);

/// YYYY-MM-DD.
std::string iso_date(const PartialDate& date);

/// Today's date on this machine: the scaffold's suggestion for a plan's year
/// and a report's date, which the officer corrects if needed. The build itself
/// never reads the clock.
PartialDate today();

}  // namespace plansite
