#pragma once
// A parsed template's tree (mustache_template.cc), shared with the check of
// where its variables land in the markup (mustache_links.cc).
#include <cstdint>
#include <string>
#include <vector>

#include "render/mustache_template.h"

namespace plansite {

struct MustacheTemplate::Node {
  enum class Kind { text, newline, variable, raw_variable, section, inverted };
  /// What a variable's value needs when links are made relative as the page
  /// is rendered (MustacheLinks), from where it stands in the markup.
  enum class Links : std::uint8_t {
    none,      ///< text or a value that is never a link of the site
    url,       ///< the start of a link's value: made relative if it is a path of the site
    fragment,  ///< markup (a raw variable in element content): its links made relative in turn
    raw_text,  ///< a raw variable in <script> or <style>: must not hold '<'
  };
  Kind kind = Kind::text;
  std::string text;               ///< text and newline: the characters; a section: its name, for messages
  std::vector<std::string> name;  ///< variable and section: the dotted name's parts; empty for "."
  std::vector<Node> children;     ///< section and inverted
  Links links = Links::none;
  char quote = 0;  ///< a raw variable in a quoted value: the quote its value must not hold
  /// Text that holds newlines (join_text): the offset just past the last
  /// one, where the next line starts; npos for text within one line.
  size_t line_end = std::string::npos;
};

}  // namespace plansite
