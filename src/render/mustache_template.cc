#include "render/mustache_template.h"

#include <cctype>

#include "render/escape.h"
#include "render/fallback_marks.h"
#include "render/link_lexer.h"
#include "render/mustache_links.h"
#include "render/mustache_node.h"
#include "render/relative_links.h"

namespace plansite {

namespace {

using Node = MustacheTemplate::Node;
using Kind = Node::Kind;

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// "t.contents" → {"t", "contents"}; "." (the current item) → {}.
std::vector<std::string> name_parts(std::string_view name) {
  std::vector<std::string> parts;
  if (name == ".") return parts;
  for (size_t start = 0; start <= name.size();) {
    size_t dot = std::min(name.find('.', start), name.size());
    parts.emplace_back(name.substr(start, dot - start));
    start = dot + 1;
  }
  return parts;
}

// `{{=<% %>=}}`: the new opening and closing delimiters, or false when they
// are not two words without spaces or "=".
bool parse_delimiters(std::string_view contents, std::string& open, std::string& close) {
  if (contents.size() < 5 || contents.back() != '=') return false;
  std::string_view inner = trim(contents.substr(1, contents.size() - 2));
  size_t space = inner.find(' ');
  if (space == std::string_view::npos) return false;
  std::string_view first = inner.substr(0, space), second = trim(inner.substr(space));
  for (std::string_view part : {first, second}) {
    if (part.empty()) return false;
    for (char c : part)
      if (c == '=' || std::isspace(static_cast<unsigned char>(c))) return false;
  }
  open = first;
  close = second;
  return true;
}

class Parser {
 public:
  static constexpr size_t kMaxDepth = 100;

  explicit Parser(std::string_view source) : source_(source) {}

  std::vector<Node> run(std::optional<MustacheTemplate::Error>& error) {
    std::vector<Node> root;
    open_.clear();
    std::string open = "{{", close = "}}";
    std::string text;
    auto flush = [&] {
      if (!text.empty()) add({Kind::text, std::move(text), {}, {}}, root);
      text.clear();
    };
    size_t at = 0;
    while (at < source_.size()) {
      if (source_.compare(at, open.size(), open) == 0) {
        flush();
        size_t tag = at;
        size_t contents = at + open.size();
        // A triple mustache, `{{{name}}}`, exists only with the usual delimiters.
        bool triple = open == "{{" && close == "}}" && tag + 2 != source_.size() && source_[contents] == '{';
        std::string_view end = triple ? std::string_view("}}}") : std::string_view(close);
        if (triple) ++contents;
        size_t closing = source_.find(end, contents);
        if (closing == std::string_view::npos) return fail(error, tag, "a tag is not closed (no '" + std::string(end) + "')");
        std::string_view body = trim(source_.substr(contents, closing - contents));
        at = closing + end.size();
        if (!triple && !body.empty() && body.front() == '=') {
          if (!parse_delimiters(body, open, close))
            return fail(error, tag, "a delimiter change must read {{=<open> <close>=}}");
          continue;
        }
        if (!tag_node(triple, body, tag, root, error)) return {};
        continue;
      }
      char c = source_[at];
      if (c == '\n' || c == '\r') {
        flush();
        size_t length = c == '\r' && at + 1 < source_.size() && source_[at + 1] == '\n' ? 2 : 1;
        add({Kind::newline, std::string(source_.substr(at, length)), {}, {}}, root);
        at += length;
        continue;
      }
      text += c;
      ++at;
    }
    flush();
    if (!open_.empty()) return fail(error, open_.back().second, "section \"" + open_.back().first->text + "\" is not closed");
    return root;
  }

 private:
  // Adds one tag; false (with `error` set) when it breaks the nesting.
  bool tag_node(bool triple, std::string_view body, size_t tag, std::vector<Node>& root,
                std::optional<MustacheTemplate::Error>& error) {
    if (triple) {
      add({Kind::raw_variable, {}, name_parts(body), {}}, root);
      return true;
    }
    char sigil = body.empty() ? '\0' : body.front();
    std::string_view name = body.empty() ? body : trim(body.substr(1));
    switch (sigil) {
      case '!':  // a comment
      case '>':  // a partial the theme lacks (known ones were inlined): renders nothing
        return true;
      case '&':
        add({Kind::raw_variable, {}, name_parts(name), {}}, root);
        return true;
      case '#':
      case '^': {
        // Rendering recurses into sections: a hostile theme must not exhaust the stack.
        if (open_.size() == kMaxDepth) {
          fail(error, tag, "sections are nested more than " + std::to_string(kMaxDepth) + " deep");
          return false;
        }
        Node& section = add({sigil == '#' ? Kind::section : Kind::inverted, std::string(name), name_parts(name), {}}, root);
        open_.emplace_back(&section, tag);
        return true;
      }
      case '/':
        if (open_.empty()) {
          fail(error, tag, "section \"" + std::string(name) + "\" is closed but was never opened");
          return false;
        }
        if (open_.back().first->text != name) {
          fail(error, open_.back().second, "section \"" + open_.back().first->text + "\" is not closed (\"" +
                                               std::string(name) + "\" is closed instead)");
          return false;
        }
        open_.pop_back();
        return true;
      default:
        add({Kind::variable, {}, name_parts(body), {}}, root);
        return true;
    }
  }

  // Appends to the innermost open section. A section's node stays where it
  // is while open: only its own children grow until it closes.
  Node& add(Node node, std::vector<Node>& root) {
    std::vector<Node>& into = open_.empty() ? root : open_.back().first->children;
    into.push_back(std::move(node));
    return into.back();
  }

  std::vector<Node> fail(std::optional<MustacheTemplate::Error>& error, size_t offset, std::string message) const {
    MustacheTemplate::Error e{1, 1, std::move(message)};
    for (size_t i = 0; i < offset; ++i) {
      if (source_[i] == '\n') {
        ++e.line;
        e.column = 1;
      } else {
        ++e.column;
      }
    }
    error = std::move(e);
    return {};
  }

  std::string_view source_;
  std::vector<std::pair<Node*, size_t>> open_;  ///< open sections, innermost last, with their tag's offset
};

// Joins each run of text and newlines into one text node, where no newline
// in it can end a line that holds a section tag (`section_line`: whether the
// line so far holds one, as Rendering tracks it). Only such a line may be
// left out, so only its newline must be rendered on its own; the others are
// text, and a page is rendered in a third fewer steps. After mark_links,
// which reads the lines as they were written.
void join_text(std::vector<Node>& nodes, bool section_line) {
  std::vector<Node> joined;
  joined.reserve(nodes.size());
  for (Node& node : nodes) {
    const bool plain_newline = node.kind == Kind::newline && !section_line;
    if (node.kind == Kind::section || node.kind == Kind::inverted) {
      join_text(node.children, true);  // a section's body starts on the line of its tag
      section_line = true;
    } else if (node.kind == Kind::newline) {
      section_line = false;
    }
    if (node.kind != Kind::text && !plain_newline) {
      joined.push_back(std::move(node));
      continue;
    }
    if (joined.empty() || joined.back().kind != Kind::text) joined.push_back({Kind::text, {}, {}, {}});
    Node& text = joined.back();
    text.text += node.text;
    if (plain_newline) text.line_end = text.text.size();
    else if (node.line_end != std::string::npos) text.line_end = text.text.size() - node.text.size() + node.line_end;
  }
  nodes = std::move(joined);
}

// True for a value a section shows: a non-empty string or list, true, a map.
bool shown(const View& value) {
  if (value.is_string()) return !value.string().empty();
  if (value.is_bool()) return value.boolean();
  if (value.is_list()) return !value.list().empty();
  return true;
}

// One render: the output, the names in scope, and the state of the current line.
class Rendering {
 public:
  Rendering(std::string& out, const View* outer, const PageLinks* links = nullptr)
      : out_(out), line_start_(out.size()), links_(links) {
    if (outer) scope_.push_back(outer);
    if (links) folder_ = folder_of(links->page_url);
  }

  // False when, with links, a value did not fit where its template put it.
  bool run(const std::vector<Node>& nodes, const View& view) {
    scope_.push_back(&view);
    render(nodes);
    end_line(nullptr);
    return !misfit_;
  }

 private:
  void render(const std::vector<Node>& nodes) {
    for (const Node& node : nodes) {
      switch (node.kind) {
        case Kind::text:
          out_ += node.text;
          if (node.line_end != std::string::npos) {
            // Newlines in text end lines without a section tag: kept, as end_line would.
            line_start_ = out_.size() - (node.text.size() - node.line_end);
            section_line_ = false;
          }
          break;
        case Kind::newline:
          end_line(&node.text);
          break;
        case Kind::variable:
        case Kind::raw_variable:
          if (const View* value = find(node.name); value && value->is_string()) {
            if (links_ && (node.links != Node::Links::none || node.quote))
              write_linked(node, value->string());
            else if (node.kind == Kind::variable)
              append_escaped_markup(out_, value->string());
            else
              out_ += value->string();
          }
          break;
        case Kind::section:
          if (const View* value = find(node.name); value && shown(*value)) {
            if (value->is_list()) {
              for (const View& item : value->list()) section(node, &item);
            } else {
              section(node, value);
            }
          }
          break;
        case Kind::inverted:
          if (const View* value = find(node.name); !value || !shown(*value)) section(node, value);
          break;
      }
    }
  }

  static bool has_fallback_mark(std::string_view text) {
    return text.find(kFallbackOpen) != std::string_view::npos || text.find(kFallbackClose) != std::string_view::npos;
  }

  // A variable whose place in the markup matters to the page's links
  // (mustache_links.h). The fallback marks (fallback_marks.h) are turned into
  // markup only after rendering: in a link or in markup they would be read
  // differently, so such a value is a misfit too.
  void write_linked(const Node& node, const std::string& value) {
    const bool raw = node.kind == Kind::raw_variable;
    if (node.quote && value.find(node.quote) != std::string::npos) misfit_ = true;
    switch (node.links) {
      case Node::Links::none:
        if (raw) out_ += value;
        else append_escaped_markup(out_, value);
        return;
      case Node::Links::url: {
        std::string_view url = value;
        if (!raw) {
          scratch_.clear();
          append_escaped_markup(scratch_, value);
          url = scratch_;
        }
        if (has_fallback_mark(url)) misfit_ = true;
        if (is_site_path(url, links_->base_path)) append_relative_url(out_, url, folder_);
        else out_ += url;
        return;
      }
      case Node::Links::fragment: {
        if (node.name.size() == 1 && node.name[0] == links_->relative_already) {
          out_ += value;
          return;
        }
        // Its markup must end where it began, in element content.
        LinkLexer check;
        check.feed(value);
        if (!check.in_text() || has_fallback_mark(value)) misfit_ = true;
        out_ += relative_links(value, links_->base_path, links_->page_url);
        return;
      }
      case Node::Links::raw_text:
        if (value.find('<') != std::string::npos) misfit_ = true;  // it could end the <script>
        out_ += value;
        return;
    }
  }

  // A section's body, with `value` (if any) innermost in scope. A line that
  // holds a section tag and nothing but spaces is left out, newline and all,
  // so templates can put their sections on lines of their own.
  void section(const Node& node, const View* value) {
    section_line_ = true;
    if (value) scope_.push_back(value);
    render(node.children);
    if (value) scope_.pop_back();
    section_line_ = true;
  }

  void end_line(const std::string* newline) {
    // Only a line that held a section tag can be left out: only then is it read.
    bool blank = section_line_;
    for (size_t i = line_start_; i < out_.size() && blank; ++i) blank = out_[i] == ' ' || out_[i] == '\t';
    if (blank) {
      out_.resize(line_start_);
    } else if (newline) {
      out_ += *newline;
    }
    line_start_ = out_.size();
    section_line_ = false;
  }

  // The innermost value named `name` ({} is the current item): each scope in
  // turn, from the innermost, must hold the whole dotted name.
  const View* find(const std::vector<std::string>& name) const {
    if (name.empty()) return scope_.back();
    for (auto scope = scope_.rbegin(); scope != scope_.rend(); ++scope) {
      const View* at = *scope;
      for (const std::string& part : name) {
        if (!at->is_map()) {
          at = nullptr;
          break;
        }
        auto found = at->map().find(part);
        at = found == at->map().end() ? nullptr : &found->second;
        if (!at) break;
      }
      if (at) return at;
    }
    return nullptr;
  }

  std::string& out_;
  size_t line_start_;
  const PageLinks* links_;
  std::string_view folder_;
  std::string scratch_;  ///< a link's escaped value, before it is made relative
  bool misfit_ = false;
  bool section_line_ = false;
  std::vector<const View*> scope_;  ///< innermost last
};

}  // namespace

MustacheTemplate MustacheTemplate::parse(std::string_view source, std::optional<Error>& error, bool join) {
  MustacheTemplate parsed;
  parsed.nodes_ = Parser(source).run(error);
  if (error) parsed.nodes_.clear();
  parsed.makes_links_relative_ = !error && mark_links(parsed.nodes_);
  if (join) join_text(parsed.nodes_, false);
  return parsed;
}

MustacheTemplate::MustacheTemplate() = default;
MustacheTemplate::~MustacheTemplate() = default;
MustacheTemplate::MustacheTemplate(MustacheTemplate&&) noexcept = default;
MustacheTemplate& MustacheTemplate::operator=(MustacheTemplate&&) noexcept = default;

void MustacheTemplate::render(const View& view, const View* outer, std::string& out) const {
  Rendering(out, outer).run(nodes_, view);
}

bool MustacheTemplate::render(const View& view, const View* outer, std::string& out, const PageLinks& links) const {
  if (!makes_links_relative_) return false;
  return Rendering(out, outer, &links).run(nodes_, view);
}

}  // namespace plansite
