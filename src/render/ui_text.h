#pragma once
#include <cstddef>
#include <initializer_list>
#include <map>
#include <utility>
#include <string>

namespace plansite {

/// A fixed string of the interface (menu, labels, status names) in `language`,
/// from the theme's i18n/<language>.yaml as the site overrides it (the table
/// of the current UiStringsScope, ui_strings.h; the built-in theme's outside one).
/// Unknown keys come back as "?key?" so a missing string shows in review.
std::string ui_text(const std::string& key, const std::string& language);

/// "3 nhiệm vụ", "1 task", "1,200 tasks": a count and the UI string `key`, in
/// English in the singular (`key` + "_one") for one; Vietnamese has no plural.
std::string count_phrase(size_t n, const std::string& key, const std::string& language);

/// Counts joined with " · ", leaving out the zeros: "34 chỉ tiêu · 6 nhiệm vụ".
std::string count_line(std::initializer_list<std::pair<size_t, const char*>> counts, const std::string& language);

/// Every interface string in `language`, by key: the `t` map templates read.
std::map<std::string, std::string> ui_texts(const std::string& language);

}  // namespace plansite
