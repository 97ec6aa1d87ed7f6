#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/plan.h"
#include "model/publish_target.h"
#include "model/raw_html.h"
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

/// Where citizens reach the commune office, from site.yaml's `contact`.
struct Contact {
  Text office;   ///< "Văn phòng HĐND và UBND xã"
  Text address;
  std::string phone;  ///< as written ("0208 3856 123"); links dial it without spaces
  std::string email;
  Text hours;    ///< office hours, as the office words them
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
  RawHtml raw_html = RawHtml::drop;  ///< `raw_html:`: what becomes of raw HTML in the texts
  std::optional<Contact> contact;
  std::vector<Agency> agencies;
  std::vector<Plan> plans;  ///< sorted by id
  std::vector<PublishTarget> publish;  ///< `publish:`, in the order written
};

}  // namespace plansite
