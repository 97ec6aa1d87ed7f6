// The only file that talks to yaml-cpp.
#include "load/yaml_tree.h"

#include <yaml-cpp/yaml.h>

#include <set>
#include <sstream>

#include "util/unicode.h"

namespace plansite {

namespace {

// yaml-cpp counts columns in bytes from 0; editors count characters from 1.
class PositionMapper {
 public:
  PositionMapper(const std::string& file, const std::string& text) : file_(file) {
    size_t start = 0;
    while (true) {
      size_t nl = text.find('\n', start);
      lines_.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
  }

  /// The raw text of a 0-based line, or "".
  const std::string& line(int index) const {
    static const std::string none;
    return index >= 0 && index < static_cast<int>(lines_.size()) ? lines_[index] : none;
  }

  Position at(const YAML::Mark& mark) const {
    if (mark.line < 0) return {file_, 0, 0};
    int column = mark.column + 1;
    if (mark.line < static_cast<int>(lines_.size())) {
      const std::string& line = lines_[mark.line];
      size_t bytes = std::min<size_t>(mark.column, line.size());
      column = code_point_count(line.substr(0, bytes)) + 1;
    }
    return {file_, mark.line + 1, column};
  }

 private:
  std::string file_;
  std::vector<std::string> lines_;
};

// In YAML " #" starts a comment, so `note: Mục 2 #3 đã sửa` quietly loses "#3 đã sửa".
// An officer would never guess, so a plain one-line value followed by a '#'
// glued to a word ("#3") is flagged; "# ghi chú" with a space reads as a comment.
void warn_if_cut_by_comment(const YAML::Node& node, const YamlNode& out, const PositionMapper& mapper,
                            Diagnostics& diagnostics) {
  if (node.Tag() != "?") return;  // quoted and block scalars keep their '#'
  const std::string& line = mapper.line(node.Mark().line);
  size_t start = static_cast<size_t>(node.Mark().column);
  if (start > line.size() || line.compare(start, out.scalar.size(), out.scalar) != 0) return;
  size_t rest = line.find_first_not_of(" \t", start + out.scalar.size());
  if (rest == std::string::npos || line[rest] != '#' || rest == start + out.scalar.size()) return;
  if (rest + 1 >= line.size() || line[rest + 1] == ' ' || line[rest + 1] == '\t') return;
  diagnostics.warning(out.position, "the text after ' #' on this line is a YAML comment and was left out",
                      "if it belongs to the value, put the whole value in double quotes: \"…\"");
}

// YAML aliases let a few lines expand into billions of nodes ("billion
// laughs"), or refer to themselves (`&a [*a]`) and never end; no plan comes
// anywhere near these limits.
constexpr long kMaxNodes = 1'000'000;
constexpr int kMaxDepth = 64;

struct TooManyNodes {};
struct TooDeep {};

YamlNode convert(const YAML::Node& node, const PositionMapper& mapper, Diagnostics& diagnostics,
                 long& budget, int depth = 0) {
  if (--budget < 0) throw TooManyNodes{};
  if (depth > kMaxDepth) throw TooDeep{};
  YamlNode out;
  out.position = mapper.at(node.Mark());
  switch (node.Type()) {
    case YAML::NodeType::Scalar: {
      out.kind = YamlNode::Kind::scalar;
      out.scalar = node.Scalar();
      warn_if_cut_by_comment(node, out, mapper, diagnostics);
      std::string nfc = to_nfc(out.scalar);
      if (nfc != out.scalar) {
        diagnostics.warning(out.position, "text is not in Unicode NFC form; it was normalized",
                            "re-type the accented letters, or save the file as UTF-8 (NFC)");
        out.scalar = std::move(nfc);
      }
      break;
    }
    case YAML::NodeType::Sequence:
      out.kind = YamlNode::Kind::sequence;
      for (const auto& item : node) out.items.push_back(convert(item, mapper, diagnostics, budget, depth + 1));
      break;
    case YAML::NodeType::Map: {
      out.kind = YamlNode::Kind::map;
      std::set<std::string> seen;
      for (const auto& entry : node) {
        Position key_at = mapper.at(entry.first.Mark());
        std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string("?");
        if (!seen.insert(key).second) {
          diagnostics.error(key_at, "duplicate key '" + key + "'",
                            "each key may appear once in a map; remove or merge one of them");
          continue;
        }
        out.entries.emplace_back(key, convert(entry.second, mapper, diagnostics, budget, depth + 1));
        out.key_positions.push_back(key_at);
      }
      break;
    }
    default:
      out.kind = YamlNode::Kind::null;
  }
  return out;
}

// yaml-cpp's messages are lowercase sentences already; drop its own position suffix.
std::string clean_message(const std::string& msg) { return msg.empty() ? "invalid YAML" : msg; }

}  // namespace

std::optional<YamlNode> parse_yaml(const std::string& file, const std::string& raw_text,
                                   Diagnostics& diagnostics) {
  // Notepad and Word write a byte-order mark; columns on line 1 must not count it.
  std::string_view text = raw_text;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  diagnostics.add_source(file, std::string(text));
  if (auto bad = find_invalid_utf8(std::string(text))) {
    diagnostics.error({file, bad->line, bad->column}, bad->message, bad->hint);
    return std::nullopt;
  }
  PositionMapper mapper(file, std::string(text));
  try {
    YAML::Node root = YAML::Load(std::string(text));
    long budget = kMaxNodes;
    YamlNode out = convert(root, mapper, diagnostics, budget);
    if (root.IsNull()) out.position = {file, 1, 1};
    return out;
  } catch (const TooManyNodes&) {
    diagnostics.error({file, 1, 1}, "the file expands to more than a million values",
                      "YAML aliases (*name) may be repeating a large part of the file; write the values out");
    return std::nullopt;
  } catch (const TooDeep&) {
    diagnostics.error({file, 1, 1}, "values are nested more than 64 levels deep",
                      "an alias may refer to itself (`&a [*a]`); plan files need only a few levels");
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    diagnostics.error(mapper.at(e.mark), "YAML syntax: " + clean_message(e.msg),
                      "check indentation and quote values that contain ': ' or start with a symbol");
    return std::nullopt;
  }
}

std::string describe_kind(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::scalar: return "a single value";
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::map: return "a map";
    default: return "nothing";
  }
}

}  // namespace plansite
