#pragma once
// Keeps the allowed part of raw HTML (render/html_allow_list.h) and makes it
// well-formed, so that what a Markdown text holds can neither run, load from
// another host, nor close or take over the page's own elements.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "render/html_allow_list.h"

namespace plansite {

/// Something the sanitiser left out, at a byte offset of the fragment fed.
struct HtmlDrop {
  size_t offset = 0;
  std::string what;  ///< "<script> and what it holds", "the attribute 'onerror' of <img>"
  bool left_out = true;  ///< false: kept, and mended (an <img> given alt="")
};

/// One place of a page that raw HTML stands in: an HTML block, or the
/// inline content of one Markdown element (a paragraph, an emphasis, a
/// table cell). Elements opened in a place close in it: the sanitiser closes
/// what is left open, and drops closing tags of elements it did not open.
class HtmlSanitizer {
 public:
  /// `context`: what the place holds (Content::phrasing for inline HTML,
  /// Content::flow for an HTML block); `inside_link`: the place is inside a
  /// link, where another link may not stand.
  explicit HtmlSanitizer(Content context, bool inside_link = false) : context_(context), inside_link_(inside_link) {}

  /// Appends the safe form of `fragment`, the place's next piece of raw
  /// HTML, to `out`, and notes in `drops` what it left out.
  void feed(std::string_view fragment, std::string& out, std::vector<HtmlDrop>& drops);
  /// Appends the closing tags of the elements still open.
  void close_all(std::string& out);
  /// Inside an element left out with what it holds (<script>…): the
  /// place's text up to its closing tag must be left out too.
  bool dropping_content() const { return !dropping_.empty(); }
  /// An <a> is open: a Markdown link may not stand in it.
  bool link_open() const;

  /// Elements open inside each other in one place, at most: it bounds the
  /// work of each closing tag, which looks down the open elements.
  static constexpr size_t kMaxOpen = 64;

 private:
  struct Open {
    const AllowedElement* element;
    bool has_children = false;
  };
  struct Attribute {
    std::string name;
    std::string value;  ///< decoded
    size_t offset = 0;
  };

  void text(std::string_view text, size_t offset, std::string& out, std::vector<HtmlDrop>& drops);
  void open_tag(const std::string& name, const std::vector<Attribute>& attributes, size_t offset, std::string& out,
                std::vector<HtmlDrop>& drops);
  void close_tag(const std::string& name, size_t offset, std::string& out, std::vector<HtmlDrop>& drops);
  /// How many open elements must close, as HTML closes a <p> or an <li>
  /// by its next sibling, for `element` to stand; -1 when it cannot.
  int closes_before(const AllowedElement& element) const;
  void pop(std::string& out);

  Content context_;
  bool inside_link_;
  std::vector<Open> open_;
  std::string dropping_;  ///< the element whose content is left out, or ""
  /// Opening tags left out, by name: their closing tags go without a second warning.
  std::map<std::string, size_t> unmatched_;
};

}  // namespace plansite
