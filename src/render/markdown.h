#pragma once
#include <set>
#include <string>
#include <vector>

#include "model/raw_html.h"
#include "render/markdown_raw_html.h"

namespace plansite {

/// A heading of a Markdown document, for the table of contents.
struct Heading {
  int level = 0;
  std::string text;
  std::string anchor;
};

struct RenderedMarkdown {
  std::string html;
  std::vector<Heading> headings;
  /// Where the last top-level block starts in `html` (a plan's closing
  /// sentence, which the print keeps on the page with the signatures).
  size_t last_block = 0;
};

/// What the loader checks in a Markdown text before it is accepted: what of
/// its raw HTML the page leaves out (so the officer is told), and how many
/// headings there are (each gets an anchor and a table-of-contents line).
struct MarkdownOutline {
  /// RawHtml::drop: each piece of raw HTML, with `what` empty; RawHtml::allow:
  /// each element, attribute or text the sanitiser left out or mended.
  std::vector<RawHtmlNote> raw_html;
  size_t headings = 0;
};

/// Parses `markdown` as render_markdown does and reports its outline. The
/// text must be within the limits of load/markdown_limits.h: cmark-gfm's
/// work grows with a table's columns times its rows.
MarkdownOutline outline_markdown(const std::string& markdown, RawHtml raw_html = RawHtml::drop);

/// Renders GitHub-flavoured Markdown (tables, strikethrough, autolinks) to
/// HTML. Raw HTML in the input is left out (the loader warns about it), or,
/// with RawHtml::allow, kept through the allow-list of html_allow_list.h.
/// Every heading gets an id made from its text, so sections can be linked
/// and listed; ids in `taken` (the page's own) are never reused.
RenderedMarkdown render_markdown(const std::string& markdown, const std::set<std::string>& taken = {},
                                 RawHtml raw_html = RawHtml::drop);

}  // namespace plansite
