#pragma once
// The raw HTML a site may keep when site.yaml says `raw_html: allow`: the
// elements and attributes that plans pasted from Word or a web page use, and
// nothing that runs, loads from elsewhere, or takes the look or the ids of
// the site's own markup. docs/format-reference.md lists it for the officer.
#include <optional>
#include <string>
#include <string_view>

namespace plansite {

/// What an element may hold, and so where it may stand.
enum class Content {
  phrasing,   ///< text and phrasing elements (span, b, a, …)
  flow,       ///< phrasing and flow elements (div, p, table, …)
  table,      ///< caption, thead, tbody, tfoot, tr
  row_group,  ///< tr
  row,        ///< th, td
  list,       ///< li
  terms,      ///< dt, dd
  none,       ///< a void element: br, img, hr, wbr
};

struct AllowedElement {
  std::string_view name;
  bool phrasing;        ///< may stand where phrasing content is expected (else flow only)
  Content content;      ///< what it may hold
  std::string_view parents;  ///< when not empty: the only elements it may stand in, space-separated
  bool closes_itself;   ///< closed by a sibling that may not stand in it, as HTML does (p, li, td, tr)
};

/// The allowed element called `name` (lowercase), or nullptr.
const AllowedElement* allowed_element(std::string_view name);

/// Elements left out with everything in them: what they hold is code, a
/// frame or a drawing, never text for the reader.
bool drops_content(std::string_view name);

/// The kept value of attribute `attribute` (lowercase, value decoded) on
/// `element`, or nullopt when the attribute or this value is not allowed;
/// `why` then says what was wrong with the value, or stays empty when the
/// attribute is never allowed.
std::optional<std::string> allowed_attribute(std::string_view element, std::string_view attribute,
                                             const std::string& value, std::string& why);

}  // namespace plansite
