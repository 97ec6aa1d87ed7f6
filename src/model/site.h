#pragma once
#include <string>
#include <vector>

#include "model/plan.h"
#include "model/text.h"

namespace plansite {

/// A cơ quan, đơn vị, đoàn thể, xóm or tổ, declared once per site.
struct Agency {
  std::string id;
  Text name;
  Text short_name;
  std::string kind;
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
