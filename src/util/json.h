#pragma once
// JSON string literals, for the open data, the search index and the charts.
#include <string>
#include <string_view>

namespace plansite {

/// Where a JSON string is going to sit.
enum class JsonIn {
  file,    ///< a .json file: quotes, backslashes and control characters escaped
  script,  ///< a <script> block: also '<', '>' and '&', so "</script>" in a label cannot close it
};

/// Appends `text` as a quoted JSON string: "\"", "\\", "\n", "\r", "\t" and
/// "\u00XX" for the other control characters, the rest (UTF-8) as it is.
void append_json_string(std::string& out, std::string_view text, JsonIn in = JsonIn::file);

/// The same, as a string of its own.
std::string json_string(std::string_view text, JsonIn in = JsonIn::file);

}  // namespace plansite
