#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/diagnostic.h"
#include "model/position.h"

namespace plansite {

/// A parsed YAML document as plain data with positions, so nothing outside
/// yaml_tree.cc sees the YAML library. Scalars stay strings; typing is the loader's job.
struct YamlNode {
  enum class Kind { null, scalar, sequence, map };
  Kind kind = Kind::null;
  std::string scalar;
  std::vector<YamlNode> items;                         ///< sequence
  std::vector<std::pair<std::string, YamlNode>> entries;  ///< map, in file order
  std::vector<Position> key_positions;                 ///< map, parallel to entries
  Position position;

  // Defined in yaml_tree.cc, not here: clang (the fuzz build) with libstdc++
  // cannot check the implicit ones while `entries` names this class unfinished.
  YamlNode();
  YamlNode(const YamlNode&);
  YamlNode(YamlNode&&) noexcept;
  YamlNode& operator=(const YamlNode&);
  YamlNode& operator=(YamlNode&&) noexcept;
  ~YamlNode();

  bool is_map() const { return kind == Kind::map; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_null() const { return kind == Kind::null; }
};

/// Parses `text` (the contents of `file`). Syntax errors, invalid UTF-8 and
/// duplicate keys are reported to `diagnostics`; scalars not in NFC are
/// normalized with a warning. Returns nothing when the text cannot be used.
std::optional<YamlNode> parse_yaml(const std::string& file, const std::string& text,
                                   Diagnostics& diagnostics);

/// A human name for a node's kind ("a map", "a list", "text", "nothing").
std::string describe_kind(const YamlNode& node);

}  // namespace plansite
