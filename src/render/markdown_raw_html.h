#pragma once
// Raw HTML in a parsed Markdown tree, when site.yaml allows it: each piece
// is replaced by its sanitised form (render/html_sanitizer.h), written out
// as it stands by cmark-gfm's renderer.
#include <string>
#include <vector>

struct cmark_node;

namespace plansite {

/// Something left out of (or mended in) the raw HTML, where the source has it.
struct RawHtmlNote {
  int line = 0;
  int byte_column = 0;  ///< as cmark-gfm counts; the loader turns it into characters
  std::string what;
  bool left_out = true;
};

/// Sanitises every raw HTML node of `document` in place; notes what it left
/// out when `notes` is given. Elements opened in one place (an HTML block,
/// or one Markdown element's inline content) are closed in it, so raw HTML
/// cannot close the page's elements or the Markdown's own.
void keep_allowed_html(cmark_node* document, std::vector<RawHtmlNote>* notes);

}  // namespace plansite
