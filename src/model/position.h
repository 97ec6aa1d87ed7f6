#pragma once
#include <string>

namespace plansite {

/// Where something came from: a file (relative to the site root) and a
/// 1-based line and column. Column counts Unicode code points, as an editor does.
struct Position {
  std::string file;
  int line = 0;
  int column = 0;
};

}  // namespace plansite
