#include "publish/choose_targets.h"

#include "model/diagnostic.h"

namespace plansite {

std::vector<PublishTarget> choose_targets(const std::vector<PublishTarget>& in_site, const std::string& to,
                                          std::string& problem, std::string& hint) {
  if (to.empty()) {
    if (in_site.empty()) {
      problem = "site.yaml lists no publish targets";
      hint = "add a `publish:` list to site.yaml (docs/format-reference.md), or give one with "
             "--to dir:/var/www/… or --to remote:path";
    }
    return in_site;
  }
  for (const PublishTarget& target : in_site)
    if (target.name == to) return {target};

  PublishTarget given;
  given.name = to;
  if (to.rfind("dir:", 0) == 0) {
    given.dir = to.substr(4);
    problem = target_dir_problem(given.dir, hint);
  } else if (to.find(':') != std::string::npos) {
    given.rclone = to;
    problem = rclone_remote_problem(given.rclone, hint);
  } else {
    std::vector<std::string> names;
    for (const PublishTarget& target : in_site) names.push_back(target.name);
    problem = "site.yaml has no publish target '" + to + "'";
    hint = did_you_mean(to, names);
    if (hint.empty())
      hint = (names.empty() ? std::string() : "the targets in site.yaml: " + [&] {
        std::string all;
        for (const std::string& name : names) all += (all.empty() ? "" : ", ") + name;
        return all;
      }() + "; or ") + "write dir:/path/to/web-root for a folder, remote:path for an rclone remote";
  }
  if (!problem.empty()) return {};
  return {given};
}

}  // namespace plansite
