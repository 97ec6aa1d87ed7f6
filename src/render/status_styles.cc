#include "render/status_styles.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <vector>

#include "load/yaml_tree.h"

namespace plansite {

namespace {

const char* const kFormatHint =
    "see themes/default/statuses.yaml: `indicators:` and `tasks:`, each status with "
    "label: {vi: \"…\", en: \"…\"}, colour: \"#rrggbb\" and icon: \"…\"";

std::string list_of(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

bool is_hex_colour(const std::string& text) {
  if ((text.size() != 4 && text.size() != 7) || text[0] != '#') return false;
  for (size_t i = 1; i < text.size(); ++i)
    if (!std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
  return true;
}

// Reads one status's map into `style`; reports what is wrong or missing.
void read_style(const std::string& name, const YamlNode& node, StatusStyles::Style& style, Diagnostics& diagnostics) {
  if (!node.is_map()) {
    diagnostics.error(node.position, "status '" + name + "' must be a map of label, colour and icon, not " +
                                         describe_kind(node), kFormatHint);
    return;
  }
  bool has_label = false, has_colour = false, has_icon = false;
  for (size_t i = 0; i < node.entries.size(); ++i) {
    const auto& [key, value] = node.entries[i];
    const Position& at = value.is_null() ? node.key_positions[i] : value.position;
    if (key == "label") {
      has_label = true;
      if (!value.is_map()) {
        diagnostics.error(at, "the label of '" + name + "' must be a map of language: text, not " + describe_kind(value),
                          "write label: {vi: \"…\", en: \"…\"}");
        continue;
      }
      for (size_t j = 0; j < value.entries.size(); ++j) {
        const auto& [language, text] = value.entries[j];
        if (!text.is_scalar() || text.scalar.empty())
          diagnostics.error(text.is_null() ? value.key_positions[j] : text.position,
                            "the " + language + " label of '" + name + "' must be text", "write " + language + ": \"…\"");
        else
          style.label.set(language, text.scalar);
      }
      if (!style.label.has("vi"))
        diagnostics.error(value.position, "the label of '" + name + "' has no Vietnamese (vi) text",
                          "every label needs vi: \"…\"; other languages fall back to it");
    } else if (key == "colour") {
      has_colour = true;
      if (!value.is_scalar() || !is_hex_colour(value.scalar)) {
        diagnostics.error(at, "the colour of '" + name + "' must be a colour \"#rrggbb\" or \"#rgb\"",
                          "write it in quotes, e.g. colour: \"#1a7f37\"");
        continue;
      }
      double contrast = contrast_on_white(value.scalar);
      if (contrast < kMinimumTextContrast) {
        char ratio[16];
        std::snprintf(ratio, sizeof ratio, "%.2f", contrast);
        diagnostics.error(at, "the colour " + value.scalar + " of '" + name + "' is too light for text: " + ratio +
                                  ":1 on white",
                          "text needs a contrast of at least 4.5:1 (WCAG AA); choose a darker shade");
        continue;
      }
      style.colour = value.scalar;
    } else if (key == "icon") {
      has_icon = true;
      if (!value.is_scalar() || value.scalar.empty()) {
        diagnostics.error(at, "the icon of '" + name + "' must be a short text symbol", "e.g. icon: \"✓\"");
        continue;
      }
      style.icon = value.scalar;
    } else {
      diagnostics.error(node.key_positions[i], "unknown field '" + key + "' of status '" + name + "'",
                        did_you_mean(key, {"label", "colour", "icon"}).empty()
                            ? std::string("a status has label, colour and icon")
                            : did_you_mean(key, {"label", "colour", "icon"}));
    }
  }
  for (auto [present, field] : {std::pair(has_label, "label"), std::pair(has_colour, "colour"), std::pair(has_icon, "icon")})
    if (!present) diagnostics.error(node.position, "status '" + name + "' has no " + field, kFormatHint);
}

// Reads one group (`indicators:` or `tasks:`): every status of `statuses`,
// each once, and no other; distinct icons, so colour never has to tell two apart.
template <typename Status, size_t N>
void read_group(const std::string& group, const YamlNode& node, const Status (&statuses)[N],
                std::array<StatusStyles::Style, N>& styles, Diagnostics& diagnostics) {
  std::vector<std::string> names;
  for (Status status : statuses) names.emplace_back(status_key(status));
  if (!node.is_map()) {
    diagnostics.error(node.position, "'" + group + "' must be a map of status: style, not " + describe_kind(node),
                      "the " + group + " statuses are " + list_of(names));
    return;
  }
  std::set<std::string> seen;
  std::map<std::string, std::string> icon_owner;
  for (size_t i = 0; i < node.entries.size(); ++i) {
    const auto& [key, value] = node.entries[i];
    size_t index = 0;
    while (index < N && names[index] != key) ++index;
    if (index == N) {
      std::string hint = did_you_mean(key, names);
      diagnostics.error(node.key_positions[i], "unknown status '" + key + "' in " + group,
                        hint.empty() ? "the " + group + " statuses are " + list_of(names) : hint);
      continue;
    }
    seen.insert(key);
    read_style(key, value, styles[index], diagnostics);
    const std::string& icon = styles[index].icon;
    if (icon.empty()) continue;
    if (auto [it, added] = icon_owner.emplace(icon, key); !added)
      diagnostics.error(value.position, "statuses '" + it->second + "' and '" + key + "' have the same icon " + icon,
                        "give each status of a group its own icon, so colour is never the only way to tell them apart");
  }
  for (const auto& name : names)
    if (!seen.count(name)) diagnostics.error(node.position, "missing status '" + name + "' in " + group, kFormatHint);
}

}  // namespace

StatusStyles StatusStyles::load(const std::string& origin, const std::string& text, Diagnostics& diagnostics) {
  StatusStyles styles;
  std::optional<YamlNode> root = parse_yaml(origin, text, diagnostics);
  if (!root) return styles;
  if (!root->is_map()) {
    diagnostics.error(root->is_null() ? Position{origin, 1, 1} : root->position,
                      "statuses.yaml must be a map with `indicators:` and `tasks:`, not " + describe_kind(*root),
                      kFormatHint);
    return styles;
  }
  bool has_indicators = false, has_tasks = false;
  for (size_t i = 0; i < root->entries.size(); ++i) {
    const auto& [key, value] = root->entries[i];
    if (key == "indicators") {
      has_indicators = true;
      read_group(key, value, kIndicatorStatuses, styles.indicators_, diagnostics);
    } else if (key == "tasks") {
      has_tasks = true;
      read_group(key, value, kTaskStatuses, styles.tasks_, diagnostics);
    } else {
      std::string hint = did_you_mean(key, {"indicators", "tasks"});
      diagnostics.error(root->key_positions[i], "unknown group '" + key + "' in statuses.yaml",
                        hint.empty() ? "statuses.yaml has two groups: indicators and tasks" : hint);
    }
  }
  if (!has_indicators) diagnostics.error(root->position, "statuses.yaml has no `indicators:`", kFormatHint);
  if (!has_tasks) diagnostics.error(root->position, "statuses.yaml has no `tasks:`", kFormatHint);
  return styles;
}

const std::string& StatusStyles::label(IndicatorStatus status, const std::string& language) const {
  return of(status).label.in(language, "vi");
}

const std::string& StatusStyles::label(TaskStatus status, const std::string& language) const {
  return of(status).label.in(language, "vi");
}

double contrast_on_white(const std::string& hex) {
  if (!is_hex_colour(hex)) return 0;
  auto channel = [&](int i) {
    int value = hex.size() == 4 ? std::stoi(std::string(2, hex[1 + i]), nullptr, 16)
                                : std::stoi(hex.substr(1 + 2 * i, 2), nullptr, 16);
    // WCAG 2's relative luminance: the sRGB channel made linear.
    double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  double luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return (1.0 + 0.05) / (luminance + 0.05);
}

}  // namespace plansite
