#pragma once
#include <optional>
#include <string>
#include <vector>

#include "load/yaml_tree.h"
#include "model/diagnostic.h"
#include "model/id_ref.h"
#include "model/period.h"
#include "model/text.h"

namespace plansite {

/// Reads the fields of one YAML map, checking types as it goes. It learns the
/// allowed keys from the calls made on it, so `finish()` can report every
/// other key as unknown with a did-you-mean hint — the schema is the code.
class FieldReader {
 public:
  /// `what` names the map in messages ("plan", "task", "indicator").
  FieldReader(const YamlNode& node, std::string what, Diagnostics& diagnostics);

  bool ok() const { return map_ != nullptr; }
  const Position& position() const;

  /// The raw node under `key`, or null. Marks the key as known.
  const YamlNode* node(const std::string& key, bool required);

  std::string string(const std::string& key, bool required);
  Text text(const std::string& key, bool required);
  std::string id(const std::string& key, bool required);
  /// A web address: `https://…` or `http://…`.
  std::string url(const std::string& key, bool required);
  std::optional<IdRef> id_ref(const std::string& key, bool required);
  std::vector<IdRef> id_refs(const std::string& key, bool required);
  std::string one_of(const std::string& key, const std::vector<std::string>& allowed,
                     bool required, const std::string& fallback = {});
  std::optional<double> number(const std::string& key, bool required);
  std::optional<int> year(const std::string& key, bool required);
  bool boolean(const std::string& key, bool fallback);
  std::optional<PartialDate> date(const std::string& key, bool required);
  std::optional<Period> period(const std::string& key, bool required);
  std::optional<YearSpan> year_span(const std::string& key, bool required);
  /// A list of periods (`[2026-Q2, 2026-Q3]`).
  std::vector<Period> periods(const std::string& key);
  std::vector<Text> texts(const std::string& key, bool required);
  /// Lines of text: one Text, or a list of them (`authority: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]`).
  std::vector<Text> text_lines(const std::string& key, bool required);
  /// The items of a list under `key` (empty, with an error, if it is not a list).
  const std::vector<YamlNode>& list(const std::string& key, bool required);

  /// Reports keys no call asked for, each with the closest allowed key or,
  /// when none is close, the list of keys allowed there.
  void finish();

 private:
  void missing(const std::string& key);
  /// "a, b, c": every key the calls so far asked for, sorted.
  std::string allowed_keys() const;
  /// The node under `key` if it is a single value; reports it (once) if it is not.
  const YamlNode* scalar_node(const std::string& key, bool required);
  std::string scalar(const YamlNode& value, const std::string& key);
  template <typename T>
  std::optional<T> parsed(const std::string& key, bool required, std::optional<T> (*parse)(const std::string&),
                          const char* what, const char* hint);

  const YamlNode* map_ = nullptr;
  const YamlNode& source_;
  std::string what_;
  Diagnostics& diagnostics_;
  std::vector<std::string> known_;
};

/// Reads a Text value (a plain string, or a map of language → string).
Text read_text(const YamlNode& value, const std::string& key, Diagnostics& diagnostics);

/// Whether `id` is a lowercase ASCII slug.
bool is_valid_id(const std::string& id);

}  // namespace plansite
