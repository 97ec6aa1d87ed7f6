// With markdown_raw_html.cc, the only files that talk to cmark-gfm.
#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "render/document_numbers.h"
#include "util/unicode.h"

namespace plansite {

namespace {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

// Without CMARK_OPT_UNSAFE cmark-gfm replaces raw HTML with a comment.
constexpr int kOptions = CMARK_OPT_DEFAULT;

std::string plain_text(cmark_node* node) {
  std::string out;
  cmark_iter* iter = cmark_iter_new(node);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* current = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node_type type = cmark_node_get_type(current);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) out += cmark_node_get_literal(current);
    if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) out += ' ';
  }
  cmark_iter_free(iter);
  return out;
}

// cmark-gfm's API does not tell which character a bullet list used; the
// source does, at the list's start. "- " and "+ " are different list levels
// in a Vietnamese document, and the print shows each as written.
char bullet_char(cmark_node* list, const std::vector<std::string_view>& lines) {
  int line = cmark_node_get_start_line(list);
  int column = cmark_node_get_start_column(list);
  if (line < 1 || static_cast<size_t>(line) > lines.size()) return '-';
  std::string_view text = lines[line - 1];
  for (size_t i = column > 0 ? column - 1 : 0; i < text.size(); ++i)
    if (text[i] == '-' || text[i] == '+' || text[i] == '*') return text[i];
  return '-';
}

// What cmark-gfm's HTML cannot say on its own, found in the tree in the order
// the renderer writes the tags: each bullet list's marker, and which links
// show a text other than their address (the print adds the address to those).
struct TagClasses {
  std::vector<std::string> lists;  ///< per "<ul>"
  std::vector<std::string> links;  ///< per "<a href="
};

TagClasses tag_classes(cmark_node* block, const std::vector<std::string_view>& lines) {
  TagClasses out;
  cmark_iter* iter = cmark_iter_new(block);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_LIST && cmark_node_get_list_type(node) == CMARK_BULLET_LIST) {
      char c = bullet_char(node, lines);
      out.lists.push_back(c == '+' ? "list-plus" : c == '*' ? "list-star" : "list-dash");
    } else if (type == CMARK_NODE_CUSTOM_BLOCK || type == CMARK_NODE_CUSTOM_INLINE) {
      // Raw HTML a site allows (markdown_raw_html.h) may hold "<ul" and "<a"
      // too: they keep no class, but take their turn.
      std::string_view html = cmark_node_get_on_enter(node);
      for (size_t at = html.find("<ul"); at != std::string_view::npos; at = html.find("<ul", at + 1))
        if (at + 3 < html.size() && (html[at + 3] == ' ' || html[at + 3] == '>')) out.lists.emplace_back();
      for (size_t at = html.find("<a"); at != std::string_view::npos; at = html.find("<a", at + 1))
        if (at + 2 < html.size() && (html[at + 2] == ' ' || html[at + 2] == '>')) out.links.emplace_back();
    } else if (type == CMARK_NODE_LINK) {
      std::string url = cmark_node_get_url(node) ? cmark_node_get_url(node) : "";
      std::string text = plain_text(node);
      bool shows_address = url == text || url == "mailto:" + text || url == "http://" + text;
      out.links.push_back(shows_address ? "" : "print-url");
    }
  }
  cmark_iter_free(iter);
  return out;
}

// Adds class="…" to the n-th occurrence of `open` (e.g. "<ul") in `html`.
// Every occurrence is one the renderer wrote for a node, in tree order: raw
// HTML is left out, or counted by tag_classes when a site allows it.
std::string add_classes(const std::string& html, const std::string& open, const std::vector<std::string>& classes) {
  std::string out;
  size_t from = 0, n = 0;
  for (size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
    size_t insert = at + open.size();
    if (insert >= html.size() || (html[insert] != ' ' && html[insert] != '>')) continue;  // "<abbr" is not "<a"
    out.append(html, from, insert - from);
    if (n < classes.size() && !classes[n].empty()) out += " class=\"" + classes[n] + "\"";
    from = insert;
    ++n;
  }
  out.append(html, from, std::string::npos);
  return out;
}

std::vector<std::string_view> split_source_lines(const std::string& text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.emplace_back(text.data() + start, end - start);
    start = end + 1;
  }
  return lines;
}

std::string render_node(cmark_node* node, cmark_llist* extensions) {
  char* html = cmark_render_html(node, kOptions, extensions);
  std::string out(html);
  std::free(html);
  return out;
}

std::unique_ptr<cmark_parser, ParserDeleter> new_parser() {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(kOptions));
  for (const char* name : {"table", "strikethrough", "autolink"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  }
  return parser;
}

bool is_raw_html(cmark_node* node) {
  cmark_node_type type = cmark_node_get_type(node);
  return type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE;
}

// Takes raw HTML out of the tree: without CMARK_OPT_UNSAFE cmark-gfm would
// write "<!-- raw HTML omitted -->" in its place, a comment the reader of the
// page source cannot act on; the loader has warned the officer already.
void remove_raw_html(cmark_node* document) {
  std::vector<cmark_node*> found;
  cmark_iter* iter = cmark_iter_new(document);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE)
    if (event == CMARK_EVENT_ENTER && is_raw_html(cmark_iter_get_node(iter))) found.push_back(cmark_iter_get_node(iter));
  cmark_iter_free(iter);
  for (cmark_node* node : found) cmark_node_free(node);  // unlinks it too
}

// Heading ids as "base", "base-2", "base-3", …: the next number to try is
// kept per base, so 20,000 headings of the same text take linear time, not
// a scan from 2 for each.
class AnchorNames {
 public:
  explicit AnchorNames(const std::set<std::string>& taken) : used_(taken) {}

  std::string next(const std::string& base) {
    std::string anchor = base;
    int& n = next_number_[base];
    if (n == 0) n = 2;
    while (used_.count(anchor)) anchor = base + "-" + std::to_string(n++);
    used_.insert(anchor);
    return anchor;
  }

 private:
  std::set<std::string> used_;
  std::map<std::string, int> next_number_;
};

}  // namespace

MarkdownOutline outline_markdown(const std::string& markdown, RawHtml raw_html) {
  auto parser = new_parser();
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
  MarkdownOutline out;
  if (raw_html == RawHtml::allow) keep_allowed_html(document.get(), &out.raw_html);
  cmark_iter* iter = cmark_iter_new(document.get());
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    if (is_raw_html(node))
      out.raw_html.push_back({cmark_node_get_start_line(node), cmark_node_get_start_column(node), ""});
    else if (cmark_node_get_type(node) == CMARK_NODE_HEADING)
      ++out.headings;
  }
  cmark_iter_free(iter);
  return out;
}

RenderedMarkdown render_markdown(const std::string& markdown, const std::set<std::string>& taken, RawHtml raw_html) {
  auto parser = new_parser();
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
  cmark_llist* extensions = cmark_parser_get_syntax_extensions(parser.get());
  if (raw_html == RawHtml::allow) keep_allowed_html(document.get(), nullptr);
  else remove_raw_html(document.get());

  // Render block by block so each heading can carry an id; cmark-gfm has no
  // option for that, and a syntax extension would be far more code.
  RenderedMarkdown out;
  AnchorNames anchors(taken);
  std::vector<std::string_view> lines = split_source_lines(markdown);
  for (cmark_node* block = cmark_node_first_child(document.get()); block != nullptr;
       block = cmark_node_next(block)) {
    TagClasses classes = tag_classes(block, lines);
    std::string html = render_node(block, extensions);
    html = add_classes(add_classes(html, "<ul", classes.lists), "<a", classes.links);
    if (cmark_node_get_type(block) == CMARK_NODE_HEADING) {
      Heading h;
      h.level = cmark_node_get_heading_level(block);
      h.text = plain_text(block);
      std::string base = slugify(h.text);
      if (base.empty()) base = "section";
      h.anchor = anchors.next(base);
      html.insert(3, " id=\"" + h.anchor + "\"");  // after "<hN"
      out.headings.push_back(std::move(h));
    }
    out.last_block = out.html.size();
    out.html += keep_document_numbers_whole(html);
  }
  return out;
}

}  // namespace plansite
