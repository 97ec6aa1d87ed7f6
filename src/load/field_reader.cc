#include "load/field_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <regex>

namespace plansite {

namespace {

const std::vector<YamlNode>& empty_list() {
  static const std::vector<YamlNode> none;
  return none;
}

const std::vector<std::string>& text_languages() {
  static const std::vector<std::string> languages = {"vi", "en"};
  return languages;
}

}  // namespace

// A plain loop: std::regex recurses per character and overflows the stack on long input.
bool is_valid_id(const std::string& id) {
  if (id.empty() || id.size() > 100 || id.front() == '-' || id.back() == '-') return false;
  for (size_t i = 0; i < id.size(); ++i) {
    char c = id[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

Text read_text(const YamlNode& value, const std::string& key, Diagnostics& diagnostics) {
  Text text;
  text.position = value.position;
  if (value.is_scalar()) {
    text.set("vi", value.scalar);
    return text;
  }
  if (!value.is_map()) {
    diagnostics.error(value.position, "'" + key + "' must be text or a map of languages, not " +
                                          describe_kind(value),
                      "write `" + key + ": Văn bản` or `" + key + ": {vi: Văn bản, en: Text}`");
    return text;
  }
  bool unknown_language = false;
  for (size_t i = 0; i < value.entries.size(); ++i) {
    const auto& [language, translation] = value.entries[i];
    const auto& known = text_languages();
    if (std::find(known.begin(), known.end(), language) == known.end()) {
      unknown_language = true;
      // Not a language code at all: most likely text with ': ' or ', ' that YAML split.
      static const std::regex code("[a-z]{2,3}");
      std::string hint = std::regex_match(language, code)
                             ? did_you_mean(language, known)
                             : "text that contains ': ' or ', ' must be in double quotes: \"…\"";
      if (hint.empty()) hint = "a text is in vi (Vietnamese) and, optionally, en (English)";
      diagnostics.error(value.key_positions[i], "unknown language '" + language + "' in '" + key + "'", hint);
      continue;
    }
    if (!translation.is_scalar()) {
      diagnostics.error(translation.position, "'" + key + "." + language + "' must be text");
      continue;
    }
    text.set(language, translation.scalar);
  }
  if (!text.has("vi") && !value.entries.empty() && !unknown_language)
    diagnostics.error(value.position, "'" + key + "' has no Vietnamese text",
                      "add `vi: …`; Vietnamese is the authoritative language");
  return text;
}

FieldReader::FieldReader(const YamlNode& node, std::string what, Diagnostics& diagnostics)
    : source_(node), what_(std::move(what)), diagnostics_(diagnostics) {
  if (node.is_map()) {
    map_ = &node;
  } else {
    diagnostics_.error(node.position, what_ + " must be a map of keys and values, not " +
                                          describe_kind(node));
  }
}

const Position& FieldReader::position() const { return source_.position; }

void FieldReader::missing(const std::string& key) {
  diagnostics_.error(source_.position, what_ + " is missing required key '" + key + "'");
}

const YamlNode* FieldReader::node(const std::string& key, bool required) {
  known_.push_back(key);
  if (map_ == nullptr) return nullptr;
  for (const auto& [k, v] : map_->entries) {
    if (k != key) continue;
    if (v.is_null()) break;
    return &v;
  }
  if (required) missing(key);
  return nullptr;
}

const YamlNode* FieldReader::scalar_node(const std::string& key, bool required) {
  const YamlNode* value = node(key, required);
  if (!value || value->is_scalar()) return value;
  // One mistake, one message: callers stop here instead of also complaining
  // about the empty value they would otherwise see.
  diagnostics_.error(value->position, "'" + key + "' must be a single value, not " + describe_kind(*value));
  return nullptr;
}

std::string FieldReader::scalar(const YamlNode& value, const std::string& key) {
  if (value.is_scalar()) return value.scalar;
  diagnostics_.error(value.position, "'" + key + "' must be a single value, not " + describe_kind(value));
  return {};
}

std::string FieldReader::string(const std::string& key, bool required) {
  const YamlNode* value = scalar_node(key, required);
  if (!value) return {};
  if (required && value->scalar.empty()) diagnostics_.error(value->position, "'" + key + "' must not be empty");
  return value->scalar;
}

Text FieldReader::text(const std::string& key, bool required) {
  const YamlNode* value = node(key, required);
  if (!value) return {};
  Text text = read_text(*value, key, diagnostics_);
  // `title: ""` or `title: {}` would publish a heading or a link with no words.
  if (required && text.in("vi").empty() && (value->is_scalar() || value->entries.empty()))
    diagnostics_.error(value->position, "'" + key + "' must not be empty");
  return text;
}

std::string FieldReader::id(const std::string& key, bool required) {
  const YamlNode* value = scalar_node(key, required);
  if (!value) return {};
  const std::string& id = value->scalar;
  if (!is_valid_id(id))
    diagnostics_.error(value->position, "invalid id '" + id + "'",
                       "ids are lowercase ASCII letters, digits and single dashes, e.g. 'phong-kinh-te'");
  return id;
}

std::string FieldReader::url(const std::string& key, bool required) {
  std::string url = string(key, required);
  if (!url.empty() && url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) {
    diagnostics_.error(node(key, false)->position, "'" + key + "' must start with https:// or http://",
                       "write the whole address as a browser shows it, e.g. https://binhdanhocvuso.gov.vn");
    return {};
  }
  return url;
}

std::optional<IdRef> FieldReader::id_ref(const std::string& key, bool required) {
  const YamlNode* value = scalar_node(key, required);
  if (!value || value->scalar.empty()) return std::nullopt;
  return IdRef{value->scalar, value->position};
}

std::vector<IdRef> FieldReader::id_refs(const std::string& key, bool required) {
  std::vector<IdRef> refs;
  const YamlNode* value = node(key, required);
  if (!value) return refs;
  if (value->is_scalar()) {  // a single id is a list of one
    refs.push_back({value->scalar, value->position});
    return refs;
  }
  if (!value->is_sequence()) {
    diagnostics_.error(value->position, "'" + key + "' must be a list of ids, not " + describe_kind(*value));
    return refs;
  }
  for (const auto& item : value->items) {
    std::string id = scalar(item, key);
    if (!id.empty()) refs.push_back({id, item.position});
  }
  if (required && refs.empty())
    diagnostics_.error(value->position, "'" + key + "' must name at least one id");
  return refs;
}

std::string FieldReader::one_of(const std::string& key, const std::vector<std::string>& allowed,
                                bool required, const std::string& fallback) {
  const YamlNode* value = scalar_node(key, required);
  if (!value) return fallback;
  const std::string& v = value->scalar;
  if (std::find(allowed.begin(), allowed.end(), v) != allowed.end()) return v;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  std::string hint = did_you_mean(v, allowed);
  diagnostics_.error(value->position, "'" + key + "' must be one of " + list + "; got '" + v + "'", hint);
  return fallback;
}

namespace {

// Plain decimals only: strtod would also take "nan", "inf", "0x20" and "1e300",
// none of which an officer means or the site can show.
bool is_plain_decimal(const std::string& text) {
  size_t i = text.size() > 0 && text[0] == '-' ? 1 : 0;
  size_t digits = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
  if (digits == 0 || digits > 12) return false;
  if (i == text.size()) return true;
  if (text[i] != '.') return false;
  size_t decimals = 0;
  for (++i; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) ++decimals;
  return i == text.size() && decimals > 0 && decimals <= 6;
}

}  // namespace

std::optional<double> FieldReader::number(const std::string& key, bool required) {
  const YamlNode* value = scalar_node(key, required);
  if (!value) return std::nullopt;
  const std::string& v = value->scalar;
  if (!is_plain_decimal(v)) {
    diagnostics_.error(value->position, "'" + key + "' must be a number; got '" + v + "'",
                       "write digits with a dot for decimals, without a unit: 95 or 12.5");
    return std::nullopt;
  }
  return std::strtod(v.c_str(), nullptr);
}

std::optional<int> FieldReader::year(const std::string& key, bool required) {
  const YamlNode* value = scalar_node(key, required);
  if (!value) return std::nullopt;
  const std::string& v = value->scalar;
  auto span = parse_year_span(v);
  if (!span || span->from != span->to) {
    diagnostics_.error(value->position, "'" + key + "' must be a year like 2030; got '" + v + "'");
    return std::nullopt;
  }
  return span->from;
}

bool FieldReader::boolean(const std::string& key, bool fallback) {
  const YamlNode* value = scalar_node(key, false);
  if (!value) return fallback;
  const std::string& v = value->scalar;
  if (v == "true") return true;
  if (v == "false") return false;
  diagnostics_.error(value->position, "'" + key + "' must be true or false; got '" + v + "'");
  return fallback;
}

namespace {

const char* const kDateHint =
    "write YYYY-MM-DD, e.g. 2026-01-28; a draft may leave out the day (2026-04) or the day and month (2026)";
const char* const kQuarterHint = "write a year (2026) or a quarter (2026-Q2)";
const char* const kYearSpanHint = "write a year (2026) or a span of years (2026-2030)";

}  // namespace

template <typename T>
std::optional<T> FieldReader::parsed(const std::string& key, bool required,
                                     std::optional<T> (*parse)(const std::string&), const char* what,
                                     const char* hint) {
  const YamlNode* value = scalar_node(key, required);
  if (!value) return std::nullopt;
  const std::string& text = value->scalar;
  std::optional<T> result = parse(text);
  if (!result) diagnostics_.error(value->position, std::string("malformed ") + what + " '" + text + "'", hint);
  return result;
}

std::optional<PartialDate> FieldReader::date(const std::string& key, bool required) {
  return parsed<PartialDate>(key, required, parse_partial_date, "date", kDateHint);
}

std::optional<Period> FieldReader::period(const std::string& key, bool required) {
  return parsed<Period>(key, required, parse_period, "period", kQuarterHint);
}

std::optional<YearSpan> FieldReader::year_span(const std::string& key, bool required) {
  return parsed<YearSpan>(key, required, parse_year_span, "period", kYearSpanHint);
}

std::vector<Period> FieldReader::periods(const std::string& key) {
  std::vector<Period> out;
  for (const auto& item : list(key, false)) {
    if (!item.is_scalar()) {
      scalar(item, key);  // reports it
      continue;
    }
    const std::string& text = item.scalar;
    if (auto p = parse_period(text)) out.push_back(*p);
    else diagnostics_.error(item.position, "malformed period '" + text + "'", kQuarterHint);
  }
  return out;
}

const std::vector<YamlNode>& FieldReader::list(const std::string& key, bool required) {
  const YamlNode* value = node(key, required);
  if (!value) return empty_list();
  if (!value->is_sequence()) {
    diagnostics_.error(value->position, "'" + key + "' must be a list, not " + describe_kind(*value),
                       "start each item on its own line with '- '");
    return empty_list();
  }
  if (required && value->items.empty())
    diagnostics_.error(value->position, "'" + key + "' must have at least one item");
  return value->items;
}

std::vector<Text> FieldReader::texts(const std::string& key, bool required) {
  std::vector<Text> out;
  for (const auto& item : list(key, required)) out.push_back(read_text(item, key, diagnostics_));
  return out;
}

std::vector<Text> FieldReader::text_lines(const std::string& key, bool required) {
  const YamlNode* value = node(key, required);
  if (!value) return {};
  if (!value->is_sequence()) return {text(key, required)};
  return texts(key, required);
}

void FieldReader::finish() {
  if (map_ == nullptr) return;
  for (size_t i = 0; i < map_->entries.size(); ++i) {
    const std::string& key = map_->entries[i].first;
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    // Vietnamese writes decimals with a comma; inside {…} YAML reads "12,5" as "12" and a key "5".
    bool digits = !key.empty() && std::all_of(key.begin(), key.end(), [](unsigned char c) { return std::isdigit(c); });
    std::string hint = digits ? "write decimals with a dot (12.5): in {…} a comma separates entries"
                              : did_you_mean(key, known_);
    if (hint.empty()) hint = "the keys of " + what_ + " are " + allowed_keys();
    diagnostics_.error(map_->key_positions[i], "unknown key '" + key + "' in " + what_, hint);
  }
}

std::string FieldReader::allowed_keys() const {
  std::vector<std::string> keys = known_;
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
  return out;
}

}  // namespace plansite
