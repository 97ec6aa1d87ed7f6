#include "render/view.h"

namespace plansite {

ViewMap::const_iterator ViewMap::lower_bound(std::string_view key) const {
  return std::lower_bound(entries_.begin(), entries_.end(), key,
                          [](const Entry& entry, std::string_view k) { return std::string_view(entry.first) < k; });
}

ViewMap::const_iterator ViewMap::find(std::string_view key) const {
  auto at = lower_bound(key);
  return at != entries_.end() && at->first == key ? at : entries_.end();
}

ViewMap::iterator ViewMap::find(std::string_view key) {
  return entries_.begin() + (std::as_const(*this).find(key) - entries_.cbegin());
}

View& ViewMap::operator[](std::string_view key) {
  auto at = lower_bound(key);
  if (at != entries_.end() && at->first == key) return entries_[static_cast<size_t>(at - entries_.cbegin())].second;
  // Views are mostly built in a few names' order, so most inserts land near the end.
  return entries_.emplace(at, std::string(key), View())->second;
}

View& View::set(std::string_view key, View value) {
  std::get<Map>(value_)[key] = std::move(value);
  return *this;
}

View& View::operator[](std::string_view key) { return std::get<Map>(value_)[key]; }

}  // namespace plansite
