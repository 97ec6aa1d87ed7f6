#pragma once
#include <string>
#include <vector>

#include "model/publish_target.h"

namespace plansite {

/// The targets one `plansite publish` sends to: every target in site.yaml, or
/// the one `--to` names, which is either a target's name in site.yaml, a
/// local folder (`dir:/var/www/xa`) or an rclone remote (`remote:path`).
/// Returns nothing, with `problem` and `hint` set, when there is none.
std::vector<PublishTarget> choose_targets(const std::vector<PublishTarget>& in_site, const std::string& to,
                                          std::string& problem, std::string& hint);

}  // namespace plansite
