#include "load/load_publish.h"

#include <cmath>

#include "load/field_reader.h"
#include "load/source_file.h"

namespace plansite {

namespace {

constexpr int kMaxKeep = 100;

std::optional<PublishTarget> read_target(const YamlNode& node, Diagnostics& diagnostics) {
  FieldReader r(node, "publish target", diagnostics);
  if (!r.ok()) return std::nullopt;
  PublishTarget target;
  target.position = node.position;
  target.name = r.id("name", true);
  const YamlNode* dir = r.node("dir", false);
  const YamlNode* remote = r.node("rclone", false);
  target.dir = r.string("dir", false);
  target.rclone = r.string("rclone", false);
  if (dir && remote)
    diagnostics.error(remote->position, "a publish target is either 'dir' or 'rclone', not both",
                      "write a second target for the other place");
  else if (!dir && !remote)
    diagnostics.error(node.position, "publish target '" + target.name + "' has neither 'dir' nor 'rclone'",
                      "write `dir: /var/www/…` for a web root on this machine or `rclone: remote:path`");
  std::string hint;
  if (dir && dir->is_scalar()) {
    std::string problem = target_dir_problem(target.dir, hint);
    if (!problem.empty()) diagnostics.error(dir->position, problem, hint);
  }
  if (remote && remote->is_scalar()) {
    std::string problem = rclone_remote_problem(target.rclone, hint);
    if (!problem.empty()) diagnostics.error(remote->position, problem, hint);
  }
  if (const YamlNode* keep_node = r.node("keep", false)) {
    std::optional<double> keep = r.number("keep", false);
    if (!dir)
      diagnostics.error(keep_node->position, "'keep' is for a 'dir' target only",
                        "an rclone remote holds one copy of the site; remove 'keep'");
    else if (keep && (*keep != std::floor(*keep) || *keep < 1 || *keep > kMaxKeep))
      diagnostics.error(keep_node->position, "'keep' must be a whole number from 1 to " + std::to_string(kMaxKeep),
                        "the number of releases kept beside the web root, the live one included; 5 if left out");
    else if (keep)
      target.keep = static_cast<int>(*keep);
  }
  r.finish();
  return target;
}

}  // namespace

std::vector<PublishTarget> read_publish_targets(const YamlNode& list, Diagnostics& diagnostics) {
  std::vector<PublishTarget> targets;
  if (!list.is_sequence()) {
    diagnostics.error(list.position, "'publish' must be a list of targets, not " + describe_kind(list),
                      "write `publish:` then one `- name: …` entry per target");
    return targets;
  }
  for (const YamlNode& item : list.items) {
    std::optional<PublishTarget> target = read_target(item, diagnostics);
    if (!target) continue;
    bool taken = false;
    for (const PublishTarget& other : targets) taken = taken || (!target->name.empty() && other.name == target->name);
    if (taken) {
      diagnostics.error(item.position, "publish target '" + target->name + "' is listed twice",
                        "give each target its own name");
      continue;
    }
    targets.push_back(std::move(*target));
  }
  return targets;
}

}  // namespace plansite

namespace plansite {

std::optional<std::vector<PublishTarget>> load_publish_targets(const std::filesystem::path& root,
                                                               Diagnostics& diagnostics) {
  std::optional<YamlNode> config = load_yaml_file(root, "site.yaml", true, diagnostics);
  if (!config || diagnostics.has_errors()) return std::nullopt;
  std::vector<PublishTarget> targets;
  if (config->is_map())
    for (const auto& [key, value] : config->entries)
      if (key == "publish" && !value.is_null()) targets = read_publish_targets(value, diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;
  return targets;
}

}  // namespace plansite
