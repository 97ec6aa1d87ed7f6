#pragma once
#include <set>
#include <string>
#include <vector>

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

/// Renders GitHub-flavoured Markdown (tables, strikethrough, autolinks) to
/// HTML. Raw HTML in the input is not passed through. Every heading gets an
/// id made from its text, so sections can be linked and listed; ids in
/// `taken` (the page's own) are never reused.
RenderedMarkdown render_markdown(const std::string& markdown, const std::set<std::string>& taken = {});

}  // namespace plansite
