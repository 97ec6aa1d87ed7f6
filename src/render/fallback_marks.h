#pragma once
#include <string>

namespace plansite {

/// Private-use characters the Localizer puts around text it shows in
/// Vietnamese on another language's page. They survive template escaping and
/// become `<span lang="vi">` at the end, so screen readers switch voice.
inline const std::string kFallbackOpen = "\uE000";
inline const std::string kFallbackClose = "\uE001";

/// Turns the marks into `<span lang="vi">…</span>` in element content and
/// drops them where markup cannot go: inside tags (attribute values) and <title>.
std::string apply_fallback_marks(std::string html);

}  // namespace plansite
