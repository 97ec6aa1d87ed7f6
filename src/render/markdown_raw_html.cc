#include "render/markdown_raw_html.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <utility>

#include "render/html_sanitizer.h"

namespace plansite {

namespace {

// Node types cmark-gfm's iterator enters without leaving (no children).
bool is_leaf(cmark_node_type type) {
  switch (type) {
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_TEXT:
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
      return true;
    default:
      return false;
  }
}

// One Markdown element whose inline content raw HTML may stand in.
struct Place {
  cmark_node* node;
  HtmlSanitizer sanitizer;
  bool inside_link;      ///< within a link, raw or Markdown: no <a> may open
  bool inside_raw_link;  ///< within an <a> of raw HTML: a Markdown link there shows as text
  bool in_image;         ///< a picture's description, which the renderer writes as alt text
  bool used = false;
};

// The changes are made after the walk: cmark-gfm's iterator may not see its
// tree change under it.
struct Edits {
  std::vector<cmark_node*> remove;
  std::vector<std::pair<cmark_node*, std::string>> replace;  ///< an HTML node by its sanitised form
  std::vector<std::pair<cmark_node*, std::string>> append;   ///< closing tags at a place's end
  std::vector<cmark_node*> unwrap;                           ///< links replaced by what they hold
};

void note(std::vector<RawHtmlNote>* notes, cmark_node* node, const std::string& literal,
          const std::vector<HtmlDrop>& drops) {
  if (notes == nullptr || drops.empty()) return;
  int line = cmark_node_get_start_line(node);
  int column = cmark_node_get_start_column(node);
  // Where each line of the node's text starts, found once: a block with
  // 100,000 stray tags must not be scanned from its start for each.
  std::vector<size_t> starts = {0};
  for (size_t i = 0; i < literal.size(); ++i)
    if (literal[i] == '\n') starts.push_back(i + 1);
  for (const auto& drop : drops) {
    size_t index = static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), drop.offset) - starts.begin()) - 1;
    int at_column = index == 0 ? column + static_cast<int>(drop.offset) : static_cast<int>(drop.offset - starts[index]) + 1;
    notes->push_back({line + static_cast<int>(index), at_column, drop.what, drop.left_out});
  }
}

cmark_node* custom_node(cmark_node_type type, const std::string& html) {
  cmark_node* node = cmark_node_new(type);
  cmark_node_set_on_enter(node, html.c_str());
  return node;
}

void apply(Edits& edits) {
  for (cmark_node* node : edits.remove) cmark_node_free(node);  // unlinks it too
  for (auto& [node, html] : edits.replace) {
    if (!html.empty()) {
      bool block = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK;
      cmark_node* custom = custom_node(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE, html);
      if (!cmark_node_insert_before(node, custom)) cmark_node_free(custom);
    }
    cmark_node_free(node);
  }
  for (auto& [node, html] : edits.append) {
    cmark_node* custom = custom_node(CMARK_NODE_CUSTOM_INLINE, html);
    if (!cmark_node_append_child(node, custom)) cmark_node_free(custom);
  }
  for (cmark_node* link : edits.unwrap) {
    while (cmark_node* child = cmark_node_first_child(link)) cmark_node_insert_before(link, child);
    cmark_node_free(link);
  }
}

}  // namespace

void keep_allowed_html(cmark_node* document, std::vector<RawHtmlNote>* notes) {
  Edits edits;
  std::vector<Place> places;
  std::vector<HtmlDrop> drops;
  cmark_node* skipping = nullptr;  // a container left out whole
  cmark_iter* iter = cmark_iter_new(document);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (skipping != nullptr) {
      if (event == CMARK_EVENT_EXIT && node == skipping) skipping = nullptr;
      continue;
    }
    cmark_node_type type = cmark_node_get_type(node);
    if (event == CMARK_EVENT_EXIT) {
      Place& place = places.back();
      std::string closing;
      if (place.used) place.sanitizer.close_all(closing);
      if (!closing.empty()) edits.append.emplace_back(node, std::move(closing));
      places.pop_back();
      continue;
    }
    Place* parent = places.empty() ? nullptr : &places.back();
    if (parent != nullptr && parent->sanitizer.dropping_content() && type != CMARK_NODE_HTML_INLINE) {
      edits.remove.push_back(node);  // text of a <script> or the like, between its tags
      if (!is_leaf(type)) skipping = node;
      continue;
    }
    if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
      const char* literal = cmark_node_get_literal(node);
      std::string text = literal ? literal : "";
      std::string html;
      drops.clear();
      if (type == CMARK_NODE_HTML_BLOCK) {
        HtmlSanitizer block(Content::flow);
        block.feed(text, html, drops);
        block.close_all(html);
      } else if (parent == nullptr || parent->in_image) {
        drops.push_back({0, "raw HTML in a picture's description"});
      } else {
        parent->sanitizer.feed(text, html, drops);
        parent->used = true;
      }
      note(notes, node, text, drops);
      edits.replace.emplace_back(node, std::move(html));
      continue;
    }
    if (is_leaf(type)) continue;
    bool raw_link = parent != nullptr && (parent->inside_raw_link || parent->sanitizer.link_open());
    if (type == CMARK_NODE_LINK && raw_link) edits.unwrap.push_back(node);
    bool inside_link = raw_link || type == CMARK_NODE_LINK || (parent != nullptr && parent->inside_link);
    places.push_back({node, HtmlSanitizer(Content::phrasing, inside_link), inside_link, raw_link,
                      type == CMARK_NODE_IMAGE || (parent != nullptr && parent->in_image)});
  }
  cmark_iter_free(iter);
  apply(edits);
}

}  // namespace plansite
