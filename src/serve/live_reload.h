#pragma once
#include <cstdint>
#include <string>

namespace plansite {

/// Where `plansite serve` answers for itself; no page of a site lives there
/// (a build writes no folder whose name starts with "__").
inline constexpr const char* kLivePrefix = "/__plansite/";

/// The live-reload client, served at /__plansite/live.js. The pages' Content
/// Security Policy allows only same-origin scripts and styles, so it is a
/// file, not inline: it polls /__plansite/status, reloads the page when a new
/// build is served, and shows the errors of a failed build as an overlay
/// (made of DOM text, never HTML, styled by /__plansite/live.css).
const std::string& live_reload_script();

/// The overlay's stylesheet, served at /__plansite/live.css.
const std::string& live_reload_style();

/// `html` with the live-reload script added before its last `</body>` (at the
/// end when it has none), told which build the page comes from.
std::string with_live_reload(std::string html, uint64_t build);

/// The page served while no build has succeeded yet: it carries the
/// live-reload script, so it shows the errors and reloads once they are fixed.
std::string no_site_yet_page(uint64_t build);

}  // namespace plansite
