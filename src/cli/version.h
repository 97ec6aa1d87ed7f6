#pragma once

namespace plansite {

inline constexpr const char* kVersion = "0.1.0";

}  // namespace plansite
