// The only file that talks to the YAML library (libyaml's event parser).
//
// libyaml rather than yaml-cpp: on plan files it parses about ten times as fast
// (146 MB/s against 16 MB/s for yaml-cpp's own event parser, measured in
// bench/README.md), and loading was most of a build's time. Events go straight
// into plansite's YamlNode tree, so no second tree is built and converted.
#include "load/yaml_tree.h"

#include <yaml.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string_view>

#include "util/forbidden_characters.h"
#include "util/unicode.h"

namespace plansite {

namespace {

// libyaml counts lines and columns from 0, and columns in characters, as an
// editor does; plansite counts both from 1.
Position position_of(const FileName& file, const yaml_mark_t& mark) {
  return {file, static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
}

// Where each line of the text starts, to look at the rest of a line.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
      starts_.push_back(i + 1);
  }

  /// The position of the character at byte `offset`.
  Position position_of_byte(const FileName& file, size_t offset) const {
    size_t index = std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin() - 1;
    std::string_view before = text_.substr(starts_[index], std::min(offset, text_.size()) - starts_[index]);
    int column = 1;
    for (unsigned char c : before) column += (c & 0xC0) != 0x80;
    return {file, static_cast<int>(index) + 1, column};
  }

  /// The 0-based line `index`, without its newline; "" past the end.
  std::string_view line(size_t index) const {
    if (index >= starts_.size()) return {};
    size_t end = index + 1 < starts_.size() ? starts_[index + 1] - 1 : text_.size();
    return text_.substr(starts_[index], end - starts_[index]);
  }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

// Finds where plain values end on their line. Values come in file order, so
// the search goes on from the last one on the same line: a line holding
// 150,000 values ("lead: [a, a, a, …]") is walked once, not once per value.
class LineCursor {
 public:
  explicit LineCursor(const Lines& lines) : lines_(lines) {}

  /// Moves to the character at `column` (0-based) of line `index`.
  void seek(size_t index, size_t column) {
    if (index != index_ || column < column_) {
      index_ = index;
      line_ = lines_.line(index);
      has_hash_ = line_.find('#') != std::string_view::npos;
      column_ = 0;
      byte_ = 0;
    }
    while (column_ < column && byte_ < line_.size()) {  // one character at a time
      ++byte_;
      while (byte_ < line_.size() && (static_cast<unsigned char>(line_[byte_]) & 0xC0) == 0x80) ++byte_;
      ++column_;
    }
  }

  std::string_view line() const { return line_; }
  size_t byte() const { return byte_; }
  bool line_has_hash() const { return has_hash_; }

 private:
  const Lines& lines_;
  size_t index_ = static_cast<size_t>(-1);
  std::string_view line_;
  bool has_hash_ = false;
  size_t column_ = 0;
  size_t byte_ = 0;
};

// In YAML " #" starts a comment, so `note: Mục 2 #3 đã sửa` quietly loses "#3 đã sửa".
// An officer would never guess, so a plain one-line value followed by a '#'
// glued to a word ("#3") is flagged; "# ghi chú" with a space reads as a comment.
void warn_if_cut_by_comment(const yaml_event_t& event, const Position& at, LineCursor& cursor,
                            Diagnostics& diagnostics) {
  const auto& scalar = event.data.scalar;
  if (scalar.style != YAML_PLAIN_SCALAR_STYLE || event.start_mark.line != event.end_mark.line) return;
  cursor.seek(event.end_mark.line, event.end_mark.column);
  if (!cursor.line_has_hash()) return;
  std::string_view line = cursor.line();
  size_t end = cursor.byte();
  size_t rest = line.find_first_not_of(" \t", end);
  if (rest == std::string_view::npos || line[rest] != '#' || rest == end) return;
  if (rest + 1 >= line.size() || line[rest + 1] == ' ' || line[rest + 1] == '\t') return;
  diagnostics.warning(at, "the text after ' #' on this line is a YAML comment and was left out",
                      "if it belongs to the value, put the whole value in double quotes: \"…\"");
}

// A plain `~`, `null` or nothing at all is YAML's null; quoted, it is text.
bool is_plain_null(const yaml_event_t& event) {
  const auto& s = event.data.scalar;
  if (s.style != YAML_PLAIN_SCALAR_STYLE) return false;
  std::string_view v(reinterpret_cast<const char*>(s.value), s.length);
  return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

// YAML aliases let a few lines expand into billions of nodes ("billion
// laughs"); no plan comes anywhere near these limits.
constexpr long kMaxNodes = 1'000'000;
constexpr long kMaxExpandedBytes = 64L * 1024 * 1024;
constexpr size_t kMaxDepth = 64;
// Under those, forty aliases of one 1.5 MB value still made 60 MB of text
// that every page, feed and index then copies: 48 s and 1.1 GB for a 1.5 MB
// file. What aliases add is therefore held to the file's own size (or 1 MB
// and 100,000 values, for small files), so the work stays linear in the input.
constexpr long kMinAliasBytes = 1024L * 1024;
constexpr long kMinAliasNodes = 100'000;

struct Owned {
  yaml_parser_t parser;
  Owned() { yaml_parser_initialize(&parser); }
  ~Owned() { yaml_parser_delete(&parser); }
  Owned(const Owned&) = delete;
  Owned& operator=(const Owned&) = delete;
};

struct Event {
  yaml_event_t event{};
  ~Event() { yaml_event_delete(&event); }
};

// Builds the tree from the parser's events, one document.
class TreeBuilder {
 public:
  TreeBuilder(const std::string& file, std::string_view text, Diagnostics& diagnostics)
      : file_(file), lines_(text), diagnostics_(diagnostics), text_bytes_(static_cast<long>(text.size())) {
    yaml_parser_set_input_string(&owned_.parser, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
  }

  std::optional<YamlNode> run() {
    std::optional<YamlNode> root;
    int documents = 0;
    while (true) {
      Event e;
      if (!yaml_parser_parse(&owned_.parser, &e.event)) return syntax_error();
      switch (e.event.type) {
        case YAML_STREAM_END_EVENT:
          if (!root) {  // an empty file
            root.emplace();
            root->position = {file_, 1, 1};
          }
          return root;
        case YAML_DOCUMENT_START_EVENT:
          // yaml-cpp and most loaders read the first document only: a stray
          // `---` would silently drop everything below it.
          if (++documents > 1) {
            diagnostics_.error(position_of(file_, e.event.start_mark),
                               "a second YAML document starts here; everything below it would be ignored",
                               "a line of three dashes (---) ends the file's data; remove it");
            return std::nullopt;
          }
          break;
        case YAML_DOCUMENT_END_EVENT:
          if (!stack_.empty()) return std::nullopt;
          break;
        case YAML_SCALAR_EVENT: {
          YamlNode node;
          node.position = position_of(file_, e.event.start_mark);
          if (!is_plain_null(e.event)) {
            node.kind = YamlNode::Kind::scalar;
            node.scalar.assign(reinterpret_cast<const char*>(e.event.data.scalar.value), e.event.data.scalar.length);
            warn_if_cut_by_comment(e.event, node.position, cursor_, diagnostics_);
            refuse_forbidden_characters(node);
            normalize(node);
          }
          if (!add(std::move(node), e.event.data.scalar.anchor)) return std::nullopt;
          break;
        }
        case YAML_ALIAS_EVENT:
          if (!add_alias(e.event)) return std::nullopt;
          break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
          if (stack_.size() >= kMaxDepth) {
            diagnostics_.error(position_of(file_, e.event.start_mark), "values are nested more than 64 levels deep",
                               "plan files need only a few levels; check the indentation");
            return std::nullopt;
          }
          bool map = e.event.type == YAML_MAPPING_START_EVENT;
          const yaml_char_t* anchor = map ? e.event.data.mapping_start.anchor : e.event.data.sequence_start.anchor;
          Frame frame;
          frame.node.kind = map ? YamlNode::Kind::map : YamlNode::Kind::sequence;
          frame.node.position = position_of(file_, e.event.start_mark);
          if (anchor) frame.anchor = reinterpret_cast<const char*>(anchor);
          stack_.push_back(std::move(frame));
          if (!count(1, 0, e.event.start_mark)) return std::nullopt;
          break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
          Frame frame = std::move(stack_.back());
          stack_.pop_back();
          if (!finish(std::move(frame.node), frame.anchor, frame.nodes, frame.bytes)) return std::nullopt;
          break;
        }
        default:
          break;
      }
      if (stack_.empty() && pending_root_) {
        root = std::move(pending_root_);
        pending_root_.reset();
      }
    }
  }

 private:
  struct Frame {
    YamlNode node;
    std::string anchor;
    std::optional<std::pair<std::string, Position>> key;  ///< a map's key awaiting its value
    long nodes = 1;   ///< nodes inside, for alias budgets
    long bytes = 0;   ///< text bytes inside
    bool skip_value = false;  ///< the key was a duplicate
  };

  struct Anchored {
    YamlNode node;
    long nodes = 0;
    long bytes = 0;
  };

  // Control characters reach a value only through escapes ("\x1b", "\0"):
  // libyaml refuses them raw. The value is kept without them, so even the
  // messages about it print nothing a terminal would act on.
  void refuse_forbidden_characters(YamlNode& node) {
    auto found = find_forbidden_character(node.scalar);
    if (!found) return;
    size_t removed = 0;
    node.scalar = remove_forbidden_characters(node.scalar, removed);
    diagnostics_.error(node.position,
                       "the value contains " + describe_character(found->code_point) +
                           (removed > 1 ? " and " + std::to_string(removed - 1) + " more such characters" : ""),
                       "control characters, bidirectional overrides and U+E000/U+E001 cannot be shown in a page; "
                       "remove them (a YAML escape such as \"\\x1b\" or \"\\0\" writes one)");
  }

  // False (with an error) when a run of combining marks is too long to normalize.
  bool combining_marks_ok(const YamlNode& node) {
    if (!find_long_combining_run(node.scalar)) return true;
    diagnostics_.error(node.position,
                       "more than " + std::to_string(kMaxCombiningMarks) + " combining marks on one character",
                       "Vietnamese puts at most two marks on a letter; the text may be damaged or made to hang "
                       "the build: re-type it");
    return false;
  }

  void normalize(YamlNode& node) {
    // Text pasted from Word or old TCVN3/VNI conversions may carry decomposed
    // diacritics; most values are plainly NFC and skip the normalization.
    if (surely_nfc(node.scalar) || !combining_marks_ok(node)) return;
    std::string nfc = to_nfc(node.scalar);
    if (nfc == node.scalar) return;
    diagnostics_.warning(node.position, "text is not in Unicode NFC form; it was normalized",
                         "re-type the accented letters, or save the file as UTF-8 (NFC)");
    node.scalar = std::move(nfc);
  }

  bool count(long nodes, long bytes, const yaml_mark_t& at) {
    total_nodes_ += nodes;
    total_bytes_ += bytes;
    if (total_nodes_ > kMaxNodes) {
      diagnostics_.error(position_of(file_, at), "the file expands to more than a million values",
                         "YAML aliases (*name) may be repeating a large part of the file; write the values out");
      return false;
    }
    if (total_bytes_ > kMaxExpandedBytes) {
      diagnostics_.error(position_of(file_, at), "the file expands to more than 64 MB of text",
                         "YAML aliases (*name) may be repeating a large value; write the values out");
      return false;
    }
    return true;
  }

  bool add(YamlNode node, const yaml_char_t* anchor) {
    long bytes = static_cast<long>(node.scalar.size());
    yaml_mark_t mark{0, static_cast<size_t>(node.position.line - 1), static_cast<size_t>(node.position.column - 1)};
    if (!count(1, bytes, mark)) return false;
    return finish(std::move(node), anchor ? reinterpret_cast<const char*>(anchor) : std::string(), 1, bytes);
  }

  bool add_alias(const yaml_event_t& event) {
    std::string name = reinterpret_cast<const char*>(event.data.alias.anchor);
    auto it = anchors_.find(name);
    if (it == anchors_.end()) {
      diagnostics_.error(position_of(file_, event.start_mark), "unknown alias '*" + name + "'",
                         "an alias repeats a value marked earlier with &" + name + "; mark it first, or write the value out");
      return false;
    }
    alias_nodes_ += it->second.nodes;
    alias_bytes_ += it->second.bytes;
    if (alias_bytes_ > std::max(kMinAliasBytes, text_bytes_) || alias_nodes_ > std::max(kMinAliasNodes, text_bytes_)) {
      diagnostics_.error(position_of(file_, event.start_mark),
                         "aliases (*name) repeat more text than the file holds",
                         "an alias may repeat a value, but not make the file many times larger; write the values out");
      return false;
    }
    if (!count(it->second.nodes, it->second.bytes, event.start_mark)) return false;
    YamlNode copy = it->second.node;
    return finish(std::move(copy), {}, it->second.nodes, it->second.bytes);
  }

  // A complete node: remember its anchor and hand it to its parent.
  bool finish(YamlNode node, const std::string& anchor, long nodes, long bytes) {
    if (!anchor.empty()) anchors_[anchor] = {node, nodes, bytes};
    if (stack_.empty()) {
      pending_root_ = std::move(node);
      return true;
    }
    Frame& parent = stack_.back();
    parent.nodes += nodes;
    parent.bytes += bytes;
    if (parent.node.is_sequence()) {
      parent.node.items.push_back(std::move(node));
      return true;
    }
    if (!parent.key) {
      std::string key = node.is_scalar() ? std::move(node.scalar) : std::string("?");
      // Maps hold a handful of keys: a scan beats a set's allocations.
      parent.skip_value = false;
      for (const auto& entry : parent.node.entries) parent.skip_value |= entry.first == key;
      if (parent.skip_value)
        diagnostics_.error(node.position, "duplicate key '" + key + "'",
                           "each key may appear once in a map; remove or merge one of them");
      parent.key.emplace(std::move(key), node.position);
      return true;
    }
    if (!parent.skip_value) {
      parent.node.entries.emplace_back(std::move(parent.key->first), std::move(node));
      parent.node.key_positions.push_back(std::move(parent.key->second));
    }
    parent.key.reset();
    return true;
  }

  std::optional<YamlNode> syntax_error() {
    const yaml_parser_t& p = owned_.parser;
    std::string message = p.problem ? p.problem : "invalid YAML";
    // libyaml names the construct it was reading and where it began ("while
    // parsing a flow sequence" at the '['): that tells the officer what was left open.
    if (p.context)
      message += ", " + std::string(p.context) + " at line " + std::to_string(p.context_mark.line + 1) +
                 ", column " + std::to_string(p.context_mark.column + 1);
    // The reader (characters YAML does not allow) gives a byte offset, not a mark.
    Position at = p.error == YAML_READER_ERROR ? lines_.position_of_byte(file_, p.problem_offset)
                                               : position_of(file_, p.problem_mark);
    diagnostics_.error(at, "YAML syntax: " + message,
                       "check indentation and quote values that contain ': ' or start with a symbol");
    return std::nullopt;
  }

  FileName file_;  ///< interned once; every node's position copies the pointer
  Lines lines_;
  LineCursor cursor_{lines_};
  Diagnostics& diagnostics_;
  Owned owned_;
  std::vector<Frame> stack_;
  std::map<std::string, Anchored, std::less<>> anchors_;
  std::optional<YamlNode> pending_root_;
  long total_nodes_ = 0;
  long total_bytes_ = 0;
  long text_bytes_ = 0;
  long alias_nodes_ = 0;  ///< what aliases added, against the file's size
  long alias_bytes_ = 0;
};

}  // namespace

std::optional<YamlNode> parse_yaml(const std::string& file, const std::string& raw_text,
                                   Diagnostics& diagnostics) {
  // Notepad and Word write a byte-order mark; columns on line 1 must not count it.
  std::string_view text = raw_text;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (auto bad = find_invalid_utf8(text)) {
    diagnostics.error({file, bad->line, bad->column}, bad->message, bad->hint);
    return std::nullopt;
  }
  return TreeBuilder(file, text, diagnostics).run();
}

YamlNode::YamlNode() = default;
YamlNode::YamlNode(const YamlNode&) = default;
YamlNode::YamlNode(YamlNode&&) noexcept = default;
YamlNode& YamlNode::operator=(const YamlNode&) = default;
YamlNode& YamlNode::operator=(YamlNode&&) noexcept = default;
YamlNode::~YamlNode() = default;

std::string describe_kind(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::scalar: return "a single value";
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::map: return "a map";
    default: return "nothing";
  }
}

}  // namespace plansite
