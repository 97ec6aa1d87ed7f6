#include "render/view.h"

#include <cstring>

namespace plansite {

namespace {

// FNV-1a: names are short, and a multiply per byte is enough to spread them.
std::uint64_t hash_of(std::string_view key) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : key) h = (h ^ c) * 1099511628211ULL;
  return h;
}

// Whether `name` is `key`, their sizes known equal. Names are a few bytes
// long: compared here eight at a time rather than by a call to memcmp, which
// cost more than the comparison itself.
bool same_name(const std::string& name, std::string_view key) {
  const char* a = name.data();
  const char* b = key.data();
  size_t n = key.size();
  for (; n >= 8; a += 8, b += 8, n -= 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if (x != y) return false;
  }
  for (; n; ++a, ++b, --n)
    if (*a != *b) return false;
  return true;
}

}  // namespace

void ViewMap::index_entry(size_t entry) {
  const size_t mask = index_.size() - 1;
  for (size_t slot = hash_of(entries_[entry].first) & mask;; slot = (slot + 1) & mask)
    if (!index_[slot]) {
      index_[slot] = static_cast<std::uint32_t>(entry + 1);
      return;
    }
}

ViewMap::const_iterator ViewMap::find(std::string_view key) const {
  if (!(names_ & name_bit(key))) return entries_.end();
  if (index_.empty()) {
    // Names in one map mostly differ in length or first letter: those two
    // settle most comparisons before a call to memcmp.
    for (auto at = entries_.begin(); at != entries_.end(); ++at)
      if (at->first.size() == key.size() && (key.empty() || at->first[0] == key[0]) && same_name(at->first, key))
        return at;
    return entries_.end();
  }
  const size_t mask = index_.size() - 1;
  for (size_t slot = hash_of(key) & mask; index_[slot]; slot = (slot + 1) & mask) {
    auto at = entries_.begin() + (index_[slot] - 1);
    if (at->first.size() == key.size() && same_name(at->first, key)) return at;
  }
  return entries_.end();
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
  // Room for a typical map at once: growing 1, 2, 4, 8 moved every entry each time.
  if (entries_.empty()) entries_.reserve(8);
  View& added = entries_.emplace_back(std::string(key), std::move(value)).second;
  if (!index_.empty()) {
    if (entries_.size() * 2 > index_.size()) index_names(true);
    else index_entry(entries_.size() - 1);
  }
  return added;
}

void ViewMap::index_names(bool again) {
  if ((!again && !index_.empty()) || entries_.size() <= kSmall) return;
  // Open addressing, at most half full: a search probes one or two slots.
  size_t slots = 64;
  while (slots < entries_.size() * 4) slots *= 2;
  index_.assign(slots, 0);
  for (size_t i = 0; i < entries_.size(); ++i) index_entry(i);
}

void View::freeze() {
  if (auto* map = std::get_if<Map>(&value_)) {
    map->index_names();
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
