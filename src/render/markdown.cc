// The only file that talks to cmark-gfm.
#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>

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

std::string render_node(cmark_node* node, cmark_llist* extensions) {
  char* html = cmark_render_html(node, kOptions, extensions);
  std::string out(html);
  std::free(html);
  return out;
}

}  // namespace

RenderedMarkdown render_markdown(const std::string& markdown, const std::set<std::string>& taken) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(kOptions));
  for (const char* name : {"table", "strikethrough", "autolink"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
  cmark_llist* extensions = cmark_parser_get_syntax_extensions(parser.get());

  // Render block by block so each heading can carry an id; cmark-gfm has no
  // option for that, and a syntax extension would be far more code.
  RenderedMarkdown out;
  std::set<std::string> used = taken;
  for (cmark_node* block = cmark_node_first_child(document.get()); block != nullptr;
       block = cmark_node_next(block)) {
    std::string html = render_node(block, extensions);
    if (cmark_node_get_type(block) == CMARK_NODE_HEADING) {
      Heading h;
      h.level = cmark_node_get_heading_level(block);
      h.text = plain_text(block);
      std::string base = slugify(h.text);
      if (base.empty()) base = "section";
      h.anchor = base;
      for (int n = 2; used.count(h.anchor); ++n) h.anchor = base + "-" + std::to_string(n);
      used.insert(h.anchor);
      html.insert(3, " id=\"" + h.anchor + "\"");  // after "<hN"
      out.headings.push_back(std::move(h));
    }
    out.html += html;
  }
  return out;
}

}  // namespace plansite
