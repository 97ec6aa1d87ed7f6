#pragma once
// Escaping text for HTML and XML, one function for both: the pages, the
// sitemap and the feeds all escape the same five characters.
#include <string>
#include <string_view>

namespace plansite {

/// `text` with & < > " ' as entities (&apos; is valid in HTML5 and XML): safe
/// in element content and in quoted attribute values.
std::string escape_markup(const std::string& text);

/// The same, appended to `out`: templates escape every value into the page
/// they are writing, with no string of its own.
void append_escaped_markup(std::string& out, std::string_view text);

}  // namespace plansite
