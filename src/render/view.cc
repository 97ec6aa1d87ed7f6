#include "render/view.h"

namespace plansite {

View& View::set(const std::string& key, View value) {
  std::get<Map>(value_)[key] = std::move(value);
  return *this;
}

View& View::operator[](const std::string& key) { return std::get<Map>(value_)[key]; }

}  // namespace plansite
