#pragma once
#include <string>
#include <vector>

#include "model/plan.h"
#include "model/text.h"

namespace plansite {

/// One place in a team (tổ trưởng, tổ phó, thành viên) and who fills it.
struct TeamRole {
  Text title;
  Text held_by;
};

/// A cơ quan, đơn vị, đoàn thể, doanh nghiệp, xóm or tổ, declared once per site.
struct Agency {
  std::string id;
  Text name;
  Text short_name;
  std::string kind;
  std::vector<TeamRole> roles;  ///< a team only
  std::vector<Text> criteria;   ///< a team only: how its members are chosen
  Position position;
};

/// Everything read from a site folder: plain data, positions kept.
struct Site {
  Text title;
  Text commune;
  Text province;
  Text description;
  std::vector<std::string> languages;  ///< the first is the default, served at /
  std::string base_url;
  std::string theme = "default";
  std::vector<Agency> agencies;
  std::vector<Plan> plans;  ///< sorted by id
};

}  // namespace plansite
