#pragma once
#include <string>

#include "model/position.h"

namespace plansite {

/// A reference to another entity by id, remembering where it was written so
/// an unknown id can be reported at that spot.
struct IdRef {
  std::string id;
  Position position;
};

}  // namespace plansite
