#pragma once
// Making a page's links relative while its templates render, instead of a
// second pass over the finished page (relative_links): that pass read every
// byte of every page again, 13 % of a build's instructions at 500 plans.
//
// When a template is parsed, its text is read as relative_links reads a page
// (link_lexer.h) to find where each variable lands. A template qualifies when
// every variable does so in a way whose effect on the links is known in
// advance: in element content; in a quoted value, the value of a link only at
// its start (followed by nothing, or by text from a '?' or '#' on); markup
// (a raw variable) in element content, whose own links are then made
// relative; and sections that leave the markup where they found it. Any other
// template (a theme's own, say) keeps the second pass: the output is the
// same either way, and the tests compare the two.
#include <string_view>
#include <vector>

#include "render/mustache_template.h"

namespace plansite {

/// Marks the variables of `nodes` (MustacheTemplate::Node::links) and tells
/// whether the template qualifies.
bool mark_links(std::vector<MustacheTemplate::Node>& nodes);

/// A page's links, for a template rendered with them made relative.
struct PageLinks {
  std::string_view base_path;  ///< the site's path: "/" or "/cong-thong-tin/"
  std::string_view page_url;   ///< the page's own site-root path
  /// A raw variable whose markup was made by a qualifying template for this
  /// very page (the layout's "content"): its links are relative already.
  std::string_view relative_already;
};

}  // namespace plansite
