#pragma once
#include <map>
#include <string>

namespace plansite {

/// A fixed string of the interface (menu, labels, status names) in `language`.
/// Unknown keys come back as "?key?" so a missing string shows in review.
std::string ui_text(const std::string& key, const std::string& language);

/// Every interface string in `language`, by key: the `t` map templates read.
std::map<std::string, std::string> ui_texts(const std::string& language);

}  // namespace plansite
