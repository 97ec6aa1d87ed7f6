#pragma once
#include <string>

namespace plansite {

/// /favicon.ico: browsers ask for it at the root whatever the page links, so
/// every site gets one. 16×16, 32-bit, the same mark as the default theme's
/// favicon.svg (a page with three lines on the accent colour), drawn here
/// so the repository holds no binary file.
std::string favicon_ico();

}  // namespace plansite
