#pragma once
// Limits on a Markdown text, checked before cmark-gfm does work that grows
// faster than the text: it pads every row of a table to the header's width,
// so 59 kB of a 2,000-column header and one-cell rows used 9.7 GB.
#include <string>

#include "model/diagnostic.h"
#include "model/raw_html.h"

namespace plansite {

/// Cells in one table (columns of its delimiter row times its rows, header included).
inline constexpr size_t kMaxTableCells = 20'000;
/// Headings in one document: each is an anchor and a line of the contents.
inline constexpr size_t kMaxHeadings = 1'000;

/// Checks `text` (the Markdown file `file`) against the limits above, and
/// warns at each piece of raw HTML the pages leave out: all of it, or with
/// RawHtml::allow what is not on the allow-list. False when the text is over
/// a limit (with an error): it must not be rendered.
bool check_markdown(const std::string& file, const std::string& text, Diagnostics& diagnostics,
                    RawHtml raw_html = RawHtml::drop);

}  // namespace plansite
