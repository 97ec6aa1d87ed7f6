#include "render/mustache_links.h"

#include "render/html_chars.h"
#include "render/link_lexer.h"
#include "render/mustache_node.h"
#include "render/relative_links.h"

namespace plansite {

namespace {

using Node = MustacheTemplate::Node;
using State = LinkLexer::State;

bool is_srcset(std::string_view attribute) { return equals_lower(attribute, "srcset"); }

// Reads a template's nodes in order, as its text would be read in the page.
class LinkMarker {
 public:
  bool run(std::vector<Node>& nodes) {
    walk(nodes);
    return ok_ && lexer_.in_text();
  }

 private:
  // What the value being read holds so far, for a value that may be a link.
  enum class Value { empty, text, url, after_url };

  void walk(std::vector<Node>& nodes) {
    for (size_t i = 0; i < nodes.size(); ++i) {
      Node& node = nodes[i];
      if (!ok_) return;
      switch (node.kind) {
        case Node::Kind::text:
          literal(node.text);
          break;
        case Node::Kind::newline:
          literal(node.text);
          line_has_text_ = false;
          break;
        case Node::Kind::variable:
        case Node::Kind::raw_variable:
          variable(node);
          break;
        case Node::Kind::section:
        case Node::Kind::inverted:
          section(node, i + 1 < nodes.size() ? &nodes[i + 1] : nullptr);
          break;
      }
    }
  }

  void literal(std::string_view text) {
    for (char c : text) {
      State before = lexer_.state();
      lexer_.step(c);
      State after = lexer_.state();
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') line_has_text_ = true;
      if (before == State::before_value && (after == State::quoted_value || after == State::unquoted_value)) {
        link_value_ = holds_url(lexer_.tag(), lexer_.attribute());
        srcset_ = is_srcset(lexer_.attribute());
        value_ = Value::empty;
        if (after == State::quoted_value) continue;  // the quote itself
      }
      bool in_value = (after == State::quoted_value && before == State::quoted_value) ||
                      after == State::unquoted_value;
      if (in_value) value_char(c);
    }
  }

  void value_char(char c) {
    if (srcset_ && c == '/') return fail();  // a list of links: left to the second pass
    if (!link_value_) return;
    switch (value_) {
      case Value::empty:
        // A path written in the template is made relative by the second pass only.
        if (c == '/') return fail();
        value_ = Value::text;
        return;
      case Value::url:
        // "{{url}}#tasks": the rest of a link is kept as it is only from a '?' or '#'.
        if (c != '?' && c != '#') return fail();
        value_ = Value::after_url;
        return;
      case Value::text:
      case Value::after_url:
        return;
    }
  }

  void variable(Node& node) {
    const bool raw = node.kind == Node::Kind::raw_variable;
    switch (lexer_.state()) {
      case State::text:
        // Escaped text cannot open a tag; markup has its own links made relative.
        if (raw) node.links = Node::Links::fragment;
        return;
      case State::quoted_value:
        if (srcset_) return fail();
        // Escaped, a value cannot hold the quote that ends it; raw, it is checked as it renders.
        if (raw) node.quote = lexer_.quote();
        if (!link_value_) return;
        if (value_ == Value::empty) {
          node.links = Node::Links::url;
          value_ = Value::url;
        } else if (value_ == Value::url) {
          return fail();  // "{{a}}{{b}}": the link is known only whole
        }
        return;
      case State::skip_to_gt:
        if (raw) fail();  // escaped, it cannot hold the '>' that ends the tag
        return;
      case State::raw_text:
        if (raw) node.links = Node::Links::raw_text;  // checked as it renders: no '<'
        return;
      default:
        return fail();  // in a tag's or an attribute's name, an unquoted value, a comment
    }
  }

  // In a start tag, outside any value: where a section may add or leave out attributes.
  static bool between_attributes(State state) {
    return state == State::tag_name || state == State::in_tag || state == State::attribute_name ||
           state == State::after_attribute;
  }

  void section(Node& node, const Node* next) {
    const State state = lexer_.state();
    // A line that holds only section tags is left out, spaces and all: in a
    // tag, that could join two names, so there the line must hold text.
    const bool allowed = state == State::text || (between_attributes(state) && line_has_text_) ||
                         (state == State::quoted_value && !link_value_ && !srcset_);
    if (!allowed) return fail();
    const LinkLexer at_open = lexer_;
    const bool line_at_open = line_has_text_;
    walk(node.children);
    if (!ok_) return;
    if (lexer_.state() != State::text && lexer_.state() != State::quoted_value && !line_has_text_) return fail();
    // Shown any number of times, or none, it must leave the markup as it
    // found it; or, in a start tag, where the '>' that follows ends the tag
    // alike: "<li{{#sub}} class="toc-sub"{{/sub}}>", "<details{{#open}} open{{/open}}>".
    const bool tag_ends_next = next && next->kind == Node::Kind::text && !next->text.empty() &&
                               next->text[0] == '>' && between_attributes(state) &&
                               between_attributes(lexer_.state()) && lexer_.tag() == at_open.tag();
    if (!(lexer_ == at_open)) {
      if (!tag_ends_next) return fail();
      // Shown again, the body starts where it ended: it must end there again.
      const LinkLexer at_close = lexer_;
      walk(node.children);
      if (!ok_ || !(lexer_ == at_close)) return fail();
    }
    line_has_text_ = has_newline(node.children) ? false : line_at_open;
  }

  static bool has_newline(const std::vector<Node>& nodes) {
    for (const Node& node : nodes)
      if (node.kind == Node::Kind::newline || has_newline(node.children)) return true;
    return false;
  }

  void fail() { ok_ = false; }

  LinkLexer lexer_;
  bool ok_ = true;
  bool line_has_text_ = false;
  bool link_value_ = false;  ///< the value being read is one link (holds_url)
  bool srcset_ = false;
  Value value_ = Value::empty;
};

}  // namespace

bool mark_links(std::vector<Node>& nodes) { return LinkMarker().run(nodes); }

}  // namespace plansite
