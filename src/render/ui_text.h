#pragma once
#include <string>

namespace plansite {

/// A fixed string of the interface (menu, labels, status names) in `language`.
/// Unknown keys come back as "?key?" so a missing string shows in review.
std::string ui_text(const std::string& key, const std::string& language);

}  // namespace plansite
