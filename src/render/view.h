#pragma once
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace plansite {

class View;

/// A view's named values. A flat vector rather than a std::map: a page builds
/// thousands of small maps (ten names or so each) and the templates look names
/// up in them; one allocation per map and lookups in contiguous memory cost
/// less than a tree node per name (bench/README.md, "A renderer that reads
/// the view"). A map keeps its names in the order they were set and is
/// searched end to end. A large one that many pages read (the interface
/// strings: hundreds of names) is indexed once by index_names(), by hash; a
/// page's own views are built, read once and dropped, so indexing them as
/// they grow cost more than it saved.
class ViewMap {
 public:
  using Entry = std::pair<std::string, View>;
  using iterator = std::vector<Entry>::iterator;
  using const_iterator = std::vector<Entry>::const_iterator;

  /// The value named `key`, made empty (a map) if there is none.
  View& operator[](std::string_view key);
  /// Gives `key` the value `value`, replacing any it had.
  View& set(std::string_view key, View&& value);
  /// Indexes a map of more than kSmall names by their hashes, so that a
  /// search looks at one or two of them (`again`: after it grew).
  void index_names(bool again = false);
  const_iterator find(std::string_view key) const;
  iterator find(std::string_view key);

  // Defined after View: the entries' type is complete only there.
  iterator begin();
  iterator end();
  const_iterator begin() const;
  const_iterator end() const;
  size_t size() const;
  bool empty() const;

 private:
  static constexpr size_t kSmall = 16;
  void index_entry(size_t entry);
  View& add(std::string_view key, View&& value);  ///< `key` is known to be new
  /// One bit per name (name_bit): a name whose bit is clear is not here, and
  /// the search is skipped. A template looks each name up from the innermost
  /// scope outwards, so most searches are for a name a map does not have.
  static std::uint64_t name_bit(std::string_view key) {
    if (key.empty()) return 1;
    return std::uint64_t{1} << ((key.size() * 7 + static_cast<unsigned char>(key.front()) * 3 +
                                 static_cast<unsigned char>(key.back())) & 63);
  }
  std::vector<Entry> entries_;
  std::uint64_t names_ = 0;
  std::vector<std::uint32_t> index_;  ///< by index_names(): entry + 1 by hash, 0 for none
};

/// The data a template sees: strings, flags, lists and maps, nothing else.
/// Templates only loop and test flags (STYLE.md), so every value here is
/// final: translated, formatted, escaped by the renderer at output time.
class View {
 public:
  using List = std::vector<View>;
  using Map = ViewMap;

  View() : value_(Map{}) {}
  View(std::string s) : value_(std::move(s)) {}
  View(const char* s) : value_(std::string(s)) {}
  View(bool b) : value_(b) {}
  View(List l) : value_(std::move(l)) {}
  View(Map m) : value_(std::move(m)) {}
  /// A view made once and shown on many pages (a plan's link, a status, the
  /// filters of the task lists): this view reads as `shared` does, without a
  /// copy. `shared` must outlive every page that holds it; it cannot be
  /// changed through this view.
  static View borrow(const View& shared) {
    View v;
    v.value_ = &shared.resolved();
    return v;
  }

  /// Sets a key on a map view and returns it, for chaining. On a temporary
  /// (`View().set("a", x).set("b", y)`) the chain stays a temporary, so the
  /// finished view is moved where it goes, never copied.
  View& set(std::string_view key, View value) &;
  View&& set(std::string_view key, View value) &&;
  View& operator[](std::string_view key);
  /// Indexes every large map in this view (index_names()): for a view that
  /// many pages read, such as the interface strings, made once and read often.
  void freeze();

  bool is_string() const { return std::holds_alternative<std::string>(resolved().value_); }
  bool is_bool() const { return std::holds_alternative<bool>(resolved().value_); }
  bool is_list() const { return std::holds_alternative<List>(resolved().value_); }
  bool is_map() const { return std::holds_alternative<Map>(resolved().value_); }
  const std::string& string() const { return std::get<std::string>(resolved().value_); }
  std::string& string() { return std::get<std::string>(value_); }
  bool boolean() const { return std::get<bool>(resolved().value_); }
  const List& list() const { return std::get<List>(resolved().value_); }
  List& list() { return std::get<List>(value_); }
  const Map& map() const { return std::get<Map>(resolved().value_); }
  Map& map() { return std::get<Map>(value_); }

 private:
  /// The view this one reads as: itself, or the one it borrows.
  const View& resolved() const {
    const View* const* shared = std::get_if<const View*>(&value_);
    return shared ? **shared : *this;
  }

  std::variant<std::string, bool, List, Map, const View*> value_;
};

inline ViewMap::iterator ViewMap::begin() { return entries_.begin(); }
inline ViewMap::iterator ViewMap::end() { return entries_.end(); }
inline ViewMap::const_iterator ViewMap::begin() const { return entries_.begin(); }
inline ViewMap::const_iterator ViewMap::end() const { return entries_.end(); }
inline size_t ViewMap::size() const { return entries_.size(); }
inline bool ViewMap::empty() const { return entries_.empty(); }

}  // namespace plansite
