#pragma once
// Chart.js 4, compiled into the binary from node_modules (package-lock.json
// pins the version) by cmake/embed_chart_library.cmake.
#include <string_view>

namespace plansite {

/// The library's UMD build, or "" when it was not installed at build time:
/// pages then keep each chart's summary and table and draw no canvas.
std::string_view chart_library();

}  // namespace plansite
