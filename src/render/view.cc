#include "render/view.h"

namespace plansite {

namespace {

// Shorter names first, then by their bytes: most comparisons end at the
// lengths, without reading a name. Nothing walks a map in order, so the order
// only has to be a strict one.
bool precedes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return a.size() < b.size();
  return a.compare(b) < 0;
}

}  // namespace

ViewMap::const_iterator ViewMap::lower_bound(std::string_view key) const {
  return std::lower_bound(entries_.begin(), entries_.end(), key,
                          [](const Entry& entry, std::string_view k) { return precedes(entry.first, k); });
}

ViewMap::const_iterator ViewMap::find(std::string_view key) const {
  if (!(names_ & name_bit(key))) return entries_.end();
  if (!sorted_) {
    // Names in one map mostly differ in length or first letter: those two
    // settle most comparisons before a call to memcmp.
    for (auto at = entries_.begin(); at != entries_.end(); ++at)
      if (at->first.size() == key.size() && (key.empty() || at->first[0] == key[0]) && at->first == key) return at;
    return entries_.end();
  }
  auto at = lower_bound(key);
  return at != entries_.end() && at->first == key ? at : entries_.end();
}

ViewMap::iterator ViewMap::find(std::string_view key) {
  return entries_.begin() + (std::as_const(*this).find(key) - entries_.cbegin());
}

View& ViewMap::operator[](std::string_view key) {
  if (auto at = find(key); at != entries_.end()) return at->second;
  return add(key, View());
}

View& ViewMap::set(std::string_view key, View&& value) {
  if (auto at = find(key); at != entries_.end()) return at->second = std::move(value);
  return add(key, std::move(value));
}

View& ViewMap::add(std::string_view key, View&& value) {
  names_ |= name_bit(key);
  if (sorted_) return entries_.emplace(lower_bound(key), std::string(key), std::move(value))->second;
  // Room for a typical map at once: growing 1, 2, 4, 8 moved every entry each time.
  if (entries_.empty()) entries_.reserve(8);
  return entries_.emplace_back(std::string(key), std::move(value)).second;
}

void ViewMap::sort_names() {
  if (sorted_ || entries_.size() <= kSmall) return;
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return precedes(a.first, b.first); });
  sorted_ = true;
}

void View::freeze() {
  if (auto* map = std::get_if<Map>(&value_)) {
    map->sort_names();
    for (auto& [name, value] : *map) value.freeze();
  } else if (auto* list = std::get_if<List>(&value_)) {
    for (auto& item : *list) item.freeze();
  }
}

View& View::set(std::string_view key, View value) & {
  std::get<Map>(value_).set(key, std::move(value));
  return *this;
}

View&& View::set(std::string_view key, View value) && {
  std::get<Map>(value_).set(key, std::move(value));
  return std::move(*this);
}

View& View::operator[](std::string_view key) { return std::get<Map>(value_)[key]; }

}  // namespace plansite
